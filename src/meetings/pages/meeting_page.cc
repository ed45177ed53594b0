// The meeting page: its summary, live quorum, agenda (meeting_agenda.cc), attendance, decisions,
// actions and matters arising, with the forms the board team uses on it.
#include "meetings/pages/pages.h"

#include <cstdio>
#include <map>

#include "auth/accounts.h"
#include "core/base64.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "governance/store.h"
#include "meetings/icalendar.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages::meeting_pages {
namespace {

// What every part of the meeting page reads, loaded once.
struct MeetingView {
  Context& ctx;
  const Meeting& meeting;
  governance::Group group;
  core::Date today;
  std::vector<meetings::AttendanceEntry> entries;
  meetings::QuorumRule rule;
  meetings::QuorumResult quorum;
  std::vector<meetings::AgendaItem> agenda;
  std::map<std::int64_t, std::string> agency_names;
  // An agency's name ("" for one not in this partnership).
  std::string AgencyName(std::int64_t id) const {
    auto it = agency_names.find(id);
    return it == agency_names.end() ? std::string() : it->second;
  }
};

MeetingView LoadMeetingView(Context& ctx, const Meeting& meeting) {
  MeetingStore store(ctx.db);
  MeetingView v{ctx, meeting, GroupOrNotFound(ctx, meeting.group_id), core::DateOf(ctx.clock.Now()),
                store.AttendanceOf(meeting), {}, {}, store.AgendaOf(ctx.partnership_id(), meeting.id), {}};
  v.rule = store.QuorumRuleOf(ctx.partnership_id(), v.group.id);
  v.quorum = meetings::CheckQuorum(v.rule, meetings::AttendeesFrom(v.entries));
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    v.agency_names[a.id] = a.name;
  return v;
}

// The meeting's group, date, place, status and papers deadline (and the Board's progress report).
void RenderSummary(Html& h, const MeetingView& v) {
  Context& ctx = v.ctx;
  const Meeting& meeting = v.meeting;
  const governance::Group& group = v.group;
  const core::Date& today = v.today;
  auto deadline = meetings::CirculationDeadline(meeting.meets_on);
  if (group.kind == governance::GroupKind::kBoard) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, MeetingPath(ctx, meeting.id) + "/progress-report", "Business plan progress report for this meeting");
    h.Close("p");
  }
  SummaryList(h, {{"Group", group.name},
                  {"Date", core::FormatDateLong(meeting.meets_on) + " at " + meeting.starts_at},
                  {"Where", meeting.location.empty() ? "Not recorded" : meeting.location},
                  {"Status", meetings::MeetingStatus(meeting.cancelled, meeting.meets_on, today).label},
                  {"Papers due out by", core::FormatDateLong(deadline) +
                                            " (" + std::to_string(meetings::kCirculationWorkingDays) +
                                            " working days before)"}});
}

// RULE: Constitution 6g - the live quorum under the group's rule, and why it fails.
void RenderQuorum(Html& h, const MeetingView& v) {
  const meetings::QuorumRule& rule = v.rule;
  const meetings::QuorumResult& quorum = v.quorum;
  std::string rule_text = "Quorum: ";
  if (rule.min_members) rule_text += std::to_string(rule.min_members) + " members, ";
  if (rule.min_agencies) rule_text += std::to_string(rule.min_agencies) + " agencies, ";
  if (!rule.required_agencies.empty()) {
    rule_text += "these agencies: ";
    for (std::size_t i = 0; i < rule.required_agencies.size(); ++i)
      rule_text += (i ? ", " : "") + v.AgencyName(rule.required_agencies[i]);
    rule_text += ", ";
  }
  for (auto sector : rule.required_sectors)
    rule_text += "an agency of the sector " + std::string(core::LabelOf(governance::Sectors(), sector)) + ", ";
  rule_text += "counting core and co-opted members present or represented by a deputy.";
  h.Open("div", {{"class", quorum.quorate ? "govuk-inset-text app-quorum app-quorum--quorate"
                                          : "govuk-inset-text app-quorum app-quorum--inquorate"},
                 {"id", "quorum"}});
  h.Open("p", {{"class", "govuk-body govuk-!-font-weight-bold"}});
  StatusTag(h, meetings::QuorumStatus(quorum.quorate));
  h.Text(" " + std::to_string(quorum.members_counted) + " members counted from " +
         std::to_string(quorum.agencies_counted) + " agencies");
  h.Close("p");
  h.Element("p", {{"class", "govuk-body-s"}}, rule_text);
  if (!quorum.quorate) {
    h.Open("ul", {{"class", "govuk-list govuk-list--bullet"}});
    for (const auto& reason : quorum.reasons) h.Element("li", reason);
    for (auto missing : quorum.missing_required_agencies)
      h.Element("li", v.AgencyName(missing) + " is not present");
    h.Close("ul");
  }
  h.Close("div");
}

// Who attended: a form for the board team, a table for everyone else.
// One member's attendance and deputy as selects, showing the refused form's values or what is stored.
void AttendanceInputs(Html& h, const meetings::AttendanceEntry& e, const std::vector<governance::Person>& people,
                      FormState row_form) {
  std::string id = std::to_string(e.membership_id);
  if (row_form.values.find("status-" + id) == row_form.values.end() && e.status)
    row_form.values["status-" + id] = std::string(core::CodeOf(meetings::AttendanceStatuses(), *e.status));
  if (row_form.values.find("deputy-" + id) == row_form.values.end() && e.deputy_person_id)
    row_form.values["deputy-" + id] = std::to_string(*e.deputy_person_id);
  // A deputy comes from the member's own agency.
  std::vector<std::pair<std::string, std::string>> deputies;
  for (const auto& p : people)
    if (p.id != e.person_id && p.agency_id && p.agency_id == e.agency_id && !p.ended_on)
      deputies.emplace_back(std::to_string(p.id), p.full_name);
  h.Open("td", {{"class", "govuk-table__cell"}});
  Select(h, row_form, "status-" + id, "Attendance of " + e.person_name,
         VocabularyOptions(meetings::AttendanceStatuses()), "Not recorded", "", true);
  h.Close("td").Open("td", {{"class", "govuk-table__cell"}});
  Select(h, row_form, "deputy-" + id, "Deputy for " + e.person_name, deputies, "No deputy", "", true);
  h.Close("td");
}

void RenderAttendance(Html& h, const MeetingView& v, const FormState& attendance_form) {
  Context& ctx = v.ctx;
  const Meeting& meeting = v.meeting;
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "attendance"}}, "Attendance");
  bool editable = CanManage(ctx) && !meeting.cancelled;
  if (meeting.cancelled)
    h.Element("p", {{"class", "govuk-body"}},
              "This meeting was cancelled. It counts for nobody's attendance.");
  ErrorSummary(h, attendance_form.errors);
  if (editable) {
    h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/attendance"},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
  }
  auto people = governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id());
  h.Open("table", {{"class", "govuk-table"}});
  h.Open("thead", {{"class", "govuk-table__head"}}).Open("tr", {{"class", "govuk-table__row"}});
  for (const char* heading : {"Member", "Representing", "Role", "Attendance", "Deputy"})
    h.Element("th", {{"scope", "col"}, {"class", "govuk-table__header"}}, heading);
  h.Close("tr").Close("thead").Open("tbody", {{"class", "govuk-table__body"}});
  for (const auto& e : v.entries) {
    h.Open("tr", {{"class", "govuk-table__row"}});
    h.Element("th", {{"scope", "row"}, {"class", "govuk-table__header"}}, e.person_name);
    h.Element("td", {{"class", "govuk-table__cell"}}, e.agency_name);
    h.Element("td", {{"class", "govuk-table__cell"}},
              std::string(core::LabelOf(governance::RoleCategories(), e.role)));
    if (editable) {
      AttendanceInputs(h, e, people, attendance_form);
    } else {
      h.Element("td", {{"class", "govuk-table__cell"}},
                e.status ? std::string(core::LabelOf(meetings::AttendanceStatuses(), *e.status))
                         : "Not recorded");
      h.Element("td", {{"class", "govuk-table__cell"}}, e.deputy_name);
    }
    h.Close("tr");
  }
  h.Close("tbody").Close("table");
  if (editable) {
    Button(h, "Save attendance");
    h.Close("form");
  }
}

// The decisions taken, and the form to record one (only a quorate meeting can).
void RenderDecisions(Html& h, const MeetingView& v, const FormState& decision_form) {
  Context& ctx = v.ctx;
  const Meeting& meeting = v.meeting;
  const governance::Group& group = v.group;
  const meetings::QuorumResult& quorum = v.quorum;
  MeetingStore store(v.ctx.db);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "decisions"}}, "Decisions");
  auto decisions = store.DecisionsOfMeeting(ctx.partnership_id(), meeting.id);
  const auto& agenda = v.agenda;
  bool sees_confidential = SeesConfidentialItems(ctx, group.id);
  auto is_confidential = [&](std::optional<std::int64_t> item_id) {
    for (const auto& item : agenda)
      if (item_id && item.id == *item_id) return item.confidential;
    return false;
  };
  if (decisions.empty()) h.Element("p", {{"class", "govuk-body"}}, "No decisions recorded.");
  h.Open("ol", {{"class", "govuk-list govuk-list--number"}});
  for (const auto& d : decisions)
    h.Element("li", is_confidential(d.agenda_item_id) && !sees_confidential
                        ? "A decision under a confidential item"
                        : d.text);
  h.Close("ol");
  if (CanManage(ctx) && !meeting.cancelled) {
    ErrorSummary(h, decision_form.errors);
    h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/decisions"},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    Textarea(h, decision_form, "text", "Record a decision",
             quorum.quorate ? "" : "The meeting is not quorate: no decision can be recorded", 3);
    std::vector<std::pair<std::string, std::string>> item_options;
    for (const auto& item : agenda)
      item_options.emplace_back(std::to_string(item.id), item.confidential && !sees_confidential
                                                             ? "Confidential item"
                                                             : item.title);
    Select(h, decision_form, "agenda_item_id", "Under agenda item", item_options, "No particular item");
    if (ProcedureApprovalAgencies(ctx, group.id) > 0)
      Checkbox(h, decision_form, "approves_procedure", "This decision approves a procedure document");
    Button(h, "Record decision", true);
    h.Close("form");
  }
}

// Actions arising from this meeting, and the form to add one.
void RenderActionsArising(Html& h, const MeetingView& v, const FormState& agenda_form) {
  Context& ctx = v.ctx;
  const Meeting& meeting = v.meeting;
  const auto& entries = v.entries;
  MeetingStore store(v.ctx.db);
  auto actions = store.ActionsOfMeeting(ctx.partnership_id(), meeting.id);
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Actions arising");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& a : actions)
    rows.push_back({TextCell(a.description), TextCell(a.owner_name),
                    TextCell(a.due_on ? core::FormatDateLong(*a.due_on) : ""),
                    TextCell(std::string(core::LabelOf(meetings::ActionStatuses(), a.status)))});
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No actions recorded.");
  else
    Table(h, "", {"Action", "Owner", "Due", "Status"}, rows);
  if (CanManage(ctx) && !meeting.cancelled) {
    h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/actions"},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    FormState action_form = agenda_form;
    std::vector<std::pair<std::string, std::string>> owners;
    for (const auto& e : entries) owners.emplace_back(std::to_string(e.person_id), e.person_name);
    TextInput(h, action_form, "action_description", "New action",
              {.width_class = "govuk-!-width-two-thirds"});
    Select(h, action_form, "action_owner", "Owner", owners, "Choose an owner");
    DateInput(h, action_form, "action_due_on", "Due date");
    Button(h, "Add action", true);
    h.Close("form");
  }
}

// Matters arising: actions still open from the group's earlier meetings.
void RenderMattersArising(Html& h, const MeetingView& v) {
  Context& ctx = v.ctx;
  const Meeting& meeting = v.meeting;
  const governance::Group& group = v.group;
  MeetingStore store(v.ctx.db);
  auto arising = store.OpenActionsBefore(ctx.partnership_id(), group.id, meeting.meets_on);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "matters-arising"}}, "Matters arising");
  if (arising.empty()) h.Element("p", {{"class", "govuk-body"}}, "No open actions from earlier meetings.");
  for (const auto& a : arising) {
    h.Open("div", {{"class", "app-matter"}});
    h.Element("p", {{"class", "govuk-body"}},
              a.description + (a.owner_name.empty() ? "" : " (" + a.owner_name + ")") +
                  (a.due_on ? ", due " + core::FormatDateLong(*a.due_on) : ""));
    if (CanManage(ctx)) {
      h.Open("form", {{"method", "post"},
                      {"action", ctx.PartnershipPath("/actions/" + std::to_string(a.id) + "/status")}});
      CsrfField(h, ctx.csrf_token);
      h.Void("input", {{"type", "hidden"}, {"name", "status"}, {"value", "done"}});
      h.Void("input", {{"type", "hidden"}, {"name", "back"}, {"value", std::to_string(meeting.id)}});
      Button(h, "Mark done", true);
      h.Close("form");
    }
    h.Close("div");
  }
}

// Moving or cancelling a meeting that has not happened yet.
void RenderMoveAndCancel(Html& h, const MeetingView& v, const FormState& agenda_form) {
  Context& ctx = v.ctx;
  const Meeting& meeting = v.meeting;
  h.Open("details", {{"class", "govuk-details"}});
  h.Element("summary", {{"class", "govuk-details__summary"}}, "Move this meeting");
  h.Open("div", {{"class", "govuk-details__text"}});
  h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/move"},
                  {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  DateInput(h, agenda_form, "moved_to", "New date");
  TextInput(h, agenda_form, "moved_starts_at", "New start time (optional)",
            {.width_class = "govuk-input--width-5"});
  Button(h, "Move meeting", true);
  h.Close("form").Close("div").Close("details");
  h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/cancel"}});
  CsrfField(h, ctx.csrf_token);
  Button(h, "Cancel this meeting", true);
  h.Close("form");
}

}  // namespace

Response RenderMeeting(Context& ctx, const Meeting& meeting, const FormState& attendance_form,
                       const FormState& decision_form, int status, const FormState& agenda_form) {
  auto v = LoadMeetingView(ctx, meeting);
  Html h;
  RenderSummary(h, v);
  if (!meeting.cancelled) RenderQuorum(h, v);
  RenderAgenda(ctx, h, meeting, v.group, v.agenda, v.quorum.quorate, agenda_form);
  RenderAttendance(h, v, attendance_form);
  RenderDecisions(h, v, decision_form);
  RenderActionsArising(h, v, agenda_form);
  RenderMattersArising(h, v);
  if (CanManage(ctx) && !meeting.cancelled && v.today <= meeting.meets_on) RenderMoveAndCancel(h, v, agenda_form);
  auto chrome = Chrome(ctx, meeting.title.empty() ? v.group.name : meeting.title, "Groups");
  chrome.title += ", " + core::FormatDateLong(meeting.meets_on);
  chrome.breadcrumbs = {{"Groups", ctx.PartnershipPath("/groups")},
                        {v.group.name, GroupPath(ctx, v.group.id)},
                        {"Meetings", GroupPath(ctx, v.group.id) + "/meetings"}};
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !attendance_form.errors.empty() || !decision_form.errors.empty() ||
                      !agenda_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

Response AgendaError(Context& ctx, const Meeting& meeting, const std::string& field,
                     const std::string& message) {
  FormState form{Submitted(ctx), {}};
  form.errors.Add(field, message);
  return RenderMeeting(ctx, meeting, FormState{}, FormState{}, 422, form);
}

}  // namespace safeboard::ui::pages::meeting_pages

namespace safeboard::ui::pages {

using namespace meeting_pages;

Response ShowMeeting(Context& ctx) {
  return RenderMeeting(ctx, MeetingOrNotFound(ctx), FormState{}, FormState{}, 200);
}

}  // namespace safeboard::ui::pages
