// The demo's training needs and procedure reviews (issue 16), raised by the areas whose records
// they come from (see demo/NOTES.md), through the area's readers.
#pragma once
#include <cstdint>
#include <string>

#include "demo/demo_file.h"
#include "learning/learning.h"

namespace safeboard::learning {

// Raises each referral of `referrals` (kind, need, for_group, raised_on, and responded_on with
// response once answered) from the record.
void LoadReferrals(demo::DemoLoad& load, const boost::json::array& referrals, ReferralSource source,
                   std::int64_t source_id, const std::string& source_label);

}  // namespace safeboard::learning
