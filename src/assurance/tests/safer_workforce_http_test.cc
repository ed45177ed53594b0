// HTTP tests of the safer workforce self-assessment (issue 16): the demo's June 2011 figures; the
// Safer Workforce sub-group adds a setting's return, support for its deficit (refused for a
// domain it complies in) and completes it; someone outside the sub-group reads but adds nothing;
// the board team opens an assessment and records its report; CSV and the API.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class WorkforceHttp : public DemoServerTest {
 protected:
  static std::string Assessment() { return std::to_string(FirstId("SELECT MIN(id) FROM workforce_assessments")); }
};

TEST_F(WorkforceHttp, TheSubGroupAddsASettingsReturnAndFollowsItsDeficitToCompletion) {
  Client member = SignedIn("member");  // Thames Valley Police, in the Safer Workforce sub-group
  std::string path = Path("/assurance/safer-workforce/" + Assessment());
  auto page = MainOf(member.Get(path));
  EXPECT_NE(page.find("9 (64%)"), std::string::npos) << page.substr(0, 2000);
  EXPECT_NE(page.find(">5 of 5<"), std::string::npos);
  auto before = Count("SELECT COUNT(*) FROM workforce_returns");
  std::vector<std::pair<std::string, std::string>> fields = {
      {"organisation", "Riverside Childminders"}, {"type", "early_years"}, {"returned_on-day", "20"},
      {"returned_on-month", "5"}, {"returned_on-year", "2011"}, {"rating_recruitment", "compliant"},
      {"rating_induction_and_guidance", "partly_compliant"}, {"rating_safe_working_culture", "compliant"}};
  auto refused = PostForm(member, path + "/returns", fields);  // no monitoring rating
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Select how compliant it is in safer recruitment monitoring"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM workforce_returns"), before);
  fields.emplace_back("rating_monitoring", "compliant");
  auto added = PostForm(member, path + "/returns", fields);
  ASSERT_EQ(added.status, 303);
  auto twice = PostForm(member, path + "/returns", fields);
  EXPECT_EQ(twice.status, 422);
  EXPECT_NE(twice.body.find("This organisation has already made its return to this assessment"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM workforce_returns"), before + 1);

  auto ret = std::to_string(FirstId("SELECT MAX(id) FROM workforce_returns"));
  std::string return_path = Path("/assurance/safer-workforce/returns/" + ret);
  std::vector<std::pair<std::string, std::string>> support = {
      {"support", "The induction model for childminders"}, {"due_on-day", "30"}, {"due_on-month", "9"},
      {"due_on-year", "2011"}};
  auto wrong = support;
  wrong.emplace_back("domain", "recruitment");
  auto not_a_deficit = PostForm(member, return_path + "/support", wrong);
  EXPECT_EQ(not_a_deficit.status, 422);
  EXPECT_NE(not_a_deficit.body.find("support follows a deficit"), std::string::npos);
  support.emplace_back("domain", "induction_and_guidance");
  ASSERT_EQ(PostForm(member, return_path + "/support", support).status, 303);
  auto action = std::to_string(FirstId("SELECT MAX(id) FROM workforce_support_actions"));
  std::string prefix = "support" + action + "-";
  ASSERT_EQ(PostForm(member, Path("/assurance/safer-workforce/support/" + action),
                     {{prefix + "completed_on-day", "15"}, {prefix + "completed_on-month", "9"},
                      {prefix + "completed_on-year", "2011"}})
                .status,
            303);
  EXPECT_EQ(PostForm(member, Path("/assurance/safer-workforce/support/" + action),
                     {{prefix + "completed_on-day", "16"}, {prefix + "completed_on-month", "9"},
                      {prefix + "completed_on-year", "2011"}})
                .status,
            422);  // once
  auto csv = member.Get(path + ".csv");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Riverside Childminders,Early years setting,2011-05-20,Compliant,Partly compliant"),
            std::string::npos)
      << csv.body;
  auto api = member.Get("/api/v1/p/milton-keynes/assurance/safer-workforce");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"organisation\":\"Riverside Childminders\""), std::string::npos);

  // Outside the sub-group: reads, adds nothing.
  Client outsider = SignedIn("cdop member");
  EXPECT_EQ(outsider.Get(return_path).status, 200);
  EXPECT_EQ(PostForm(outsider, path + "/returns", fields).status, 403);
  EXPECT_EQ(PostForm(outsider, return_path + "/support", support).status, 403);
}

TEST_F(WorkforceHttp, TheBoardTeamOpensAnAssessmentAndRecordsItsReport) {
  Client manager = SignedIn("business manager");
  auto before = Count("SELECT COUNT(*) FROM workforce_assessments");
  auto bad = PostForm(manager, Path("/assurance/safer-workforce"),
                      {{"title", "Safer recruitment 2012"}, {"opens_on-day", "1"}, {"opens_on-month", "3"},
                       {"opens_on-year", "2012"}, {"returns_due_on-day", "1"}, {"returns_due_on-month", "2"},
                       {"returns_due_on-year", "2012"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Returns must be due on or after the day it opens"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM workforce_assessments"), before);
  auto opened = PostForm(manager, Path("/assurance/safer-workforce"),
                         {{"title", "Safer recruitment 2012"}, {"opens_on-day", "1"}, {"opens_on-month", "3"},
                          {"opens_on-year", "2012"}, {"returns_due_on-day", "30"}, {"returns_due_on-month", "3"},
                          {"returns_due_on-year", "2012"}});
  ASSERT_EQ(opened.status, 303);
  auto id = std::to_string(FirstId("SELECT MAX(id) FROM workforce_assessments"));
  ASSERT_EQ(PostForm(manager, Path("/assurance/safer-workforce/" + id),
                     {{"title", "Safer recruitment 2012"}, {"opens_on", "2012-03-01"}, {"returns_due_on", "2012-03-30"},
                      {"reported_on", "2012-03-31"}, {"findings", "No returns yet: the exercise runs into April."}})
                .status,
            303);
  EXPECT_NE(MainOf(manager.Get(Path("/assurance/safer-workforce/" + id))).find("No returns yet: the exercise runs into April."),
            std::string::npos);
  Client member = SignedIn("member");
  EXPECT_EQ(PostForm(member, Path("/assurance/safer-workforce/" + id), {{"title", "x"}}).status, 403);
}

}  // namespace
}  // namespace safeboard::testing
