// As the business manager, in order to keep the Board's record, I record who came to a Board
// meeting, see it become quorate, record a decision, and approve the previous minutes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins,
  daysFromToday, fillDate } from "./harness.mjs";

test("business_manager_records_attendance_and_approves_minutes", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, "board-meeting", async () => {
      await signIn(page, server.baseUrl, logins.businessManager);
      await page.goto(`${server.baseUrl}/p/milton-keynes/groups`);
      await page.locator("main").getByRole("link", { name: "Milton Keynes Safeguarding Children Board" }).click();
      await page.locator("main").getByRole("link", { name: "Meetings", exact: true }).click();
      await checkAccessibility(page, "board meetings");
      await page.getByRole("button", { name: "Schedule a meeting" }).click();
      await checkAccessibility(page, "schedule a meeting");
      await fillDate(page, "Date", daysFromToday(40));
      await page.getByRole("button", { name: "Schedule meeting" }).click();
      await page.locator("#quorum").waitFor();
      assert.match(await page.locator("#quorum").innerText(), /Not quorate/);
      await checkAccessibility(page, "new meeting, inquorate");

      // Seven members first: still not quorate; the Lead Member (an observer) does not count.
      const present = ["Elaine Coleridge Smith", "Phil Latham", "Sue Cox", "Jill Wilkinson",
                       "Nicky Rayner", "Lyn Scott", "Anna Selby", "Cllr Andy Dransfield"];
      for (const name of present)
        await page.getByLabel(`Attendance of ${name}`).selectOption("present");
      await page.getByLabel("Attendance of Richard North").selectOption("deputy");
      await page.getByLabel("Deputy for Richard North").selectOption({ label: "Amanda Blake" });
      await page.getByLabel("Attendance of Dan Russell").selectOption("apologies");
      await page.getByRole("button", { name: "Save attendance" }).click();
      await page.locator("#quorum").waitFor();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Attendance saved/);
      assert.match(await page.locator("#quorum").innerText(), /Quorate/);
      assert.match(await page.locator("#quorum").innerText(), /8 members counted/);
      await checkAccessibility(page, "quorate meeting");

      await page.getByLabel("Record a decision").fill("The Board agreed the 2012-13 business plan.");
      await page.getByRole("button", { name: "Record decision" }).click();
      await page.locator("#decisions").waitFor();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Decision recorded/);
      assert.match(await page.locator("main").innerText(), /The Board agreed the 2012-13 business plan\./);

      // The previous meeting's minutes were circulated: approve them under their agenda item.
      await page.getByRole("button", { name: "Approve these minutes" }).click();
      await page.locator("#agenda").waitFor();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Minutes approved/);
      assert.match(await page.locator("#agenda").locator("xpath=following-sibling::*[1]").innerText(), /Minutes approved/);
      await checkAccessibility(page, "meeting after approving minutes");
      await page.getByRole("link", { name: "Read the minutes" }).click();
      assert.match(await page.locator("main").innerText(), /Approved/);
      await checkAccessibility(page, "approved minutes");
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
