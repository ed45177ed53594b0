// As my agency's lead for Section 11, in order to account for how we safeguard children, I fill in
// and submit our return; the Quality Assurance chair challenges one grade and raises an action,
// which I later complete, and the round counts it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins,
  daysFromToday, fillDate } from "./harness.mjs";

const qaChair = { email: "qa.chair@demo.safeboard.test", password: "demo-qa-chair" };
const training = "5. Safeguarding training for all staff working with or in contact with children";

test("agency_lead_submits_a_section_11_return_and_the_challenge_raises_an_action", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, "section-11", async () => {
      // The business manager opens a round for the police.
      await signIn(page, server.baseUrl, logins.businessManager);
      await page.getByRole("link", { name: "Quality assurance", exact: true }).click();
      await page.getByRole("link", { name: /Section 11 self-assessment/ }).click();
      await page.getByRole("heading", { level: 1, name: "Section 11 self-assessment" }).waitFor();
      await checkAccessibility(page, "section 11 rounds");
      await page.getByLabel("Round", { exact: true }).fill("Section 11 audit 2012-13");
      await page.getByLabel("Standards template").selectOption({ label: "Section 11 standards, version 2" });
      await fillDate(page, "Opens", daysFromToday(-10));
      await fillDate(page, "Returns due", daysFromToday(30));
      await page.getByLabel("Challenge group (optional)").selectOption({ label: "Quality Assurance Sub-Group" });
      const asked = page.getByRole("group", { name: "Statutory partners asked for a return" });
      for (const box of await asked.getByRole("checkbox").all())
        if ((await box.getAttribute("id")) !== null) await box.uncheck();
      await asked.getByLabel("Thames Valley Police", { exact: true }).check();
      await page.getByRole("button", { name: "Open round" }).click();
      await page.getByRole("heading", { level: 1, name: "Section 11 audit 2012-13" }).waitFor();
      assert.match(await page.locator("main").innerText(), /0 of 1/);
      await checkAccessibility(page, "section 11 round");
      await page.getByRole("button", { name: "Sign out" }).click();

      // The police lead finds the return on the dashboard; last round's grades are its start.
      await signIn(page, server.baseUrl, logins.member);
      await page.getByRole("link", { name: "Thames Valley Police: Section 11 audit 2012-13" }).click();
      await page.getByRole("heading", { level: 1, name: "Thames Valley Police: Section 11 return" }).waitFor();
      const grade5 = page.getByRole("group", { name: "Grade for standard 5" });
      assert.equal(await grade5.getByLabel("Partly met").isChecked(), true);
      await checkAccessibility(page, "section 11 return form");
      await grade5.getByLabel("Fully met").check();
      await page.getByLabel("Evidence for standard 5").fill("Level 2 training now reaches 90% of front-line officers.");
      await page.getByRole("button", { name: "Submit return" }).click();
      await page.getByText("Return submitted").waitFor();
      const returnUrl = page.url().replace(/\?.*$/, "");
      await page.getByRole("button", { name: "Sign out" }).click();

      // The QA chair challenges the training grade and raises an action on it.
      await signIn(page, server.baseUrl, qaChair);
      await page.goto(returnUrl);
      const challenge = page.locator("form[action$='/challenge']");
      await challenge.getByLabel("Standard").selectOption({ label: training });
      await challenge.getByLabel("Grade changed").check();
      await challenge.getByLabel("Agreed grade (when changed)").selectOption({ label: "Partly met" });
      await challenge.getByLabel(/Why/).fill("Force figures show 78% trained at the end of March.");
      await challenge.getByRole("button", { name: "Record challenge" }).click();
      await page.getByText("Challenge recorded").waitFor();
      const raise = page.locator("form[action$='/actions']");
      await raise.getByLabel("Standard").selectOption({ label: training });
      await raise.getByLabel("What will be done").fill("Train the remaining front-line officers");
      await raise.getByLabel("Who will do it").fill("Detective Chief Inspector");
      await fillDate(page, "Due", daysFromToday(90));
      await raise.getByRole("button", { name: "Raise action" }).click();
      await page.getByText("Action raised").waitFor();
      assert.match(await page.locator("main").innerText(), /Grade changed on 31 March 2012: Force figures show 78% trained/);
      await checkAccessibility(page, "challenged return");
      await page.getByRole("button", { name: "Sign out" }).click();

      // The lead records it done; the round counts it.
      await signIn(page, server.baseUrl, logins.member);
      await page.goto(returnUrl);
      await page.getByText("Record progress on: Train the remaining front-line officers").click();
      await page.getByLabel("Progress").fill("All front-line officers trained");
      await fillDate(page, "Completed (optional)", daysFromToday(0));
      await page.getByRole("button", { name: "Save progress" }).click();
      await page.getByText("Progress saved").waitFor();
      assert.match(await page.locator("main").innerText(), /All front-line officers trained\s+31 March 2012/);
      await checkAccessibility(page, "completed action");
      await page.getByRole("link", { name: "Section 11 audit 2012-13" }).click();
      assert.match(await page.locator("main").innerText(), /Actions completed\s+1 of 1/);
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
