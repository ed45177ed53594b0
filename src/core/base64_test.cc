#include "core/base64.h"

#include <gtest/gtest.h>

namespace safeboard::core {
namespace {

TEST(Base64, RoundTripsBinary) {
  std::string bytes("%PDF-\0\xff\x01 end", 12);
  auto decoded = Base64Decode(Base64Encode(bytes));
  ASSERT_TRUE(decoded);
  EXPECT_EQ(*decoded, bytes);
  EXPECT_EQ(Base64Encode("Man"), "TWFu");
  EXPECT_FALSE(Base64Decode("***"));
}

}  // namespace
}  // namespace safeboard::core
