// The JSON API for business plans, actions and their progress updates, and performance
// indicators and their values.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response ListPlans(http::Context& ctx);
http::Response GetPlan(http::Context& ctx);
http::Response AddProgressUpdate(http::Context& ctx);
http::Response ListIndicators(http::Context& ctx);
http::Response GetIndicatorValues(http::Context& ctx);
http::Response RecordIndicatorValue(http::Context& ctx);

}  // namespace safeboard::api
