// As the deployment's administrator, in order that another board can use safeboard, I create
// its partnership; as its new business manager, I accept the invitation, see only my own board,
// and set it up from the checklist: agencies and people from spreadsheets, a group with its
// quorum rule, a post, the plan imported from a spreadsheet in the board's own layout through
// the mapping preview, and indicators from a spreadsheet.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startServer, launchBrowser, checkAccessibility, signIn, screenshotOnFailure, logins, fillDate, daysFromToday }
  from "./harness.mjs";

const csv = (name, text) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });

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

      // The agencies, from a spreadsheet.
      await manager.getByRole("link", { name: "Add the partner agencies" }).click();
      await manager.getByRole("button", { name: "Import agencies from a spreadsheet" }).click();
      await checkAccessibility(manager, "import agencies");
      await manager.getByLabel("Spreadsheet (CSV or Excel)").setInputFiles(csv("agencies.csv",
        "Name,Sector,Statutory partner,Other names\nNorthshire Police,Police,Yes,NP\nNorthshire Health,Health,Yes,\n"));
      await manager.getByRole("button", { name: "Check and import" }).click();
      await manager.getByRole("heading", { level: 1, name: "Agencies" }).waitFor();
      assert.match(await manager.locator(".govuk-notification-banner").innerText(), /Agencies imported/);
      await manager.getByRole("link", { name: "Dashboard", exact: true }).click();
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

      // A group with its quorum rule: three members, one of them from a health agency.
      await manager.getByRole("link", { name: "Dashboard", exact: true }).click();
      await manager.getByRole("link", { name: "Set up the groups and their quorum rules" }).click();
      await manager.getByRole("button", { name: "Add a group" }).click();
      await manager.getByLabel("Name", { exact: true }).fill("Business Management Group");
      await manager.getByLabel("Short name (optional)").fill("BMG");
      await manager.getByLabel("Kind of group").selectOption({ label: "Business management group" });
      await manager.getByLabel("Reports to (optional)").selectOption({ label: "Northshire Safeguarding Children Partnership" });
      await manager.getByLabel("How often it meets").selectOption({ label: "Monthly" });
      await manager.getByLabel("Members needed (optional)").fill("3");
      await manager.getByLabel("Health", { exact: true }).check();
      await checkAccessibility(manager, "a new group with its quorum rule");
      await manager.getByRole("button", { name: "Save" }).click();
      await manager.getByRole("heading", { level: 1, name: "Business Management Group" }).waitFor();
      assert.match(await manager.locator("main").innerText(), /3 members, with an agency of the sector Health present\./);

      // A post, held by Priya.
      await manager.getByRole("link", { name: "Posts", exact: true }).click();
      await manager.getByRole("button", { name: "Add a post" }).click();
      await manager.getByLabel("Title of the post").fill("Head of Safeguarding");
      await manager.getByLabel("Agency").selectOption({ label: "Northshire Police" });
      await manager.getByRole("button", { name: "Save" }).click();
      await manager.getByRole("button", { name: "Record a new holder" }).click();
      await manager.getByLabel("Who holds the post").selectOption({ label: "Priya Shah" });
      await fillDate(manager, "Date they started in the post", daysFromToday(-30));
      await manager.getByRole("button", { name: "Save" }).click();
      await manager.getByRole("heading", { level: 1, name: "Head of Safeguarding (Northshire Police)" }).waitFor();
      assert.match(await manager.locator(".govuk-summary-list").innerText(), /Priya Shah/);
      await checkAccessibility(manager, "a post and who holds it");

      // The plan, from a spreadsheet in the board's own layout: its columns mapped on the preview,
      // one action led by a post and a group together.
      await manager.getByRole("link", { name: "Business plan", exact: true }).click();
      await manager.getByLabel("Title").fill("Northshire Business Plan 2012-13");
      await fillDate(manager, "Start date", daysFromToday(1));
      await fillDate(manager, "End date", daysFromToday(365));
      await manager.getByRole("button", { name: "Add plan" }).click();
      await manager.getByRole("heading", { level: 1, name: "Northshire Business Plan 2012-13" }).waitFor();
      await manager.getByRole("button", { name: "Import actions from a spreadsheet" }).click();
      await manager.getByLabel("Spreadsheet (CSV or Excel)").setInputFiles(csv("plan.csv",
        "Workstream,Activity,Owner,Due,How we will know\n" +
        "1. Children are safe online,Run an e-safety campaign,Head of Safeguarding and BMG,Q3 2012/13,Every school reached\n"));
      await manager.getByRole("button", { name: "Upload and preview" }).click();
      await manager.getByRole("heading", { level: 2, name: "Which column is which" }).waitFor();
      assert.equal(await manager.locator("#field-3 option:checked").innerText(), "Owner");
      assert.match(await manager.locator("main").innerText(), /The 1 actions as they will be saved/);
      await checkAccessibility(manager, "the new board's plan import preview");
      await manager.getByRole("button", { name: "Import 1 actions" }).click();
      await manager.getByRole("heading", { level: 1, name: "Northshire Business Plan 2012-13" }).waitFor();
      assert.match(await manager.locator("main").innerText(),
                   /Head of Safeguarding \(Northshire Police\); Business Management Group/);

      // Indicators, from a spreadsheet.
      await manager.getByRole("link", { name: "Performance", exact: true }).click();
      await manager.getByRole("button", { name: "Import indicators from a spreadsheet" }).click();
      await checkAccessibility(manager, "import indicators");
      await manager.getByLabel("Spreadsheet (CSV or Excel)").setInputFiles(csv("indicators.csv",
        "Code,Name,Cluster,Agency,Unit,Better,Frequency,Target year,Target\n" +
        "NS 1,Referrals from the police,Early help,NP,Count,Higher,Quarterly,,\n" +
        "NS 2,Health assessments on time,Early help,Northshire Health,Percentage,Higher,Annual,2012-13,90\n"));
      await manager.getByRole("button", { name: "Check and import" }).click();
      await manager.getByRole("heading", { level: 1, name: "Performance" }).waitFor();
      assert.match(await manager.locator(".govuk-notification-banner").innerText(), /Indicators imported/);
      assert.match(await manager.locator("main").innerText(), /Health assessments on time/);
      await manager.getByRole("link", { name: "Dashboard", exact: true }).click();
      assert.match(await manager.locator("main").innerText(), /You have completed 6 of 8 steps/);

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
