// Accounts, sessions and throttling, run against both backends.
#include <gtest/gtest.h>

#include "auth/accounts.h"
#include "core/date.h"
#include "storage_fixture.h"

namespace safeboard::auth {
namespace {

class AccountsTest : public storage::StorageTest {
 protected:
  core::FixedClock clock_{*core::ParseTimestamp("2011-09-01T09:00:00Z")};
};

TEST_F(AccountsTest, SignInChecksThePasswordAndStoresNoPlainText) {
  storage::Transaction tx(connection());
  CreateUser(connection(), clock_, "Jo@Example.org", "Jo", "a long password", false);
  tx.Commit();
  EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "a long password", "127.0.0.1", "").outcome,
            SignInResult::Outcome::kSignedIn);
  EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "wrong", "127.0.0.1", "").outcome,
            SignInResult::Outcome::kWrongDetails);
  auto hash = connection().QueryOne("SELECT password_hash FROM users")->Text(0);
  EXPECT_TRUE(hash.starts_with("$argon2id$"));
  EXPECT_EQ(hash.find("a long password"), std::string::npos);
}

TEST_F(AccountsTest, FailuresMakeThatClientWaitLongerEachTimeButNeverLockTheAccount) {
  CreateUser(connection(), clock_, "jo@example.org", "Jo", "a long password", false);
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "wrong", "10.0.0.1", "").outcome,
              SignInResult::Outcome::kWrongDetails);
  auto refused = CheckSignIn(connection(), clock_, "jo@example.org", "a long password", "10.0.0.1", "");
  EXPECT_EQ(refused.outcome, SignInResult::Outcome::kThrottled);
  EXPECT_EQ(refused.wait, std::chrono::seconds(30));
  // Another client is not held up by the first one's failures.
  EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "a long password", "10.0.0.2", "").outcome,
            SignInResult::Outcome::kSignedIn);
  clock_.Advance(std::chrono::seconds(30));
  EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "wrong", "10.0.0.1", "").outcome,
            SignInResult::Outcome::kWrongDetails);
  EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "a long password", "10.0.0.1", "").wait,
            std::chrono::seconds(60));
  clock_.Advance(std::chrono::seconds(60));
  EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "a long password", "10.0.0.1", "").outcome,
            SignInResult::Outcome::kSignedIn);
}

TEST_F(AccountsTest, AKnownBrowserSignsInWhateverOthersTry) {
  auto id = CreateUser(connection(), clock_, "jo@example.org", "Jo", "a long password", false);
  std::string known = RememberBrowser(connection(), clock_, id);
  // Twelve failures at Jo's account from twelve addresses, and twenty at other accounts from
  // Jo's own address.
  for (int i = 0; i < 12; ++i)
    CheckSignIn(connection(), clock_, "jo@example.org", "wrong", "10.0.1." + std::to_string(i), "");
  for (int i = 0; i < 20; ++i)
    CheckSignIn(connection(), clock_, "x" + std::to_string(i) + "@example.org", "wrong", "10.0.0.9", "");
  EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "a long password", "10.0.2.1", "").outcome,
            SignInResult::Outcome::kThrottled);
  EXPECT_EQ(CheckSignIn(connection(), clock_, "x99@example.org", "wrong", "10.0.0.9", "").outcome,
            SignInResult::Outcome::kThrottled);
  EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "a long password", "10.0.0.9", known).outcome,
            SignInResult::Outcome::kSignedIn);
  // A known-browser cookie opens nothing for another account, and an expired one is unknown.
  CreateUser(connection(), clock_, "sam@example.org", "Sam", "another long password", false);
  for (int i = 0; i < 20; ++i)
    CheckSignIn(connection(), clock_, "sam@example.org", "wrong", "10.0.3." + std::to_string(i), "");
  EXPECT_EQ(CheckSignIn(connection(), clock_, "sam@example.org", "another long password", "10.0.0.9", known).outcome,
            SignInResult::Outcome::kThrottled);
  clock_.Advance(kKnownBrowserLifetime);
  for (int i = 0; i < 12; ++i)
    CheckSignIn(connection(), clock_, "jo@example.org", "wrong", "10.0.4." + std::to_string(i), "");
  EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "a long password", "10.0.0.9", known).outcome,
            SignInResult::Outcome::kThrottled);
}

TEST_F(AccountsTest, FailuresAreKeptOneDay) {
  CheckSignIn(connection(), clock_, "jo@example.org", "wrong", "10.0.0.1", "");
  clock_.Advance(kFailureRetention + std::chrono::seconds(1));
  CheckSignIn(connection(), clock_, "sam@example.org", "wrong", "10.0.0.1", "");
  EXPECT_EQ(connection().QueryOne("SELECT COUNT(*) FROM sign_in_failures")->Int(0), 1);
  EXPECT_EQ(connection().QueryOne("SELECT email FROM sign_in_failures")->Text(0), "sam@example.org");
}

TEST_F(AccountsTest, SessionsExpireAndEnd) {
  auto id = CreateUser(connection(), clock_, "jo@example.org", "Jo", "a long password", false);
  auto user = *FindUser(connection(), id);
  auto session = StartSession(connection(), clock_, user);
  ASSERT_TRUE(FindSession(connection(), clock_, session.token));
  EXPECT_EQ(FindSession(connection(), clock_, session.token)->csrf_token, session.csrf_token);
  // Only a hash of the token is stored.
  EXPECT_EQ(connection().QueryOne("SELECT COUNT(*) FROM sessions WHERE token_hash = ?",
                                  {session.token})->Int(0), 0);
  clock_.Advance(kSessionLifetime + std::chrono::seconds(1));
  EXPECT_FALSE(FindSession(connection(), clock_, session.token));
  auto second = StartSession(connection(), clock_, user);
  EndSession(connection(), second.token);
  EXPECT_FALSE(FindSession(connection(), clock_, second.token));
}

TEST_F(AccountsTest, DisablingAUserEndsTheirSessions) {
  auto id = CreateUser(connection(), clock_, "jo@example.org", "Jo", "a long password", false);
  auto session = StartSession(connection(), clock_, *FindUser(connection(), id));
  SetUserDisabled(connection(), id, true);
  EXPECT_FALSE(FindSession(connection(), clock_, session.token));
  EXPECT_EQ(CheckSignIn(connection(), clock_, "jo@example.org", "a long password", "127.0.0.1", "").outcome,
            SignInResult::Outcome::kWrongDetails);
}

TEST_F(AccountsTest, CalendarTokensAndTheListOfUsers) {
  auto jo = CreateUser(connection(), clock_, "jo@example.org", "Jo", "a long password", false);
  auto sam = CreateUser(connection(), clock_, "sam@example.org", "Sam", "a long password", true);
  EXPECT_FALSE(CalendarTokenOf(connection(), jo));
  CreateCalendarToken(connection(), jo);
  auto token = CalendarTokenOf(connection(), jo);
  ASSERT_TRUE(token);
  EXPECT_EQ(token->size(), 64u);
  EXPECT_EQ(UserOfCalendarToken(connection(), *token), jo);
  SetUserDisabled(connection(), jo, true);
  EXPECT_FALSE(UserOfCalendarToken(connection(), *token));
  auto users = ListUsers(connection());
  ASSERT_EQ(users.size(), 2u);
  EXPECT_EQ(users[0].user.email, "jo@example.org");
  EXPECT_TRUE(users[0].user.disabled);
  EXPECT_EQ(users[1].user.id, sam);
  EXPECT_TRUE(users[1].user.is_admin);
  EXPECT_EQ(users[1].linked_people, 0);
}

TEST_F(AccountsTest, AnInvitationSetsThePasswordOnceBeforeItExpires) {
  auto id = CreateInvitedUser(connection(), clock_, "New.Manager@Example.org", "New Manager");
  // No password yet: nothing signs in as the account, not even an empty password.
  EXPECT_EQ(CheckSignIn(connection(), clock_, "new.manager@example.org", "", "127.0.0.1", "").outcome,
            SignInResult::Outcome::kWrongDetails);
  auto first = Invite(connection(), clock_, id);
  auto second = Invite(connection(), clock_, id);
  // A new invitation replaces the earlier one, and only hashes are stored.
  EXPECT_FALSE(InvitedUser(connection(), clock_, first.token));
  ASSERT_TRUE(InvitedUser(connection(), clock_, second.token));
  EXPECT_EQ(connection().QueryOne("SELECT COUNT(*) FROM invitations WHERE token_hash = ?", {second.token})->Int(0), 0);
  EXPECT_EQ(second.expires_at, clock_.Now() + kInvitationLifetime);
  EXPECT_TRUE(ListUsers(connection())[0].invited);

  auto accepted = AcceptInvitation(connection(), clock_, second.token, "a long password");
  ASSERT_TRUE(accepted);
  EXPECT_EQ(accepted->id, id);
  EXPECT_FALSE(ListUsers(connection())[0].invited);
  EXPECT_EQ(CheckSignIn(connection(), clock_, "new.manager@example.org", "a long password", "127.0.0.1", "").outcome,
            SignInResult::Outcome::kSignedIn);
  // One use only.
  EXPECT_FALSE(AcceptInvitation(connection(), clock_, second.token, "another long password"));

  // An invitation not used within its lifetime is dead.
  auto third = Invite(connection(), clock_, id);
  clock_.Advance(kInvitationLifetime);
  EXPECT_FALSE(InvitedUser(connection(), clock_, third.token));
  EXPECT_FALSE(AcceptInvitation(connection(), clock_, third.token, "another long password"));
}

}  // namespace
}  // namespace safeboard::auth
