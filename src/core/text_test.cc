#include "core/text.h"

#include <gtest/gtest.h>

#include "core/form_fields.h"

namespace safeboard::core {
namespace {

TEST(IsValidUtf8, AcceptsWellFormedText) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("Milton Keynes"));
  EXPECT_TRUE(IsValidUtf8("caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"));  // é € 😀
  EXPECT_TRUE(IsValidUtf8("\xef\xbf\xbd"));                                // U+FFFD
  EXPECT_TRUE(IsValidUtf8("\xf4\x8f\xbf\xbf"));                            // U+10FFFF
}

TEST(IsValidUtf8, RefusesMalformedText) {
  EXPECT_FALSE(IsValidUtf8("\xff"));
  EXPECT_FALSE(IsValidUtf8("\xc3"));              // truncated
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));          // overlong "/"
  EXPECT_FALSE(IsValidUtf8("\xe0\x80\xaf"));      // overlong
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xf4\x90\x80\x80"));  // above U+10FFFF
  EXPECT_FALSE(IsValidUtf8("a\x80z"));            // stray continuation
  EXPECT_FALSE(IsValidUtf8("\xe2\x82"));          // truncated
}

TEST(StorableTextProblem, RefusesNulControlsAndInvalidUtf8) {
  EXPECT_EQ(StorableTextProblem("Line one\r\nLine two\tand a tab"), "");
  EXPECT_NE(StorableTextProblem(std::string("a\0b", 3)), "");
  EXPECT_NE(StorableTextProblem("bell\x07"), "");
  EXPECT_NE(StorableTextProblem("del\x7f"), "");
  EXPECT_NE(StorableTextProblem("bad \xff byte"), "");
  EXPECT_NE(StorableTextProblem(std::string("a\0b", 3)).find("null"), std::string::npos);
}

}  // namespace
}  // namespace safeboard::core

namespace safeboard::core {
namespace {

// RULE: issue 14 - lengths are characters, not bytes.
TEST(Text, CharactersAreCountedNotBytes) {
  EXPECT_EQ(CharacterCount("abc"), 3u);
  EXPECT_EQ(CharacterCount("zoë ångström"), 12u);
  EXPECT_EQ(CharacterCount("\xF0\x9F\x91\xB6"), 1u);  // one emoji, four bytes
}

TEST(Text, NumbersAreGroupedInThousands) {
  EXPECT_EQ(GroupedNumber(0), "0");
  EXPECT_EQ(GroupedNumber(999), "999");
  EXPECT_EQ(GroupedNumber(1000), "1,000");
  EXPECT_EQ(GroupedNumber(100000), "100,000");
  EXPECT_EQ(GroupedNumber(-1234567), "-1,234,567");
  EXPECT_EQ(TooLongMessage("Name", 100000), "Name must be 100,000 characters or fewer");
}

TEST(FormFields, TheLimitIsInCharacters) {
  std::string accented;
  for (int i = 0; i < 200; ++i) accented += "é";
  FieldErrors errors;
  EXPECT_EQ(RequiredText({{"name", accented}}, "name", "Name", errors), accented);
  EXPECT_TRUE(errors.empty());
  RequiredText({{"name", accented + "é"}}, "name", "Name", errors);
  ASSERT_NE(errors.For("name"), nullptr);
  EXPECT_EQ(*errors.For("name"), "Name must be 200 characters or fewer");
}

}  // namespace
}  // namespace safeboard::core
