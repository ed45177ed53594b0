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

}  // namespace
}  // namespace safeboard::core
