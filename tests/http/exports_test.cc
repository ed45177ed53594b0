// Exports that open where the user is (issue 15): the progress report, the child protection data
// set and the governance calendar as CSV and spreadsheet, and the minutes as a PDF, each with
// what its page shows and no more.
#include <gtest/gtest.h>

#include "demo_server_test.h"
#include "documents/convert.h"
#include "documents/pdf.h"

namespace safeboard::testing {
namespace {

class ExportsHttp : public DemoServerTest {};

TEST_F(ExportsHttp, TheProgressReportAsCsvAndSpreadsheetHasARowPerActionOfThePage) {
  Client member = SignedIn("member");
  auto meeting = FirstId("SELECT MAX(m.id) FROM meetings m JOIN partnership_groups g ON g.id = m.group_id "
                         "WHERE g.kind = 'board' AND m.meets_on <= '2012-03-31' AND m.cancelled = 0");
  std::string path = Path("/meetings/" + std::to_string(meeting) + "/progress-report");
  auto page = member.Get(path);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find(path + ".xlsx"), std::string::npos);
  auto csv = member.Get(path + ".csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.headers["content-type"].find("text/csv"), std::string::npos);
  EXPECT_EQ(csv.body.rfind("Plan,Objective,Action,Lead,Latest RAG,Overdue,Updates in the period", 0), 0u) << csv.body.substr(0, 200);
  // One row per action of the plans the report covers (the 2011-13 plan on 15 March 2012).
  auto actions = Count("SELECT COUNT(*) FROM plan_actions a JOIN objectives o ON o.id = a.objective_id JOIN plans p "
                       "ON p.id = o.plan_id WHERE p.starts_on <= (SELECT meets_on FROM meetings WHERE id = " +
                       std::to_string(meeting) + ") AND p.ends_on >= (SELECT meets_on FROM meetings WHERE id = " +
                       std::to_string(meeting) + ")");
  ASSERT_GT(actions, 0);
  auto xlsx = member.Get(path + ".xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.rfind("PK", 0), 0u);
  EXPECT_NE(xlsx.headers["content-disposition"].find("progress-report-"), std::string::npos);
  EXPECT_EQ(member.Get(Path("/meetings/999999/progress-report.csv")).status, 404);
}

TEST_F(ExportsHttp, TheChildProtectionDataSetAndTheGovernanceCalendarDownloadAsThePagesShowThem) {
  Client lay = SignedIn("lay member");
  auto page = lay.Get(Path("/child-protection"));
  auto csv = lay.Get(Path("/child-protection.csv"));
  ASSERT_EQ(csv.status, 200);
  // The computed rate row is there, with the page's figures.
  EXPECT_NE(csv.body.find("per 10,000 aged 0-17"), std::string::npos);
  auto first_line = csv.body.substr(0, csv.body.find('\n'));
  EXPECT_NE(first_line.find("2011-12"), std::string::npos) << first_line;
  EXPECT_EQ(lay.Get(Path("/child-protection.xlsx")).body.rfind("PK", 0), 0u);
  auto calendar = lay.Get(Path("/governance-calendar.csv"));
  ASSERT_EQ(calendar.status, 200);
  EXPECT_EQ(calendar.body.rfind("Duty,Due,Status,Rule", 0), 0u);
  EXPECT_GT(std::count(calendar.body.begin(), calendar.body.end(), '\n'), 3);
  EXPECT_EQ(lay.Get(Path("/governance-calendar.xlsx")).status, 200);
}

TEST_F(ExportsHttp, TheMinutesAsAPdfShowWhatTheReaderMaySeeOfThem) {
  // The Board of 14 April 2011: approved minutes with a confidential item.
  auto meeting = FirstId("SELECT MIN(m.id) FROM meetings m JOIN minutes n ON n.meeting_id = m.id "
                         "JOIN agenda_items a ON a.meeting_id = m.id WHERE n.status = 'approved' AND a.confidential = 1 "
                         "AND a.minute_text <> ''");
  ASSERT_GT(meeting, 0);
  std::string path = Path("/meetings/" + std::to_string(meeting) + "/minutes");
  Client board_member = SignedIn("member");
  EXPECT_NE(board_member.Get(path).body.find(path + ".pdf"), std::string::npos);
  auto pdf = board_member.Get(path + ".pdf");
  ASSERT_EQ(pdf.status, 200) << pdf.body;
  EXPECT_EQ(pdf.headers["content-type"], "application/pdf");
  auto text = TextOf(pdf.body);
  for (const char* expected : {"Approved on", "Present", "Apologies", "Nicky Rayner (Milton Keynes Council Children",
                               "The Board agreed the budget", "Discussed in closed session"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  // A member of the CDOP only: the confidential item shows as such, without its minute.
  auto outside = TextOf(SignedIn("cdop member").Get(path + ".pdf").body);
  EXPECT_EQ(outside.find("Discussed in closed session"), std::string::npos);
  EXPECT_NE(outside.find("Confidential item"), std::string::npos);

  // A draft is the board team's: a member gets no PDF of it.
  Client manager = SignedIn("business manager");
  auto drafted = FirstId("SELECT MIN(m.id) FROM meetings m WHERE m.cancelled = 0 AND m.meets_on <= '2012-03-31' AND NOT EXISTS "
                         "(SELECT 1 FROM minutes n WHERE n.meeting_id = m.id)");
  std::string draft_path = Path("/meetings/" + std::to_string(drafted) + "/minutes");
  ASSERT_EQ(manager.Post(draft_path, "csrf_token=" + manager.CsrfToken() + "&body=Draft+text+for+export").status, 303);
  auto draft = manager.Get(draft_path + ".pdf");
  ASSERT_EQ(draft.status, 200);
  auto draft_text = TextOf(draft.body);
  EXPECT_NE(draft_text.find("draft minutes"), std::string::npos);
  EXPECT_NE(draft_text.find("Draft, not yet circulated"), std::string::npos);
  auto refused = board_member.Get(draft_path + ".pdf");
  EXPECT_NE(refused.headers["content-type"], "application/pdf");
  EXPECT_NE(refused.body.find("have not been circulated yet"), std::string::npos);
  EXPECT_EQ(refused.body.find("Draft text for export"), std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
