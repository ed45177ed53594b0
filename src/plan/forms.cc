#include "plan/forms.h"

#include <algorithm>
#include <cstdlib>

#include "governance/governance.h"

namespace safeboard::plan {

core::FieldErrors ReadPlan(const core::FieldValues& in, const std::vector<std::int64_t>& board_meetings, Plan& out) {
  core::FieldErrors errors;
  out.title = core::Trim(core::ValueOf(in, "title"));
  if (out.title.empty()) errors.Add("title", "Enter the plan's title");
  auto start = governance::ReadDateField(in, "starts_on", "the start date", true, errors);
  auto end = governance::ReadDateField(in, "ends_on", "the end date", true, errors);
  if (start && end && *end < *start) errors.Add("ends_on", "The end date must be after the start date");
  if (start) out.starts_on = *start;
  if (end) out.ends_on = *end;
  out.priorities = core::Trim(core::ValueOf(in, "priorities"));
  if (auto meeting = core::ValueOf(in, "approved_at_meeting_id"); !meeting.empty()) {
    std::int64_t id = std::atoll(meeting.c_str());
    if (std::find(board_meetings.begin(), board_meetings.end(), id) == board_meetings.end())
      errors.Add("approved_at_meeting_id", "Select a Board meeting from the list");
    else
      out.approved_at_meeting_id = id;
  }
  return errors;
}

}  // namespace safeboard::plan
