// Saving an indicator of the board's catalogue: the one path its page and the JSON API share.
#pragma once
#include "core/field_errors.h"
#include "http/context.h"
#include "performance/model.h"

namespace safeboard::performance {

// Reads `values` (performance::ReadIndicator) against the partnership's clusters, agencies and
// groups, and saves the indicator, a new cluster it names and a target it gives, with the audit
// entry, in one transaction. Creates when indicator.id is 0. The errors, if any; nothing is
// saved then.
core::FieldErrors SaveIndicator(http::Context& ctx, const core::FieldValues& values, Indicator& indicator,
                                const std::string& audit_detail);

// Retires a current indicator from today, or brings a retired one back.
void ToggleRetired(http::Context& ctx, Indicator& indicator, const std::string& audit_detail);

}  // namespace safeboard::performance
