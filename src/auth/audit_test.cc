#include "auth/audit.h"

#include <gtest/gtest.h>

#include <set>

namespace safeboard::auth {
namespace {

// The codes are what the audit log holds: distinct, and the ones earlier entries used still read.
TEST(AuditActions, CodesAreDistinctAndTheStoredOnesStillParse) {
  std::set<std::string_view> codes;
  for (const auto& t : AuditActions()) EXPECT_TRUE(codes.insert(t.code).second) << t.code;
  for (std::string_view stored : {"create", "update", "end", "viewed", "view", "listed", "exported", "denied",
                                  "sign-in", "sign-in-failed", "sign-in-throttled", "load-demo"})
    EXPECT_TRUE(core::ParseCode(AuditActions(), stored).has_value()) << stored;
  EXPECT_EQ(core::CodeOf(AuditActions(), AuditAction::kAcceptLate), "accept-late");
}

}  // namespace
}  // namespace safeboard::auth
