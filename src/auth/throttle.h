// The sign-in throttle (pure: no clock, no I/O). Slows guessing without letting anyone lock
// another person out (issue 12).
#pragma once
#include <chrono>
#include <optional>

#include "core/clock.h"

namespace safeboard::auth {

// Recent failed sign-ins (within kThrottleWindow) that bear on one attempt.
struct FailureCount {
  int failures = 0;
  std::optional<core::TimePoint> last;  // the latest of them
};

struct SignInHistory {
  // The client holds this account's known-browser cookie (it signed in as the account before).
  bool known_browser = false;
  // Failures at this account from this client: from this browser when it is known, else from
  // this address.
  FailureCount account_from_client;
  // Failures at any account from this address (not counted for a known browser).
  FailureCount from_address;
  // Failures at this account from browsers not known to it, anywhere (not counted for a known
  // browser).
  FailureCount account_from_unknown_browsers;
};

constexpr std::chrono::minutes kThrottleWindow{15};
// Failures allowed in each scope before a wait is imposed.
constexpr int kFreeFailuresPerAccountAndClient = 5;
constexpr int kFreeFailuresPerAddress = 20;
constexpr int kFreeFailuresPerAccount = 10;
// The first wait, doubled by each further failure, up to the longest.
constexpr std::chrono::seconds kFirstWait{30};
constexpr std::chrono::seconds kLongestWait{15 * 60};

// The wait after `failures` failures in a scope that allows `free_failures`: none below it,
// kFirstWait at it, doubling after, never over kLongestWait.
std::chrono::seconds WaitAfter(int failures, int free_failures);

// RULE: issue 12 - throttle, but never lock: an attempt (even with the right password) is
// refused while a wait is running in any scope that applies to it, and the answer says how long.
// The scopes are this account from this client, this address, and this account from unknown
// browsers; a browser that signed in as the account before is judged on its own failures only,
// so nobody elsewhere (nor behind the same proxy or NAT) can keep its owner out. Refused attempts
// are not failures: waiting is all it takes.
struct ThrottleDecision {
  bool allowed = true;
  std::chrono::seconds wait{0};  // when refused: until the attempt would be allowed
};
ThrottleDecision DecideSignInAttempt(const SignInHistory& history, core::TimePoint now);

}  // namespace safeboard::auth
