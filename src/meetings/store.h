// Reads and writes meetings, attendance, decisions and actions, scoped by partnership, in SQL
// both backends run. Writes do not commit: callers wrap them in a Transaction.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "meetings/meetings.h"
#include "storage/database.h"

namespace safeboard::meetings {

struct Meeting {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::int64_t group_id = 0;
  std::string title;
  Date meets_on;
  std::string starts_at = "10:00";
  std::string location;
  bool cancelled = false;
};

struct Decision {
  std::int64_t id = 0;
  std::optional<std::int64_t> meeting_id;
  std::int64_t group_id = 0;
  Date decided_on;
  std::string text;
  bool chairs_action = false;
  std::optional<std::int64_t> ratified_at_meeting_id;
};

struct MeetingAction {
  std::int64_t id = 0;
  std::int64_t meeting_id = 0;
  std::string description;
  std::optional<std::int64_t> owner_person_id;
  std::string owner_name;
  std::optional<Date> due_on;
  std::string status = "open";
};

struct ReportInputs {
  std::vector<ReportMeeting> meetings;
  std::vector<ReportMembership> memberships;
  std::vector<ReportMark> marks;
};

class MeetingStore {
 public:
  explicit MeetingStore(storage::Connection& db) : db_(db) {}

  QuorumRule QuorumRuleOf(std::int64_t partnership_id, std::int64_t group_id);
  void SetQuorumRule(std::int64_t partnership_id, std::int64_t group_id, const QuorumRule& rule);

  std::int64_t CreateMeeting(const Meeting& meeting);
  std::optional<Meeting> FindMeeting(std::int64_t partnership_id, std::int64_t id);
  std::vector<Meeting> MeetingsOfGroup(std::int64_t partnership_id, std::int64_t group_id);
  void SetCancelled(std::int64_t partnership_id, std::int64_t id, bool cancelled);

  // Everyone whose membership of the meeting's group covers its date, with any mark.
  std::vector<AttendanceEntry> AttendanceOf(const Meeting& meeting);
  // Replaces the mark of one member at a meeting.
  void RecordAttendance(std::int64_t meeting_id, std::int64_t membership_id, AttendanceStatus status,
                        std::optional<std::int64_t> deputy_person_id);

  std::int64_t CreateDecision(std::int64_t partnership_id, const Decision& decision);
  std::vector<Decision> DecisionsOfMeeting(std::int64_t partnership_id, std::int64_t meeting_id);
  std::int64_t CreateAction(std::int64_t partnership_id, const MeetingAction& action);
  std::vector<MeetingAction> ActionsOfMeeting(std::int64_t partnership_id, std::int64_t meeting_id);

  // What the attendance report needs for a group over [from, to]: its meetings, the
  // memberships that overlap the period (board administration left out: they service the
  // meeting rather than attend it), and the marks.
  ReportInputs AttendanceReportInputs(std::int64_t partnership_id, std::int64_t group_id,
                                      const Date& from, const Date& to);

 private:
  storage::Connection& db_;
};

// The financial year (1 April to 31 March) that starts in `year`.
std::pair<Date, Date> FinancialYear(int year);

}  // namespace safeboard::meetings
