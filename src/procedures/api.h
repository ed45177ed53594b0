// The procedures register's API (issue 18): the chapters with their status, review dates and
// versions, and the reviews owed to triggers, computed as on the pages.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response GetProcedures(http::Context& ctx);

}  // namespace safeboard::api
