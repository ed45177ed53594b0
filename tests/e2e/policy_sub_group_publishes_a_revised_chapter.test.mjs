// As the board's business manager, in order to keep the procedures up to date within 3 months of
// new guidance, I record new national guidance against the trafficking chapter, put the revised
// draft out to consultation, record three agencies' approval by email, record the Board's
// ratifying decision at its meeting, and publish it; then anyone reads the new text on the board's
// public site, with the warning and the quick exit, and never the draft of a chapter still under
// review.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins, daysFromToday,
  fillDate } from "./harness.mjs";

async function fillDateIn(scope, legend, date) {
  const group = scope.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(date.getUTCDate()));
  await group.getByLabel("Month").fill(String(date.getUTCMonth() + 1));
  await group.getByLabel("Year").fill(String(date.getUTCFullYear()));
}

test("a_chapter_triggered_by_guidance_is_consulted_on_approved_ratified_and_published", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const page = await (await browser.newContext()).newPage();
  const visitor = await (await browser.newContext()).newPage();
  const agencies = ["Thames Valley Police", "Milton Keynes Council Children & Families", "NHS Milton Keynes & Northamptonshire"];
  try {
    await screenshotOnFailure(page, "procedures", async () => {
      await signIn(page, server.baseUrl, logins.businessManager);
      await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Procedures" }).click();
      await page.getByRole("heading", { level: 1, name: "Policy and procedures register" }).waitFor();
      await checkAccessibility(page, "procedures register");

      // New national guidance makes the trafficking chapter due within 3 months.
      await page.getByRole("link", { name: "Triggers for review" }).click();
      await page.getByLabel("New or revised national guidance").check();
      await page.getByLabel("The guidance or the need").fill("Safeguarding children who may have been trafficked (revised)");
      await fillDate(page, "Published or raised on", daysFromToday(0));
      await page.getByLabel("5.11 Trafficking and Exploitation").check();
      await page.getByRole("button", { name: "Record trigger" }).click();
      await page.getByText("Trigger recorded: its chapters are due for review").waitFor();
      assert.match(await page.locator("main").innerText(), /Review by\s+30 June 2012/);
      await checkAccessibility(page, "triggers for review");

      // The review: the draft, then the consultation sheet to three agencies.
      await page.locator("main").getByRole("link", { name: "5.11 Trafficking and Exploitation" }).first().click();
      await fillDate(page, "Review began on", daysFromToday(0));
      await page.getByLabel("The draft (optional)").fill("## Trafficking\n\nIf you think a child may have been trafficked, refer to children's social care at once.");
      await page.getByRole("button", { name: "Begin review" }).click();
      await page.getByText("Review begun: the chapter is under review").waitFor();
      await checkAccessibility(page, "review begun");
      for (const agency of agencies) await page.getByLabel(agency, { exact: true }).check();
      await fillDate(page, "Sent on", daysFromToday(0));
      await fillDate(page, "Closes on", daysFromToday(14));
      await page.getByRole("button", { name: "Send consultation" }).click();
      await page.getByText("Consultation sent").waitFor();
      const response = page.locator("form", { has: page.getByLabel("What Thames Valley Police said") });
      await response.getByLabel("What Thames Valley Police said").fill("Agreed.");
      await fillDateIn(response, "Responded on", daysFromToday(0));
      await response.getByRole("button", { name: "Record response" }).click();
      await page.getByText("Response recorded").waitFor();

      // Three agencies approve by email; the Board cannot ratify before the third.
      const approvers = ["Richard North", "Jo Hooper", "Jan Norman"];
      for (let k = 0; k < 3; ++k) {
        await page.getByLabel("Agency", { exact: true }).selectOption({ label: agencies[k] });
        await page.getByLabel("Approved by").fill(approvers[k]);
        await page.getByLabel("By email").check();
        await fillDate(page, "Day of the email (by email)", daysFromToday(0));
        await page.getByRole("button", { name: "Record approval" }).click();
        await page.getByText("Approval recorded").waitFor();
      }
      assert.match(await page.locator("main").innerText(), /3 of the 3 agencies needed have approved/);
      await checkAccessibility(page, "approved review");
      const reviewUrl = page.url();

      // The Board meets today and ratifies it.
      await page.goto(`${server.baseUrl}/p/milton-keynes/groups`);
      await page.locator("main").getByRole("link", { name: "Milton Keynes Safeguarding Children Board" }).click();
      await page.locator("main").getByRole("link", { name: "Meetings", exact: true }).click();
      await page.getByRole("button", { name: "Schedule a meeting" }).click();
      await fillDate(page, "Date", daysFromToday(0));
      await page.getByRole("button", { name: "Schedule meeting" }).click();
      await page.locator("nav[aria-label=\"This meeting's pages\"]").getByRole("link", { name: "Attendance" }).click();
      await page.getByRole("button", { name: "Mark everyone not yet recorded as present" }).click();
      await page.getByRole("link", { name: "Decisions and actions" }).click();
      await page.getByLabel("Record a decision").fill("The Board ratified the revised trafficking chapter.");
      await page.getByRole("button", { name: "Record decision" }).click();
      await page.getByText("Decision recorded").waitFor();
      await page.goto(reviewUrl);
      await page.getByLabel("The Board's decision ratifying it").selectOption({ label: "31 March 2012: The Board ratified the revised trafficking chapter." });
      await page.getByRole("button", { name: "Record ratification" }).click();
      await page.getByText("Ratification recorded").waitFor();
      await fillDate(page, "Published on", daysFromToday(0));
      await page.getByLabel("Amendment note").fill("March 2012: revised in line with the new guidance on trafficked children; re-read in full.");
      await page.getByRole("button", { name: "Publish the new version" }).click();
      await page.getByText("Published: the chapter's new version is in the amendments log").waitFor();
      await checkAccessibility(page, "published review");

      // Anyone reads it on the public site, without signing in.
      await visitor.goto(`${server.baseUrl}/public/milton-keynes`);
      await visitor.getByText("If a child is in immediate danger, call 999.").first().waitFor();
      await visitor.getByRole("button", { name: /Exit this page/ }).waitFor();
      await checkAccessibility(visitor, "public home");
      await visitor.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Procedures" }).click();
      await checkAccessibility(visitor, "public procedures");
      await visitor.getByRole("link", { name: "Trafficking and Exploitation" }).click();
      const text = await visitor.locator("main").innerText();
      assert.match(text, /If you think a child may have been trafficked, refer to children's social care at once\./);
      assert.match(text, /revised in line with the new guidance on trafficked children/);
      await checkAccessibility(visitor, "public chapter");
      await visitor.goto(`${server.baseUrl}/public/milton-keynes/procedures`);
      await visitor.getByRole("link", { name: "Mental Health of Parent or Carer" }).click();
      assert.doesNotMatch(await visitor.locator("main").innerText(), /Practitioners in adult mental health services/);
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
