#include "plan/forms.h"

#include <algorithm>
#include <cstdlib>

#include "core/form_fields.h"
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

core::FieldErrors ReadNewObjective(const core::FieldValues& in, const std::vector<std::int64_t>& groups,
                                   Objective& out) {
  core::FieldErrors errors;
  out.number = core::OptionalText(in, "number", "The number", 20, errors);
  out.outcome = core::RequiredText(in, "outcome", "the desired outcome", errors, 2000);
  out.lead_group_id = core::ReadReference(in, "lead_group_id", "a lead group", groups, false, errors);
  return errors;
}

}  // namespace safeboard::plan
