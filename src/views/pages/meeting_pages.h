// Pages for meetings: a group's meetings, scheduling one, the meeting page with attendance,
// live quorum, decisions and actions, and the group's attendance report (page and CSV).
#pragma once
#include "http/context.h"

namespace safeboard::views::pages {

http::Response ListMeetings(http::Context& ctx);
http::Response NewMeeting(http::Context& ctx);
http::Response CreateMeeting(http::Context& ctx);
http::Response ShowMeeting(http::Context& ctx);
http::Response RecordAttendance(http::Context& ctx);
http::Response RecordDecision(http::Context& ctx);
http::Response CancelMeeting(http::Context& ctx);
http::Response ShowAttendanceReport(http::Context& ctx);
http::Response AttendanceReportCsv(http::Context& ctx);

}  // namespace safeboard::views::pages
