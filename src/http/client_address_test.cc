#include "http/client_address.h"

#include <gtest/gtest.h>

namespace safeboard::http {
namespace {

const std::vector<std::string> kProxy = {"10.0.0.2"};

TEST(ClientAddress, IgnoresForwardedForFromAnyoneButATrustedProxy) {
  EXPECT_EQ(ClientAddress("203.0.113.9", {"198.51.100.1"}, {}), "203.0.113.9");
  EXPECT_EQ(ClientAddress("203.0.113.9", {"198.51.100.1"}, kProxy), "203.0.113.9");
  EXPECT_EQ(ClientAddress("10.0.0.2", {}, kProxy), "10.0.0.2");
}

TEST(ClientAddress, TakesTheAddressTheTrustedProxyAppended) {
  EXPECT_EQ(ClientAddress("10.0.0.2", {"198.51.100.1"}, kProxy), "198.51.100.1");
  // The client may send its own X-Forwarded-For: only the right-most hop is the proxy's.
  EXPECT_EQ(ClientAddress("10.0.0.2", {"1.2.3.4, 198.51.100.1"}, kProxy), "198.51.100.1");
  EXPECT_EQ(ClientAddress("10.0.0.2", {"1.2.3.4", "198.51.100.1"}, kProxy), "198.51.100.1");
  // Chained trusted proxies are skipped.
  EXPECT_EQ(ClientAddress("10.0.0.2", {"198.51.100.1, 10.0.0.2"}, kProxy), "198.51.100.1");
  EXPECT_EQ(ClientAddress("10.0.0.2", {" 2001:DB8::1 "}, kProxy), "2001:db8::1");
}

TEST(ClientAddress, KeepsThePeerWhenTheHeaderIsNotAnAddress) {
  EXPECT_EQ(ClientAddress("10.0.0.2", {"evil\r\nX: y"}, kProxy), "10.0.0.2");
  EXPECT_EQ(ClientAddress("10.0.0.2", {"1.2.3.4, unknown"}, kProxy), "10.0.0.2");
  EXPECT_EQ(ClientAddress("10.0.0.2", {""}, kProxy), "10.0.0.2");
}

TEST(CanonicalAddress, ParsesIpv4AndIpv6Only) {
  EXPECT_EQ(CanonicalAddress("127.0.0.1"), "127.0.0.1");
  EXPECT_EQ(CanonicalAddress("::FFFF:127.0.0.1"), "::ffff:127.0.0.1");
  EXPECT_EQ(CanonicalAddress("localhost"), "");
  EXPECT_EQ(CanonicalAddress("1.2.3.4:80"), "");
}

}  // namespace
}  // namespace safeboard::http
