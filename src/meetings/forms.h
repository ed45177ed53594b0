// The meeting forms' Read* functions: the one validation path for the meeting pages, a future
// meetings API and imports. Each fills `out` from submitted values and returns a message per bad
// field; on errors `out` may be partly filled and must not be saved. What a check needs from
// storage (the meeting, its quorum, its agenda) is passed in, so these stay pure.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/field_errors.h"
#include "governance/governance.h"
#include "meetings/meetings.h"
#include "meetings/model.h"

namespace safeboard::meetings {

// "HH:MM" on the 24-hour clock.
bool IsValidTime(const std::string& text);

// A meeting to schedule for a group, alone or as the first of a series ending on repeat_until.
struct ScheduleRequest {
  Meeting meeting;  // its group_id and partnership_id are the caller's
  std::optional<Date> repeat_until;
};
core::FieldErrors ReadSchedule(const core::FieldValues& in, governance::Cadence cadence,
                               ScheduleRequest& out);

struct MoveRequest {
  Date to;
  std::string starts_at;
};
core::FieldErrors ReadMove(const core::FieldValues& in, const Meeting& meeting, MoveRequest& out);

// A decision at `meeting`, judged against its quorum as it stands. `required_agencies` is how many
// agencies approving a procedure document needs (the group's rule); `agenda_item_ids` are the
// meeting's own items, the only ones a decision may be taken under.
core::FieldErrors ReadDecision(const core::FieldValues& in, const Meeting& meeting,
                               const QuorumResult& quorum, int required_agencies,
                               const std::vector<std::int64_t>& agenda_item_ids, Decision& out);
core::FieldErrors ReadChairsAction(const core::FieldValues& in, governance::GroupKind group_kind,
                                   Decision& out);

core::FieldErrors ReadAgendaItem(const core::FieldValues& in, const Meeting& meeting, AgendaItem& out);

// The minutes' text and, for each agenda item whose minute was submitted ("minute-ID"), its text.
struct MinutesEdit {
  std::string body;
  std::map<std::int64_t, std::string> item_minutes;
};
// `editable_item_ids` are the items the user may write (confidential ones only for those entitled).
core::FieldErrors ReadMinutes(const core::FieldValues& in, const Meeting& meeting,
                              const std::optional<Minutes>& existing,
                              const std::vector<std::int64_t>& editable_item_ids, MinutesEdit& out);
core::FieldErrors ReadCorrection(const core::FieldValues& in, const std::optional<Minutes>& existing,
                                 std::string& text);
// RULE: Constitution 6h - only draft minutes are circulated; only circulated ones approved.
core::FieldErrors CheckCanCirculate(const std::optional<Minutes>& minutes);

// `people` are the partnership's people, the only possible owners.
core::FieldErrors ReadMeetingAction(const core::FieldValues& in, const std::vector<std::int64_t>& people,
                                    MeetingAction& out);
core::FieldErrors ReadActionStatus(const core::FieldValues& in, ActionStatus& out);

// A member's apologies go to a meeting still to come that was not cancelled.
core::FieldErrors CheckOpenForApologies(const Meeting& meeting, const Date& today, const std::string& field);

}  // namespace safeboard::meetings
