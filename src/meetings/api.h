// The meetings API (issue 15), shaped after OParl 1.1's objects so that council systems and
// calendar tools can read it: Meeting, AgendaItem, File (a paper), with each meeting's
// participants (attendance), decisions, actions and minutes. Writes go through the same readers
// and saves as the pages, under the same permissions.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response ListMeetings(http::Context& ctx);
http::Response GetMeeting(http::Context& ctx);
http::Response GetPaper(http::Context& ctx);
http::Response ScheduleMeeting(http::Context& ctx);
http::Response AddAgendaItem(http::Context& ctx);
http::Response AddPaper(http::Context& ctx);
http::Response RecordAttendance(http::Context& ctx);
http::Response RecordDecision(http::Context& ctx);
http::Response AddMeetingAction(http::Context& ctx);

}  // namespace safeboard::api
