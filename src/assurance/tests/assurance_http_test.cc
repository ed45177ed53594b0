// HTTP tests of the audit programme (issue 16): the year's programme with each audit's standing
// computed from its dates, the board team adding and reporting an audit, refusals with messages
// and nothing saved, a member reading but not writing, CSV and the API.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class AssuranceHttp : public DemoServerTest {};

TEST_F(AssuranceHttp, TheProgrammeShowsWhereEachAuditStandsAndTheBoardTeamKeepsIt) {
  Client member = SignedIn("member");
  // The demo's today is in 2011-12: the page opens on that year's programme.
  auto page = member.Get(Path("/assurance"));
  ASSERT_EQ(page.status, 200);
  auto main = MainOf(page);
  EXPECT_NE(main.find("Section 11 audit of statutory partners"), std::string::npos);
  EXPECT_NE(main.find("To complete Section 11 audit of statutory partners"), std::string::npos);
  auto reported = Count("SELECT COUNT(*) FROM planned_audits WHERE reported_on IS NOT NULL");
  EXPECT_NE(main.find("Reported</strong> " + std::to_string(reported)), std::string::npos) << main;
  EXPECT_EQ(main.find("Add an audit"), std::string::npos);  // members read only

  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto before = Count("SELECT COUNT(*) FROM planned_audits");
  auto refused = manager.Post(Path("/assurance/audits"), "csrf_token=" + token +
                                                             "&year=2011&title=&kind=gossip&starts_on=2012-01-10&report_due_on=2011-12-01");
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Enter the audit&#39;s title"), std::string::npos);
  EXPECT_NE(refused.body.find("The report must be due on or after the start date"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM planned_audits"), before);
  auto qa = FirstId("SELECT id FROM partnership_groups WHERE name = 'Quality Assurance Sub-Group'");
  auto added = manager.Post(Path("/assurance/audits"),
                            "csrf_token=" + token + "&year=2011&title=Case+file+audit%2C+quarter+4&kind=case_file&lead_group_id=" +
                                std::to_string(qa) + "&starts_on=2012-01-09&report_due_on=2012-03-01");
  ASSERT_EQ(added.status, 303) << added.body;
  auto audit = FirstId("SELECT MAX(id) FROM planned_audits");
  // Due on 1 March and not reported by 31 March 2012: overdue.
  auto overdue = MainOf(member.Get(Path("/assurance?year=2011")));
  EXPECT_NE(overdue.find("Report overdue</strong> 1"), std::string::npos);
  // The report recorded: reported.
  auto saved = manager.Post(Path("/assurance/audits/" + std::to_string(audit)),
                            "csrf_token=" + token + "&title=Case+file+audit%2C+quarter+4&kind=case_file&starts_on=2012-01-09" +
                                "&report_due_on=2012-03-01&reported_on=2012-03-20&findings=Plans+not+shared+with+schools");
  ASSERT_EQ(saved.status, 303) << saved.body;
  auto shown = MainOf(member.Get(Path("/assurance/audits/" + std::to_string(audit))));
  EXPECT_NE(shown.find("20 March 2012"), std::string::npos);
  EXPECT_NE(shown.find("Plans not shared with schools"), std::string::npos);
  EXPECT_EQ(member.Post(Path("/assurance/audits/" + std::to_string(audit)), "csrf_token=" + member.CsrfToken() + "&title=x").status,
            403);

  auto csv = member.Get(Path("/assurance.csv?year=2011"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("\"Case file audit, quarter 4\",Multi-agency case file audit"), std::string::npos) << csv.body;
  EXPECT_TRUE(member.Get(Path("/assurance.xlsx?year=2011")).body.starts_with("PK"));
  auto api = member.Get("/api/v1/p/milton-keynes/assurance/audits?year=2011");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"standing\":\"running\""), std::string::npos);
  EXPECT_EQ(member.Get("/api/v1/p/milton-keynes/assurance/audits?year=soon").status, 422);
  // A re-audit follows it up: each shows the other.
  auto followed = manager.Post(Path("/assurance/audits"), "csrf_token=" + token +
                                                              "&year=2011&title=Case+file+re-audit&kind=case_file&starts_on=2012-03-20" +
                                                              "&report_due_on=2012-06-30&follows_audit_id=" + std::to_string(audit));
  ASSERT_EQ(followed.status, 303) << followed.body.substr(0, 500);
  auto re_audit = FirstId("SELECT MAX(id) FROM planned_audits");
  EXPECT_NE(MainOf(member.Get(Path("/assurance/audits/" + std::to_string(audit)))).find("Followed up by"), std::string::npos);
  EXPECT_NE(MainOf(member.Get(Path("/assurance/audits/" + std::to_string(re_audit)))).find("Follows up"), std::string::npos);
  // Search finds an audit by the words of its findings.
  auto found = MainOf(member.Get(Path("/search?q=schools+plans&kind=audit")));
  EXPECT_NE(found.find("href=\"" + Path("/assurance/audits/" + std::to_string(audit)) + "\""), std::string::npos) << found;
}

TEST_F(AssuranceHttp, AYearWithNoProgrammeSaysSoAndTheApiAddsToIt) {
  Client manager = SignedIn("business manager");
  auto page = MainOf(manager.Get(Path("/assurance?year=2013")));
  EXPECT_NE(page.find("No audits planned for this year yet."), std::string::npos);
  auto body = std::string("{\"year\":\"2013\",\"title\":\"Section 11 audit of schools\",\"kind\":\"section_11\",") +
              "\"starts_on\":\"2013-05-01\",\"report_due_on\":\"2014-01-31\"}";
  auto r = manager.Send("POST", "/api/v1/p/milton-keynes/assurance/audits", body, "application/json",
                        {{"X-CSRF-Token", manager.CsrfToken()}});
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_NE(r.body.find("\"standing\":\"planned\""), std::string::npos);
  auto bad = manager.Send("POST", "/api/v1/p/milton-keynes/assurance/audits", "{\"year\":\"2013\",\"grade\":\"A\"}",
                          "application/json", {{"X-CSRF-Token", manager.CsrfToken()}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("grade"), std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
