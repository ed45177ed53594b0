// HTTP tests of IMR action plans (issue 16): members read case CD's plans, signed off in
// 2011-12; the board team records a plan, its actions and their completion, and signs it off only
// once every action is complete; refusals save nothing; members record nothing; the API.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class ImrPlansHttp : public DemoServerTest {
};

TEST_F(ImrPlansHttp, APlanIsSignedOffOnlyOnceEveryActionIsComplete) {
  Client member = SignedIn("member");
  auto list = MainOf(member.Get(Path("/assurance/imr-action-plans")));
  EXPECT_NE(list.find("Case CD: NHS Milton Keynes"), std::string::npos);
  EXPECT_NE(list.find("Case CD: Thames Valley Probation"), std::string::npos);
  EXPECT_EQ(list.find("Record an IMR action plan"), std::string::npos);
  auto csv = member.Get(Path("/assurance/imr-action-plans.csv"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Case CD,Thames Valley Probation,2011-04-28,Signed off,2011-12-08,"), std::string::npos) << csv.body;
  auto xlsx = member.Get(Path("/assurance/imr-action-plans.xlsx"));
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  Client manager = SignedIn("business manager");
  auto yot = std::to_string(FirstId("SELECT id FROM agencies WHERE name = 'Youth Offending Team'"));
  auto before = Count("SELECT COUNT(*) FROM imr_action_plans");
  std::vector<std::pair<std::string, std::string>> plan = {
      {"case_label", "Case CD"}, {"agency_id", std::to_string(FirstId("SELECT id FROM agencies WHERE name = 'NHS Milton Keynes'"))},
      {"received_on-day", "1"}, {"received_on-month", "3"}, {"received_on-year", "2012"}};
  auto twice = PostForm(manager, Path("/assurance/imr-action-plans"), plan);
  EXPECT_EQ(twice.status, 422);
  EXPECT_NE(twice.body.find("The agency already has an action plan for Case CD"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM imr_action_plans"), before);
  plan[1].second = yot;
  ASSERT_EQ(PostForm(manager, Path("/assurance/imr-action-plans"), plan).status, 303);
  auto id = std::to_string(FirstId("SELECT MAX(id) FROM imr_action_plans"));
  std::string path = Path("/assurance/imr-action-plans/" + id);
  ASSERT_EQ(PostForm(manager, path + "/actions",
                     {{"action", "Share release plans with children's social care"}, {"due_on-day", "30"},
                      {"due_on-month", "3"}, {"due_on-year", "2012"}})
                .status,
            303);
  std::vector<std::pair<std::string, std::string>> sign_off = {
      {"signed_off_on-day", "31"}, {"signed_off_on-month", "3"}, {"signed_off_on-year", "2012"}};
  auto early = PostForm(manager, path + "/sign-off", sign_off);
  EXPECT_EQ(early.status, 422);
  EXPECT_NE(early.body.find("Every action must be complete before the plan is signed off"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM imr_action_plans WHERE id = " + id + " AND signed_off_on IS NOT NULL"), 0);
  auto action = std::to_string(FirstId("SELECT MAX(id) FROM imr_plan_actions"));
  std::string prefix = "action" + action + "-";
  EXPECT_EQ(PostForm(member, Path("/assurance/imr-action-plans/actions/" + action),
                     {{prefix + "completed_on-day", "29"}, {prefix + "completed_on-month", "3"},
                      {prefix + "completed_on-year", "2012"}})
                .status,
            403);
  ASSERT_EQ(PostForm(manager, Path("/assurance/imr-action-plans/actions/" + action),
                     {{prefix + "completed_on-day", "29"}, {prefix + "completed_on-month", "3"},
                      {prefix + "completed_on-year", "2012"}})
                .status,
            303);
  EXPECT_NE(MainOf(manager.Get(path)).find("Ready to sign off"), std::string::npos);
  ASSERT_EQ(PostForm(manager, path + "/sign-off", sign_off).status, 303);
  EXPECT_EQ(PostForm(manager, path + "/sign-off", sign_off).status, 422);  // once
  auto api = member.Get("/api/v1/p/milton-keynes/assurance/imr-action-plans");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"agency\":\"Youth Offending Team\",\"received_on\":\"2012-03-01\",\"standing\":\"signed_off\""),
            std::string::npos)
      << api.body;
}

}  // namespace
}  // namespace safeboard::testing
