// The search API (issue 15): the same search, as JSON.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response Search(http::Context& ctx);

}  // namespace safeboard::api
