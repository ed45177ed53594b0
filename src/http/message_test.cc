#include "http/message.h"

#include <gtest/gtest.h>

namespace safeboard::http {
namespace {

TEST(IsSafeHeaderValue, RefusesLineBreaksNulAndControls) {
  EXPECT_TRUE(IsSafeHeaderValue("/partnerships"));
  EXPECT_TRUE(IsSafeHeaderValue("attachment; filename=\"Budget 2011.pdf\"\t"));
  EXPECT_TRUE(IsSafeHeaderValue(""));
  EXPECT_FALSE(IsSafeHeaderValue("/ok\r\nSet-Cookie: safeboard=X"));
  EXPECT_FALSE(IsSafeHeaderValue("/ok\nX: y"));
  EXPECT_FALSE(IsSafeHeaderValue("/ok\rX: y"));
  EXPECT_FALSE(IsSafeHeaderValue(std::string("a\0b", 3)));
  EXPECT_FALSE(IsSafeHeaderValue("a\x7f"));
}

TEST(IsSafeHeaderName, AcceptsTokensOnly) {
  EXPECT_TRUE(IsSafeHeaderName("Content-Security-Policy"));
  EXPECT_FALSE(IsSafeHeaderName(""));
  EXPECT_FALSE(IsSafeHeaderName("X-Bad Name"));
  EXPECT_FALSE(IsSafeHeaderName("X:Y"));
  EXPECT_FALSE(IsSafeHeaderName("X\r\nY"));
}

TEST(RefuseUnsafeHeaders, PassesSafeResponsesAndReplacesUnsafeOnesWithA500) {
  Response ok{303, {{"Location", "/partnerships"}}, ""};
  std::string refused;
  EXPECT_EQ(RefuseUnsafeHeaders(ok, &refused).status, 303);
  EXPECT_EQ(refused, "");
  Response split{303, {{"Location", "/ok\r\nSet-Cookie: safeboard=X; Path=/p"}}, "body"};
  auto r = RefuseUnsafeHeaders(split, &refused);
  EXPECT_EQ(r.status, 500);
  EXPECT_EQ(refused, "Location");
  EXPECT_EQ(r.Header("Location"), "");
  EXPECT_EQ(r.Header("X-Content-Type-Options"), "nosniff");
  for (const auto& [name, value] : r.headers) EXPECT_TRUE(IsSafeHeaderValue(value)) << name;
}

TEST(PlainResponse, CarriesTheSecurityHeaders) {
  auto r = PlainResponse(413, "The request body is too large");
  EXPECT_EQ(r.Header("X-Frame-Options"), "DENY");
  EXPECT_NE(r.Header("Content-Security-Policy").find("frame-ancestors 'none'"), std::string_view::npos);
  EXPECT_EQ(r.Header("Cache-Control"), "no-cache");
}

}  // namespace
}  // namespace safeboard::http
