#include "core/working_days.h"

#include <gtest/gtest.h>

namespace safeboard::core {
namespace {

using namespace std::chrono;

TEST(WorkingDays, EasterSundaysAreRight) {
  EXPECT_EQ(EasterSunday(2011), year(2011) / April / 24);
  EXPECT_EQ(EasterSunday(2012), year(2012) / April / 8);
  EXPECT_EQ(EasterSunday(2024), year(2024) / March / 31);
  EXPECT_EQ(EasterSunday(2026), year(2026) / April / 5);
}

TEST(WorkingDays, BankHolidaysOf2011IncludeTheRoyalWedding) {
  std::vector<Date> expected = {year(2011) / 1 / 3,  year(2011) / 4 / 22, year(2011) / 4 / 25,
                                year(2011) / 4 / 29, year(2011) / 5 / 2,  year(2011) / 5 / 30,
                                year(2011) / 8 / 29, year(2011) / 12 / 26, year(2011) / 12 / 27};
  EXPECT_EQ(BankHolidays(2011), expected);
}

TEST(WorkingDays, TheDiamondJubileeMovedTheSpringHoliday) {
  auto h = BankHolidays(2012);
  EXPECT_NE(std::find(h.begin(), h.end(), year(2012) / June / 4), h.end());
  EXPECT_NE(std::find(h.begin(), h.end(), year(2012) / June / 5), h.end());
  EXPECT_EQ(std::find(h.begin(), h.end(), year(2012) / May / 28), h.end());
}

TEST(WorkingDays, ChristmasOnAWeekendGetsSubstituteDays) {
  // 2021: Christmas Saturday, Boxing Day Sunday -> Monday 27 and Tuesday 28.
  auto h = BankHolidays(2021);
  EXPECT_NE(std::find(h.begin(), h.end(), year(2021) / 12 / 27), h.end());
  EXPECT_NE(std::find(h.begin(), h.end(), year(2021) / 12 / 28), h.end());
  // 2022: Christmas Sunday -> Boxing Day Monday 26 and substitute Tuesday 27.
  h = BankHolidays(2022);
  EXPECT_NE(std::find(h.begin(), h.end(), year(2022) / 12 / 26), h.end());
  EXPECT_NE(std::find(h.begin(), h.end(), year(2022) / 12 / 27), h.end());
}

// RULE: papers go out at least 5 working days before the meeting.
TEST(WorkingDays, CirculationDeadlineSkipsEaster) {
  // Thursday 28 April 2011: back over Wed 27, Tue 26, (Mon 25 Easter Monday), (Fri 22 Good
  // Friday), Thu 21, Wed 20, Tue 19.
  EXPECT_EQ(WorkingDaysBefore(year(2011) / April / 28, 5), year(2011) / April / 19);
}

TEST(WorkingDays, CirculationDeadlineSkipsChristmas) {
  // Wednesday 4 January 2012: back over Tue 3, (Mon 2 New Year substitute), Fri 30, Thu 29,
  // Wed 28, (Tue 27, Mon 26 substitutes for Christmas/Boxing Day), Fri 23.
  EXPECT_EQ(WorkingDaysBefore(year(2012) / January / 4, 5), year(2011) / December / 23);
}

TEST(WorkingDays, CirculationDeadlineSkipsWeekends) {
  // Monday 12 September 2011 -> Monday 5 September.
  EXPECT_EQ(WorkingDaysBefore(year(2011) / September / 12, 5), year(2011) / September / 5);
  EXPECT_FALSE(IsWorkingDay(year(2011) / September / 10));
  EXPECT_TRUE(IsWorkingDay(year(2011) / September / 12));
}

TEST(WorkingDays, AfterSkipsWeekendsAndBankHolidays) {
  // Friday 20 April 2012 + 3 working days: Wednesday 25 April.
  EXPECT_EQ(WorkingDaysAfter(year(2012) / April / 20, 3), Date{year(2012) / April / 25});
  // Thursday 5 April 2012 + 2: Good Friday and Easter Monday are not working days.
  EXPECT_EQ(WorkingDaysAfter(year(2012) / April / 5, 2), Date{year(2012) / April / 11});
  EXPECT_EQ(WorkingDaysAfter(year(2012) / April / 5, 0), Date{year(2012) / April / 5});
}

}  // namespace
}  // namespace safeboard::core
