// What the case review store reads back besides its records: briefing requests to sub-groups.
// Plain values: no storage here, so rules and reports can use them without a store.
#pragma once
#include <map>
#include <optional>
#include <vector>

#include "casereviews/case_reviews.h"

namespace safeboard::casereviews {

struct Briefing {
  std::int64_t id = 0;
  std::string reference;  // of the referral it comes from
  std::int64_t group_id = 0;
  Date requested_on;
  std::string learning;
};

// A review's next audit of progress, by the referral's reference (for the governance calendar).
struct AuditDue {
  std::string reference;
  Date due;
};

}  // namespace safeboard::casereviews
