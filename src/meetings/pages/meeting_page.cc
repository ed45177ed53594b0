// A meeting's pages, one per task (issue 15): agenda and papers (this file's ShowMeeting),
// attendance (attendance.cc), decisions and actions (decisions.cc) and minutes (minutes.cc).
// Each starts with the same header: when and where, the meeting's and its minutes' status, the
// group's previous and next meetings, and the tabs.
#include "meetings/pages/pages.h"

#include "core/date.h"
#include "governance/store.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::meeting_pages {
namespace {

struct Tab {
  MeetingTab tab;
  const char* label;
  const char* suffix;
};
constexpr Tab kTabs[] = {{MeetingTab::kAgenda, "Agenda and papers", ""},
                         {MeetingTab::kAttendance, "Attendance", "/attendance"},
                         {MeetingTab::kDecisions, "Decisions and actions", "/decisions"},
                         {MeetingTab::kMinutes, "Minutes", "/minutes"}};

// The links to the group's meetings either side of this one (cancelled ones skipped).
void RenderNeighbours(Context& ctx, Html& h, const Meeting& meeting) {
  MeetingStore store(ctx.db);
  auto previous = store.PreviousMeeting(meeting);
  auto next = store.NextMeeting(ctx.partnership_id(), meeting.group_id, meeting.meets_on);
  if (!previous && !next) return;
  h.Open("nav", {{"class", "app-pagination-inline govuk-body-s"}, {"aria-label", "The group's other meetings"}});
  if (previous) Link(h, MeetingPath(ctx, previous->id), "Previous meeting: " + core::FormatDateLong(previous->meets_on));
  if (next) Link(h, MeetingPath(ctx, next->id), "Next meeting: " + core::FormatDateLong(next->meets_on));
  h.Close("nav");
}

// Matters arising: actions still open from the group's earlier meetings.
void RenderMattersArising(Context& ctx, Html& h, const MeetingView& v) {
  auto arising = MeetingStore(ctx.db).OpenActionsBefore(ctx.partnership_id(), v.group.id, v.meeting.meets_on);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "matters-arising"}}, "Matters arising");
  if (arising.empty()) h.Element("p", {{"class", "govuk-body"}}, "No open actions from earlier meetings.");
  for (const auto& a : arising) {
    h.Open("div", {{"class", "app-matter"}});
    h.Open("p", {{"class", "govuk-body"}});
    h.Text(a.description + (a.owner_name.empty() ? "" : " (" + a.owner_name + ")") +
           (a.due_on ? ", due " + core::FormatDateLong(*a.due_on) + " " : " "));
    StatusTag(h, meetings::ActionStatusTag(a.status, a.due_on, v.today));
    h.Close("p");
    if (CanManage(ctx)) {
      h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/actions/" + std::to_string(a.id) + "/status")}});
      CsrfField(h, ctx.csrf_token);
      h.Void("input", {{"type", "hidden"}, {"name", "status"}, {"value", "done"}});
      h.Void("input", {{"type", "hidden"}, {"name", "back"}, {"value", std::to_string(v.meeting.id)}});
      Button(h, "Mark done", true);
      h.Close("form");
    }
    h.Close("div");
  }
}

// Moving or cancelling a meeting that has not happened yet.
void RenderMoveAndCancel(Context& ctx, Html& h, const Meeting& meeting, const FormState& form) {
  h.Open("details", {{"class", "govuk-details"}});
  h.Element("summary", {{"class", "govuk-details__summary"}}, "Move this meeting");
  h.Open("div", {{"class", "govuk-details__text"}});
  h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/move"}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  DateInput(h, form, "moved_to", "New date");
  TextInput(h, form, "moved_starts_at", "New start time (optional)", {.width_class = "govuk-input--width-5"});
  Button(h, "Move meeting", true);
  h.Close("form").Close("div").Close("details");
  PostButton(h, ctx, MeetingPath(ctx, meeting.id) + "/cancel", "Cancel this meeting");
}

}  // namespace

// RULE: Constitution 6g - the live quorum under the group's rule, and why it fails.
void RenderQuorum(Context& ctx, Html& h, const MeetingView& v) {
  const meetings::QuorumResult& quorum = v.quorum;
  h.Open("div", {{"class", quorum.quorate ? "govuk-inset-text app-quorum app-quorum--quorate"
                                          : "govuk-inset-text app-quorum app-quorum--inquorate"},
                 {"id", "quorum"}});
  h.Open("p", {{"class", "govuk-body govuk-!-font-weight-bold"}});
  StatusTag(h, meetings::QuorumStatus(quorum.quorate));
  h.Text(" " + std::to_string(quorum.members_counted) + " members counted from " +
         std::to_string(quorum.agencies_counted) + " agencies");
  h.Close("p");
  h.Element("p", {{"class", "govuk-body-s"}},
            "Quorum: " + meetings::QuorumRuleSentence(v.rule, v.agency_names) +
                " Core and co-opted members count when present or represented by a deputy.");
  if (!quorum.quorate) {
    h.Open("ul", {{"class", "govuk-list govuk-list--bullet"}});
    for (const auto& reason : quorum.reasons) h.Element("li", reason);
    for (auto missing : quorum.missing_required_agencies) h.Element("li", v.AgencyName(missing) + " is not present");
    h.Close("ul");
  }
  h.Close("div");
}

MeetingView LoadMeetingView(Context& ctx, const Meeting& meeting) {
  MeetingStore store(ctx.db);
  MeetingView v{meeting, GroupOrNotFound(ctx, meeting.group_id), core::DateOf(ctx.clock.Now()),
                store.AttendanceOf(meeting), {}, {}, {}};
  v.rule = store.QuorumRuleOf(ctx.partnership_id(), v.group.id);
  v.quorum = meetings::CheckQuorum(v.rule, meetings::AttendeesFrom(v.entries));
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    v.agency_names[a.id] = a.name;
  return v;
}

void RenderMeetingHeader(Context& ctx, Html& h, const Meeting& meeting, MeetingTab current) {
  auto today = core::DateOf(ctx.clock.Now());
  auto minutes = MeetingStore(ctx.db).MinutesOf(ctx.partnership_id(), meeting.id);
  h.Open("p", {{"class", "govuk-body"}});
  h.Text(core::FormatDateLong(meeting.meets_on) + " at " + meeting.starts_at +
         (meeting.location.empty() ? "" : ", " + meeting.location) + " ");
  StatusTag(h, meetings::MeetingStatus(meeting.cancelled, meeting.meets_on, today));
  if (minutes) {
    h.Text(" Minutes: ");
    StatusTag(h, meetings::StatusOf(minutes->status));
  }
  h.Close("p");
  RenderNeighbours(ctx, h, meeting);
  h.Open("nav", {{"class", "app-sub-navigation"}, {"aria-label", "This meeting's pages"}});
  h.Open("ul", {{"class", "app-sub-navigation__list"}});
  for (const auto& tab : kTabs) {
    h.Open("li", {{"class", "app-sub-navigation__item"}});
    std::string href = MeetingPath(ctx, meeting.id) + tab.suffix;
    if (tab.tab == current)
      h.Element("a", {{"class", "app-sub-navigation__link"}, {"href", href}, {"aria-current", "page"}}, tab.label);
    else
      h.Element("a", {{"class", "app-sub-navigation__link"}, {"href", href}}, tab.label);
    h.Close("li");
  }
  h.Close("ul").Close("nav");
}

PageChrome MeetingChrome(Context& ctx, const Meeting& meeting, const governance::Group& group,
                         const std::string& task) {
  std::string name = (meeting.title.empty() ? group.name : meeting.title) + ", " + core::FormatDateLong(meeting.meets_on);
  auto chrome = Chrome(ctx, task.empty() ? name : task + ": " + name, "Groups");
  chrome.breadcrumbs = {{"Groups", ctx.PartnershipPath("/groups")},
                        {group.name, GroupPath(ctx, group.id)},
                        {"Meetings", GroupPath(ctx, group.id) + "/meetings"}};
  chrome.success = SuccessMessage(ctx);
  return chrome;
}

Response RenderAgendaTab(Context& ctx, const Meeting& meeting, const FormState& agenda_form, int status) {
  auto v = LoadMeetingView(ctx, meeting);
  Html h;
  RenderMeetingHeader(ctx, h, meeting, MeetingTab::kAgenda);
  auto deadline = meetings::CirculationDeadline(meeting.meets_on);
  if (v.group.kind == governance::GroupKind::kBoard) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, MeetingPath(ctx, meeting.id) + "/progress-report", "Business plan progress report for this meeting");
    h.Close("p");
  }
  auto circulated = MeetingStore(ctx.db).PapersCirculatedOn(ctx.partnership_id(), meeting.id);
  SummaryList(h, {{"Group", v.group.name},
                  {"Papers due out by", core::FormatDateLong(deadline) + " (" +
                                            std::to_string(meetings::kCirculationWorkingDays) +
                                            " working days before)"},
                  {"Papers circulated", circulated ? core::FormatDateLong(*circulated) : "Not yet"}});
  if (CanManage(ctx) && !meeting.cancelled && v.today <= meeting.meets_on)
    PostButton(h, ctx, MeetingPath(ctx, meeting.id) + "/papers/circulate",
               circulated ? "Circulate the agenda and papers again" : "Circulate the agenda and papers to members");
  if (!meeting.cancelled) RenderQuorum(ctx, h, v);
  RenderAgenda(ctx, h, meeting, v.group, MeetingStore(ctx.db).AgendaOf(ctx.partnership_id(), meeting.id),
               v.quorum.quorate, agenda_form);
  RenderMattersArising(ctx, h, v);
  if (CanManage(ctx) && !meeting.cancelled && v.today <= meeting.meets_on) RenderMoveAndCancel(ctx, h, meeting, agenda_form);
  auto chrome = MeetingChrome(ctx, meeting, v.group, "");
  chrome.has_errors = !agenda_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

Response AgendaError(Context& ctx, const Meeting& meeting, const std::string& field, const std::string& message) {
  FormState form{Submitted(ctx), {}};
  form.errors.Add(field, message);
  return RenderAgendaTab(ctx, meeting, form, 422);
}

}  // namespace safeboard::ui::pages::meeting_pages

namespace safeboard::ui::pages {

using namespace meeting_pages;

Response ShowMeeting(Context& ctx) { return RenderAgendaTab(ctx, MeetingOrNotFound(ctx), FormState{}, 200); }

}  // namespace safeboard::ui::pages
