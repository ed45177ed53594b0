// Pages for meetings: a group's meetings, scheduling one, the meeting page with attendance,
// live quorum, decisions and actions, and the group's attendance report (page and CSV).
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response ListMeetings(http::Context& ctx);
http::Response NewMeeting(http::Context& ctx);
http::Response CreateMeeting(http::Context& ctx);
http::Response ShowMeeting(http::Context& ctx);
http::Response ShowMeetingAttendance(http::Context& ctx);
http::Response RecordAttendance(http::Context& ctx);
http::Response ShowMeetingDecisions(http::Context& ctx);
http::Response RecordDecision(http::Context& ctx);
http::Response CancelMeeting(http::Context& ctx);
http::Response MoveMeeting(http::Context& ctx);
http::Response ShowMyMeetings(http::Context& ctx);
http::Response SendApologies(http::Context& ctx);
http::Response AddAgendaItem(http::Context& ctx);
http::Response UploadPaper(http::Context& ctx);
http::Response DownloadPaper(http::Context& ctx);
http::Response DownloadAgendaPack(http::Context& ctx);
http::Response DownloadMinutesPdf(http::Context& ctx);
http::Response CirculatePapers(http::Context& ctx);
http::Response AcceptLatePaper(http::Context& ctx);
http::Response ShowMinutes(http::Context& ctx);
http::Response SaveMinutes(http::Context& ctx);
http::Response CirculateMinutes(http::Context& ctx);
http::Response ApproveMinutes(http::Context& ctx);
http::Response CorrectMinutes(http::Context& ctx);
http::Response ShowPublicMinutes(http::Context& ctx);
http::Response RecordChairsAction(http::Context& ctx);
http::Response RatifyChairsAction(http::Context& ctx);
http::Response AddMeetingAction(http::Context& ctx);
http::Response SetMeetingActionStatus(http::Context& ctx);
http::Response ShowAttendanceReport(http::Context& ctx);
http::Response AttendanceReportCsv(http::Context& ctx);
http::Response AttendanceReportXlsx(http::Context& ctx);
http::Response GroupCalendar(http::Context& ctx);
http::Response UserCalendar(http::Context& ctx);
http::Response CreateCalendarLink(http::Context& ctx);

}  // namespace safeboard::ui::pages
