// As a practitioner from a nursery, in order to learn how agencies work together, I ask for a
// place on today's Working Together course on the board's public site; my manager approves it
// from the link in their email; the trainer marks me present on the register; and the year's
// training figures count me. The team then looks over the conference's programme, the charges to
// invoice and next year's budget request.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, startSmtpSink, messageSubject, messageBody, launchBrowser, checkAccessibility, signIn,
  screenshotOnFailure, logins, daysFromToday, fillDate } from "./harness.mjs";

test("practitioner_books_a_place_the_manager_approves_and_the_register_counts_it", async () => {
  const sink = await startSmtpSink();
  const server = await startServer({ smtp: sink.url });
  const browser = await launchBrowser();
  const team = await (await browser.newContext()).newPage();
  const practitioner = await (await browser.newContext()).newPage();
  const manager = await (await browser.newContext()).newPage();
  try {
    await screenshotOnFailure(team, "training-place", async () => {
      // The training team puts on an event today.
      await signIn(team, server.baseUrl, logins.businessManager);
      await team.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Training" }).click();
      await team.getByRole("heading", { level: 1, name: "Training programme 2011-12" }).waitFor();
      await checkAccessibility(team, "training programme");
      const event = team.locator("form[action$='/training/events']");
      await event.getByLabel("Course").selectOption({ label: "Working Together to Safeguard Children" });
      await fillDate(team, "Day", daysFromToday(0));
      await event.getByLabel("Starts").fill("13:00");
      await event.getByLabel("Ends").fill("16:00");
      await event.getByLabel("Venue").fill("Civic Offices, Milton Keynes");
      await event.getByLabel("Places").fill("10");
      await event.getByRole("button", { name: "Add event" }).click();
      await team.getByText("Event added").waitFor();
      const eventPath = new URL(team.url()).pathname;

      // The practitioner asks on the public site, without an account.
      await practitioner.goto(`${server.baseUrl}/public/milton-keynes/training`);
      await checkAccessibility(practitioner, "public training list");
      await practitioner.getByRole("link", { name: "Working Together to Safeguard Children" }).first().click();
      await practitioner.getByLabel("Your name").fill("Priya Patel");
      await practitioner.getByLabel("Your work email").fill("priya.patel@rainbow-nursery.example.org");
      await practitioner.getByLabel("Or your employer").fill("Rainbow Nursery");
      await practitioner.getByRole("button", { name: "Ask for a place" }).click();
      await practitioner.getByText("Enter your manager's work email: they approve the place").first().waitFor();
      await checkAccessibility(practitioner, "refused request");
      await practitioner.getByLabel("Your manager's work email").fill("manager@rainbow-nursery.example.org");
      await practitioner.getByRole("button", { name: "Ask for a place" }).click();
      await practitioner.getByRole("heading", { name: "Request sent" }).waitFor();
      await checkAccessibility(practitioner, "request sent");

      // The manager follows the link in the email and approves.
      const [asked] = await sink.waitFor((m) => messageSubject(m) === "Approve a training place for Priya Patel");
      const link = /http:\/\/safeboard\.test(\/public\/milton-keynes\/training\/approve\/[0-9a-f]{64})/.exec(messageBody(asked));
      assert.ok(link, messageBody(asked));
      await manager.goto(`${server.baseUrl}${link[1]}`);
      await checkAccessibility(manager, "approval link");
      await manager.getByLabel("Approve the place").check();
      await manager.getByRole("button", { name: "Send decision" }).click();
      await manager.getByRole("heading", { name: "Place approved" }).waitFor();
      await sink.waitFor((m) => messageSubject(m) === "Your training place: Working Together to Safeguard Children");

      // The trainer marks the register, and the year's figures count the attendance.
      await team.goto(`${server.baseUrl}${eventPath}`);
      const booking = team.locator(".app-booking", { hasText: "Priya Patel" });
      await booking.getByLabel("Register").selectOption({ label: "Attended" });
      await booking.getByRole("button", { name: "Mark register" }).click();
      await team.getByText("Register marked").waitFor();
      await checkAccessibility(team, "marked register");
      await team.goto(`${server.baseUrl}/p/milton-keynes/training/report?year=2011`);
      assert.match(await team.locator("main").innerText(), /Attendances, with the conference\s+2861\s+1058/);
      await checkAccessibility(team, "training figures");

      // The team's other pages: the conference's programme, the charges to invoice and next
      // year's budget request, started with an item.
      await team.goto(`${server.baseUrl}/p/milton-keynes/training?year=2011`);
      await team.getByRole("link", { name: "MKSCB annual conference" }).last().click();
      await team.getByRole("table", { name: "The conference's sessions" }).waitFor();
      await checkAccessibility(team, "conference programme");
      await team.goto(`${server.baseUrl}/p/milton-keynes/training/charges?year=2011`);
      await team.getByRole("table", { name: "Charges by agency or employer" }).waitFor();
      await checkAccessibility(team, "charges to invoice");
      await team.goto(`${server.baseUrl}/p/milton-keynes/training/budget?year=2012`);
      await team.getByLabel("What it pays for").fill("Buy-in of trainers");
      await team.getByLabel("Amount in pounds").fill("12,000");
      await team.getByRole("button", { name: "Add item" }).click();
      await team.getByText("Item added").waitFor();
      assert.match(await team.locator("main").innerText(), /Total asked\s+£12,000\.00/);
      await checkAccessibility(team, "budget request");
    });
  } finally {
    await browser.close();
    await server.stop();
    await sink.stop();
  }
});
