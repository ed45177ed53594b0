// As a Board member, in order to read up before a meeting, I search for a word that is inside a
// paper, not in its name, and open the paper from the results.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins } from "./harness.mjs";

test("member_finds_a_paper_by_searching_a_word_in_it", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, "search", async () => {
      // The demo's budget paper lists the budget's lines; its text was read when it was added.
      // Search for words of its text, not of its name.
      await signIn(page, server.baseUrl, logins.layMember);
      await page.getByRole("link", { name: "Search", exact: true }).click();
      await checkAccessibility(page, "search form");
      await page.getByLabel("Search for").fill("procedures maintenance");
      await page.getByRole("button", { name: "Search" }).click();
      const results = page.locator(".app-search-results");
      await results.waitFor();
      await checkAccessibility(page, "search results");
      const paper = results.getByRole("link", { name: "MKSCB budget 2011-12.pdf" });
      await paper.waitFor();
      assert.match(await results.locator("mark").first().innerText(), /procedures|maintenance/i);
      const [download] = await Promise.all([page.waitForEvent("download"), paper.click()]);
      assert.equal(download.suggestedFilename(), "MKSCB budget 2011-12.pdf");

      // Words that are nowhere find nothing, and say so.
      await page.getByLabel("Search for").fill("zzz-nothing-here");
      await page.getByRole("button", { name: "Search" }).click();
      await page.getByRole("heading", { level: 2, name: /No results for/ }).waitFor();
      await checkAccessibility(page, "no results");
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
