#include "http/multipart.h"

#include <gtest/gtest.h>

namespace safeboard::http {
namespace {

using namespace std::string_literals;

const std::string kBody =
    "--XyZ\r\n"
    "Content-Disposition: form-data; name=\"csrf_token\"\r\n\r\n"
    "abc\r\n"
    "--XyZ\r\n"
    "Content-Disposition: form-data; name=\"paper\"; filename=\"Budget 2011.pdf\"\r\n"
    "Content-Type: application/pdf\r\n\r\n"
    "%PDF-1.4\r\n\0binary--XyZ-ish\r\n"
    "--XyZ--\r\n"s;

TEST(Multipart, ReadsFieldsAndFiles) {
  const std::string& body = kBody;
  EXPECT_EQ(MultipartBoundary("multipart/form-data; boundary=XyZ"), "XyZ");
  auto parts = ParseMultipart(body, "XyZ");
  ASSERT_TRUE(parts);
  ASSERT_EQ(parts->size(), 2u);
  EXPECT_EQ((*parts)[0].name, "csrf_token");
  EXPECT_EQ((*parts)[0].data, "abc");
  EXPECT_FALSE((*parts)[0].file_name);
  EXPECT_EQ((*parts)[1].file_name, "Budget 2011.pdf");
  EXPECT_EQ((*parts)[1].content_type, "application/pdf");
  EXPECT_EQ((*parts)[1].data.substr(0, 8), "%PDF-1.4");
}

TEST(Multipart, RejectsTruncatedAndForeignBodies) {
  EXPECT_FALSE(ParseMultipart(kBody.substr(0, 60), "XyZ"));
  EXPECT_FALSE(ParseMultipart("nothing here", "XyZ"));
  EXPECT_FALSE(ParseMultipart(kBody, ""));
  EXPECT_EQ(MultipartBoundary("application/x-www-form-urlencoded"), "");
  EXPECT_EQ(MultipartBoundary("multipart/form-data"), "");
}

}  // namespace
}  // namespace safeboard::http
