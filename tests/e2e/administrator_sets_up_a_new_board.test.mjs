// As the deployment's administrator, in order that another board can use safeboard, I create
// its partnership; as its new business manager, I accept the invitation, see only my own board,
// and start setting it up from the checklist.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins } from "./harness.mjs";

test("administrator_sets_up_a_new_board", async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  const admin = await (await browser.newContext()).newPage();
  const manager = await (await browser.newContext()).newPage();
  try {
    await screenshotOnFailure(admin, "administrator-creates-a-partnership", async () => {
      await signIn(admin, server.baseUrl, logins.admin);
      await admin.getByRole("button", { name: "Create a partnership" }).click();
      await checkAccessibility(admin, "create a partnership");
      await admin.getByLabel("Name", { exact: true }).fill("Northshire Safeguarding Children Partnership");
      await admin.getByLabel("Short name for web addresses").fill("Northshire SCP");
      await admin.getByLabel("Year 1", { exact: true }).fill("2011-12");
      await admin.getByLabel("Children in year 1").fill("58,600");
      await admin.getByLabel("Full name").fill("Zoë Ångström");
      await admin.getByLabel("Work email address").fill("zoe@northshire.example");
      await admin.getByRole("button", { name: "Create partnership" }).click();
      const summary = admin.locator(".govuk-error-summary");
      await summary.waitFor();
      assert.match(await summary.innerText(), /lower-case letters/);
      assert.equal(await admin.getByLabel("Full name").inputValue(), "Zoë Ångström", "what was typed is kept");
      await checkAccessibility(admin, "create a partnership with an error");
      await admin.getByLabel("Short name for web addresses").fill("northshire");
      await admin.getByRole("button", { name: "Create partnership" }).click();
      await admin.getByRole("heading", { level: 1, name: "Partnership created" }).waitFor();
      await checkAccessibility(admin, "partnership created");
    });
    const link = await admin.locator("#invitation-link").innerText();
    assert.match(link, /\/invitations\/[0-9a-f]{64}$/);

    await screenshotOnFailure(manager, "business-manager-accepts-the-invitation", async () => {
      await manager.goto(link);
      await manager.getByRole("heading", { level: 1, name: "Set your password" }).waitFor();
      await checkAccessibility(manager, "set your password");
      await manager.getByLabel("Choose a password").fill("a long northshire password");
      await manager.getByLabel("Type the password again").fill("a long northshire password");
      await manager.getByRole("button", { name: "Set password and sign in" }).click();
      await manager.getByRole("heading", { level: 1, name: "Northshire Safeguarding Children Partnership" }).waitFor();
      await manager.getByRole("heading", { level: 2, name: "Set up your board" }).waitFor();
      assert.match(await manager.locator("main").innerText(), /You have completed 1 of 8 steps/);
      await checkAccessibility(manager, "a new board's overview with its checklist");

      // The first agency, from the checklist.
      await manager.getByRole("link", { name: "Add the partner agencies" }).click();
      await manager.getByRole("button", { name: "Add an agency" }).click();
      await manager.getByLabel("Name", { exact: true }).fill("Northshire Police");
      await manager.getByLabel("Sector").selectOption({ label: "Police" });
      await manager.getByRole("button", { name: "Save" }).click();
      await manager.getByRole("link", { name: "Overview", exact: true }).click();
      assert.match(await manager.locator("main").innerText(), /You have completed 2 of 8 steps/);

      // People from a spreadsheet: one bad row refuses the file and says why.
      await manager.getByRole("link", { name: "Add the people" }).click();
      await manager.getByRole("button", { name: "Import people from a spreadsheet" }).click();
      await checkAccessibility(manager, "import people");
      const people = (agency) => ({
        name: "people.csv", mimeType: "text/csv",
        buffer: Buffer.from(`Full name,Job title,Agency\nPriya Shah,Detective Inspector,${agency}\n`),
      });
      await manager.getByLabel("Spreadsheet (CSV or Excel)").setInputFiles(people("Northshire Polise"));
      await manager.getByRole("button", { name: "Check and import" }).click();
      await manager.getByRole("heading", { name: /Nothing was saved/ }).waitFor();
      assert.match(await manager.locator("main").innerText(), /did you mean "Northshire Police"\?/);
      await checkAccessibility(manager, "import people with an error");
      await manager.getByLabel("Spreadsheet (CSV or Excel)").setInputFiles(people("northshire police"));
      await manager.getByRole("button", { name: "Check and import" }).click();
      await manager.getByRole("heading", { level: 1, name: "People" }).waitFor();
      assert.match(await manager.locator(".govuk-notification-banner").innerText(), /People imported/);
      assert.match(await manager.locator("main").innerText(), /Priya Shah/);

      // Nothing of the demo board.
      await manager.goto(`${server.baseUrl}/partnerships`);
      assert.doesNotMatch(await manager.locator("main").innerText(), /Milton Keynes/);
      const demo = await manager.goto(`${server.baseUrl}/p/milton-keynes`);
      assert.equal(demo.status(), 404);
    });
  } finally {
    await browser.close();
    await server.stop();
  }
});
