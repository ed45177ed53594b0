// As the business manager, in order to answer for the board's own work, I record a complaint and
// see its deadline on the governance calendar; then I check the LADO's figures as they would be
// published, and the reports the board received with the plan one of them led to.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins,
  daysFromToday, fillDate } from "./harness.mjs";

test("business_manager_records_a_complaint_and_reviews_the_assurance_records", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, "complaint", async () => {
      await signIn(page, server.baseUrl, logins.businessManager);
      await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Quality assurance" }).click();
      await page.getByRole("link", { name: "Complaints about the board's functions" }).click();
      await page.getByRole("heading", { level: 1, name: "Complaints 2011-12" }).waitFor();
      await checkAccessibility(page, "complaints");
      // A refused complaint says why and keeps what was typed.
      await fillDate(page, "Received", daysFromToday(-1));
      await page.getByRole("button", { name: "Record complaint" }).click();
      await page.getByText("Select how it came in").first().waitFor();
      await checkAccessibility(page, "refused complaint");
      await page.getByRole("group", { name: "How it came in" }).getByLabel("Letter").check();
      await page.getByRole("group", { name: "Who complained" }).getByLabel("A member of the public").check();
      await page.getByLabel("What it is about").fill("The board's minutes are not on its website.");
      await page.getByRole("button", { name: "Record complaint" }).click();
      await page.getByText("Complaint recorded").waitFor();
      assert.match(await page.locator("main").innerText(), /To acknowledge/);
      await checkAccessibility(page, "complaint");
      await page.getByRole("link", { name: "Governance calendar", exact: true }).click();
      assert.match(await page.locator("main").innerText(), /Acknowledge complaint \d+ \(received 30 March 2012\)/);

      // The LADO's figures as they would be published: small numbers shown as 1-5.
      await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Quality assurance" }).click();
      await page.getByRole("link", { name: /LADO figures/ }).click();
      await page.getByRole("link", { name: "Show the publication version" }).click();
      assert.match(await page.locator("main").innerText(), /1-5/);
      await checkAccessibility(page, "LADO figures");

      // The reports received, and the plan agreed after Oakhill's inspection.
      await page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Quality assurance" }).click();
      await page.getByRole("link", { name: /Reports received/ }).click();
      await checkAccessibility(page, "reports received");
      await page.getByRole("link", { name: "Oakhill STC unannounced inspection, November 2011" }).click();
      assert.match(await page.locator("main").innerText(), /Partly assured/);
      await page.getByRole("link", { name: /Agreed with Oakhill Secure Training Centre/ }).click();
      await page.getByRole("heading", { level: 1, name: "Remedial action plan: Oakhill Secure Training Centre" }).waitFor();
      await checkAccessibility(page, "remedial plan");
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
