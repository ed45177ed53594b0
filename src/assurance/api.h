// The assurance API (issue 16): the audit programme, read and added to through the pages' rules.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response GetAuditProgramme(http::Context& ctx);
http::Response AddPlannedAudit(http::Context& ctx);

}  // namespace safeboard::api
