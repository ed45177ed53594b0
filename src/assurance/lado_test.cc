#include "assurance/lado.h"

#include <gtest/gtest.h>

namespace safeboard::assurance {
namespace {

core::FieldValues Quarter(int referrals = 6) {
  return {{"year", "2011"},      {"quarter", "2"},          {"referrals", std::to_string(referrals)},
          {"advice", "10"},      {"police_involved", "2"},  {"considered_within_1_day", "5"},
          {"sector_education", "4"}, {"sector_health", "2"}, {"outcome_substantiated", "1"},
          {"outcome_unfounded", "3"}, {"concluded_within_3_months", "3"}};
}

TEST(LadoReader, ReadsAQuartersCounts) {
  LadoReturn r;
  ASSERT_TRUE(ReadLadoReturn(Quarter(), {}, r).empty());
  EXPECT_EQ(r.year_start, 2011);
  EXPECT_EQ(r.quarter, 2);
  EXPECT_EQ(r.Contacts(), 16);
  EXPECT_EQ(r.Concluded(), 4);
  EXPECT_EQ(r.by_sector.at(EmployerSector::kHealth), 2);
  EXPECT_EQ(r.by_sector.count(EmployerSector::kPolice), 0u);  // nothing recorded for a zero
}

TEST(LadoReader, SectorsAddUpToTheReferralsAndPartsAreAtMostTheirWhole) {
  LadoReturn r;
  auto errors = ReadLadoReturn(Quarter(7), {}, r);
  ASSERT_NE(errors.For("sector_education"), nullptr);
  EXPECT_EQ(*errors.For("sector_education"), "The referrals by sector add up to 6, not the 7 referrals");
  auto in = Quarter();
  in["concluded_within_3_months"] = "5";
  in["police_involved"] = "9";
  errors = ReadLadoReturn(in, {}, r);
  EXPECT_NE(errors.For("concluded_within_3_months"), nullptr);
  EXPECT_NE(errors.For("police_involved"), nullptr);
  in = Quarter();
  in["advice"] = "-1";
  in["quarter"] = "5";
  in["year"] = "soon";
  errors = ReadLadoReturn(in, {}, r);
  EXPECT_NE(errors.For("advice"), nullptr);
  EXPECT_NE(errors.For("quarter"), nullptr);
  EXPECT_NE(errors.For("year"), nullptr);
}

TEST(LadoMeasures, QuartersAddUpToTheYearBesideTheYearBefore) {
  LadoReturn q1, q3, before;
  ASSERT_TRUE(ReadLadoReturn(Quarter(), {}, q1).empty());
  q1.quarter = 1;
  q3 = q1;
  q3.quarter = 3;
  before = q1;
  before.year_start = 2010;
  before.considered_within_1_day = 6;
  std::vector<LadoReturn> year{q1, q3}, previous{before};
  auto totals = YearTotals(year);
  EXPECT_EQ(totals.quarters, 2);
  EXPECT_EQ(totals.total.referrals, 12);
  auto measures = LadoMeasures(year, previous);
  const auto& referrals = measures[1];
  EXPECT_EQ(referrals.label, "Referrals");
  EXPECT_EQ(referrals.quarter[0].value, 6);
  EXPECT_FALSE(referrals.quarter[1].value);  // Q2 not recorded
  EXPECT_EQ(referrals.year.value, 12);
  EXPECT_EQ(referrals.previous_year.value, 6);
  const auto& percent = measures[5];
  EXPECT_TRUE(percent.percentage);
  EXPECT_EQ(percent.year.value, 83);  // 10 of 12, half up
  EXPECT_EQ(percent.previous_year.value, 100);
}

TEST(LadoMeasures, ThePublicationVersionHidesSmallNumbers) {
  EXPECT_EQ(CellText({4, true}, false, true), "1-5");
  EXPECT_EQ(CellText({4, true}, false, false), "4");
  EXPECT_EQ(CellText({0, false}, false, true), "0");
  EXPECT_EQ(CellText({83, true}, true, true), "-");  // a percentage of a small count
  EXPECT_EQ(CellText({83, false}, true, true), "83%");
  EXPECT_EQ(CellText({}, false, true), "");
  EXPECT_EQ(WholePercent(1, 8), 13);  // 12.5 rounds up
  EXPECT_FALSE(WholePercent(0, 0));
}

}  // namespace
}  // namespace safeboard::assurance
