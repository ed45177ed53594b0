// As the business manager, in order to keep a group's membership current, I add a new person
// and make them a member of a sub-group.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins,
  daysFromToday } from "./harness.mjs";

test("business_manager_adds_member", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, "business-manager-adds-member", async () => {
      await page.goto(`${server.baseUrl}/sign-in`);
      await checkAccessibility(page, "sign-in");
      // One partnership: signing in lands on its dashboard.
      await signIn(page, server.baseUrl, logins.businessManager);
      await page.getByRole("heading", { level: 1, name: "Milton Keynes Safeguarding Children Board" }).waitFor();
      await checkAccessibility(page, "dashboard");

      // Add the person.
      await page.getByRole("link", { name: "People", exact: true }).click();
      await checkAccessibility(page, "people");
      await page.getByRole("button", { name: "Add a person" }).click();
      await checkAccessibility(page, "add a person");
      await page.getByLabel("Full name").fill("Priya Shah");
      await page.getByLabel("Job title").fill("Safeguarding Lead");
      await page.getByLabel("Agency", { exact: true }).selectOption({ label: "Thames Valley Police" });
      await page.getByLabel("Email address").fill("priya.shah@example.org");
      await page.getByRole("button", { name: "Save" }).click();
      await assert.doesNotReject(page.getByRole("heading", { level: 1, name: "Priya Shah" }).waitFor());
      await checkAccessibility(page, "person");

      // Make them a member of the Quality Assurance sub-group; first forget the day.
      await page.getByRole("link", { name: "Groups", exact: true }).click();
      await checkAccessibility(page, "groups");
      await page.getByRole("link", { name: "Quality Assurance Sub-Group" }).click();
      await checkAccessibility(page, "group");
      await page.getByRole("button", { name: "Add a member" }).click();
      await checkAccessibility(page, "add a member");
      const today = daysFromToday(0);
      await page.getByLabel("Person").selectOption({ label: "Priya Shah" });
      await page.getByLabel("Agency represented").selectOption({ label: "Thames Valley Police" });
      await page.getByLabel("Core member").check();
      const start = page.getByRole("group", { name: "Start date" });
      await start.getByLabel("Month").fill(String(today.getUTCMonth() + 1));
      await start.getByLabel("Year").fill(String(today.getUTCFullYear()));
      await page.getByRole("button", { name: "Save" }).click();

      const summary = page.locator(".govuk-error-summary [role=alert]");
      await summary.waitFor();
      assert.match(await summary.innerText(), /There is a problem/);
      assert.match(await summary.innerText(), /The start date must include a day, month and year/);
      assert.equal(await page.getByLabel("Person").inputValue() !== "", true, "person kept");
      assert.equal(await page.locator("#person_id option:checked").innerText(), "Priya Shah");
      await checkAccessibility(page, "add a member with an error");
      await summary.getByRole("link").first().click();

      await start.getByLabel("Day").fill(String(today.getUTCDate()));
      await page.getByRole("button", { name: "Save" }).click();
      await page.getByRole("heading", { level: 1, name: "Quality Assurance Sub-Group" }).waitFor();
      assert.match(await page.locator(".govuk-notification-banner").innerText(), /Member added/);
      const row = page.getByRole("row").filter({ hasText: "Priya Shah" });
      assert.equal(await row.count(), 1, "Priya Shah is listed once");
      assert.match(await row.innerText(), /Thames Valley Police/);
      assert.match(await row.innerText(), /Core member/);
      await checkAccessibility(page, "group with the new member");

      // Issue 15: an indicator's chart draws its points and line (its shapes were once nested
      // inside the axis and drew nothing).
      await page.getByRole("link", { name: "Performance", exact: true }).click();
      await page.getByRole("link", { name: /^NI 67 / }).click();
      const chart = page.locator("svg.app-chart");
      await chart.waitFor();
      const shapes = await chart.locator("circle, polyline").evaluateAll((elements) =>
        elements.map((e) => { const box = e.getBBox(); return { tag: e.tagName, width: box.width, height: box.height }; }));
      assert.ok(shapes.filter((s) => s.tag === "circle").length >= 3, JSON.stringify(shapes));
      for (const shape of shapes)
        assert.ok(shape.width > 0 || shape.height > 0, `an empty ${shape.tag}: ${JSON.stringify(shapes)}`);
      assert.equal(await chart.locator("line circle, line polyline, line rect").count(), 0, "shapes nested in the axis");
      await checkAccessibility(page, "an indicator with its chart");

      await page.getByRole("button", { name: "Sign out" }).click();
      await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});

test("lay_member_cannot_manage_the_board", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, "lay-member", async () => {
      await signIn(page, server.baseUrl, logins.layMember);
      await page.goto(`${server.baseUrl}/p/milton-keynes/groups`);
      await checkAccessibility(page, "groups as a lay member");
      assert.equal(await page.getByRole("button", { name: "Add a group" }).count(), 0);
      const response = await page.goto(`${server.baseUrl}/p/milton-keynes/people/new`);
      assert.equal(response.status(), 403);
      await checkAccessibility(page, "forbidden page");
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
