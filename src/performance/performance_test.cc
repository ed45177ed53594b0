#include "performance/performance.h"

#include <gtest/gtest.h>

namespace safeboard::performance {
namespace {

// RULE: rates per 10,000 are computed and rounded to one decimal place.
TEST(Rate, FiftyFiveChildrenAre9Point4Per10000) {
  auto rate = RateTenthsPer10000(55, 58600);
  ASSERT_TRUE(rate);
  EXPECT_EQ(FormatTenths(*rate), "9.4");
  EXPECT_EQ(FormatTenths(*RateTenthsPer10000(40, 57900)), "6.9");
  EXPECT_EQ(*RateTenthsPer10000(1, 20000), 5);   // 0.5 exactly
  EXPECT_EQ(*RateTenthsPer10000(3, 40000), 8);   // 0.75 rounds half up to 0.8
  EXPECT_FALSE(RateTenthsPer10000(55, 0));
}

TEST(Target, DirectionDecidesWhetherItIsMet) {
  EXPECT_EQ(Compare(74, 76, Better::kHigher), AgainstTarget::kNotMet);
  EXPECT_EQ(Compare(9, 10, Better::kLower), AgainstTarget::kMet);
  EXPECT_EQ(Compare(9, std::nullopt, Better::kLower), AgainstTarget::kNoTarget);
}

TEST(Shares, RoundHalfUp) {
  std::vector<std::int64_t> counts = {71, 10, 9, 5};
  EXPECT_EQ(Shares(counts), (std::vector<int>{75, 11, 9, 5}));
}

TEST(Values, PeriodsPercentagesAndComputedRates) {
  std::string period;
  double value = 0;
  EXPECT_TRUE(ReadIndicatorValue({{"period", "2011-12 Q3"}, {"value", "74.5"}}, Unit::kPercentage, period, value).empty());
  EXPECT_EQ(period, "2011-12 Q3");
  EXPECT_NE(ReadIndicatorValue({{"period", "2011-13"}, {"value", "1"}}, Unit::kCount, period, value).For("period"), nullptr);
  EXPECT_NE(ReadIndicatorValue({{"period", "2011-12"}, {"value", "101"}}, Unit::kPercentage, period, value).For("value"), nullptr);
  EXPECT_NE(ReadIndicatorValue({{"period", "2011-12"}, {"value", "9.4"}}, Unit::kRatePer10000, period, value).For("value"), nullptr);
}

TEST(ValueImport, EveryRowIsCheckedByColumn) {
  std::vector<std::pair<std::string, Unit>> units = {{"NI 63", Unit::kPercentage}, {"NI 71", Unit::kCount}};
  auto result = CheckValueImport({{"Period", "Code", "Value"},
                                  {"2010-11", "NI 63", "75"},
                                  {"2010-12", "NI 63", "75"},
                                  {"2010-11", "NI 999", "1"},
                                  {"2010-11", "ni 71", "lots"}},
                                 units);
  ASSERT_EQ(result.errors.size(), 3u);
  EXPECT_EQ(result.errors[0].row, 3);
  EXPECT_EQ(result.errors[0].column, "Period");
  EXPECT_EQ(result.errors[1].column, "Code");
  EXPECT_EQ(result.errors[2].row, 5);
  EXPECT_EQ(result.errors[2].column, "Value");
  EXPECT_EQ(result.rows.size(), 1u);
  EXPECT_EQ(CheckValueImport({{"Code", "Value"}}, units).errors[0].column, "Period");
}

// RULE: issue 14 - an unknown code suggests the nearest in the catalogue.
TEST(ValueImport, AnUnknownCodeSuggestsTheNearest) {
  std::vector<std::pair<std::string, Unit>> units = {{"NI 63", Unit::kPercentage}, {"LSCB 12", Unit::kCount}};
  auto result = CheckValueImport({{"Code", "Period", "Value"}, {"LSCB12", "2011-12", "3"}, {"Zebra", "2011-12", "3"}},
                                 units);
  ASSERT_EQ(result.errors.size(), 2u);
  EXPECT_EQ(result.errors[0].message, "\"LSCB12\" is not an indicator in the catalogue; did you mean \"LSCB 12\"?");
  EXPECT_EQ(result.errors[1].message, "\"Zebra\" is not an indicator in the catalogue");
}

// RULE: rates per 10,000 are computed from the count and the year's population.
TEST(Values, RatesComeFromCountsAndThePopulation) {
  std::string period;
  double rate = 0;
  EXPECT_TRUE(ReadRateFromCount({{"period", "2011-12"}, {"count", "55"}}, 58600, period, rate).empty());
  EXPECT_DOUBLE_EQ(rate, 9.4);
  EXPECT_NE(ReadRateFromCount({{"period", "2011-12"}, {"count", "55"}}, std::nullopt, period, rate).For("period"), nullptr);
  EXPECT_NE(ReadRateFromCount({{"period", "2011-12"}, {"count", "5.5"}}, 58600, period, rate).For("count"), nullptr);
  EXPECT_EQ(YearOfPeriod("2011-12 Q3"), 2011);
}

TEST(ChildProtection, TheDataSetHasTheAnnualReportsTenRows) {
  EXPECT_EQ(ChildProtectionMeasures().size(), 10u);
  EXPECT_EQ(ChildProtectionMeasures()[4].code, "plans_at_year_end");
}

}  // namespace
}  // namespace safeboard::performance

namespace safeboard::performance {
namespace {

TEST(TargetForValue, ItsOwnYearsTargetElseTheNextOneSetElseNone) {
  std::map<std::string, double> targets = {{"2009-10", 8}, {"2010-11", 10}};
  auto own = TargetForValue("2009-10 Q2", targets);
  EXPECT_EQ(own.value, 8);
  EXPECT_FALSE(own.later);
  auto next = TargetForValue("2008-09", targets);
  EXPECT_EQ(next.value, 8);
  EXPECT_EQ(next.year, "2009-10");
  EXPECT_TRUE(next.later);
  EXPECT_FALSE(TargetForValue("2011-12", targets).value);
  EXPECT_FALSE(TargetForValue("2008-09", {}).value);
}

}  // namespace
}  // namespace safeboard::performance
