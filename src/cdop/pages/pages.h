// Child death reviews (CDOP): the statistics for every member; the case records only for the
// panel and the board team (route table), and every view of a case record is in the audit log.
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response ShowChildDeathStatistics(http::Context& ctx);
http::Response ExportChildDeathStatistics(http::Context& ctx);
http::Response ListChildDeaths(http::Context& ctx);
http::Response ExportChildDeaths(http::Context& ctx);
http::Response NewChildDeath(http::Context& ctx);
http::Response CreateChildDeath(http::Context& ctx);
http::Response ShowChildDeath(http::Context& ctx);
http::Response ChildDeathReviewForm(http::Context& ctx);
http::Response RecordChildDeathReview(http::Context& ctx);
http::Response ChildDeathViews(http::Context& ctx);

}  // namespace safeboard::ui::pages
