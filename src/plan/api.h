// The JSON API for business plans, actions and their progress updates.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response ListPlans(http::Context& ctx);
http::Response GetPlan(http::Context& ctx);
http::Response AddProgressUpdate(http::Context& ctx);

}  // namespace safeboard::api
