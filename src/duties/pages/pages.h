// The governance calendar: what the constitution says is due and overdue, and recording the
// dates it counts from.
#pragma once
#include "http/context.h"
#include "ui/html.h"

namespace safeboard::ui::pages {

http::Response ShowGovernanceCalendar(http::Context& ctx);
http::Response ExportGovernanceCalendarCsv(http::Context& ctx);
http::Response ExportGovernanceCalendarXlsx(http::Context& ctx);
http::Response RecordGovernanceDates(http::Context& ctx);
http::Response RaiseDispute(http::Context& ctx);
http::Response UpdateDispute(http::Context& ctx);

// The due and overdue duties, for the partnership's overview page.
void DutiesDueSummary(http::Context& ctx, Html& h);

}  // namespace safeboard::ui::pages
