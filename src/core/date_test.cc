#include "core/date.h"

#include <gtest/gtest.h>

namespace safeboard::core {
namespace {

using namespace std::chrono;

TEST(Date, ParsesIsoDates) {
  auto date = ParseDate("2011-09-01");
  ASSERT_TRUE(date);
  EXPECT_EQ(*date, year(2011) / September / 1);
  EXPECT_EQ(FormatDate(*date), "2011-09-01");
  EXPECT_EQ(FormatDateLong(*date), "1 September 2011");
}

TEST(Date, RejectsImpossibleAndMalformedDates) {
  for (const char* text : {"2011-02-30", "2011-13-01", "2011-9-01", "01/09/2011", "", "2011-09-0x",
                           "1800-01-01", "2011-09-01 "})
    EXPECT_FALSE(ParseDate(text)) << text;
  EXPECT_TRUE(ParseDate("2012-02-29"));
}

TEST(Date, TimestampsRoundTripInUtc) {
  auto t = ParseTimestamp("2011-09-01T23:59:07Z");
  ASSERT_TRUE(t);
  EXPECT_EQ(FormatTimestamp(*t), "2011-09-01T23:59:07Z");
  EXPECT_EQ(DateOf(*t), year(2011) / September / 1);
  EXPECT_FALSE(ParseTimestamp("2011-09-01T24:00:00Z"));
}

TEST(Date, CoversIncludesBothEndsAndOpenEnds) {
  Date start = year(2011) / September / 1;
  EXPECT_TRUE(Covers(start, std::nullopt, year(2030) / 1 / 1));
  EXPECT_TRUE(Covers(start, year(2012) / 3 / 31, year(2012) / 3 / 31));
  EXPECT_FALSE(Covers(start, year(2012) / 3 / 31, year(2012) / 4 / 1));
  EXPECT_FALSE(Covers(start, std::nullopt, year(2011) / 8 / 31));
}

TEST(SpreadsheetDate, ReadsTheWaysSpreadsheetsHoldDates) {
  using std::chrono::year;
  auto expected = year(2011) / 9 / 1;
  for (const char* text : {"2011-09-01", "1/9/2011", "01/09/2011", "1 September 2011", "1 Sep 2011", "1 sept 2011",
                           "40787"})
    EXPECT_EQ(ParseSpreadsheetDate(text), expected) << text;
  for (const char* text : {"9/1/11", "31/02/2011", "1 Sepember 2011", "2011", "1 Se 2011", "September 2011", "",
                           "1/9/2011/2", "00001"})
    EXPECT_FALSE(ParseSpreadsheetDate(text)) << text;
}

}  // namespace
}  // namespace safeboard::core
