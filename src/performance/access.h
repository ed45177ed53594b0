// Who may record an indicator's values: the record check the indicator's page and the API share.
#pragma once
#include "http/context.h"
#include "performance/model.h"

namespace safeboard::performance {

// RULE: issue 4 - the board team, or a current member from the indicator's responsible agency,
// records its values.
bool MayRecordValues(const http::Context& ctx, const Indicator& indicator);

}  // namespace safeboard::performance
