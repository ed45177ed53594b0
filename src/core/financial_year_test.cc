#include "core/financial_year.h"

#include <gtest/gtest.h>

namespace safeboard::core {
namespace {

using std::chrono::year;

TEST(FinancialYear, RunsFromAprilToMarch) {
  EXPECT_EQ(FinancialYearOf(year(2012) / 3 / 31), 2011);
  EXPECT_EQ(FinancialYearOf(year(2012) / 4 / 1), 2012);
  auto [from, to] = FinancialYearDates(2011);
  EXPECT_EQ(from, year(2011) / 4 / 1);
  EXPECT_EQ(to, year(2012) / 3 / 31);
}

TEST(FinancialYear, IsNamedByItsTwoYears) {
  EXPECT_EQ(FinancialYearLabel(2011), "2011-12");
  EXPECT_EQ(FinancialYearLabel(1999), "1999-00");
  EXPECT_EQ(FinancialYearLabel(2008), "2008-09");
}

TEST(FinancialYear, IsReadFromItsLabel) {
  EXPECT_EQ(ParseFinancialYearLabel("2011-12"), 2011);
  EXPECT_EQ(ParseFinancialYearLabel("2011/12"), 2011);
  EXPECT_EQ(ParseFinancialYearLabel("2011-2012"), 2011);
  EXPECT_EQ(ParseFinancialYearLabel("1999-00"), 1999);
  for (const char* bad : {"2011-13", "2011", "2011-1", "11-12", "2011-12 Q1", "2011 12", "abcd-ef", ""})
    EXPECT_FALSE(ParseFinancialYearLabel(bad)) << bad;
}

TEST(ParseFinancialYearStart, FourDigitsOfAPlausibleYearOnly) {
  EXPECT_EQ(ParseFinancialYearStart("2011"), 2011);
  EXPECT_FALSE(ParseFinancialYearStart("soon"));
  EXPECT_FALSE(ParseFinancialYearStart("201"));
  EXPECT_FALSE(ParseFinancialYearStart("1899"));
  EXPECT_FALSE(ParseFinancialYearStart("2011-12"));
}

}  // namespace
}  // namespace safeboard::core
