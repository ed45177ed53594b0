// As a member of the Quality Assurance sub-group from the police, in order to finish our part of
// a multi-agency case file audit, I complete the police's part of a case so it is ready for the
// discussion; then I look over the safer recruitment self-assessment, the IMR action plans and
// the training needs raised, as the sub-group does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins,
  daysFromToday, fillDate } from "./harness.mjs";

test("member_completes_a_case_file_audit_part_and_reviews_the_assurance_loop", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  const assurance = () =>
    page.getByRole("navigation", { name: "Menu" }).getByRole("link", { name: "Quality assurance" }).click();
  try {
    await screenshotOnFailure(page, "case-file-audit", async () => {
      await signIn(page, server.baseUrl, logins.member);
      await assurance();
      await page.getByRole("link", { name: /Multi-agency case file audits/ }).click();
      await page.getByRole("heading", { level: 1, name: "Case file audits 2011-12" }).waitFor();
      await checkAccessibility(page, "case file audits");
      await page.getByRole("link", { name: "MACFA-2012-03" }).click();
      await page.getByRole("heading", { level: 1, name: "Audited case MACFA-2012-03" }).waitFor();
      await checkAccessibility(page, "audited case");
      // Only the police's part is ours to complete.
      assert.equal(await page.getByText("Complete Thames Valley Probation's part").count(), 0);
      await page.getByText("Complete Thames Valley Police's part").click();
      await page.getByLabel("What the agency's records show").fill("One domestic abuse incident, notified the same day.");
      await fillDate(page, "Completed (leave blank to keep it a draft)", daysFromToday(-2));
      await page.getByRole("button", { name: "Save part" }).click();
      await page.getByText("Part saved").waitFor();
      assert.match(await page.locator("main").innerText(), /Ready for discussion/);
      await checkAccessibility(page, "part completed");

      await assurance();
      await page.getByRole("link", { name: /Safer workforce self-assessment/ }).click();
      await page.getByRole("link", { name: "Safer recruitment self-assessment 2011" }).click();
      assert.match(await page.locator("main").innerText(), /9 \(64%\)/);
      await checkAccessibility(page, "self-assessment");
      await page.getByRole("link", { name: "Hillside Academy (invented)" }).click();
      await page.getByRole("heading", { level: 1, name: "Return: Hillside Academy (invented)" }).waitFor();
      await checkAccessibility(page, "self-assessment return");

      await assurance();
      await page.getByRole("link", { name: /^IMR action plans:/ }).click();
      await page.getByRole("link", { name: "Case CD: NHS Milton Keynes" }).click();
      assert.match(await page.locator("main").innerText(), /Signed off/);
      await checkAccessibility(page, "IMR action plan");

      await assurance();
      await page.getByRole("link", { name: /Training needs and procedure reviews raised/ }).click();
      await checkAccessibility(page, "training needs and procedure reviews");
      await page.getByRole("link", { name: /Outcome-focused child protection planning/ }).click();
      assert.match(await page.locator("main").innerText(), /Not answered yet/);
      await checkAccessibility(page, "a training need");
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
