#include "http/form.h"

#include <gtest/gtest.h>

namespace safeboard::http {
namespace {

TEST(Form, DecodesPlusAndPercentEscapes) {
  auto form = Form::Parse("full_name=Priya+Shah&email=priya%40example.org&empty=&bare");
  EXPECT_EQ(form.Get("full_name"), "Priya Shah");
  EXPECT_EQ(form.Get("email"), "priya@example.org");
  EXPECT_TRUE(form.Has("empty"));
  EXPECT_TRUE(form.Has("bare"));
  EXPECT_FALSE(form.Has("missing"));
}

TEST(Form, KeepsRepeatedFieldsInOrder) {
  auto form = Form::Parse("a=1&&a=2&b=3&a=4");
  EXPECT_EQ(form.Get("a"), "1");
  EXPECT_EQ(form.GetAll("a"), (std::vector<std::string>{"1", "2", "4"}));
}

TEST(Form, InvalidAndTruncatedEscapesAreKeptLiterally) {
  EXPECT_EQ(PercentDecode("100%", false), "100%");
  EXPECT_EQ(PercentDecode("%4", false), "%4");
  EXPECT_EQ(PercentDecode("%zz%41", false), "%zzA");
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
  EXPECT_EQ(PercentDecode("%41", true), "A");
}

TEST(Form, EncodingRoundTrips) {
  std::string text = "Barnardo's & Co / 50% \"off\"";
  EXPECT_EQ(PercentDecode(PercentEncode(text), false), text);
  EXPECT_EQ(PercentEncode("a-b_c.d~e"), "a-b_c.d~e");
}

TEST(Cookies, ToleratesSpacesQuotesAndDuplicates) {
  auto cookies = ParseCookies(" a=1;b = \"two\" ; ;=x; c; a=3");
  EXPECT_EQ(cookies["a"], "1");
  EXPECT_EQ(cookies["b"], "two");
  EXPECT_TRUE(cookies.count("c"));
  EXPECT_FALSE(cookies.count(""));
}

}  // namespace
}  // namespace safeboard::http
