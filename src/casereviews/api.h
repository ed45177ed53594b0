// The JSON API for case review referrals: the same permissions and audit as the pages.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response ListReferrals(http::Context& ctx);
http::Response CreateReferral(http::Context& ctx);
http::Response GetReferral(http::Context& ctx);

}  // namespace safeboard::api
