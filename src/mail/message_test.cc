#include "mail/message.h"

#include <gtest/gtest.h>

#include "core/base64.h"

namespace safeboard::mail {
namespace {

using namespace std::chrono;

MailMessage Invitation() {
  return {"zoe@northshire.example", "Zoë Ångström", "Set your password for Northshire", "Dear Zoë,\n\nHello.\n"};
}

TEST(Mail, RendersHeadersAndABase64Body) {
  auto text = RenderMessage(Invitation(), {"board@northshire.example", "Northshire SCP"}, "abc@northshire.example",
                            sys_days(year(2026) / 12 / 3) + hours(19) + minutes(22));
  EXPECT_NE(text.find("From: \"Northshire SCP\" <board@northshire.example>\r\n"), std::string::npos);
  EXPECT_NE(text.find("To: =?UTF-8?B?"), std::string::npos);  // the name is not ASCII
  EXPECT_NE(text.find("Subject: Set your password for Northshire\r\n"), std::string::npos);
  EXPECT_NE(text.find("Date: Thu, 03 Dec 2026 19:22:00 +0000\r\n"), std::string::npos);
  EXPECT_NE(text.find("Message-ID: <abc@northshire.example>\r\n"), std::string::npos);
  auto body = text.substr(text.find("\r\n\r\n") + 4);
  std::string joined;
  for (char c : body)
    if (c != '\r' && c != '\n') joined += c;
  EXPECT_EQ(core::Base64Decode(joined), "Dear Zoë,\r\n\r\nHello.\r\n");
  for (std::size_t at = 0, end; (end = text.find("\r\n", at)) != std::string::npos; at = end + 2)
    EXPECT_LE(end - at, 78u) << "a line longer than RFC 5322 recommends";
}

TEST(Mail, ALongSubjectInAnotherScriptIsFoldedIntoWholeCharacters) {
  std::string subject;
  for (int i = 0; i < 30; ++i) subject += "Zoë ";
  auto encoded = EncodeHeaderText(subject);
  EXPECT_NE(encoded.find("\r\n =?UTF-8?B?"), std::string::npos);
  std::string decoded;
  for (std::size_t at = 0; (at = encoded.find("=?UTF-8?B?", at)) != std::string::npos;) {
    auto end = encoded.find("?=", at + 10);
    auto piece = core::Base64Decode(encoded.substr(at + 10, end - at - 10));
    ASSERT_TRUE(piece);
    EXPECT_NE(static_cast<unsigned char>(piece->back()) & 0xC0, 0xC0) << "a character cut in two";
    decoded += *piece;
    at = end + 2;
  }
  EXPECT_EQ(decoded, subject);
  EXPECT_EQ(EncodeHeaderText("Plain"), "Plain");
}

// RULE: issue 15 - nothing typed can add a header.
TEST(Mail, ALineBreakInAHeaderOrABadAddressIsRefused) {
  EXPECT_FALSE(MailProblem(Invitation()));
  auto m = Invitation();
  m.subject = "Hello\r\nBcc: everyone@example.org";
  EXPECT_TRUE(MailProblem(m));
  m = Invitation();
  m.to_name = "Zoë\nBcc: x@y.z";
  EXPECT_TRUE(MailProblem(m));
  m = Invitation();
  m.to_address = "zoe@northshire.example>, <x@y.z";
  EXPECT_TRUE(MailProblem(m));
  m = Invitation();
  m.to_address = "not an address";
  EXPECT_TRUE(MailProblem(m));
}

TEST(Mail, AFailedMessageIsTriedAgainLessOftenThenGivenUp) {
  EXPECT_EQ(RetryAfter(1), minutes(1));
  EXPECT_EQ(RetryAfter(2), minutes(2));
  EXPECT_EQ(RetryAfter(5), minutes(16));
  EXPECT_EQ(RetryAfter(9), hours(4) + minutes(16));
  EXPECT_FALSE(RetryAfter(10));
}

}  // namespace
}  // namespace safeboard::mail
