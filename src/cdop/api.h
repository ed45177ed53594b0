// The JSON API for child death reviews. The same permissions and audit as the pages: statistics
// for every member, case records for the CDOP only.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response GetChildDeathStatistics(http::Context& ctx);
http::Response ListChildDeaths(http::Context& ctx);
http::Response CreateChildDeath(http::Context& ctx);
http::Response GetChildDeath(http::Context& ctx);

}  // namespace safeboard::api
