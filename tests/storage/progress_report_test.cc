// The Board progress report computed from the demo's 2010-11 plan for the first Board meeting
// of 2011-12 (14 April 2011), checked item by item on both backends.
#include <gtest/gtest.h>

#include <algorithm>

#include "cli/commands.h"
#include "governance/store.h"
#include "plan/store.h"
#include "reports/progress_report.h"
#include "storage_fixture.h"

namespace safeboard::reports {
namespace {

using namespace std::chrono;

struct Expected {
  const char* activity_starts;
  const char* rag;  // "" when no update
  bool overdue;
};

class ProgressReportDemoTest : public storage::StorageTest {};

// RULE: overdue first within each objective; overdue = a due date passed and the latest update
// not green.
TEST_F(ProgressReportDemoTest, FirstBoardMeetingOf2011ReportsThe2010To11Plan) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  plan::PlanStore store(connection());
  auto plans = store.ListPlans(partnership);
  ASSERT_EQ(plans.size(), 2u);  // 2011-13 first (newest), then 2010-11
  EXPECT_EQ(plans[0].title, "MKSCB Business Plan 2011-13");
  EXPECT_EQ(store.ObjectivesOf(partnership, plans[0].id).size(), 8u);
  auto objectives = store.ObjectivesOf(partnership, plans[1].id);
  auto actions = store.ActionsOfPlan(partnership, plans[1].id);
  ASSERT_EQ(objectives.size(), 8u);
  ASSERT_EQ(actions.size(), 20u);
  auto report = BuildProgressReport(objectives, actions, year(1900) / 1 / 1, year(2011) / 4 / 14);
  const std::vector<std::vector<Expected>> expected = {
      {{"All partners sign", "amber", true}, {"Review Constitution", "", true},
       {"Review the effectiveness", "", true}, {"Ensure progress", "green", false},
       {"Undertake an annual review", "green", false}},
      {{"Develop and implement an improved communication", "amber", true}},
      {{"Develop and implement a participation", "green", false}},
      {{"Complete review of current safeguarding training", "green", false}},
      {{"Improve understanding of processes", "", true}, {"Develop guidance regarding safer", "red", true},
       {"Develop support and advice", "", true}},
      {{"Develop MKSCB complaints", "", true}, {"Develop systems for collating", "amber", true},
       {"Develop audit programme", "green", false}, {"Undertake audits", "", false}},
      {{"Ensure there are sufficient", "", true}, {"Develop the process for commissioning", "", true},
       {"Review process in line", "green", false}},
      {{"Review agencies' safeguarding", "", true}, {"Develop and update local policies", "green", false}},
  };
  ASSERT_EQ(report.size(), expected.size());
  for (std::size_t o = 0; o < expected.size(); ++o) {
    ASSERT_EQ(report[o].items.size(), expected[o].size()) << report[o].objective->outcome;
    for (std::size_t i = 0; i < expected[o].size(); ++i) {
      const auto& item = report[o].items[i];
      const auto& want = expected[o][i];
      EXPECT_TRUE(item.action->activity.starts_with(want.activity_starts))
          << "objective " << o + 1 << " item " << i + 1 << ": " << item.action->activity;
      std::string rag = item.latest_rag ? std::string(core::CodeOf(plan::Rags(), *item.latest_rag)) : "";
      EXPECT_EQ(rag, want.rag) << item.action->activity;
      EXPECT_EQ(item.overdue, want.overdue) << item.action->activity;
    }
  }
}

// Issue 15: the demo's 2011-13 progress updates sit on the actions they are about (they had
// slipped one row: the budget action read "Multi-agency audit commissioned with SWIF funding").
TEST_F(ProgressReportDemoTest, EachDemoUpdateBelongsToItsActionsTopic) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  plan::PlanStore store(connection());
  auto plan = store.ListPlans(partnership).front();
  ASSERT_EQ(plan.title, "MKSCB Business Plan 2011-13");
  // The action (by the start of its text) and a word its update must hold.
  const std::vector<std::pair<std::string, std::string>> topics = {
      {"All partners have signed up to the MKSCB Constitution", "Constitution"},
      {"Attendance at MKSCB", "Attendance"},
      {"Roles and responsibilities", "Munro"},
      {"Receive and interpret multi-agency safeguarding children data", "data"},
      {"MKSCB budget is monitored", "Budget"},
      {"THEMATIC REVIEW All partners participate", "audit"}};
  auto actions = store.ActionsOfPlan(partnership, plan.id);
  for (const auto& [activity, word] : topics) {
    auto action = std::find_if(actions.begin(), actions.end(),
                               [&](const plan::PlanAction& a) { return a.activity.starts_with(activity); });
    ASSERT_NE(action, actions.end()) << activity;
    ASSERT_FALSE(action->updates.empty()) << activity;
    EXPECT_NE(action->updates.back().update.text.find(word), std::string::npos)
        << activity << ": " << action->updates.back().update.text;
  }
}

}  // namespace
}  // namespace safeboard::reports
