// As the business manager, in order to run the Board's meetings, I start from my dashboard,
// schedule a Board meeting, add an item and its paper, record who came with "everyone present",
// see it become quorate, record a decision, approve the previous minutes and find this
// meeting's minutes from the meeting itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins,
  daysFromToday, fillDate } from "./harness.mjs";

// The smallest PDF a paper upload accepts.
const paperPdf = Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
  "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

test("business_manager_records_attendance_and_approves_minutes", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, "board-meeting", async () => {
      // Signing in lands on the dashboard: there is one partnership, so no list to pick from.
      await signIn(page, server.baseUrl, logins.businessManager);
      assert.equal(new URL(page.url()).pathname, "/p/milton-keynes");
      await page.getByRole("heading", { level: 2, name: "Minutes to finish" }).waitFor();
      await page.getByRole("heading", { level: 2, name: "Business plan" }).waitFor();
      await checkAccessibility(page, "business manager's dashboard");

      await page.getByRole("link", { name: "Groups", exact: true }).click();
      await page.locator("main").getByRole("link", { name: "Milton Keynes Safeguarding Children Board" }).click();
      await page.locator("main").getByRole("link", { name: "Meetings", exact: true }).click();
      await checkAccessibility(page, "board meetings");
      await page.getByRole("button", { name: "Schedule a meeting" }).click();
      await checkAccessibility(page, "schedule a meeting");
      await fillDate(page, "Date", daysFromToday(40));
      await page.getByRole("button", { name: "Schedule meeting" }).click();
      await page.locator("#quorum").waitFor();
      assert.match(await page.locator("#quorum").innerText(), /Not quorate/);

      // The agenda: an item, and its paper.
      await page.getByText("Add an agenda item").click();
      await page.getByLabel("Item", { exact: true }).fill("Section 11 audit findings");
      await page.getByLabel("Presenter (optional)").fill("Nicky Rayner");
      await page.getByRole("button", { name: "Add item" }).click();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Agenda item added/);
      await page.getByText("Add a paper to Section 11 audit findings").click();
      await page.getByLabel("Paper for Section 11 audit findings").setInputFiles(
        { name: "section-11-findings.pdf", mimeType: "application/pdf", buffer: paperPdf });
      await page.getByRole("button", { name: "Upload paper" }).click();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Paper added/);
      assert.match(await page.locator("#agenda").locator("xpath=following-sibling::ol[1]").innerText(),
                   /section-11-findings\.pdf/);
      await checkAccessibility(page, "new meeting's agenda and papers");

      // Attendance: apologies first, then everyone else present in one go.
      await page.locator("nav[aria-label=\"This meeting's pages\"]").getByRole("link", { name: "Attendance" }).click();
      await checkAccessibility(page, "attendance, none recorded");
      await page.getByLabel("Attendance of Dan Russell").selectOption("apologies");
      await page.getByRole("button", { name: "Save attendance of Dan Russell" }).click();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Attendance saved/);
      assert.equal(await page.getByLabel("Attendance of Dan Russell").inputValue(), "apologies");
      await page.getByRole("button", { name: "Mark everyone not yet recorded as present" }).click();
      await page.locator("#quorum").waitFor();
      assert.match(await page.locator("#quorum").innerText(), /Quorate/);
      assert.equal(await page.getByLabel("Attendance of Dan Russell").inputValue(), "apologies");
      assert.equal(await page.getByLabel("Attendance of Phil Latham").inputValue(), "present");
      await checkAccessibility(page, "quorate meeting's attendance");

      await page.getByRole("link", { name: "Decisions and actions" }).click();
      await page.getByLabel("Record a decision").fill("The Board agreed the 2012-13 business plan.");
      await page.getByRole("button", { name: "Record decision" }).click();
      await page.locator("#decisions").waitFor();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Decision recorded/);
      assert.match(await page.locator("main").innerText(), /The Board agreed the 2012-13 business plan\./);
      await checkAccessibility(page, "decisions and actions");

      // The previous meeting's minutes were circulated: approve them under their agenda item.
      await page.getByRole("link", { name: "Agenda and papers" }).click();
      await page.getByRole("button", { name: "Approve these minutes" }).click();
      await page.locator("#agenda").waitFor();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Minutes approved/);
      await checkAccessibility(page, "meeting after approving minutes");
      await page.getByRole("link", { name: "Read the minutes" }).click();
      assert.match(await page.locator("main").innerText(), /Approved/);
      await checkAccessibility(page, "approved minutes");

      // This meeting's own minutes are a tab away, and the previous meeting a link away.
      await page.getByRole("link", { name: /^Next meeting:/ }).click();
      await page.getByRole("link", { name: "Minutes", exact: true }).click();
      await page.getByLabel("Present and introduction").waitFor();
      await checkAccessibility(page, "this meeting's draft minutes");
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
