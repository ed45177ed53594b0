#include "core/csv.h"

#include <gtest/gtest.h>

#include "core/text.h"

namespace safeboard::core {
namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows Read(std::string_view bytes) {
  std::string error;
  auto rows = ReadTableFile("agencies.csv", bytes, error);
  EXPECT_TRUE(rows) << error;
  return rows.value_or(Rows{});
}

TEST(Csv, QuotesDoubledQuotesAndLineEnds) {
  EXPECT_EQ(ParseCsv("a,\"b, c\"\r\n\"say \"\"hi\"\"\",d\n"), (Rows{{"a", "b, c"}, {"say \"hi\"", "d"}}));
}

// RULE: issue 14 - a Windows-1252 CSV (Excel's default on many desktops) is converted, never
// stored as invalid UTF-8.
TEST(Csv, Windows1252IsConvertedToUtf8) {
  auto rows = Read("name\nZo\xEB \xC5ngstr\xF6m \x96 Caf\xE9 \x80\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][0], "Zoë Ångström – Café €");
  EXPECT_TRUE(IsValidUtf8(rows[1][0]));
}

TEST(Csv, Utf8WithOrWithoutAByteOrderMarkIsKept) {
  EXPECT_EQ(Read("\xEF\xBB\xBFname\nZoë\n"), (Rows{{"name"}, {"Zoë"}}));
  EXPECT_EQ(Read("name\nZoë\n"), (Rows{{"name"}, {"Zoë"}}));
}

TEST(Csv, Utf16InEitherByteOrderIsConverted) {
  // "né,€\n" in UTF-16.
  std::string le("\xFF\xFE" "n\0\xE9\0,\0\xAC\x20\n\0", 12);
  std::string be("\xFE\xFF" "\0n\0\xE9\0,\x20\xAC\0\n", 12);
  EXPECT_EQ(Read(le), (Rows{{"né", "€"}}));
  EXPECT_EQ(Read(be), (Rows{{"né", "€"}}));
}

TEST(Csv, BytesNoEncodingReadsAreRefusedClearly) {
  std::string error;
  // 0x81 is undefined in Windows-1252 and the text is not UTF-8.
  EXPECT_FALSE(ReadTableFile("agencies.csv", "name\n\x81\x81\n", error));
  EXPECT_NE(error.find("CSV UTF-8"), std::string::npos);
  // A UTF-16 file cut in the middle of a character.
  EXPECT_FALSE(ReadTableFile("agencies.csv", std::string("\xFF\xFE" "n\0a", 5), error));
}

}  // namespace
}  // namespace safeboard::core
