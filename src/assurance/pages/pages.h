// The quality assurance pages (issue 16).
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response ShowAuditProgramme(http::Context& ctx);
http::Response SaveAuditProgramme(http::Context& ctx);
http::Response AddPlannedAudit(http::Context& ctx);
http::Response ExportAuditProgrammeCsv(http::Context& ctx);
http::Response ShowPlannedAudit(http::Context& ctx);
http::Response SavePlannedAudit(http::Context& ctx);
// The LADO's quarterly returns (lado.cc).
http::Response ShowLadoReturns(http::Context& ctx);
http::Response SaveLadoReturn(http::Context& ctx);
http::Response ExportLadoCsv(http::Context& ctx);

}  // namespace safeboard::ui::pages
