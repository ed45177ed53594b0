#include "core/uk_time.h"

#include <gtest/gtest.h>

namespace safeboard::core {
namespace {

TEST(FormatUkTime, ShowsGmtInWinterAndBstInSummer) {
  EXPECT_EQ(FormatUkTime(*ParseTimestamp("2026-12-03T23:10:00Z")), "3 December 2026, 23:10");
  // BST: an hour ahead, across midnight into the next day.
  EXPECT_EQ(FormatUkTime(*ParseTimestamp("2012-06-30T23:30:00Z")), "1 July 2012, 00:30");
  // The clocks go forward at 01:00 UTC on the last Sunday of March (25 March 2012).
  EXPECT_EQ(FormatUkTime(*ParseTimestamp("2012-03-25T00:59:00Z")), "25 March 2012, 00:59");
  EXPECT_EQ(FormatUkTime(*ParseTimestamp("2012-03-25T01:00:00Z")), "25 March 2012, 02:00");
}

TEST(UkStartOfDay, IsMidnightUkTimeInUtc) {
  EXPECT_EQ(FormatTimestamp(UkStartOfDay(*ParseDate("2012-01-10"))), "2012-01-10T00:00:00Z");
  EXPECT_EQ(FormatTimestamp(UkStartOfDay(*ParseDate("2012-07-10"))), "2012-07-09T23:00:00Z");
}

}  // namespace
}  // namespace safeboard::core
