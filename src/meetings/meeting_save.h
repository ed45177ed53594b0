// Saving a meeting's records, shared by the meeting pages and the meetings API (issue 15): each
// save is one transaction with its audit entry, after the area's Read* has checked the input.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "governance/governance.h"
#include "http/context.h"
#include "meetings/forms.h"
#include "meetings/model.h"

namespace safeboard::meetings {

// The meeting, or each of a series, with its standing agenda items; their ids, first first.
std::vector<std::int64_t> ScheduleMeetings(http::Context& ctx, const governance::Group& group,
                                           const ScheduleRequest& request);
std::int64_t SaveAgendaItem(http::Context& ctx, const AgendaItem& item);

struct PaperSaved {
  std::int64_t id = 0;
  std::string error;  // why the file was refused ("" when saved)
};
// Checks the file (CheckPaper), flags it late against the meeting, converts it for the agenda
// pack and search (outside the transaction), and saves it under `item`.
PaperSaved SavePaper(http::Context& ctx, const Meeting& meeting, const AgendaItem& item, const std::string& file_name,
                     const std::string& bytes);

void SaveAttendance(http::Context& ctx, const Meeting& meeting, const std::vector<MarkInput>& marks);
std::int64_t SaveDecision(http::Context& ctx, const Decision& decision);
std::int64_t SaveMeetingAction(http::Context& ctx, const MeetingAction& action);

}  // namespace safeboard::meetings
