// The deployment administrator's API: creating a partnership with its first business manager.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response CreatePartnership(http::Context& ctx);

}  // namespace safeboard::api
