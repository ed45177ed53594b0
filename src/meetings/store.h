// Reads and writes meetings, attendance, decisions and actions, scoped by partnership, in SQL
// both backends run. Writes do not commit: callers wrap them in a Transaction.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "meetings/model.h"
#include "search/document.h"
#include "storage/database.h"

namespace safeboard::meetings {

class MeetingStore {
 public:
  explicit MeetingStore(storage::Connection& db) : db_(db) {}

  QuorumRule QuorumRuleOf(std::int64_t partnership_id, std::int64_t group_id);
  // For the set-up checklist: groups with any quorum rule, and meetings of any group.
  int CountGroupsWithQuorumRule(std::int64_t partnership_id);
  int CountMeetings(std::int64_t partnership_id);
  void SetQuorumRule(std::int64_t partnership_id, std::int64_t group_id, const QuorumRule& rule);
  // RULE: Constitution appendix 4 - how many agencies must be present to approve a procedure
  // document at the group's meetings (0: the group does not approve procedures).
  int ProcedureApprovalAgencies(std::int64_t partnership_id, std::int64_t group_id);
  void SetProcedureApprovalAgencies(std::int64_t partnership_id, std::int64_t group_id, int agencies);
  // The partnership's Board meetings not cancelled, the latest first (at most `limit`).
  std::vector<Meeting> BoardMeetings(std::int64_t partnership_id, int limit);
  // A meeting of the partnership's Board (cancelled or not).
  std::optional<Meeting> FindBoardMeeting(std::int64_t partnership_id, std::int64_t meeting_id);
  // The meeting an action arose at.
  std::optional<std::int64_t> MeetingOfAction(std::int64_t partnership_id, std::int64_t action_id);
  // The person's membership of the meeting's group that was current on the meeting's day.
  std::optional<std::int64_t> MembershipAtMeeting(std::int64_t partnership_id, std::int64_t meeting_id,
                                                  std::int64_t person_id);
  // Every meeting, in any partnership, of a group the user was a member of on its day, with the
  // partnership's slug: the user's private calendar feed.
  std::vector<std::pair<Meeting, std::string>> MeetingsOfUserEverywhere(std::int64_t user_id);

  std::int64_t CreateMeeting(const Meeting& meeting);
  std::optional<Meeting> FindMeeting(std::int64_t partnership_id, std::int64_t id);
  std::vector<Meeting> MeetingsOfGroup(std::int64_t partnership_id, std::int64_t group_id);
  void SetCancelled(std::int64_t partnership_id, std::int64_t id, bool cancelled);
  void Move(std::int64_t partnership_id, std::int64_t id, const Date& to, const std::string& starts_at);
  // Meetings on or after `from` of every group the user's linked person belongs to then.
  std::vector<std::pair<Meeting, AttendanceEntry>> UpcomingMeetingsOfUser(std::int64_t partnership_id,
                                                                          std::int64_t user_id,
                                                                          const Date& from);

  // Everyone whose membership of the meeting's group covers its date, with any mark.
  std::vector<AttendanceEntry> AttendanceOf(const Meeting& meeting);
  // Replaces the mark of one member at a meeting.
  void RecordAttendance(std::int64_t meeting_id, std::int64_t membership_id, AttendanceStatus status,
                        std::optional<std::int64_t> deputy_person_id);

  std::int64_t CreateDecision(std::int64_t partnership_id, const Decision& decision);
  std::vector<Decision> DecisionsOfMeeting(std::int64_t partnership_id, std::int64_t meeting_id);
  std::int64_t CreateAction(std::int64_t partnership_id, const MeetingAction& action);
  std::vector<MeetingAction> ActionsOfMeeting(std::int64_t partnership_id, std::int64_t meeting_id);

  // Agenda.
  std::vector<AgendaItem> AgendaOf(std::int64_t partnership_id, std::int64_t meeting_id);
  std::optional<AgendaItem> FindAgendaItem(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddAgendaItem(std::int64_t partnership_id, const AgendaItem& item);
  void SetMinuteText(std::int64_t partnership_id, std::int64_t item_id, const std::string& text);
  // Adds the standing items to a newly scheduled meeting of `group`: the previous meeting's
  // minutes (unless another group approves them), matters arising, the minutes of groups whose
  // minutes this group approves (their meetings since this group's previous one, not yet on an
  // agenda), and (for the Board) every chair's action still awaiting ratification.
  void PrepareAgenda(const Meeting& meeting, const governance::Group& group);

  // Papers (content is base64 in the database).
  std::int64_t AddPaper(std::int64_t partnership_id, const Paper& paper, const std::string& bytes,
                        const PaperRendition& rendition = {});
  // A Word or Excel paper's PDF rendition (base64), if it has one.
  std::optional<std::string> PaperRenditionOf(std::int64_t partnership_id, std::int64_t paper_id);
  std::vector<Paper> PapersOfMeeting(std::int64_t partnership_id, std::int64_t meeting_id);
  std::optional<std::pair<Paper, std::string>> PaperWithContent(std::int64_t partnership_id,
                                                                std::int64_t id);
  std::optional<std::int64_t> MeetingOfPaper(std::int64_t partnership_id, std::int64_t paper_id);
  void AcceptLatePaper(std::int64_t partnership_id, std::int64_t id);
  // The meeting's agenda pack as last made, with or without confidential items' papers.
  std::optional<AgendaPack> AgendaPackOf(std::int64_t partnership_id, std::int64_t meeting_id, bool with_confidential);
  void SaveAgendaPack(std::int64_t partnership_id, std::int64_t meeting_id, bool with_confidential,
                      const AgendaPack& pack);

  // Minutes.
  std::optional<Minutes> MinutesOf(std::int64_t partnership_id, std::int64_t meeting_id);
  void SaveMinutes(std::int64_t partnership_id, const Minutes& minutes);
  std::vector<MinuteCorrection> CorrectionsOf(std::int64_t meeting_id);
  void AddCorrection(std::int64_t meeting_id, const Date& on, const std::string& text,
                     std::optional<std::int64_t> user_id);

  // Neighbouring meetings of the same group (cancelled ones skipped).
  std::optional<Meeting> PreviousMeeting(const Meeting& meeting);
  std::optional<Meeting> NextMeeting(std::int64_t partnership_id, std::int64_t group_id,
                                     const Date& after);

  // Chair's action (Constitution 9).
  std::vector<Decision> UnratifiedChairsActions(std::int64_t partnership_id, std::int64_t group_id);
  std::optional<Decision> FindDecision(std::int64_t partnership_id, std::int64_t id);
  void Ratify(std::int64_t partnership_id, std::int64_t decision_id, std::int64_t meeting_id);

  // Actions arising still open from the group's earlier meetings: the next "matters arising".
  std::vector<MeetingAction> OpenActionsBefore(std::int64_t partnership_id, std::int64_t group_id,
                                               const Date& before);
  void SetActionStatus(std::int64_t partnership_id, std::int64_t id, ActionStatus status);

  // What the attendance report needs for a group over [from, to]: its meetings, the
  // memberships that overlap the period (board administration left out: they service the
  // meeting rather than attend it), and the marks.
  ReportInputs AttendanceReportInputs(std::int64_t partnership_id, std::int64_t group_id,
                                      const Date& from, const Date& to);
  // The dates of the group's meetings that were not cancelled, oldest first.
  std::vector<Date> MeetingDatesOf(std::int64_t partnership_id, std::int64_t group_id);

  // RULE: issue 15 - the agenda and papers are circulated to the group's members; circulating
  // again (a paper changed) moves the date on.
  std::optional<Date> PapersCirculatedOn(std::int64_t partnership_id, std::int64_t meeting_id);
  void SetPapersCirculated(std::int64_t partnership_id, std::int64_t meeting_id, const Date& on);

  // Each meeting of the group that has minutes, with their status (the meetings list).
  std::map<std::int64_t, MinutesStatus> MinutesStatusesOfGroup(std::int64_t partnership_id, std::int64_t group_id);

  // ----- Search (issue 15) -----
  // The partnership's meetings, agenda items, papers (with their text), minutes, decisions and
  // actions as search documents, each marked with the access it needs: confidential items' records
  // for their group, draft minutes for the board team.
  std::vector<search::SearchDocument> SearchDocuments(std::int64_t partnership_id);

  // ----- What needs attention (the dashboard, issue 15) -----
  // Meetings not cancelled from `from` to `until`, soonest first, at most `limit`; with a
  // `member_user_id`, only those of groups where that user's person is a member on the day.
  std::vector<Meeting> MeetingsBetween(std::int64_t partnership_id, const Date& from, const Date& until,
                                       std::optional<std::int64_t> member_user_id, int limit);
  // Late papers not yet accepted, for meetings on or after `from`.
  std::vector<std::pair<Paper, Meeting>> LatePapersAwaitingAcceptance(std::int64_t partnership_id, const Date& from);
  // Meetings held on or after `since` and before `before`, not cancelled, whose minutes are not
  // approved: each with its minutes' status (nullopt: none drafted yet), oldest first.
  std::vector<std::pair<Meeting, std::optional<MinutesStatus>>> MinutesNotApproved(std::int64_t partnership_id,
                                                                                    const Date& since,
                                                                                    const Date& before);
  // Open actions arising, soonest due first (undated last): every one, or only those owned by
  // the person of `owner_user_id`.
  std::vector<std::pair<MeetingAction, Meeting>> OpenActions(std::int64_t partnership_id,
                                                             std::optional<std::int64_t> owner_user_id);
  // Chair's actions of any group still awaiting ratification.
  std::vector<Decision> UnratifiedChairsActions(std::int64_t partnership_id);
  // Records that the partnership's actions digest for `day` is queued: false when it already was.
  bool ClaimDigestDay(std::int64_t partnership_id, const Date& day);

 private:
  storage::Connection& db_;
};


}  // namespace safeboard::meetings
