// What the meeting pages share: finding the meeting, group and agenda item of a URL, their
// paths, who may see what (the chair, confidential items), and the meeting page itself, which
// several forms render again with their errors. Internal to src/meetings/pages.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "governance/governance.h"
#include "http/context.h"
#include "meetings/meetings.h"
#include "mail/choices.h"
#include "meetings/notices.h"
#include "meetings/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::meeting_pages {

using http::Context;
using http::Response;
using meetings::Meeting;
using meetings::MeetingStore;

// Each throws http::NotFound for a record not in this partnership.
governance::Group GroupOrNotFound(Context& ctx, std::int64_t id);
Meeting MeetingOrNotFound(Context& ctx);  // the URL's {id}
Meeting MeetingById(Context& ctx, std::int64_t id);
meetings::AgendaItem ItemOrNotFound(Context& ctx);  // the URL's {id}

std::string GroupPath(const Context& ctx, std::int64_t id);
std::string MeetingPath(const Context& ctx, std::int64_t id);

// The signed-in user is the group's chair (through the person linked to their account).
bool IsChairOf(const Context& ctx, const governance::Group& group);
// RULE: issue 12 - a confidential item's title, minute text and papers are for the group's own
// current members and the board team; others see "Confidential item" only.
bool SeesConfidentialItems(const Context& ctx, std::int64_t group_id);
// Each confidential item shown to someone entitled is a view in the audit log, like a case record.
void AuditConfidentialView(const Context& ctx, const meetings::AgendaItem& item, const char* part);
int ProcedureApprovalAgencies(Context& ctx, std::int64_t group_id);
meetings::QuorumResult QuorumOf(Context& ctx, const Meeting& meeting);

// The agenda section of the meeting page (meeting_agenda.cc). Confidential items show only as
// such to those not entitled (issue 12).
void RenderAgenda(Context& ctx, Html& h, const Meeting& meeting, const governance::Group& group,
                  const std::vector<meetings::AgendaItem>& items, bool quorate, const FormState& form);

// Email (notify.cc, issue 15): who is told, each with an email address and once; and queueing
// messages in the outbox, in the caller's transaction, when the server sends email (how many).
// RULE: issue 15 - nobody is emailed a kind of message their account turned off.
std::vector<meetings::Recipient> CurrentMembersOf(Context& ctx, std::int64_t group_id, const core::Date& on,
                                                  mail::MailKind kind);
// Apologies go to these (mail::MailKind::kApologies).
std::vector<meetings::Recipient> ChairAndBoardTeam(Context& ctx, const governance::Group& group, const core::Date& on);
int QueueMail(Context& ctx, const std::vector<mail::MailMessage>& messages);

// The meetings area's dashboard panels (dashboard.cc, issue 15).
void NextMeetingsPanel(Context& ctx, Html& h);
void ActionsPanel(Context& ctx, Html& h);
void MeetingsWorklistPanel(Context& ctx, Html& h);

// ----- A meeting's pages, one per task (issue 15) -----

enum class MeetingTab { kAgenda, kAttendance, kDecisions, kMinutes };

// What a meeting's pages read about it, loaded once.
struct MeetingView {
  Meeting meeting;
  governance::Group group;
  core::Date today;
  std::vector<meetings::AttendanceEntry> entries;
  meetings::QuorumRule rule;
  meetings::QuorumResult quorum;
  std::map<std::int64_t, std::string> agency_names;
  // An agency's name ("" for one not in this partnership).
  std::string AgencyName(std::int64_t id) const {
    auto it = agency_names.find(id);
    return it == agency_names.end() ? std::string() : it->second;
  }
};
MeetingView LoadMeetingView(Context& ctx, const Meeting& meeting);

// RULE: Constitution 6g - the live quorum box (id "quorum"), and why it fails.
void RenderQuorum(Context& ctx, Html& h, const MeetingView& v);
// What every meeting page starts with: when and where, the meeting's and its minutes' status,
// the group's previous and next meetings, and the tabs with `current` marked.
void RenderMeetingHeader(Context& ctx, Html& h, const Meeting& meeting, MeetingTab current);
// The chrome of a meeting page: "<task>: <meeting>, <date>" (the agenda's task is "").
PageChrome MeetingChrome(Context& ctx, const Meeting& meeting, const governance::Group& group, const std::string& task);

// Each tab again with a refused form and its errors (status 422), or as shown (200).
// RULE: Constitution 6h - drafts are the board team's; members read minutes once circulated.
bool CanReadMinutes(const Context& ctx, const std::optional<meetings::Minutes>& minutes);
// The decisions recorded at the meeting, as the minutes record them (a decision under a
// confidential item only to those entitled; none of those in public).
void RenderDecisionsMinuted(Context& ctx, Html& h, std::int64_t meeting_id,
                            const std::vector<meetings::AgendaItem>& items, bool sees_confidential);
// The minutes' text, each item's minute (a confidential one only to those entitled, its view
// logged) and the decisions recorded at the meeting.
void RenderMinutesText(Context& ctx, Html& h, const meetings::Minutes& minutes,
                       const std::vector<meetings::AgendaItem>& items, bool sees_confidential);

Response RenderAgendaTab(Context& ctx, const Meeting& meeting, const FormState& agenda_form, int status);
Response RenderAttendanceTab(Context& ctx, const Meeting& meeting, const FormState& form, int status);
Response RenderDecisionsTab(Context& ctx, const Meeting& meeting, const FormState& decision_form,
                            const FormState& action_form, int status);
// The agenda page again, with `message` against `field` of the agenda's forms (422).
Response AgendaError(Context& ctx, const Meeting& meeting, const std::string& field,
                     const std::string& message);

}  // namespace safeboard::ui::pages::meeting_pages
