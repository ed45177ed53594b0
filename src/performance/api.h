// The JSON API for performance indicators and their values.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response ListIndicators(http::Context& ctx);
http::Response GetIndicatorValues(http::Context& ctx);
http::Response RecordIndicatorValue(http::Context& ctx);

}  // namespace safeboard::api
