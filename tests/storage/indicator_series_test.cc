// RULE: issue 4 - an indicator's values are shown with the target and comparators of the year
// their period falls in; setting a value again replaces it. The overview's latest points are
// the last of each series (issue 6: one query for the catalogue). Runs on both backends.
#include <gtest/gtest.h>

#include "cli/commands.h"
#include "governance/store.h"
#include "performance/store.h"
#include "storage_fixture.h"

namespace safeboard::performance {
namespace {

class IndicatorSeriesTest : public storage::StorageTest {};

TEST_F(IndicatorSeriesTest, ValuesCarryTheirYearsTargetAndComparatorsAndTheLatestIsTheLastOfEachSeries) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  PerformanceStore store(connection());
  Indicator indicator;
  indicator.code = "T1";
  indicator.name = "Test indicator";
  indicator.frequency = Frequency::kQuarterly;
  indicator.cluster_id = store.CreateCluster(partnership, "Test cluster");
  auto id = store.CreateIndicator(partnership, indicator);
  store.SetValue(id, "2011-12 Q2", 60);
  store.SetValue(id, "2011-12 Q1", 50);
  store.SetValue(id, "2010-11", 40);
  store.SetValue(id, "2011-12 Q2", 65);  // replaces 60
  store.SetTarget(id, "2011-12", 70);
  store.SetTarget(id, "2011-12", 75);  // replaces 70
  store.SetComparator(id, "2011-12", "national", 55.5);
  store.SetComparator(id, "2011-12", "statistical_neighbours", 52);
  store.SetComparator(id, "2010-11", "national", 44);

  auto series = store.Series(partnership, id);
  ASSERT_EQ(series.size(), 3u);
  EXPECT_TRUE(store.Series(partnership + 1000, id).empty());  // another partnership's id finds nothing
  EXPECT_EQ(series[0].period, "2010-11");
  EXPECT_EQ(series[0].value, 40);
  EXPECT_FALSE(series[0].target);
  EXPECT_EQ(series[0].national, 44);
  EXPECT_FALSE(series[0].neighbours);
  EXPECT_EQ(series[1].period, "2011-12 Q1");
  EXPECT_EQ(series[2].period, "2011-12 Q2");
  EXPECT_EQ(series[2].value, 65);
  EXPECT_EQ(series[2].target, 75);
  EXPECT_EQ(series[2].national, 55.5);
  EXPECT_EQ(series[2].neighbours, 52);

  Indicator empty = indicator;
  empty.code = "T2";
  auto empty_id = store.CreateIndicator(partnership, empty);
  auto latest = store.LatestPoints(partnership);
  EXPECT_FALSE(latest.count(empty_id));
  int compared = 0;
  for (const auto& i : store.ListIndicators(partnership)) {
    auto all = store.Series(partnership, i.id);
    if (all.empty()) continue;
    ASSERT_TRUE(latest.count(i.id)) << i.code;
    EXPECT_EQ(latest.at(i.id).period, all.back().period) << i.code;
    EXPECT_EQ(latest.at(i.id).value, all.back().value) << i.code;
    EXPECT_EQ(latest.at(i.id).target, all.back().target) << i.code;
    EXPECT_EQ(latest.at(i.id).national, all.back().national) << i.code;
    EXPECT_EQ(latest.at(i.id).neighbours, all.back().neighbours) << i.code;
    ++compared;
  }
  EXPECT_GT(compared, 10);  // the demo's catalogue and T1
}

}  // namespace
}  // namespace safeboard::performance
