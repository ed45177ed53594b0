// Meetings, attendance and quorum: plain records and the board's rules about them. No I/O.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/date.h"
#include "core/field_errors.h"
#include "core/vocabulary.h"
#include "governance/governance.h"

namespace safeboard::meetings {

using core::Date;

enum class AttendanceStatus { kPresent, kApologies, kDeputy, kAbsent };
std::span<const core::Term<AttendanceStatus>> AttendanceStatuses();

// RULE: Constitution 6h - minutes are drafted, circulated to members, then approved at the next
// meeting, after which they are a permanent record.
enum class MinutesStatus { kDraft, kCirculated, kApproved };
std::span<const core::Term<MinutesStatus>> MinutesStatuses();
core::Status StatusOf(MinutesStatus status);
// A meeting as it stands on `today`: cancelled, held (its day has passed) or scheduled.
core::Status MeetingStatus(bool cancelled, const Date& meets_on, const Date& today);
core::Status QuorumStatus(bool quorate);
// RULE: a paper after the circulation deadline is late until the chair accepts it.
core::Status LatePaperStatus(bool accepted);

// Why an agenda item is there: an ordinary item, or one the system adds (approving the previous
// minutes, matters arising, ratifying a chair's action).
enum class AgendaPurpose { kItem, kMinutes, kRatify, kMattersArising };
std::span<const core::Term<AgendaPurpose>> AgendaPurposes();

// An action arising from a meeting: open until done or dropped.
enum class ActionStatus { kOpen, kDone, kDropped };
std::span<const core::Term<ActionStatus>> ActionStatuses();
// RULE: issue 15 - an action arising reads as its label; an open one past its due date reads
// "Overdue".
core::Status ActionStatusTag(ActionStatus status, const std::optional<Date>& due_on, const Date& today);

// A group's quorum rule, stored on the group.
// RULE: Constitution 6g - the Board needs 8 members from 4 agencies; appendix 4 - sub-groups
// need 2 agencies; the case review panel needs its 3 named agencies (TVP, MKNHS, MKC CYPS).
// RULE: issue 14 - a rule may also need an agency of a sector ("a health agency").
struct QuorumRule {
  int min_members = 0;
  int min_agencies = 0;
  std::vector<std::int64_t> required_agencies;
  std::vector<governance::Sector> required_sectors;
};

// One member's attendance at a meeting, with what their membership says about them.
struct Attendee {
  std::int64_t person_id = 0;
  std::optional<std::int64_t> agency_id;  // the agency the membership represents
  governance::RoleCategory role = governance::RoleCategory::kCoreMember;
  AttendanceStatus status = AttendanceStatus::kAbsent;
  std::optional<governance::Sector> agency_sector;  // that agency's sector
};

struct QuorumResult {
  bool quorate = false;
  int members_counted = 0;
  int agencies_counted = 0;
  std::vector<std::int64_t> missing_required_agencies;
  std::vector<governance::Sector> missing_required_sectors;
  std::vector<std::string> reasons;  // why not, in words, empty when quorate
};

// RULE: only core and co-opted members count towards quorum; participant observers,
// professional advisers and board administration do not. A deputy counts for the agency of
// the member they stand in for.
bool CountsTowardsQuorum(governance::RoleCategory role);
QuorumResult CheckQuorum(const QuorumRule& rule, std::span<const Attendee> attendees);
// RULE: Constitution 6g - no decision at an inquorate meeting: why one cannot be recorded, with
// the first reason the quorum failed.
std::string NotQuorateMessage(const QuorumResult& quorum);

// A member expected at a meeting (their membership covers its date), with their mark.
struct AttendanceEntry {
  std::int64_t membership_id = 0;
  std::int64_t person_id = 0;
  std::string person_name;
  std::optional<std::int64_t> agency_id;
  std::string agency_name;
  std::optional<governance::Sector> agency_sector;
  governance::RoleCategory role = governance::RoleCategory::kCoreMember;
  std::optional<AttendanceStatus> status;  // nullopt: not recorded yet
  std::optional<std::int64_t> deputy_person_id;
  std::string deputy_name;
};

// One member's mark as submitted on the attendance form.
struct MarkInput {
  std::int64_t membership_id = 0;
  AttendanceStatus status = AttendanceStatus::kAbsent;
  std::optional<std::int64_t> deputy_person_id;
};

// Reads the attendance form (fields status-<membership id> and deputy-<membership id>) for
// the members expected at a meeting. `agency_of_person` gives each person's agency.
// RULE: a deputy stands in for a member and must come from the member's agency; a deputy
// status needs the deputy named; only members expected at the meeting can be marked.
core::FieldErrors ReadAttendanceForm(const core::FieldValues& in,
                                     std::span<const AttendanceEntry> expected,
                                     const std::map<std::int64_t, std::optional<std::int64_t>>& agency_of_person,
                                     std::vector<MarkInput>& out);

// RULE: issue 15 - "mark everyone present" records each member not yet recorded as present;
// marks already recorded (apologies, a deputy) stay as they are.
std::vector<MarkInput> EveryoneNotRecordedPresent(std::span<const AttendanceEntry> entries);

// The rule as a sentence (issue 15): "8 members from 4 agencies, with Thames Valley Police and
// an agency of the sector Health present."; "No rule recorded" for an empty rule.
std::string QuorumRuleSentence(const QuorumRule& rule, const std::map<std::int64_t, std::string>& agency_names);

// The attendees of a meeting as the quorum rule sees them (marks not yet recorded count as
// absent).
std::vector<Attendee> AttendeesFrom(std::span<const AttendanceEntry> entries);

// ----- The attendance report -----

// RULE: issue 15 - the attendance report opens on the latest financial year (its start year) in
// which the group held a meeting on or before today; on the current year when it has held none.
int DefaultReportYear(std::span<const Date> meeting_dates, const Date& today);
// The financial years (start years) a year picker offers: each with a meeting, and the current
// one, newest first.
std::vector<int> ReportYears(std::span<const Date> meeting_dates, const Date& today);

struct ReportMeeting {
  std::int64_t id = 0;
  Date date;
  bool cancelled = false;
};

// A membership period of the group, with the names the report shows.
struct ReportMembership {
  std::int64_t membership_id = 0;
  std::int64_t person_id = 0;
  std::string person_name;
  std::optional<std::int64_t> agency_id;
  std::string agency_name;
  bool lay = false;  // lay members are reported one row each
  Date started_on;
  std::optional<Date> ended_on;
};

struct ReportMark {
  std::int64_t meeting_id = 0;
  std::int64_t membership_id = 0;
  AttendanceStatus status = AttendanceStatus::kAbsent;
};

struct AttendanceRow {
  std::string label;
  int expected = 0;
  int present = 0;
  int by_deputy = 0;
  int apologies = 0;
  int absent = 0;
  int attendance_percent = 0;  // (present + by deputy) / expected, rounded half up
  int deputy_percent = 0;
  bool below_target = false;
  bool deputies_over_limit = false;
};

// RULE: attendance target 80%; deputies no more than 25% of a year's meetings for the Board,
// 20% for sub-groups (issue 3, from the constitution's expectations of members).
constexpr int kAttendanceTargetPercent = 80;
int DeputyLimitPercent(governance::GroupKind kind);

// Rounds numerator/denominator as a whole percentage, half up; 0 when denominator is 0.
int Percent(int numerator, int denominator);

// Per agency: an agency is expected at every meeting (not cancelled) on a date one of its
// memberships covers; at each it was present if any of its members was present, else by
// deputy if any sent a deputy, else apologies if any sent them, else absent. Lay members are
// rows of their own ("Lay Member 1", ... in order of name), as in the annual report.
std::vector<AttendanceRow> AttendanceByAgency(std::span<const ReportMeeting> meetings,
                                              std::span<const ReportMembership> memberships,
                                              std::span<const ReportMark> marks,
                                              int deputy_limit_percent);
// Per member: one row per person over their memberships.
std::vector<AttendanceRow> AttendanceByMember(std::span<const ReportMeeting> meetings,
                                              std::span<const ReportMembership> memberships,
                                              std::span<const ReportMark> marks,
                                              int deputy_limit_percent);

}  // namespace safeboard::meetings

namespace safeboard::meetings {

// The dates of a series of meetings from `first`, every cadence step, up to and including
// `until` (at most 60). Quarterly and bi-monthly steps keep the day of the month (clamped to
// the month's end); six-weekly steps are 42 days.
std::vector<Date> SeriesDates(governance::Cadence cadence, const Date& first, const Date& until);

// RULE: Constitution appendix 4 - approving a procedure document needs `required` distinct
// agencies present (3 for the policy and procedures sub-group), over and above quorum.
bool CanApproveProcedure(int required, const QuorumResult& quorum);

}  // namespace safeboard::meetings

namespace safeboard::meetings {

// Reads a group's quorum rule from a form: quorum_min_members, quorum_min_agencies,
// quorum_agency-<agency id> = yes for each agency that must be present, and
// procedure_approval_agencies. Blank numbers are 0.
core::FieldErrors ReadQuorumRule(const core::FieldValues& in,
                                 const std::vector<std::int64_t>& known_agencies, QuorumRule& rule,
                                 int& procedure_approval_agencies);

}  // namespace safeboard::meetings
