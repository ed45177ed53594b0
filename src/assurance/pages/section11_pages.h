// The Section 11 pages (issue 16).
#pragma once
#include "http/context.h"
#include "ui/html.h"

namespace safeboard::ui::pages {

// The dashboard's panel: the returns the user leads that wait for them, and for the board team
// the rounds still waiting for returns.
void Section11Panel(http::Context& ctx, Html& h);

http::Response ListSection11Templates(http::Context& ctx);
http::Response AddSection11Template(http::Context& ctx);
http::Response ShowSection11Template(http::Context& ctx);
http::Response SaveSection11Template(http::Context& ctx);

http::Response ListSection11Rounds(http::Context& ctx);
http::Response OpenSection11Round(http::Context& ctx);
http::Response ShowSection11Round(http::Context& ctx);
// The round as CSV or, for a path ending .xlsx, a spreadsheet.
http::Response ExportSection11Round(http::Context& ctx);
http::Response AddSection11Return(http::Context& ctx);

http::Response ShowSection11Return(http::Context& ctx);
http::Response SaveSection11Return(http::Context& ctx);
http::Response SetSection11Lead(http::Context& ctx);
http::Response ReopenSection11Return(http::Context& ctx);
http::Response UploadSection11Evidence(http::Context& ctx);
http::Response DownloadSection11Evidence(http::Context& ctx);

http::Response ChallengeSection11Grade(http::Context& ctx);
http::Response AddSection11Action(http::Context& ctx);
http::Response SaveSection11ActionProgress(http::Context& ctx);

}  // namespace safeboard::ui::pages
