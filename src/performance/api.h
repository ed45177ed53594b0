// The JSON API for performance indicators and their values.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response ListIndicators(http::Context& ctx);
http::Response CreateIndicator(http::Context& ctx);
http::Response UpdateIndicator(http::Context& ctx);
http::Response RetireIndicator(http::Context& ctx);
http::Response GetIndicatorValues(http::Context& ctx);
http::Response RecordIndicatorValue(http::Context& ctx);

}  // namespace safeboard::api
