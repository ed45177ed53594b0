#include "auth/throttle.h"

#include <algorithm>

namespace safeboard::auth {

std::chrono::seconds WaitAfter(int failures, int free_failures) {
  if (failures < free_failures) return std::chrono::seconds(0);
  auto wait = kFirstWait;
  for (int extra = failures - free_failures; extra > 0 && wait < kLongestWait; --extra) wait *= 2;
  return std::min(wait, kLongestWait);
}

ThrottleDecision DecideSignInAttempt(const SignInHistory& history, core::TimePoint now) {
  ThrottleDecision decision;
  auto consider = [&](const FailureCount& count, int free_failures) {
    if (!count.last) return;
    auto until = *count.last + WaitAfter(count.failures, free_failures);
    if (until > now) {
      decision.allowed = false;
      decision.wait = std::max(decision.wait, std::chrono::duration_cast<std::chrono::seconds>(until - now));
    }
  };
  consider(history.account_from_client, kFreeFailuresPerAccountAndClient);
  if (!history.known_browser) {
    consider(history.from_address, kFreeFailuresPerAddress);
    consider(history.account_from_unknown_browsers, kFreeFailuresPerAccount);
  }
  return decision;
}

}  // namespace safeboard::auth
