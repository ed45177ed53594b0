// As the chair of the Quality Assurance Sub-Group, in order to report progress, I update the
// RAG status of an action my group leads; the business manager then sees it in the next Board
// meeting's progress report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins,
  daysFromToday, fillDate } from "./harness.mjs";


test("sub_group_chair_updates_an_action_and_the_board_report_shows_it", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, "plan-update", async () => {
      // The business manager sets up the current plan from a spreadsheet.
      await signIn(page, server.baseUrl, logins.businessManager);
      await page.goto(`${server.baseUrl}/p/milton-keynes/plans`);
      await checkAccessibility(page, "business plans");
      await page.getByLabel("Title").fill("Business Plan now");
      await fillDate(page, "Start date", daysFromToday(-300));
      await fillDate(page, "End date", daysFromToday(700));
      await page.getByRole("button", { name: "Add plan" }).click();
      await page.getByRole("heading", { level: 1, name: "Business Plan now" }).waitFor();
      await page.getByRole("button", { name: "Import actions from a spreadsheet" }).click();
      await checkAccessibility(page, "import");
      // In the board's own layout: the preview maps its columns and shows the row to be saved.
      const csv = "Workstream,Activity,How we will know,Owner,Due,RAG\n" +
                  "5. Effective quality assurance,Audit neglect cases,Audit reported to the Board,Quality Assurance Sub-Group,ongoing,amber\n";
      await page.getByLabel("Spreadsheet (CSV or Excel)").setInputFiles({ name: "plan.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
      await page.getByRole("button", { name: "Upload and preview" }).click();
      await page.getByRole("heading", { level: 2, name: "Which column is which" }).waitFor();
      assert.equal(await page.locator("#field-1 option:checked").innerText(), "Activity");
      assert.equal(await page.locator("#field-3 option:checked").innerText(), "Owner");
      assert.match(await page.locator("main").innerText(), /The 1 actions as they will be saved/);
      await checkAccessibility(page, "import preview");
      await page.getByRole("button", { name: "Import 1 actions" }).click();
      await page.getByRole("heading", { level: 1, name: "Business Plan now" }).waitFor();
      await checkAccessibility(page, "plan");
      await page.getByRole("button", { name: "Sign out" }).click();

      // The sub-group chair updates it from the group's work plan.
      await signIn(page, server.baseUrl, { email: "qa.chair@demo.safeboard.test", password: "demo-qa-chair" });
      await page.goto(`${server.baseUrl}/p/milton-keynes/groups`);
      await page.locator("main").getByRole("link", { name: "Quality Assurance Sub-Group" }).click();
      await page.locator("main").getByRole("link", { name: "Meetings", exact: true }).click();
      await page.locator("main").getByRole("link", { name: "Work plan" }).click();
      await checkAccessibility(page, "work plan");
      await page.getByRole("link", { name: "Audit neglect cases" }).click();
      await checkAccessibility(page, "action");
      await page.getByLabel("Green").check();
      await page.getByLabel("Progress", { exact: true }).fill("Five neglect cases audited; findings to the Board.");
      await page.getByRole("button", { name: "Add update" }).click();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Progress update added/);
      await page.getByRole("button", { name: "Sign out" }).click();

      // The business manager schedules the next Board meeting and reads its progress report.
      await signIn(page, server.baseUrl, logins.businessManager);
      await page.goto(`${server.baseUrl}/p/milton-keynes/groups`);
      await page.locator("main").getByRole("link", { name: "Milton Keynes Safeguarding Children Board" }).click();
      await page.locator("main").getByRole("link", { name: "Meetings", exact: true }).click();
      await page.getByRole("button", { name: "Schedule a meeting" }).click();
      await fillDate(page, "Date", daysFromToday(14));
      await page.getByRole("button", { name: "Schedule meeting" }).click();
      await page.getByRole("link", { name: "Business plan progress report for this meeting" }).click();
      const report = await page.locator("main").innerText();
      assert.match(report, /Business Plan now/);
      assert.match(report, /Audit neglect cases/);
      assert.match(report, /Green/);
      assert.match(report, /Five neglect cases audited; findings to the Board\./);
      await checkAccessibility(page, "progress report");
      await page.goto(`${server.baseUrl}/p/milton-keynes/performance`);
      await checkAccessibility(page, "performance dashboard");
      await page.getByRole("link", { name: /NI 63/ }).click();
      await checkAccessibility(page, "indicator");
      await page.goto(`${server.baseUrl}/p/milton-keynes/child-protection`);
      await checkAccessibility(page, "child protection data");

      // The year's audit programme (issue 16): the Social Work Improvement Fund audit still runs.
      await page.getByRole("link", { name: "Quality assurance", exact: true }).click();
      await page.getByRole("heading", { level: 1, name: "Audit programme 2011-12" }).waitFor();
      await checkAccessibility(page, "audit programme");
      await page.getByRole("link", { name: /Social Work Improvement Fund/ }).click();
      assert.match(await page.locator("main").innerText(), /Running/);
      await checkAccessibility(page, "planned audit");
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
