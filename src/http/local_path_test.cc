#include "http/local_path.h"

#include <gtest/gtest.h>

namespace safeboard::http {
namespace {

TEST(IsLocalPath, AcceptsPathsOfThisSite) {
  EXPECT_TRUE(IsLocalPath("/"));
  EXPECT_TRUE(IsLocalPath("/partnerships"));
  EXPECT_TRUE(IsLocalPath("/p/milton-keynes/groups/3?on=2011-09-01#members"));
  EXPECT_TRUE(IsLocalPath("/p/mk/search?q=child%20protection"));
}

TEST(IsLocalPath, RefusesWhatBrowsersFollowOffSite) {
  EXPECT_FALSE(IsLocalPath(""));
  EXPECT_FALSE(IsLocalPath("//evil.example/x"));
  EXPECT_FALSE(IsLocalPath("/\\evil.example/x"));
  EXPECT_FALSE(IsLocalPath("/\t/evil.example"));
  EXPECT_FALSE(IsLocalPath("/\n/evil.example"));
  EXPECT_FALSE(IsLocalPath("/x\\y"));
  EXPECT_FALSE(IsLocalPath("https://evil.example/"));
  EXPECT_FALSE(IsLocalPath("javascript:alert(1)"));
  EXPECT_FALSE(IsLocalPath("evil.example"));
  EXPECT_FALSE(IsLocalPath(" /partnerships"));
}

TEST(IsLocalPath, RefusesControlCharactersSpacesAndLongPaths) {
  EXPECT_FALSE(IsLocalPath("/ok\r\nSet-Cookie: safeboard=X; Path=/p"));
  EXPECT_FALSE(IsLocalPath(std::string_view("/ok\0x", 5)));
  EXPECT_FALSE(IsLocalPath("/a b"));
  EXPECT_FALSE(IsLocalPath("/caf\xc3\xa9"));
  EXPECT_FALSE(IsLocalPath("/\x7f"));
  EXPECT_TRUE(IsLocalPath("/" + std::string(1999, 'a')));
  EXPECT_FALSE(IsLocalPath("/" + std::string(2000, 'a')));
}

}  // namespace
}  // namespace safeboard::http
