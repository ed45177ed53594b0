// The API's own endpoints, outside any board area: the OpenAPI document, the signed-in user (with
// the CSRF token API clients send as X-CSRF-Token on writes) and the partnerships they may open.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response OpenApiDocument(http::Context& ctx);
http::Response Me(http::Context& ctx);
http::Response ListPartnerships(http::Context& ctx);

}  // namespace safeboard::api
