#include "meetings/forms.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "core/form_fields.h"
#include "core/text.h"
#include "core/vocabulary.h"

namespace safeboard::meetings {

namespace {

bool Contains(const std::vector<std::int64_t>& ids, std::int64_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

bool IsValidTime(const std::string& t) {
  auto digit = [&](std::size_t i) { return std::isdigit(static_cast<unsigned char>(t[i])) != 0; };
  return t.size() == 5 && t[2] == ':' && digit(0) && digit(1) && digit(3) && digit(4) &&
         std::stoi(t.substr(0, 2)) < 24 && std::stoi(t.substr(3, 2)) < 60;
}

core::FieldErrors ReadSchedule(const core::FieldValues& in, governance::Cadence cadence,
                               ScheduleRequest& out) {
  core::FieldErrors errors;
  Meeting& m = out.meeting;
  m.title = core::Trim(core::ValueOf(in, "title"));
  if (m.title.empty()) errors.Add("title", "Enter a title for the meeting");
  if (auto date = governance::ReadDateField(in, "meets_on", "the date", true, errors)) m.meets_on = *date;
  m.starts_at = core::Trim(core::ValueOf(in, "starts_at"));
  if (!IsValidTime(m.starts_at)) errors.Add("starts_at", "Enter a start time like 10:00");
  m.location = core::Trim(core::ValueOf(in, "location"));
  out.repeat_until =
      governance::ReadDateField(in, "repeat_until", "the last date of the series", false, errors);
  if (out.repeat_until && errors.empty() && *out.repeat_until < m.meets_on)
    errors.Add("repeat_until", "The series must end on or after the first meeting");
  if (out.repeat_until && cadence == governance::Cadence::kAsRequired)
    errors.Add("repeat_until", "This group meets as required: schedule its meetings one by one");
  return errors;
}

core::FieldErrors ReadMove(const core::FieldValues& in, const Meeting& meeting, MoveRequest& out) {
  core::FieldErrors errors;
  auto to = governance::ReadDateField(in, "moved_to", "the new date", true, errors);
  if (to) out.to = *to;
  out.starts_at = core::Trim(core::ValueOf(in, "moved_starts_at"));
  if (out.starts_at.empty()) out.starts_at = meeting.starts_at;
  if (!IsValidTime(out.starts_at)) errors.Add("moved_starts_at", "Enter a start time like 10:00");
  if (meeting.cancelled) errors.Add("moved_to", "This meeting was cancelled");
  return errors;
}

core::FieldErrors ReadDecision(const core::FieldValues& in, const Meeting& meeting,
                               const QuorumResult& quorum, int required_agencies,
                               const std::vector<std::int64_t>& agenda_item_ids, Decision& out) {
  core::FieldErrors errors;
  out.meeting_id = meeting.id;
  out.group_id = meeting.group_id;
  out.decided_on = meeting.meets_on;
  out.text = core::Trim(core::ValueOf(in, "text"));
  if (out.text.empty()) errors.Add("text", "Enter the decision");
  if (core::CharacterCount(out.text) > 10000) errors.Add("text", core::TooLongMessage("The decision", 10000));
  if (meeting.cancelled) errors.Add("text", "This meeting was cancelled: no decision can be recorded");
  // RULE: Constitution 6g - no decisions can be made without the meeting being quorate.
  if (!meeting.cancelled && !quorum.quorate) errors.Add("text", NotQuorateMessage(quorum));
  out.approves_procedure = core::ReadFlag(in, "approves_procedure");
  // RULE: Constitution appendix 4 - a procedure document needs the agreement of enough agencies.
  if (out.approves_procedure && quorum.quorate && !CanApproveProcedure(required_agencies, quorum))
    errors.Add("approves_procedure", "Approving a procedure document needs " +
                                         std::to_string(required_agencies) + " agencies present; " +
                                         std::to_string(quorum.agencies_counted) + " are");
  if (auto text_id = core::ValueOf(in, "agenda_item_id"); !text_id.empty()) {
    std::int64_t id = std::atoll(text_id.c_str());
    if (!Contains(agenda_item_ids, id))
      errors.Add("agenda_item_id", "Select an item on this meeting's agenda");
    else
      out.agenda_item_id = id;
  }
  return errors;
}

core::FieldErrors ReadChairsAction(const core::FieldValues& in, governance::GroupKind group_kind,
                                   Decision& out) {
  core::FieldErrors errors;
  out.chairs_action = true;
  out.text = core::Trim(core::ValueOf(in, "text"));
  if (out.text.empty()) errors.Add("text", "Enter the chair's action");
  if (auto date = governance::ReadDateField(in, "decided_on", "the date", true, errors))
    out.decided_on = *date;
  // RULE: Constitution 9 - chair's action is the Board chair's, ratified by the next Board.
  if (group_kind != governance::GroupKind::kBoard)
    errors.Add("text", "Chair's action is taken for the Board only");
  return errors;
}

core::FieldErrors ReadAgendaItem(const core::FieldValues& in, const Meeting& meeting, AgendaItem& out) {
  core::FieldErrors errors;
  out.meeting_id = meeting.id;
  out.title = core::Trim(core::ValueOf(in, "item_title"));
  out.presenter = core::Trim(core::ValueOf(in, "presenter"));
  out.decision_needed = core::ReadFlag(in, "decision_needed");
  out.confidential = core::ReadFlag(in, "confidential");
  if (out.title.empty()) errors.Add("item_title", "Enter the agenda item");
  if (core::CharacterCount(out.title) > 300) errors.Add("item_title", core::TooLongMessage("The item", 300));
  if (meeting.cancelled) errors.Add("item_title", "This meeting was cancelled");
  return errors;
}

core::FieldErrors ReadMinutes(const core::FieldValues& in, const Meeting& meeting,
                              const std::optional<Minutes>& existing,
                              const std::vector<std::int64_t>& editable_item_ids, MinutesEdit& out) {
  core::FieldErrors errors;
  // RULE: Constitution 6h - approved minutes are a permanent record.
  if (existing && existing->status == MinutesStatus::kApproved)
    errors.Add("correction", "These minutes are approved and locked: record a correction instead");
  if (meeting.cancelled) errors.Add("body", "This meeting was cancelled: it has no minutes");
  for (const auto& [name, value] : in)
    if (core::CharacterCount(value) > 100000) errors.Add(name, core::TooLongMessage("Each part of the minutes", 100000));
  out.body = core::ValueOf(in, "body");
  for (auto id : editable_item_ids)
    if (auto text = in.find("minute-" + std::to_string(id)); text != in.end()) out.item_minutes[id] = text->second;
  return errors;
}

core::FieldErrors ReadCorrection(const core::FieldValues& in, const std::optional<Minutes>& existing,
                                 std::string& text) {
  core::FieldErrors errors;
  text = core::Trim(core::ValueOf(in, "correction"));
  if (!existing || existing->status != MinutesStatus::kApproved)
    errors.Add("correction", "Only approved minutes take corrections; edit the draft instead");
  if (text.empty()) errors.Add("correction", "Enter the correction");
  return errors;
}

core::FieldErrors CheckCanCirculate(const std::optional<Minutes>& minutes) {
  core::FieldErrors errors;
  if (!minutes || minutes->status != MinutesStatus::kDraft)
    errors.Add("body", "Only draft minutes can be circulated");
  return errors;
}

core::FieldErrors ReadMeetingAction(const core::FieldValues& in, const std::vector<std::int64_t>& people,
                                    MeetingAction& out) {
  core::FieldErrors errors;
  out.description = core::Trim(core::ValueOf(in, "action_description"));
  if (out.description.empty()) errors.Add("action_description", "Enter the action");
  if (std::string owner = core::ValueOf(in, "action_owner"); !owner.empty()) {
    std::int64_t id = std::atoll(owner.c_str());
    if (!Contains(people, id))
      errors.Add("action_owner", "Select an owner from the list");
    else
      out.owner_person_id = id;
  }
  out.due_on = governance::ReadDateField(in, "action_due_on", "the due date", false, errors);
  return errors;
}

core::FieldErrors ReadActionStatus(const core::FieldValues& in, ActionStatus& out) {
  core::FieldErrors errors;
  auto status = core::ParseCode(ActionStatuses(), core::ValueOf(in, "status"));
  if (!status)
    errors.Add("status", "Choose open, done or dropped");
  else
    out = *status;
  return errors;
}

core::FieldErrors CheckOpenForApologies(const Meeting& meeting, const Date& today, const std::string& field) {
  core::FieldErrors errors;
  if (meeting.cancelled) errors.Add(field, "This meeting was cancelled");
  if (meeting.meets_on < today) errors.Add(field, "This meeting has already taken place");
  return errors;
}

}  // namespace safeboard::meetings
