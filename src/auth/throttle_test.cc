#include "auth/throttle.h"

#include <gtest/gtest.h>

namespace safeboard::auth {
namespace {

using std::chrono::seconds;
const core::TimePoint kNow = std::chrono::sys_days{std::chrono::year(2012) / 3 / 31} + std::chrono::hours(9);

FailureCount Failures(int n, seconds ago) { return {n, kNow - ago}; }

TEST(WaitAfter, GrowsFromTheFirstWaitAndStopsAtTheLongest) {
  EXPECT_EQ(WaitAfter(4, 5), seconds(0));
  EXPECT_EQ(WaitAfter(5, 5), seconds(30));
  EXPECT_EQ(WaitAfter(6, 5), seconds(60));
  EXPECT_EQ(WaitAfter(9, 5), seconds(480));
  EXPECT_EQ(WaitAfter(10, 5), seconds(900));
  EXPECT_EQ(WaitAfter(1000, 5), seconds(900));
}

TEST(DecideSignInAttempt, AFewMistakesCostNothing) {
  SignInHistory h;
  h.account_from_client = Failures(4, seconds(1));
  h.from_address = Failures(19, seconds(1));
  h.account_from_unknown_browsers = Failures(9, seconds(1));
  EXPECT_TRUE(DecideSignInAttempt(h, kNow).allowed);
}

TEST(DecideSignInAttempt, GuessingAtOneAccountFromOneClientWaitsLongerEachTime) {
  SignInHistory h;
  h.account_from_client = Failures(5, seconds(10));
  auto d = DecideSignInAttempt(h, kNow);
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.wait, seconds(20));
  h.account_from_client = Failures(5, seconds(30));
  EXPECT_TRUE(DecideSignInAttempt(h, kNow).allowed);  // a wait, never a lock
  h.account_from_client = Failures(7, seconds(100));
  d = DecideSignInAttempt(h, kNow);
  EXPECT_FALSE(d.allowed);
  EXPECT_EQ(d.wait, seconds(20));
}

TEST(DecideSignInAttempt, ManyFailuresFromAnAddressSlowThatAddressOnly) {
  SignInHistory h;
  h.from_address = Failures(20, seconds(1));
  EXPECT_FALSE(DecideSignInAttempt(h, kNow).allowed);
  // A browser that signed in as this account before is not held up by its neighbours.
  h.known_browser = true;
  EXPECT_TRUE(DecideSignInAttempt(h, kNow).allowed);
}

TEST(DecideSignInAttempt, AnAttackOnANamedAccountDoesNotKeepItsOwnerOut) {
  SignInHistory h;
  h.account_from_unknown_browsers = Failures(40, seconds(5));
  EXPECT_FALSE(DecideSignInAttempt(h, kNow).allowed);
  h.known_browser = true;
  EXPECT_TRUE(DecideSignInAttempt(h, kNow).allowed);
  // The known browser's own mistakes still count against it.
  h.account_from_client = Failures(5, seconds(5));
  EXPECT_FALSE(DecideSignInAttempt(h, kNow).allowed);
}

TEST(DecideSignInAttempt, TheLongestWaitApplies) {
  SignInHistory h;
  h.account_from_client = Failures(5, seconds(0));       // 30 s to go
  h.from_address = Failures(22, seconds(0));             // 120 s to go
  EXPECT_EQ(DecideSignInAttempt(h, kNow).wait, seconds(120));
}

}  // namespace
}  // namespace safeboard::auth
