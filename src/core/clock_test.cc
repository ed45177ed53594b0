#include "core/clock.h"

#include <gtest/gtest.h>

#include "core/date.h"

namespace safeboard::core {
namespace {

TEST(ShiftedClock, TodayIsTheChosenDateFromNineInTheMorning) {
  ShiftedClock clock(std::chrono::sys_days{std::chrono::year(2012) / 3 / 31});
  auto now = clock.Now();
  EXPECT_EQ(DateOf(now), Date{std::chrono::year(2012) / 3 / 31});
  EXPECT_GE(now, *ParseTimestamp("2012-03-31T09:00:00Z"));
  EXPECT_LT(now, *ParseTimestamp("2012-03-31T09:01:00Z"));
  EXPECT_GE(clock.Now(), now);  // it runs on
}

}  // namespace
}  // namespace safeboard::core
