// As a member of the Child Death Overview Panel, I record a notified death and the panel's
// review, which found safeguarding concerns; the referral then appears for the case review
// panel, and a lay member can open neither record.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins }
  from "./harness.mjs";

async function fillDate(page, legend, [year, month, day]) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(day));
  await group.getByLabel("Month").fill(String(month));
  await group.getByLabel("Year").fill(String(year));
}

test("cdop_member_records_a_review_with_a_safeguarding_concern_and_the_case_review_panel_sees_the_referral", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  const base = `${server.baseUrl}/p/milton-keynes`;
  try {
    await screenshotOnFailure(page, "cdop-referral", async () => {
      await signIn(page, server.baseUrl, { email: "cdop.member@demo.safeboard.test", password: "demo-cdop-member" });
      await page.goto(`${base}/child-deaths?year=2011`);
      await checkAccessibility(page, "child death statistics");
      assert.match(await page.locator("main").innerText(), /18 deaths of children were notified in 2011-12/);
      await page.getByRole("link", { name: "Case records (CDOP panel only)" }).click();
      await checkAccessibility(page, "child death case records");
      await page.getByRole("button", { name: "Record a notification" }).click();
      await checkAccessibility(page, "notification form");
      await fillDate(page, "Date of birth", [2011, 3, 14]);
      await fillDate(page, "Date of death", [2012, 1, 5]);
      await page.getByLabel("Female").check();
      await page.getByRole("group", { name: "Was the child normally resident in the area?" }).getByLabel("Yes").check();
      await page.getByLabel("Place of death").selectOption("home");
      await page.getByLabel("Unexpected").check();
      await page.getByLabel("Who notified the panel").fill("Coroner's officer");
      await fillDate(page, "Date the panel was notified", [2012, 1, 6]);
      await page.getByRole("button", { name: "Record notification" }).click();
      await page.getByRole("heading", { level: 1, name: /^Child death CD-2011-\d{3}$/ }).waitFor();
      await checkAccessibility(page, "child death case");
      const casePath = new URL(page.url()).pathname;

      await page.getByRole("button", { name: "Record the review" }).click();
      await checkAccessibility(page, "review form");
      await page.getByLabel("Panel meeting that reviewed the death").selectOption({ index: 1 });
      await page.getByLabel("Category of death").selectOption("infection");
      await page.getByLabel("No modifiable factors identified").check();
      await page.getByLabel("Safeguarding concerns: refer to the case review panel").check();
      await page.getByLabel("What the case review panel is asked to consider (when referring)")
        .fill("Concerns about supervision at home before the illness.");
      await page.getByLabel("Lessons learned").fill("Earlier sharing of health visitor records.");
      await page.getByLabel("Management of an individual case").check();
      await page.getByRole("button", { name: "Save review" }).click();
      assert.match(await page.locator(".govuk-notification-banner").innerText(),
                   /referred to the case review panel/);
      await checkAccessibility(page, "reviewed case");
      await page.getByRole("button", { name: "Sign out" }).click();

      // The case review panel's chair finds the referral waiting.
      await signIn(page, server.baseUrl, { email: "case.review.chair@demo.safeboard.test", password: "demo-case-review-chair" });
      await page.goto(`${base}/case-reviews`);
      await checkAccessibility(page, "case review summary");
      await page.getByRole("link", { name: "Referrals and reviews (case review panel only)" }).click();
      await checkAccessibility(page, "case review records");
      const row = page.locator("tbody tr", { hasText: "Awaiting the panel" })
        .filter({ hasText: "Child Death Overview Panel" });
      assert.equal(await row.count(), 1);
      await row.getByRole("link").click();
      assert.match(await page.locator("main").innerText(), /Concerns about supervision at home before the illness\./);
      await checkAccessibility(page, "referral");
      const referralPath = new URL(page.url()).pathname;
      // The 2008 Child B review, its recommendations signed off, with all its forms.
      await page.getByRole("link", { name: "Case review records" }).click();
      await page.locator("table", { hasText: "Endorsed by the Board" }).getByRole("link").first().click();
      await page.getByRole("heading", { level: 1, name: /^Serious case review CR-/ }).waitFor();
      assert.match(await page.locator("main").innerText(), /Signed off/);
      await checkAccessibility(page, "serious case review");
      await page.getByRole("button", { name: "Sign out" }).click();

      // A lay member can open neither record, though the statistics are theirs too.
      await signIn(page, server.baseUrl, logins.layMember);
      for (const path of [casePath, referralPath]) {
        const response = await page.goto(`${server.baseUrl}${path}`);
        assert.equal(response.status(), 403);
        await page.getByRole("heading", { level: 1, name: "You do not have access to this page" }).waitFor();
        assert.doesNotMatch(await page.locator("main").innerText(), /supervision at home/);
      }
      await checkAccessibility(page, "refused");
      await page.goto(`${base}/child-deaths`);
      await checkAccessibility(page, "statistics as a lay member");
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
