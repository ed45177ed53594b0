#include "core/money.h"

#include <gtest/gtest.h>

namespace safeboard::core {
namespace {

TEST(Money, AmountsAsPeopleTypeThem) {
  EXPECT_EQ(ParsePence("45"), 4500);
  EXPECT_EQ(ParsePence(" 45.5 "), 4550);
  EXPECT_EQ(ParsePence("45.05"), 4505);
  EXPECT_EQ(ParsePence("\xC2\xA3" "45.00"), 4500);
  EXPECT_EQ(ParsePence("34,887"), 3488700);
  EXPECT_EQ(ParsePence("1,234,567.89"), 123456789);
  EXPECT_EQ(ParsePence("0"), 0);
  for (const char* bad : {"", "  ", "-5", "45.", ".5", "45.123", "4,5", "34,88", "1,2345", ",345", "45p", "1e3",
                          "12,345,", "99999999999999"})
    EXPECT_FALSE(ParsePence(bad)) << bad;
}

TEST(Money, ShownWithThousandsSeparated) {
  EXPECT_EQ(FormatPounds(4500), "\xC2\xA3" "45.00");
  EXPECT_EQ(FormatPounds(5), "\xC2\xA3" "0.05");
  EXPECT_EQ(FormatPounds(99999), "\xC2\xA3" "999.99");
  EXPECT_EQ(FormatPounds(7126000), "\xC2\xA3" "71,260.00");
  EXPECT_EQ(FormatPounds(123456789), "\xC2\xA3" "1,234,567.89");
  EXPECT_EQ(FormatPounds(-535000), "-\xC2\xA3" "5,350.00");
  EXPECT_EQ(FormatPoundsPlain(7126000), "71260.00");
  EXPECT_EQ(FormatPoundsPlain(-5), "-0.05");
}

}  // namespace
}  // namespace safeboard::core
