#include "reports/progress_report.h"

#include <gtest/gtest.h>

namespace safeboard::reports {
namespace {

using namespace std::chrono;

plan::PlanAction Action(std::int64_t id, const char* by_when, std::vector<plan::ProgressUpdate> updates) {
  plan::PlanAction a;
  a.id = id;
  a.objective_id = 1;
  a.position = static_cast<int>(id);
  a.activity = "Action " + std::to_string(id);
  a.by_when = *plan::ParseByWhen(by_when);
  for (auto& u : updates) a.updates.push_back({0, u});
  return a;
}

TEST(ProgressReport, OverdueFirstAndOnlyUpdatesSinceThePreviousMeeting) {
  std::vector<plan::Objective> objectives = {{1, 1, 1, "Clear governance", std::nullopt, ""}};
  std::vector<plan::PlanAction> actions = {
      Action(1, "ongoing", {{year(2011) / 5 / 1, "Early", plan::Rag::kGreen, "x"},
                            {year(2011) / 7 / 1, "Since", plan::Rag::kAmber, "x"}}),
      Action(2, "May 2011", {{year(2011) / 4 / 20, "Started", plan::Rag::kAmber, "x"}}),
      Action(3, "March 2012", {{year(2011) / 8 / 1, "After the meeting", plan::Rag::kRed, "x"}}),
  };
  // Board meetings on 16 June (previous) and 15 September 2011... report for 14 July.
  auto report = BuildProgressReport(objectives, actions, year(2011) / 6 / 16, year(2011) / 7 / 14);
  ASSERT_EQ(report.size(), 1u);
  const auto& items = report[0].items;
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[0].action->id, 2);  // overdue: May has passed and the latest is amber
  EXPECT_TRUE(items[0].overdue);
  EXPECT_EQ(items[1].action->id, 1);
  ASSERT_EQ(items[1].updates_in_period.size(), 1u);
  EXPECT_EQ(items[1].updates_in_period[0].text, "Since");
  EXPECT_EQ(items[1].latest_rag, plan::Rag::kAmber);
  EXPECT_FALSE(items[2].latest_rag);  // its only update came after the meeting
}

}  // namespace
}  // namespace safeboard::reports
