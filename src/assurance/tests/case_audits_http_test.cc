// HTTP tests of multi-agency case file audits (issue 16): the audit group completes a case from
// its agencies' parts to its last action, each agency its own part; bad input (a reused or
// name-like reference, a strength made an action) is refused with nothing saved; every view is
// logged; and no field of a case reaches anyone outside the audit group and the board team, on
// any page, export or API answer, nor the search or any log.
#include <gtest/gtest.h>

#include "app/routes.h"
#include "storage/database.h"
#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

constexpr const char* kMarker = "ZZCFAMARK";

class CaseAuditsHttp : public DemoServerTest {
 protected:
  static std::string Id(const std::string& sql) { return std::to_string(FirstId(sql)); }
  static std::string Agency(const std::string& name) { return Id("SELECT id FROM agencies WHERE name = '" + name + "'"); }
  static std::string CaseFileAudit() { return Id("SELECT MIN(id) FROM planned_audits WHERE kind = 'case_file'"); }
};

TEST_F(CaseAuditsHttp, TheAuditGroupTakesACaseFromItsPartsToItsLastAction) {
  Client member = SignedIn("member");  // Thames Valley Police, in the Quality Assurance sub-group
  auto list = MainOf(member.Get(Path("/assurance/case-audits?year=2011")));
  EXPECT_NE(list.find("MACFA-2012-03"), std::string::npos);
  EXPECT_NE(list.find("The board&#39;s target: 4 cases a quarter."), std::string::npos);
  auto case3 = Id("SELECT id FROM audited_cases WHERE reference = 'MACFA-2012-03'");
  std::string path = Path("/assurance/case-audits/" + case3);
  auto views = Count("SELECT COUNT(*) FROM audit_log WHERE action = 'viewed' AND record_type = 'audited-case'");
  auto page = MainOf(member.Get(path));
  EXPECT_NE(page.find("Complete Thames Valley Police&#39;s part"), std::string::npos);
  EXPECT_EQ(page.find("Complete Thames Valley Probation&#39;s part"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'viewed' AND record_type = 'audited-case'"), views + 1);

  // Each agency completes its own part.
  auto tvp = Agency("Thames Valley Police");
  auto probation = Agency("Thames Valley Probation");
  EXPECT_EQ(PostForm(member, path + "/parts", {{"agency_id", probation}, {"part" + probation + "-summary", "Not mine"}}).status,
            403);
  auto refused = PostForm(member, path + "/parts",
                          {{"agency_id", tvp}, {"part" + tvp + "-completed_on-day", "20"},
                           {"part" + tvp + "-completed_on-month", "3"}, {"part" + tvp + "-completed_on-year", "2012"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Enter what the agency&#39;s records show before completing its part"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audited_case_parts WHERE case_id = " + case3 + " AND completed_on IS NULL"), 1);
  ASSERT_EQ(PostForm(member, path + "/parts",
                     {{"agency_id", tvp}, {"part" + tvp + "-summary", "One domestic abuse incident, notified the same day."},
                      {"part" + tvp + "-completed_on-day", "20"}, {"part" + tvp + "-completed_on-month", "3"},
                      {"part" + tvp + "-completed_on-year", "2012"}})
                .status,
            303);

  // The discussion, by the QA chair (Probation), grades every domain.
  Client chair = SignedIn("qa chair");
  std::vector<std::pair<std::string, std::string>> discussion = {
      {"discussed_on-day", "28"}, {"discussed_on-month", "3"}, {"discussed_on-year", "2012"}};
  EXPECT_EQ(PostForm(chair, path + "/discussion", discussion).status, 422);  // no grades
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audited_case_grades WHERE case_id = " + case3), 0);
  for (const char* domain : {"recognition_of_risk", "assessment", "planning", "joint_working", "impact", "overall"})
    discussion.emplace_back(std::string("grade_") + domain, "good");
  ASSERT_EQ(PostForm(chair, path + "/discussion", discussion).status, 303);
  EXPECT_EQ(PostForm(chair, path + "/discussion", discussion).status, 422);  // once

  // A strength is noted; a deficit becomes an action, later completed.
  auto before = Count("SELECT COUNT(*) FROM audited_case_findings");
  auto strength_action = PostForm(chair, path + "/findings",
                                  {{"agency_id", tvp}, {"kind", "strength"}, {"text", "Prompt notification"},
                                   {"follow_up", "action"}, {"follow_up_text", "Keep it up"}});
  EXPECT_EQ(strength_action.status, 422);
  EXPECT_NE(strength_action.body.find("A strength is noted: only a deficit becomes an action or a training referral"),
            std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audited_case_findings"), before);
  ASSERT_EQ(PostForm(chair, path + "/findings",
                     {{"agency_id", probation}, {"kind", "deficit"}, {"text", "Release date not shared with the school"},
                      {"follow_up", "action"}, {"follow_up_text", "Share release dates with schools"},
                      {"due_on-day", "30"}, {"due_on-month", "6"}, {"due_on-year", "2012"}})
                .status,
            303);
  auto finding = Id("SELECT MAX(id) FROM audited_case_findings");
  EXPECT_NE(MainOf(member.Get(path)).find("Actions open"), std::string::npos);
  std::string prefix = "finding" + finding + "-";
  ASSERT_EQ(PostForm(member, Path("/assurance/case-audits/findings/" + finding),
                     {{prefix + "completed_on-day", "30"}, {prefix + "completed_on-month", "3"},
                      {prefix + "completed_on-year", "2012"}})
                .status,
            303);
  EXPECT_NE(MainOf(member.Get(path)).find("Actions complete"), std::string::npos);
  // The figures count it: the fourth quarter's cohort has three cases, all discussed now.
  auto api = member.Get("/api/v1/p/milton-keynes/assurance/case-audits?year=2011");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("{\"quarter\":4,\"cases\":3,\"discussed\":3,\"target\":4,\"target_met\":false}"), std::string::npos)
      << api.body;
  // The board team sees who viewed the case; the member does not.
  EXPECT_EQ(member.Get(path + "/views").status, 403);
  Client manager = SignedIn("business manager");
  auto who = MainOf(manager.Get(path + "/views"));
  EXPECT_NE(who.find("Richard North"), std::string::npos);
}

TEST_F(CaseAuditsHttp, ACaseReferenceIsPseudonymousAndNeverUsedTwice) {
  Client member = SignedIn("member");
  auto before = Count("SELECT COUNT(*) FROM audited_cases");
  std::vector<std::pair<std::string, std::string>> fields = {
      {"year", "2011"}, {"planned_audit_id", CaseFileAudit()}, {"selected_on-day", "1"}, {"selected_on-month", "3"},
      {"selected_on-year", "2012"}, {"agency_" + Agency("Thames Valley Police"), "yes"},
      {"agency_" + Agency("Milton Keynes Council Children & Families"), "yes"}};
  auto with = [&](const std::string& reference) {
    auto f = fields;
    f.emplace_back("reference", reference);
    return f;
  };
  auto reused = PostForm(member, Path("/assurance/case-audits"), with("macfa-2012-01"));
  EXPECT_EQ(reused.status, 422);
  EXPECT_NE(reused.body.find("The reference macfa-2012-01 is already used: give this case its own reference"),
            std::string::npos);
  auto name = PostForm(member, Path("/assurance/case-audits"), with("Jane Smith"));
  EXPECT_EQ(name.status, 422);
  EXPECT_NE(name.body.find("never a name"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audited_cases"), before);
  auto added = PostForm(member, Path("/assurance/case-audits"), with("MACFA-2012-09"));
  ASSERT_EQ(added.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audited_cases"), before + 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audited_case_parts p JOIN audited_cases c ON c.id = p.case_id "
                  "WHERE c.reference = 'MACFA-2012-09'"),
            2);
  // Through the API too, with the same reader.
  auto token = member.CsrfToken();
  auto api = member.Send("POST", "/api/v1/p/milton-keynes/assurance/case-audits",
                         "{\"planned_audit_id\": " + CaseFileAudit() + ", \"reference\": \"MACFA-2012-09\", "
                         "\"selected_on\": \"2012-03-02\", \"agencies\": [" + Agency("Thames Valley Police") + ", " +
                             Agency("Thames Valley Probation") + "]}",
                         "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(api.status, 422) << api.body;
  EXPECT_NE(api.body.find("already used"), std::string::npos);
  // Someone outside the audit group adds nothing.
  Client outsider = SignedIn("cdop member");
  EXPECT_EQ(PostForm(outsider, Path("/assurance/case-audits"), with("MACFA-2012-10")).status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audited_cases"), before + 1);
}

TEST_F(CaseAuditsHttp, NoFieldOfACaseReachesAnyoneOutsideTheAuditGroupNorAnyLog) {
  // Seed a unique marker in every field of a case, through the forms, as the audit group.
  std::string tag = kMarker;
  Client member = SignedIn("member");
  auto tvp = Agency("Thames Valley Police");
  auto cf = Agency("Milton Keynes Council Children & Families");
  ASSERT_EQ(PostForm(member, Path("/assurance/case-audits"),
                     {{"year", "2011"}, {"planned_audit_id", CaseFileAudit()}, {"reference", tag + "-1"},
                      {"selected_on-day", "2"}, {"selected_on-month", "3"}, {"selected_on-year", "2012"},
                      {"focus", tag + " focus"}, {"agency_" + tvp, "yes"}, {"agency_" + cf, "yes"}})
                .status,
            303);
  auto id = Id("SELECT id FROM audited_cases WHERE reference = '" + tag + "-1'");
  std::string path = Path("/assurance/case-audits/" + id);
  Client manager = SignedIn("business manager");
  for (const auto& agency : {tvp, cf})
    ASSERT_EQ(PostForm(manager, path + "/parts",
                       {{"agency_id", agency}, {"part" + agency + "-summary", tag + " part"},
                        {"part" + agency + "-completed_on-day", "5"}, {"part" + agency + "-completed_on-month", "3"},
                        {"part" + agency + "-completed_on-year", "2012"}})
                  .status,
              303);
  std::vector<std::pair<std::string, std::string>> discussion = {
      {"discussed_on-day", "9"}, {"discussed_on-month", "3"}, {"discussed_on-year", "2012"}};
  for (const char* domain : {"recognition_of_risk", "assessment", "planning", "joint_working", "impact", "overall"})
    discussion.emplace_back(std::string("grade_") + domain, "inadequate");
  ASSERT_EQ(PostForm(manager, path + "/discussion", discussion).status, 303);
  ASSERT_EQ(PostForm(manager, path + "/findings",
                     {{"kind", "deficit"}, {"text", tag + " finding"}, {"follow_up", "training"},
                      {"follow_up_text", tag + " need"}})
                .status,
            303);

  // The test can fail: the audit group sees the marker on the page, the export and the API.
  EXPECT_NE(member.Get(path).body.find(tag + " finding"), std::string::npos);
  EXPECT_NE(member.Get(Path("/assurance/case-audits.csv?year=2011")).body.find(tag), std::string::npos);
  EXPECT_NE(member.Get("/api/v1/p/milton-keynes/assurance/case-audits?year=2011").body.find(tag + " need"),
            std::string::npos);

  // Crawl every page, export and API answer as a lay member, the Lead Member and a member outside
  // the Quality Assurance sub-group, with the seeded case's ids in every {id}.
  auto ids = DemoIds(server_->database_url());
  ids["case-audits"] = std::stoll(id);
  ids["case-audits/findings"] = FirstId("SELECT MAX(id) FROM audited_case_findings");
  std::vector<std::string> extra = {Path("/assurance/case-audits?year=2011"), Path("/assurance/case-audits.csv?year=2011"),
                                    Path("/assurance/case-audits.xlsx?year=2011"),
                                    "/api/v1/p/milton-keynes/assurance/case-audits?year=2011"};
  int crawled = 0;
  for (const char* role : {"lay member", "lead member", "cdop member"}) {
    Client client = SignedIn(role);
    std::vector<std::string> targets = extra;
    for (const auto& route : app::Routes())
      if (route.method == "GET") targets.push_back(FillPattern(route.pattern, ids));
    for (const auto& target : targets) {
      auto r = client.Get(target);
      EXPECT_LT(r.status, 500) << role << " " << target;
      EXPECT_EQ(r.body.find(tag), std::string::npos) << role << " " << target << " shows a case's field";
      ++crawled;
    }
    EXPECT_EQ(client.Get(path).status, 403) << role;
  }
  EXPECT_GE(crawled, 3 * 100);
  // Search never finds a case (they are not indexed), even for the audit group. (The page repeats
  // the query, so it is checked by its results.)
  for (const char* role : {"lay member", "member", "business manager"}) {
    Client client = SignedIn(role);
    auto page = client.Get(Path("/search?q=" + UrlEncode(tag + " finding")));
    EXPECT_NE(page.body.find("No results for"), std::string::npos) << role;
    EXPECT_NE(client.Get("/api/v1/p/milton-keynes/search?q=" + tag).body.find("\"results\":[]"), std::string::npos) << role;
  }
  // Nor in any log: the audit log (every column) and the server's own log.
  std::string audit;
  auto db = storage::OpenDatabase(server_->database_url())->Connect();
  for (const auto& row : db->Query("SELECT action, record_type, detail, remote_address FROM audit_log"))
    for (std::size_t i = 0; i < row.size(); ++i) audit += row.Text(i) + "\n";
  EXPECT_EQ(audit.find(tag), std::string::npos);
  EXPECT_EQ(server_->Log().find(tag), std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
