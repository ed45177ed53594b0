#include "accounts/invitation_mail.h"

#include <gtest/gtest.h>

namespace safeboard::accounts {
namespace {

using namespace std::chrono;

TEST(InvitationMail, NamesTheBoardTheLinkAndWhenItStopsWorking) {
  auto m = InvitationMessage("Zoë Ångström", "zoe@northshire.example", "Northshire Partnership",
                             "https://board.example/invitations/abc", sys_days(year(2026) / 12 / 10) + hours(9));
  EXPECT_EQ(m.to_address, "zoe@northshire.example");
  EXPECT_EQ(m.subject, "Set your password for Northshire Partnership");
  EXPECT_NE(m.body.find("business manager of Northshire Partnership"), std::string::npos);
  EXPECT_NE(m.body.find("\nhttps://board.example/invitations/abc\n"), std::string::npos);
  EXPECT_NE(m.body.find("until 10 December 2026 at 09:00 (UTC)"), std::string::npos);
  EXPECT_FALSE(mail::MailProblem(m));
  auto again = InvitationMessage("Zoë", "zoe@northshire.example", "", "https://x/invitations/b", {});
  EXPECT_EQ(again.subject, "Set your password for safeboard");
}

}  // namespace
}  // namespace safeboard::accounts
