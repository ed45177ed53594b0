// As the business manager, in order to run the Board's meetings, I start from my dashboard,
// schedule a Board meeting, add an item and its paper, download the agenda pack, circulate the
// papers (the email arrives), record who came with "everyone present", see it become quorate,
// record a decision, approve the previous minutes and find this meeting's minutes from the
// meeting itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { startServer, startSmtpSink, messageSubject, messageBody, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins,
  daysFromToday, fillDate } from "./harness.mjs";

test("business_manager_records_attendance_and_approves_minutes", async () => {
  const sink = await startSmtpSink();
  const server = await startServer({ smtp: sink.url });
  const browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  // A real paper: a page printed to PDF by the browser.
  const maker = await context.newPage();
  await maker.setContent("<h1>Section 11 audit</h1><p>Findings on safer recruitment in schools.</p>");
  const paperPdf = await maker.pdf({ format: "A4" });
  await maker.close();
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

      // The agenda pack: the agenda, then the paper, numbered, as one PDF.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Download the agenda pack (PDF)" }).click(),
      ]);
      const pack = readFileSync(await download.path());
      assert.equal(pack.subarray(0, 5).toString(), "%PDF-");
      const packText = execFileSync("pdftotext", ["-", "-"], { input: pack }).toString();
      assert.match(packText, /Section 11 audit findings/);
      assert.match(packText, /section-11-findings\.pdf: page 2/);
      assert.match(packText, /Findings on safer recruitment in schools/);
      assert.match(packText, /Page 2 of 2/);

      // Circulating the papers emails each member a link to the meeting.
      await page.getByRole("button", { name: "Circulate the agenda and papers to members" }).click();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Agenda and papers circulated/);
      const meetingPath = new URL(page.url()).pathname;
      const [circulated] = await sink.waitFor((m) => messageSubject(m).startsWith("Papers: "));
      assert.ok(messageBody(circulated).includes(`http://safeboard.test${meetingPath}`), messageBody(circulated));
      assert.doesNotMatch(messageBody(circulated), /safer recruitment/);  // a link, never the papers

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
    await sink.stop();
  }
});
