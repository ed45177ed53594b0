// HTTP tests of the business plan: imports (CSV and Excel) checked whole, progress updates reaching the
// Board's report, exports with formulas neutralised, costs, triggers and risk scores, against the real server on loopback with the demo board.
#include <gtest/gtest.h>
#include <xlsxwriter.h>


#include <boost/json.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "auth/policy.h"
#include "core/base64.h"
#include "core/date.h"
#include "demo_server_test.h"
#include "storage/database.h"

namespace safeboard::testing {
namespace {

namespace json = boost::json;

class PlanHttp : public DemoServerTest {};

std::string Upload(const std::string& token, const std::string& file_name, const std::string& bytes) {
  return "--B0UNDARY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
         "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file_name +
         "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n--B0UNDARY--\r\n";
}
std::string CsvUpload(const std::string& token, const std::string& csv) { return Upload(token, "plan.csv", csv); }

// Uploads a plan spreadsheet, then saves from its preview: the preview posts the file back with
// the columns chosen (`fields`: field-N = column; the seeds' layout maps column N to field N).
HttpResult ImportPlanFile(Client& client, const std::string& token, std::int64_t plan, const std::string& file_name,
                          const std::string& bytes, std::vector<std::pair<int, int>> fields = {}) {
  std::string target = Path("/plans/" + std::to_string(plan) + "/import");
  auto preview = client.Send("POST", target, Upload(token, file_name, bytes), "multipart/form-data; boundary=B0UNDARY");
  if (preview.body.find("Which column is which") == std::string::npos) return preview;  // not readable
  if (fields.empty()) {
    if (preview.status != 200) return preview;
    EXPECT_NE(preview.body.find("as they will be saved"), std::string::npos) << preview.body;
    for (int n = 0; n < 8; ++n) fields.push_back({n, n});
  }
  std::string body = "csrf_token=" + token + "&step=save&file_name=" + UrlEncode(file_name) +
                     "&file_data=" + UrlEncode(core::Base64Encode(bytes));
  for (auto [field, column] : fields) body += "&field-" + std::to_string(field) + "=" + std::to_string(column);
  return client.Post(target, body);
}

TEST_F(PlanHttp, APlanImportWithErrorsSavesNothingAndListsEveryError) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto plan = FirstId("SELECT MIN(id) FROM plans");
  std::string target = Path("/plans/" + std::to_string(plan) + "/import");
  std::string type = "multipart/form-data; boundary=B0UNDARY";
  auto actions_before = Count("SELECT COUNT(*) FROM plan_actions");
  auto objectives_before = Count("SELECT COUNT(*) FROM objectives");
  std::string header = "Desired Outcome,Actions,Performance Measures,Lead,Resources required,By when,Progress report,RAG\n";
  std::string csv = header +
                    "1. Outcome,Good action,Measure,Business Management Group,,March 2013,,green\n"
                    ",Bad date,Measure,Business Management Group,,31/02/2013,,\n"
                    ",Unknown lead,Measure,The Ministry of Magic,,March 2013,,\n"
                    ",Purple,Measure,Business Management Group,,March 2013,,purple\n";
  auto r = manager.Send("POST", target, CsvUpload(token, csv), type);
  EXPECT_EQ(r.status, 422);
  for (const char* expected : {"31/02/2013", "The Ministry of Magic", "purple"})
    EXPECT_NE(r.body.find(expected), std::string::npos) << expected;
  EXPECT_NE(r.body.find("correct these 3 problems"), std::string::npos);
  // A missing column is reported on the header row.
  r = manager.Send("POST", target, CsvUpload(token, "Desired Outcome,Actions\nx,y\n"), type);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Choose the column that gives By when"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), actions_before);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM objectives"), objectives_before);
  // The good row alone imports.
  r = ImportPlanFile(manager, token, plan, "plan.csv", header + "1. Outcome,Good action,Measure,BMG,,March 2013,Started,green\n");
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), actions_before + 1);
}

// A date relative to the test server's today (kTestToday), never the wall clock's.
std::string DaysFromToday(int days) {
  auto today = std::chrono::sys_days(*core::ParseDate(kTestToday));
  return core::FormatDate(core::Date{today + std::chrono::days(days)});
}

std::string Workbook(const std::vector<std::vector<std::string>>& rows) {
  char path[] = "/tmp/plan-xlsx-XXXXXX";
  int fd = ::mkstemp(path);
  ::close(fd);
  lxw_workbook* book = workbook_new(path);
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Plan");
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      if (!rows[r][c].empty())
        worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), rows[r][c].c_str(), nullptr);
  workbook_close(book);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::remove(path);
  return bytes.str();
}

TEST_F(PlanHttp, APlanImportsFromAnExcelWorkbookWithTheSameChecks) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto plan = FirstId("SELECT MIN(id) FROM plans");
  std::string target = Path("/plans/" + std::to_string(plan) + "/import");
  std::vector<std::string> header = {"Desired Outcome", "Actions", "Performance Measures", "Lead",
                                     "Resources required", "By when", "Progress report", "RAG"};
  auto upload = [&](const std::string& bytes) {
    std::string body = "--B0UNDARY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
                       "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.xlsx\"\r\n"
                       "Content-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n--B0UNDARY--\r\n";
    return manager.Send("POST", target, body, "multipart/form-data; boundary=B0UNDARY");
  };
  auto before = Count("SELECT COUNT(*) FROM plan_actions");
  auto r = upload(Workbook({header, {"9. Outcome", "An action", "", "Nobody Known", "", "soon", "", "purple"}}));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("correct these 3 problems"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), before);
  r = upload("not a workbook at all");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("not an Excel workbook"), std::string::npos);
  r = ImportPlanFile(manager, token, plan, "plan.xlsx",
                     Workbook({header, {"9. Outcome", "An action", "", "BMG", "", "ongoing", "", "green"}}));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), before + 1);
}

// RULE: issue 14 - a plan in any board's layout: the preview maps its columns (suggested from
// their headings, or as this partnership mapped them before), shows every row as it will be
// saved, and remembers the mapping.
TEST_F(PlanHttp, APlanInAnotherBoardsLayoutIsMappedOnAPreviewAndTheMappingRemembered) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto plan = FirstId("SELECT MIN(id) FROM plans");
  std::string target = Path("/plans/" + std::to_string(plan) + "/import");
  std::string type = "multipart/form-data; boundary=B0UNDARY";
  auto before = Count("SELECT COUNT(*) FROM plan_actions");
  // Synonyms: Workstream, Activity, Owner, Due, How we will know. "Team" is this board's own word.
  std::string csv = "Workstream,Activity,Owner,Due,How we will know,Team\n"
                    "Neglect,Audit neglect cases,BMG,March 2013,Audit reported,Nobody Here\n";
  auto r = manager.Send("POST", target, Upload(token, "plan.csv", csv), type);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_NE(r.body.find("The 1 actions as they will be saved"), std::string::npos);
  EXPECT_NE(r.body.find("<option value=\"1\" selected"), std::string::npos);  // Activity gives Actions
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), before);  // nothing saved by a preview
  // Two fields from one column is refused; a lead not known is reported with the board's heading.
  r = manager.Post(target, "csrf_token=" + token + "&file_name=plan.csv&file_data=" + UrlEncode(core::Base64Encode(csv)) +
                               "&field-0=0&field-1=0&field-3=2&field-5=3");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("That column already gives Desired Outcome"), std::string::npos);
  r = manager.Post(target, "csrf_token=" + token + "&file_name=plan.csv&file_data=" + UrlEncode(core::Base64Encode(csv)) +
                               "&field-0=0&field-1=1&field-3=5&field-5=3&step=save");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Team"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), before);
  // Saved with Team as the lead: "Team" is remembered for Lead.
  csv = "Workstream,Activity,Owner,Due,How we will know,Team\n"
        "Neglect,Audit neglect cases,Somebody,March 2013,Audit reported,BMG\n";
  r = ImportPlanFile(manager, token, plan, "plan.csv", csv, {{0, 0}, {1, 1}, {2, 4}, {3, 5}, {5, 3}});
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), before + 1);
  r = manager.Send("POST", target, Upload(token, "plan.csv", "Team,Activity,Workstream,Due\nBMG,x,y,ongoing\n"), type);
  EXPECT_NE(r.body.find("<option value=\"0\" selected>Team</option>"), std::string::npos) << r.body;
}

// RULE: issue 14 - the same rows imported again into a plan are refused; an import is undone as
// a whole, and only while no one has added progress to its actions.
TEST_F(PlanHttp, ARepeatedImportIsRefusedAndAnImportCanBeUndoneAsAWhole) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto r = manager.Post(Path("/plans"), "csrf_token=" + token + "&title=Undo+plan&starts_on=" + DaysFromToday(-10) +
                                            "&ends_on=" + DaysFromToday(300));
  ASSERT_EQ(r.status, 303);
  auto plan = FirstId("SELECT MAX(id) FROM plans");
  std::string in_plan = " WHERE o.plan_id = " + std::to_string(plan);
  std::string csv = "Desired Outcome,Actions,Performance Measures,Lead,Resources required,By when,Progress report,RAG\n"
                    "1. Neglect,Audit neglect cases,Reported,BMG,,ongoing,Started,amber\n"
                    ",Train staff,Trained,BMG,,ongoing,,\n";
  ASSERT_EQ(ImportPlanFile(manager, token, plan, "plan.csv", csv).status, 303);
  auto actions = "SELECT COUNT(*) FROM plan_actions a JOIN objectives o ON o.id = a.objective_id" + in_plan;
  EXPECT_EQ(Count(actions), 2);
  // The same rows again, even as another file, are refused.
  r = manager.Send("POST", Path("/plans/" + std::to_string(plan) + "/import"), Upload(token, "copy.csv", csv),
                   "multipart/form-data; boundary=B0UNDARY");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("These rows were already imported into this plan"), std::string::npos);
  EXPECT_EQ(Count(actions), 2);
  // Undone: its actions, their imported updates and its objective go; the import is listed as undone.
  auto import = FirstId("SELECT MAX(id) FROM plan_imports WHERE plan_id = " + std::to_string(plan));
  EXPECT_NE(manager.Get(Path("/plans/" + std::to_string(plan))).body.find("Undo this import (2 actions)"), std::string::npos);
  r = manager.Post(Path("/plan-imports/" + std::to_string(import) + "/undo"), "csrf_token=" + token);
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count(actions), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM objectives o" + in_plan), 0);
  EXPECT_NE(manager.Get(Path("/plans/" + std::to_string(plan))).body.find("Undone"), std::string::npos);
  // Imported again, then given progress by hand: the import can no longer be undone whole.
  ASSERT_EQ(ImportPlanFile(manager, token, plan, "plan.csv", csv).status, 303);
  auto action = FirstId("SELECT MAX(a.id) FROM plan_actions a JOIN objectives o ON o.id = a.objective_id" + in_plan);
  r = manager.Post(Path("/plan-actions/" + std::to_string(action) + "/updates"),
                   "csrf_token=" + token + "&rag=green&text=Done");
  ASSERT_EQ(r.status, 303) << r.body;
  import = FirstId("SELECT MAX(id) FROM plan_imports WHERE plan_id = " + std::to_string(plan));
  r = manager.Post(Path("/plan-imports/" + std::to_string(import) + "/undo"), "csrf_token=" + token);
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(Count(actions), 2);
}

// RULE: issue 14 - objectives (with their own numbers, and with no actions yet) and actions are
// added, edited and removed on pages, not only by import.
TEST_F(PlanHttp, ObjectivesAndActionsAreAddedAndRemovedOnPages) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto r = manager.Post(Path("/plans"), "csrf_token=" + token + "&title=Typed+plan&starts_on=" + DaysFromToday(-10) +
                                            "&ends_on=" + DaysFromToday(300));
  ASSERT_EQ(r.status, 303);
  auto plan = FirstId("SELECT MAX(id) FROM plans");
  std::string plan_path = Path("/plans/" + std::to_string(plan));
  EXPECT_EQ(manager.Get(plan_path + "/objectives/new").status, 200);
  r = manager.Post(plan_path + "/objectives", "csrf_token=" + token + "&number=3&outcome=");
  EXPECT_EQ(r.status, 422);
  r = manager.Post(plan_path + "/objectives", "csrf_token=" + token + "&number=3&outcome=Children+are+safer+online");
  ASSERT_EQ(r.status, 303);
  auto objective = FirstId("SELECT MAX(id) FROM objectives WHERE plan_id = " + std::to_string(plan));
  EXPECT_NE(manager.Get(plan_path).body.find("Objective 3: Children are safer online"), std::string::npos);
  // An action needs a lead; it may have several (a group and a post here), each once.
  auto bmg = FirstId("SELECT g.id FROM partnership_groups g JOIN partnerships p ON p.id = g.partnership_id "
                     "WHERE p.slug = 'milton-keynes' AND g.short_name = 'BMG'");
  auto nurse = FirstId("SELECT id FROM posts WHERE title = 'Designated Nurse Safeguarding'");
  std::string actions = Path("/objectives/" + std::to_string(objective) + "/actions");
  r = manager.Post(actions, "csrf_token=" + token + "&activity=Run+an+e-safety+campaign&by_when=ongoing");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Choose who leads the action"), std::string::npos);
  EXPECT_NE(r.body.find("Run an e-safety campaign"), std::string::npos);  // what was typed stays
  std::string leads = "&lead-1=group-" + std::to_string(bmg) + "&lead-2=post-" + std::to_string(nurse);
  r = manager.Post(actions, "csrf_token=" + token + "&activity=Run+an+e-safety+campaign&by_when=ongoing" + leads +
                                "&lead-3=group-" + std::to_string(bmg));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("This lead is already chosen above"), std::string::npos);
  r = manager.Post(actions, "csrf_token=" + token + "&activity=Run+an+e-safety+campaign&by_when=ongoing&lead-1=post-999999");
  EXPECT_EQ(r.status, 422);
  r = manager.Post(actions, "csrf_token=" + token + "&activity=Run+an+e-safety+campaign&by_when=ongoing" + leads);
  ASSERT_EQ(r.status, 303) << r.body;
  auto action = FirstId("SELECT MAX(id) FROM plan_actions WHERE objective_id = " + std::to_string(objective));
  auto page = manager.Get(Path("/plan-actions/" + std::to_string(action))).body;
  EXPECT_NE(page.find("Business Management Group; Designated Nurse Safeguarding (NHS Milton Keynes"), std::string::npos)
      << page;
  // The objective with an action is not removed; the action is, after its confirmation page.
  EXPECT_EQ(manager.Post(Path("/objectives/" + std::to_string(objective) + "/remove"), "csrf_token=" + token).status, 409);
  r = manager.Post(Path("/plan-actions/" + std::to_string(action) + "/remove"), "csrf_token=" + token);
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("Remove this action?"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions WHERE id = " + std::to_string(action)), 1);
  r = manager.Post(Path("/plan-actions/" + std::to_string(action) + "/remove"), "csrf_token=" + token + "&confirm=yes");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions WHERE id = " + std::to_string(action)), 0);
  EXPECT_EQ(manager.Post(Path("/objectives/" + std::to_string(objective) + "/remove"), "csrf_token=" + token).status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM objectives WHERE id = " + std::to_string(objective)), 0);
}

// RULE: issue 14 - a refused plan form comes back with the form and what was typed.
TEST_F(PlanHttp, ARefusedPlanKeepsItsFormAndWhatWasTyped) {
  Client manager = SignedIn("business manager");
  auto before = Count("SELECT COUNT(*) FROM plans");
  auto r = manager.Post(Path("/plans"), "csrf_token=" + manager.CsrfToken() +
                                            "&title=&priorities=1.+Neglect%0A2.+Zo%C3%AB%27s+review&starts_on=" +
                                            DaysFromToday(0) + "&ends_on=" + DaysFromToday(-10));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Enter the plan&#39;s title"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("The end date must be after the start date"), std::string::npos);
  EXPECT_NE(r.body.find("name=\"priorities\""), std::string::npos);
  EXPECT_NE(r.body.find("1. Neglect\n2. Zoë&#39;s review"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plans"), before);
}

TEST_F(PlanHttp, TheLeadGroupUpdatesItsActionAndTheBoardReportShowsIt) {
  Client manager = SignedIn("business manager");
  std::string manager_token = manager.CsrfToken();
  // A current plan with an action the Quality Assurance Sub-Group leads.
  auto r = manager.Post(Path("/plans"), "csrf_token=" + manager_token + "&title=Business+Plan+now&starts_on=" +
                                            DaysFromToday(-400) + "&ends_on=" + DaysFromToday(800));
  ASSERT_EQ(r.status, 303) << r.body;
  auto plan = FirstId("SELECT MAX(id) FROM plans");
  std::string csv = "Desired Outcome,Actions,Performance Measures,Lead,Resources required,By when,Progress report,RAG\n"
                    "1. Quality assurance,Audit neglect cases,Audit reported,Quality Assurance Sub-Group,,ongoing,,\n";
  ASSERT_EQ(ImportPlanFile(manager, manager_token, plan, "plan.csv", csv).status, 303);
  auto action = FirstId("SELECT MAX(id) FROM plan_actions");
  // Richard North sits on the Quality Assurance Sub-Group.
  Client member = SignedIn("member");
  std::string token = member.CsrfToken();
  r = member.Post(Path("/plan-actions/" + std::to_string(action) + "/updates"), "csrf_token=" + token + "&rag=purple&text=x");
  EXPECT_EQ(r.status, 422);
  r = member.Post(Path("/plan-actions/" + std::to_string(action) + "/updates"),
                  "csrf_token=" + token + "&rag=green&text=Audit+of+five+cases+reported");
  EXPECT_EQ(r.status, 303);
  // A lay member does not lead it.
  Client lay = SignedIn("lay member");
  EXPECT_EQ(lay.Post(Path("/plan-actions/" + std::to_string(action) + "/updates"),
                     "csrf_token=" + lay.CsrfToken() + "&rag=red&text=No").status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM progress_updates WHERE rag = 'red' AND action_id = " + std::to_string(action)), 0);
  // The next Board meeting's progress report carries the update.
  auto board = FirstId("SELECT id FROM partnership_groups WHERE kind = 'board' AND partnership_id = 1");
  ASSERT_EQ(manager.Post(Path("/groups/" + std::to_string(board) + "/meetings"),
                         "csrf_token=" + manager_token + "&title=Board&meets_on=" + DaysFromToday(10) + "&starts_at=10:00").status, 303);
  auto meeting = FirstId("SELECT MAX(id) FROM meetings");
  auto report = manager.Get(Path("/meetings/" + std::to_string(meeting) + "/progress-report"));
  ASSERT_EQ(report.status, 200);
  EXPECT_NE(report.body.find("Audit of five cases reported"), std::string::npos);
  EXPECT_NE(report.body.find("Business Plan now"), std::string::npos);
  EXPECT_EQ(report.body.find("MKSCB Business Plan 2010-11"), std::string::npos);  // long over
  // Attached to the meeting's agenda as its paper.
  auto papers_before = Count("SELECT COUNT(*) FROM papers");
  ASSERT_EQ(manager.Post(Path("/meetings/" + std::to_string(meeting) + "/progress-report"),
                         "csrf_token=" + manager_token).status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM papers"), papers_before + 1);
  auto paper = FirstId("SELECT MAX(id) FROM papers");
  auto download = manager.Get(Path("/papers/" + std::to_string(paper)));
  EXPECT_EQ(download.body.substr(0, 2), "PK");
  EXPECT_NE(manager.Get(Path("/meetings/" + std::to_string(meeting))).body.find("Business plan progress report"),
            std::string::npos);
}

// RULE: issue 14 - a post leads an action: whoever holds it then updates the action; the post
// stays the lead when its holder changes. An imported lead cell may name several leads.
TEST_F(PlanHttp, APostLeadsAnActionWhoeverHoldsIt) {
  Client manager = SignedIn("business manager");
  std::string manager_token = manager.CsrfToken();
  auto r = manager.Post(Path("/plans"), "csrf_token=" + manager_token + "&title=Plan+with+posts&starts_on=" +
                                            DaysFromToday(-100) + "&ends_on=" + DaysFromToday(600));
  ASSERT_EQ(r.status, 303) << r.body;
  auto plan = FirstId("SELECT MAX(id) FROM plans");
  // The Lead Member's post (held by Cllr Dransfield) with a group, as one cell; a post by its
  // title alone; an unknown part is named with a suggestion.
  std::string header = "Desired Outcome,Actions,Performance Measures,Lead,Resources required,By when,Progress report,RAG\n";
  std::string bad = header + "1. Leadership,Brief members,Briefing held,\"Lead Member, Children and Young People; "
                             "Busines Management Group\",,ongoing,,\n";
  r = ImportPlanFile(manager, manager_token, plan, "plan.csv", bad);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("did you mean &quot;Business Management Group&quot;"), std::string::npos) << r.body;
  std::string csv = header + "1. Leadership,Brief members,Briefing held,\"Lead Member, Children and Young People and "
                             "BMG\",,ongoing,,\n"
                             ",Name a nurse lead,Named,Designated Nurse Safeguarding,,ongoing,,\n";
  r = ImportPlanFile(manager, manager_token, plan, "plan.csv", csv);
  ASSERT_EQ(r.status, 303) << r.body;
  auto action = FirstId("SELECT MIN(a.id) FROM plan_actions a JOIN objectives o ON o.id = a.objective_id WHERE o.plan_id = " +
                        std::to_string(plan));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_action_leads WHERE action_id = " + std::to_string(action)), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_action_leads WHERE post_id IS NOT NULL AND action_id = " +
                  std::to_string(action + 1)),
            1);
  // The post's holder updates it.
  Client lead_member = SignedIn("lead member");
  std::string update = Path("/plan-actions/" + std::to_string(action) + "/updates");
  EXPECT_EQ(lead_member.Post(update, "csrf_token=" + lead_member.CsrfToken() + "&rag=green&text=Briefed").status, 303);
  // A new holder from today: the post still leads, but Cllr Dransfield no longer holds it.
  auto post = FirstId("SELECT id FROM posts WHERE title = 'Lead Member, Children and Young People'");
  auto successor = FirstId("SELECT id FROM people WHERE full_name LIKE 'Cllr Pat%'");
  std::string holder = Path("/posts/" + std::to_string(post) + "/holder");
  r = manager.Post(holder, "csrf_token=" + manager_token + "&person_id=" + std::to_string(successor) +
                               "&started_on=2011-01-01");
  EXPECT_EQ(r.status, 422);  // before the current holder started
  EXPECT_NE(r.body.find("held this post on that date"), std::string::npos);
  r = manager.Post(holder, "csrf_token=" + manager_token + "&person_id=" + std::to_string(successor) + "&started_on=" +
                               DaysFromToday(0));
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM post_holdings WHERE ended_on IS NULL AND post_id = " + std::to_string(post)), 1);
  EXPECT_EQ(lead_member.Post(update, "csrf_token=" + lead_member.CsrfToken() + "&rag=green&text=Again").status, 403);
  auto posts = manager.Get(Path("/posts"));
  EXPECT_EQ(posts.status, 200);
  EXPECT_NE(posts.body.find("Vacant"), std::string::npos);  // the Named Nurse post
  // Recorded as vacant: no holder, and the date must not be before the holder started.
  std::string vacant = Path("/posts/" + std::to_string(post) + "/vacant");
  EXPECT_EQ(manager.Post(vacant, "csrf_token=" + manager_token + "&ended_on=2011-01-01").status, 422);
  EXPECT_EQ(manager.Post(vacant, "csrf_token=" + manager_token + "&ended_on=" + DaysFromToday(1)).status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM post_holdings WHERE ended_on IS NULL AND post_id = " + std::to_string(post)), 0);
  // A post's title is unique within its agency.
  auto nurse_agency = FirstId("SELECT agency_id FROM posts WHERE title = 'Designated Nurse Safeguarding'");
  r = manager.Post(Path("/posts"), "csrf_token=" + manager_token + "&title=Designated+Nurse+Safeguarding&agency_id=" +
                                       std::to_string(nurse_agency));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("already has a post with this title"), std::string::npos);
}

TEST_F(PlanHttp, PlansAndIndicatorsExportAsCsvAndExcelWithFormulasNeutralised) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto plan = FirstId("SELECT MIN(id) FROM plans");
  std::string csv = "Desired Outcome,Actions,Performance Measures,Lead,Resources required,By when,Progress report,RAG\n"
                    "9. Outcome,\"=HYPERLINK(\"\"http://evil\"\")\",Measure,BMG,,ongoing,,\n";
  ASSERT_EQ(ImportPlanFile(manager, token, plan, "plan.csv", csv).status, 303);
  auto out = manager.Get(Path("/plans/" + std::to_string(plan) + ".csv"));
  ASSERT_EQ(out.status, 200);
  EXPECT_TRUE(out.body.starts_with("Desired Outcome,Actions,"));
  EXPECT_NE(out.body.find("\"'=HYPERLINK("), std::string::npos);
  EXPECT_EQ(out.body.find(",=HYPERLINK"), std::string::npos);
  auto xlsx = manager.Get(Path("/plans/" + std::to_string(plan) + ".xlsx"));
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  auto indicators = manager.Get(Path("/indicators.csv"));
  EXPECT_NE(indicators.body.find("NI 63,"), std::string::npos);
  EXPECT_EQ(manager.Get(Path("/indicators.xlsx")).body.substr(0, 2), "PK");
}

TEST_F(PlanHttp, AnActionsCostAndTriggerAreRecorded) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto action = FirstId("SELECT id FROM plan_actions WHERE by_when LIKE 'after %' ORDER BY id LIMIT 1");
  std::string path = Path("/plan-actions/" + std::to_string(action) + "/edit");
  std::string lead = "&lead-1=group-" + std::to_string(FirstId("SELECT group_id FROM plan_action_leads WHERE action_id = " +
                                                               std::to_string(action)));
  auto r = manager.Post(path, "csrf_token=" + token + "&activity=Update+procedures&by_when=soon&cost=ten" + lead);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(Count("SELECT cost_pence FROM plan_actions WHERE id = " + std::to_string(action)), 0);
  r = manager.Post(path, "csrf_token=" + token +
                             "&activity=Update+procedures&by_when=within+3+months+of+new+guidance&triggered_on=2012-01-31"
                             "&cost=3%2C500&resources=Web+maintenance" + lead);
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT cost_pence FROM plan_actions WHERE id = " + std::to_string(action)), 350000);
  auto page = manager.Get(Path("/plan-actions/" + std::to_string(action)));
  EXPECT_NE(page.body.find("3,500.00"), std::string::npos);
  EXPECT_NE(page.body.find("31 January 2012"), std::string::npos);
}

TEST_F(PlanHttp, BadRiskScoresAndTargetsAreRefusedAndChangeNothing) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto objective = FirstId("SELECT MIN(id) FROM objectives");
  std::string risks = Path("/objectives/" + std::to_string(objective) + "/risks");
  auto r = manager.Post(risks, "csrf_token=" + token + "&risk=Poor+attendance&impact=&likelihood=9&severity=x");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Likelihood must be a whole number from 1 to 5"), std::string::npos);
  EXPECT_NE(r.body.find("Enter its impact"), std::string::npos);
  EXPECT_NE(r.body.find("Poor attendance"), std::string::npos);  // what was typed stays
  EXPECT_EQ(Count("SELECT COUNT(*) FROM objective_risks WHERE objective_id = " + std::to_string(objective)), 0);
  // RULE: issue 14 - risks as a list, each with its impact; the score is computed.
  r = manager.Post(risks, "csrf_token=" + token + "&risk=Poor+attendance&impact=Decisions+delayed&likelihood=3&severity=4");
  EXPECT_EQ(r.status, 303);
  r = manager.Post(risks, "csrf_token=" + token + "&risk=Reports+late&impact=Board+not+assured");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM objective_risks WHERE objective_id = " + std::to_string(objective)), 2);
  auto plan_page = manager.Get(Path("/plans/" + std::to_string(FirstId("SELECT plan_id FROM objectives WHERE id = " +
                                                                          std::to_string(objective)))))
                       .body;
  EXPECT_NE(plan_page.find("3 x 4 = 12"), std::string::npos);
  EXPECT_NE(plan_page.find("Not scored"), std::string::npos);
  auto risk = FirstId("SELECT MIN(id) FROM objective_risks WHERE objective_id = " + std::to_string(objective));
  r = manager.Post(Path("/objective-risks/" + std::to_string(risk) + "/remove"), "csrf_token=" + token);
  EXPECT_EQ(r.status, 200);  // asks first
  EXPECT_NE(r.body.find("Remove this risk?"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM objective_risks WHERE objective_id = " + std::to_string(objective)), 2);
  EXPECT_EQ(manager.Post(Path("/objective-risks/" + std::to_string(risk) + "/remove"),
                         "csrf_token=" + token + "&confirm=yes").status,
            303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM objective_risks WHERE objective_id = " + std::to_string(objective)), 1);
  auto indicator = FirstId("SELECT id FROM indicators WHERE code = 'NI 62'");
  auto targets = Count("SELECT COUNT(*) FROM indicator_targets");
  r = manager.Post(Path("/indicators/" + std::to_string(indicator) + "/targets"), "csrf_token=" + token + "&year=2011&target=8");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_targets"), targets);
  r = manager.Post(Path("/indicators/" + std::to_string(indicator) + "/targets"),
                   "csrf_token=" + token + "&year=2011-12&target=8&national=10.5");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_targets"), targets + 1);
}

}  // namespace
}  // namespace safeboard::testing
