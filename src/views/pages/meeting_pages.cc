// Meeting pages.
#include "views/pages/meeting_pages.h"


#include <cstdio>
#include <map>

#include "core/date.h"
#include "core/financial_year.h"
#include "auth/accounts.h"
#include "governance/store.h"
#include "meetings/icalendar.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "core/base64.h"
#include "views/area_registry.h"
#include "views/pages/common.h"
#include "views/table_export.h"

namespace safeboard::views::pages {
namespace {

const AreaRegistration kMeetingsArea{
    {{30, "My meetings", "/my-meetings"}},
    {{"meeting-scheduled", "Meeting scheduled"}, {"meeting-cancelled", "Meeting cancelled"},
     {"attendance-saved", "Attendance saved"}, {"decision-recorded", "Decision recorded"},
     {"item-added", "Agenda item added"}, {"paper-added", "Paper added"},
     {"paper-accepted", "Late paper accepted"}, {"minutes-saved", "Draft minutes saved"},
     {"minutes-circulated", "Minutes circulated"}, {"minutes-approved", "Minutes approved"},
     {"correction-recorded", "Correction recorded"}, {"chairs-action-recorded", "Chair's action recorded"},
     {"ratified", "Chair's action ratified"}, {"action-added", "Action added"},
     {"action-updated", "Action updated"}, {"series-scheduled", "Meetings scheduled"},
     {"meeting-moved", "Meeting moved"}, {"apologies-sent", "Apologies sent"},
     {"calendar-link", "Your calendar address is ready"}}};

using http::Context;
using http::Response;
using meetings::Meeting;
using meetings::MeetingStore;

governance::Group GroupOrNotFound(Context& ctx, std::int64_t id) {
  auto group = governance::GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), id);
  if (!group) throw http::NotFound{};
  return *group;
}

Meeting MeetingOrNotFound(Context& ctx) {
  auto meeting = MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), ctx.Id("id"));
  if (!meeting) throw http::NotFound{};
  return *meeting;
}

std::string GroupPath(const Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/groups/" + std::to_string(id));
}
std::string MeetingPath(const Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/meetings/" + std::to_string(id));
}

// The signed-in user is the group's chair (through the person linked to their account).
bool IsChairOf(const Context& ctx, const governance::Group& group) {
  if (!ctx.session || !group.chair_person_id) return false;
  return governance::GovernanceStore(ctx.db).IsPersonOfUser(ctx.partnership_id(), *group.chair_person_id,
                                                            ctx.session->user.id);
}

// RULE: issue 12 - a confidential item's title, minute text and papers are for the group's own
// current members and the board team; others see "Confidential item" only.
bool SeesConfidentialItems(const Context& ctx, std::int64_t group_id) {
  return auth::SeesConfidentialItemsOf(ctx.access, group_id);
}

// Each confidential item shown to someone entitled is a view in the audit log, like a case record.
void AuditConfidentialView(const Context& ctx, const meetings::AgendaItem& item, const char* part) {
  if (item.confidential) ctx.Audit("view", "agenda-item", item.id, part);
}

// RULE: Constitution appendix 4 - how many agencies must be present to approve a procedure
// document at this group's meetings (0: the group does not approve procedures).
int ProcedureApprovalAgencies(Context& ctx, std::int64_t group_id) {
  return MeetingStore(ctx.db).ProcedureApprovalAgencies(ctx.partnership_id(), group_id);
}

Response RenderNewMeeting(Context& ctx, const governance::Group& group, const FormState& form) {
  Html h;
  ErrorSummary(h, form.errors);
  h.Open("form", {{"method", "post"}, {"action", GroupPath(ctx, group.id) + "/meetings"},
                  {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  TextInput(h, form, "title", "Title", {.hint = "For example, Board meeting or development day",
                                        .width_class = "govuk-!-width-two-thirds"});
  DateInput(h, form, "meets_on", "Date");
  TextInput(h, form, "starts_at", "Start time", {.hint = "24-hour clock, for example 10:00",
                                                 .width_class = "govuk-input--width-5"});
  TextInput(h, form, "location", "Where (optional)", {.width_class = "govuk-!-width-two-thirds"});
  DateInput(h, form, "repeat_until", "Repeat until (optional)",
            "To schedule a series at the group's cadence (" +
                std::string(core::LabelOf(governance::Cadences(), group.cadence)) +
                "), give the last date. For example, 31 3 2012");
  Button(h, "Schedule meeting");
  h.Close("form");
  auto chrome = Chrome(ctx, "Schedule a meeting of " + group.name, "Groups");
  chrome.breadcrumbs = {{"Groups", ctx.PartnershipPath("/groups")},
                        {group.name, GroupPath(ctx, group.id)},
                        {"Meetings", GroupPath(ctx, group.id) + "/meetings"}};
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), form.errors.empty() ? 200 : 422);
}

bool ValidTime(const std::string& t) {
  return t.size() == 5 && t[2] == ':' && std::isdigit(static_cast<unsigned char>(t[0])) &&
         std::isdigit(static_cast<unsigned char>(t[1])) &&
         std::isdigit(static_cast<unsigned char>(t[3])) &&
         std::isdigit(static_cast<unsigned char>(t[4])) && std::stoi(t.substr(0, 2)) < 24 &&
         std::stoi(t.substr(3, 2)) < 60;
}

// The agenda: items, their papers (late ones flagged), and the actions each item allows.
void RenderAgenda(Context& ctx, Html& h, const Meeting& meeting, const governance::Group& group,
                  bool quorate, const FormState& form) {
  MeetingStore store(ctx.db);
  auto items = store.AgendaOf(ctx.partnership_id(), meeting.id);
  auto papers = store.PapersOfMeeting(ctx.partnership_id(), meeting.id);
  bool manage = CanManage(ctx) && !meeting.cancelled;
  bool chair_or_manager = CanManage(ctx) || IsChairOf(ctx, group);
  bool sees_confidential = SeesConfidentialItems(ctx, group.id);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "agenda"}}, "Agenda");
  ErrorSummary(h, form.errors);
  if (items.empty()) h.Element("p", {{"class", "govuk-body"}}, "No agenda items yet.");
  h.Open("ol", {{"class", "govuk-list govuk-list--number app-agenda"}});
  for (const auto& item : items) {
    h.Open("li", {{"id", "item-" + std::to_string(item.id)}});
    if (item.confidential && !sees_confidential) {
      h.Element("strong", "Confidential item");
      h.Text(" ");
      StatusTag(h, {"Confidential", core::Tone::kSensitive});
      h.Close("li");
      continue;
    }
    AuditConfidentialView(ctx, item, "meeting page");
    h.Element("strong", item.title);
    if (!item.presenter.empty()) h.Text(" (" + item.presenter + ")");
    h.Text(" ");
    if (item.decision_needed) StatusTag(h, {"Decision needed", core::Tone::kInfo});
    if (item.confidential) StatusTag(h, {"Confidential", core::Tone::kSensitive});
    for (const auto& p : papers) {
      if (p.agenda_item_id != item.id) continue;
      h.Open("p", {{"class", "govuk-body-s"}});
      Link(h, ctx.PartnershipPath("/papers/" + std::to_string(p.id)),
           p.file_name + " (" + std::to_string((p.size_bytes + 1023) / 1024) + " KB)");
      if (p.late) {
        h.Text(" ");
        StatusTag(h, meetings::LatePaperStatus(p.late_accepted));
        if (!p.late_accepted && chair_or_manager) {
          h.Open("form", {{"method", "post"}, {"class", "app-inline-form"},
                          {"action", ctx.PartnershipPath("/papers/" + std::to_string(p.id) + "/accept")}});
          CsrfField(h, ctx.csrf_token);
          Button(h, "Accept late paper", true);
          h.Close("form");
        }
      }
      h.Close("p");
    }
    if (item.purpose == meetings::AgendaPurpose::kMinutes && item.subject_id && manage) {
      auto minutes = store.MinutesOf(ctx.partnership_id(), *item.subject_id);
      h.Open("p", {{"class", "govuk-body-s"}});
      Link(h, MeetingPath(ctx, *item.subject_id) + "/minutes", "Read the minutes");
      h.Close("p");
      if (minutes && minutes->status == meetings::MinutesStatus::kCirculated) {
        h.Open("form", {{"method", "post"},
                        {"action", ctx.PartnershipPath("/agenda-items/" + std::to_string(item.id) + "/approve-minutes")}});
        CsrfField(h, ctx.csrf_token);
        Button(h, "Approve these minutes", true);
        h.Close("form");
      } else if (minutes && minutes->status == meetings::MinutesStatus::kApproved) {
        StatusTag(h, {"Minutes approved", core::Tone::kGood});
      } else {
        h.Element("p", {{"class", "govuk-body-s"}}, "The minutes have not been circulated yet.");
      }
    }
    if (item.purpose == meetings::AgendaPurpose::kRatify && item.subject_id) {
      if (auto d = store.FindDecision(ctx.partnership_id(), *item.subject_id)) {
        h.Element("p", {{"class", "govuk-body-s"}}, d->text);
        if (d->ratified_at_meeting_id)
          StatusTag(h, {"Ratified", core::Tone::kGood});
        else if (manage) {
          h.Open("form", {{"method", "post"},
                          {"action", ctx.PartnershipPath("/agenda-items/" + std::to_string(item.id) + "/ratify")}});
          CsrfField(h, ctx.csrf_token);
          Button(h, "Ratify chair's action", true);
          h.Close("form");
        }
      }
    }
    if (manage && item.purpose == meetings::AgendaPurpose::kItem) {
      h.Open("details", {{"class", "govuk-details"}});
      h.Element("summary", {{"class", "govuk-details__summary"}}, "Add a paper to " + item.title);
      h.Open("div", {{"class", "govuk-details__text"}});
      h.Open("form", {{"method", "post"}, {"enctype", "multipart/form-data"},
                      {"action", ctx.PartnershipPath("/agenda-items/" + std::to_string(item.id) + "/papers")}});
      CsrfField(h, ctx.csrf_token);
      FileUpload(h, form, "paper-" + std::to_string(item.id), "Paper for " + item.title,
                 "A PDF, Word or Excel file up to 10 MB");
      Button(h, "Upload paper", true);
      h.Close("form").Close("div").Close("details");
    }
    h.Close("li");
  }
  h.Close("ol");
  if (!quorate && !meeting.cancelled)
    h.Element("p", {{"class", "govuk-body-s"}}, "Items needing a decision wait until the meeting is quorate.");
  if (manage) {
    h.Open("details", {{"class", "govuk-details"}});
    h.Element("summary", {{"class", "govuk-details__summary"}}, "Add an agenda item");
    h.Open("div", {{"class", "govuk-details__text"}});
    h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/agenda"},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    TextInput(h, form, "item_title", "Item", {.width_class = "govuk-!-width-two-thirds"});
    TextInput(h, form, "presenter", "Presenter (optional)", {.width_class = "govuk-!-width-one-half"});
    Checkbox(h, form, "decision_needed", "A decision is needed");
    Checkbox(h, form, "confidential", "Confidential (left out of the public minutes)");
    Button(h, "Add item", true);
    h.Close("form").Close("div").Close("details");
  }
}

// The meeting page; `attendance_form` and `decision_form` carry a refused submission.
Response RenderMeeting(Context& ctx, const Meeting& meeting, const FormState& attendance_form,
                       const FormState& decision_form, int status,
                       const FormState& agenda_form = FormState{}) {
  MeetingStore store(ctx.db);
  governance::GovernanceStore governance(ctx.db);
  auto group = GroupOrNotFound(ctx, meeting.group_id);
  auto today = core::DateOf(ctx.clock.Now());
  auto entries = store.AttendanceOf(meeting);
  auto rule = store.QuorumRuleOf(ctx.partnership_id(), group.id);
  auto attendees = meetings::AttendeesFrom(entries);
  auto quorum = meetings::CheckQuorum(rule, attendees);
  std::map<std::int64_t, std::string> agency_names;
  for (const auto& a : governance.ListAgencies(ctx.partnership_id())) agency_names[a.id] = a.name;

  Html h;
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

  // Live quorum.
  if (!meeting.cancelled) {
    std::string rule_text = "Quorum: ";
    if (rule.min_members) rule_text += std::to_string(rule.min_members) + " members, ";
    if (rule.min_agencies) rule_text += std::to_string(rule.min_agencies) + " agencies, ";
    if (!rule.required_agencies.empty()) {
      rule_text += "these agencies: ";
      for (std::size_t i = 0; i < rule.required_agencies.size(); ++i)
        rule_text += (i ? ", " : "") + agency_names[rule.required_agencies[i]];
      rule_text += ", ";
    }
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
        h.Element("li", agency_names[missing] + " is not present");
      h.Close("ul");
    }
    h.Close("div");
  }

  RenderAgenda(ctx, h, meeting, group, quorum.quorate, agenda_form);

  // Attendance.
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
  auto people = governance.ListPeople(ctx.partnership_id());
  h.Open("table", {{"class", "govuk-table"}});
  h.Open("thead", {{"class", "govuk-table__head"}}).Open("tr", {{"class", "govuk-table__row"}});
  for (const char* heading : {"Member", "Representing", "Role", "Attendance", "Deputy"})
    h.Element("th", {{"scope", "col"}, {"class", "govuk-table__header"}}, heading);
  h.Close("tr").Close("thead").Open("tbody", {{"class", "govuk-table__body"}});
  for (const auto& e : entries) {
    std::string id = std::to_string(e.membership_id);
    h.Open("tr", {{"class", "govuk-table__row"}});
    h.Element("th", {{"scope", "row"}, {"class", "govuk-table__header"}}, e.person_name);
    h.Element("td", {{"class", "govuk-table__cell"}}, e.agency_name);
    h.Element("td", {{"class", "govuk-table__cell"}},
              std::string(core::LabelOf(governance::RoleCategories(), e.role)));
    if (editable) {
      FormState row_form = attendance_form;
      if (row_form.values.find("status-" + id) == row_form.values.end() && e.status)
        row_form.values["status-" + id] = std::string(core::CodeOf(meetings::AttendanceStatuses(), *e.status));
      if (row_form.values.find("deputy-" + id) == row_form.values.end() && e.deputy_person_id)
        row_form.values["deputy-" + id] = std::to_string(*e.deputy_person_id);
      std::vector<std::pair<std::string, std::string>> statuses;
      for (const auto& t : meetings::AttendanceStatuses())
        statuses.emplace_back(std::string(t.code), std::string(t.label));
      std::vector<std::pair<std::string, std::string>> deputies;
      for (const auto& p : people)
        if (p.id != e.person_id && p.agency_id && p.agency_id == e.agency_id && !p.ended_on)
          deputies.emplace_back(std::to_string(p.id), p.full_name);
      h.Open("td", {{"class", "govuk-table__cell"}});
      Select(h, row_form, "status-" + id, "Attendance of " + e.person_name, statuses, "Not recorded",
             "", true);
      h.Close("td").Open("td", {{"class", "govuk-table__cell"}});
      Select(h, row_form, "deputy-" + id, "Deputy for " + e.person_name, deputies, "No deputy", "",
             true);
      h.Close("td");
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

  // Decisions.
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "decisions"}}, "Decisions");
  auto decisions = store.DecisionsOfMeeting(ctx.partnership_id(), meeting.id);
  auto agenda = store.AgendaOf(ctx.partnership_id(), meeting.id);
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

  // Actions arising.
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

  // Matters arising: actions still open from the group's earlier meetings.
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

  if (CanManage(ctx) && !meeting.cancelled && today <= meeting.meets_on) {
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

  auto chrome = Chrome(ctx, meeting.title.empty() ? group.name : meeting.title, "Groups");
  chrome.title += ", " + core::FormatDateLong(meeting.meets_on);
  chrome.breadcrumbs = {{"Groups", ctx.PartnershipPath("/groups")},
                        {group.name, GroupPath(ctx, group.id)},
                        {"Meetings", GroupPath(ctx, group.id) + "/meetings"}};
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !attendance_form.errors.empty() || !decision_form.errors.empty() ||
                      !agenda_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ListMeetings(Context& ctx) {
  auto group = GroupOrNotFound(ctx, ctx.Id("id"));
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  if (CanManage(ctx)) ButtonLink(h, GroupPath(ctx, group.id) + "/meetings/new", "Schedule a meeting");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, GroupPath(ctx, group.id) + "/attendance", "Attendance report");
  h.Text(" | ");
  Link(h, GroupPath(ctx, group.id) + "/work-plan", "Work plan");
  h.Close("p");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& m : MeetingStore(ctx.db).MeetingsOfGroup(ctx.partnership_id(), group.id)) {
    Html status;
    StatusTag(status, meetings::MeetingStatus(m.cancelled, m.meets_on, today));
    rows.push_back({LinkCell(MeetingPath(ctx, m.id), core::FormatDateLong(m.meets_on)),
                    TextCell(m.title), status.Build()});
  }
  Table(h, "", {"Date", "Meeting", "Status"}, rows);
  if (group.kind == governance::GroupKind::kBoard) {
    // RULE: Constitution 9 - chair's action stands unratified until the next Board meeting.
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "chairs-action"}}, "Chair's action awaiting ratification");
    auto waiting = MeetingStore(ctx.db).UnratifiedChairsActions(ctx.partnership_id(), group.id);
    if (waiting.empty()) h.Element("p", {{"class", "govuk-body"}}, "None.");
    for (const auto& d : waiting) {
      h.Open("p", {{"class", "govuk-body"}});
      StatusTag(h, {"Unratified", core::Tone::kWarning});
      h.Text(" " + core::FormatDateLong(d.decided_on) + ": " + d.text);
      h.Close("p");
    }
    if (CanManage(ctx)) {
      h.Open("details", {{"class", "govuk-details"}});
      h.Element("summary", {{"class", "govuk-details__summary"}}, "Record a chair's action");
      h.Open("div", {{"class", "govuk-details__text"}});
      h.Open("form", {{"method", "post"}, {"action", GroupPath(ctx, group.id) + "/chairs-actions"},
                      {"novalidate", "novalidate"}});
      CsrfField(h, ctx.csrf_token);
      FormState empty;
      Textarea(h, empty, "text", "What the chair decided",
               "Taken with the BMG chair and professional adviser; it goes on the next Board agenda for ratification", 3);
      DateInput(h, empty, "decided_on", "Date of the chair's action");
      Button(h, "Record chair's action", true);
      h.Close("form").Close("div").Close("details");
    }
  }
  auto chrome = Chrome(ctx, "Meetings of " + group.name, "Groups");
  chrome.breadcrumbs = {{"Groups", ctx.PartnershipPath("/groups")}, {group.name, GroupPath(ctx, group.id)}};
  chrome.success = SuccessMessage(ctx);
  return Page(ctx, std::move(chrome), std::move(h));
}

Response NewMeeting(Context& ctx) {
  auto group = GroupOrNotFound(ctx, ctx.Id("id"));
  FormState form;
  form.values = {{"title", group.name}, {"starts_at", "10:00"}};
  return RenderNewMeeting(ctx, group, form);
}

Response CreateMeeting(Context& ctx) {
  auto group = GroupOrNotFound(ctx, ctx.Id("id"));
  FormState form{Submitted(ctx), {}};
  Meeting m;
  m.partnership_id = ctx.partnership_id();
  m.group_id = group.id;
  m.title = core::Trim(form.Value("title"));
  if (m.title.empty()) form.errors.Add("title", "Enter a title for the meeting");
  if (auto date = governance::ReadDateField(form.values, "meets_on", "the date", true, form.errors))
    m.meets_on = *date;
  m.starts_at = core::Trim(form.Value("starts_at"));
  if (!ValidTime(m.starts_at)) form.errors.Add("starts_at", "Enter a start time like 10:00");
  m.location = core::Trim(form.Value("location"));
  auto until = governance::ReadDateField(form.values, "repeat_until", "the last date of the series",
                                         false, form.errors);
  if (until && form.errors.empty() && *until < m.meets_on)
    form.errors.Add("repeat_until", "The series must end on or after the first meeting");
  if (until && group.cadence == governance::Cadence::kAsRequired)
    form.errors.Add("repeat_until", "This group meets as required: schedule its meetings one by one");
  if (!form.errors.empty()) return RenderNewMeeting(ctx, group, form);
  storage::Transaction tx(ctx.db);
  MeetingStore store(ctx.db);
  std::vector<core::Date> dates = {m.meets_on};
  if (until) dates = meetings::SeriesDates(group.cadence, m.meets_on, *until);
  std::int64_t first_id = 0;
  for (const auto& date : dates) {
    Meeting one = m;
    one.meets_on = date;
    one.id = store.CreateMeeting(one);
    store.PrepareAgenda(one, group.kind);
    ctx.Audit("create", "meeting", one.id);
    if (!first_id) first_id = one.id;
  }
  tx.Commit();
  if (dates.size() > 1)
    return http::Redirect(GroupPath(ctx, group.id) + "/meetings?done=series-scheduled");
  return http::Redirect(MeetingPath(ctx, first_id) + "?done=meeting-scheduled");
}

Response ShowMeeting(Context& ctx) {
  return RenderMeeting(ctx, MeetingOrNotFound(ctx), FormState{}, FormState{}, 200);
}

Response RecordAttendance(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  // RULE: cancelled meetings count for nobody's attendance.
  if (meeting.cancelled) {
    form.errors.Add("attendance", "This meeting was cancelled: attendance cannot be recorded");
    return RenderMeeting(ctx, meeting, form, FormState{}, 422);
  }
  MeetingStore store(ctx.db);
  auto entries = store.AttendanceOf(meeting);
  std::map<std::int64_t, std::optional<std::int64_t>> agency_of_person;
  for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id()))
    agency_of_person[p.id] = p.agency_id;
  std::vector<meetings::MarkInput> marks;
  form.errors = meetings::ReadAttendanceForm(form.values, entries, agency_of_person, marks);
  if (!form.errors.empty()) return RenderMeeting(ctx, meeting, form, FormState{}, 422);
  storage::Transaction tx(ctx.db);
  for (const auto& mark : marks)
    store.RecordAttendance(meeting.id, mark.membership_id, mark.status, mark.deputy_person_id);
  ctx.Audit("update", "attendance", meeting.id, std::to_string(marks.size()) + " marks");
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=attendance-saved#quorum");
}

Response RecordDecision(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  std::string text = core::Trim(form.Value("text"));
  if (text.empty()) form.errors.Add("text", "Enter the decision");
  if (text.size() > 10000) form.errors.Add("text", "The decision must be 10,000 characters or fewer");
  if (meeting.cancelled) form.errors.Add("text", "This meeting was cancelled: no decision can be recorded");
  // RULE: Constitution 6g - no decisions can be made without the meeting being quorate.
  auto quorum = meetings::CheckQuorum(store.QuorumRuleOf(ctx.partnership_id(), meeting.group_id),
                                      meetings::AttendeesFrom(store.AttendanceOf(meeting)));
  if (!meeting.cancelled && !quorum.quorate) form.errors.Add("text", meetings::NotQuorateMessage(quorum));
  bool approves_procedure = form.Value("approves_procedure") == "yes";
  int required = ProcedureApprovalAgencies(ctx, meeting.group_id);
  if (approves_procedure && quorum.quorate && !meetings::CanApproveProcedure(required, quorum))
    form.errors.Add("approves_procedure",
                    "Approving a procedure document needs " + std::to_string(required) +
                        " agencies present; " + std::to_string(quorum.agencies_counted) + " are");
  std::optional<std::int64_t> item_id;
  if (auto text_id = form.Value("agenda_item_id"); !text_id.empty()) {
    auto item = store.FindAgendaItem(ctx.partnership_id(), std::atoll(text_id.c_str()));
    if (!item || item->meeting_id != meeting.id)
      form.errors.Add("agenda_item_id", "Select an item on this meeting's agenda");
    else
      item_id = item->id;
  }
  if (!form.errors.empty()) return RenderMeeting(ctx, meeting, FormState{}, form, 422);
  storage::Transaction tx(ctx.db);
  meetings::Decision d;
  d.meeting_id = meeting.id;
  d.group_id = meeting.group_id;
  d.decided_on = meeting.meets_on;
  d.text = text;
  d.agenda_item_id = item_id;
  d.approves_procedure = approves_procedure;
  auto id = store.CreateDecision(ctx.partnership_id(), d);
  ctx.Audit("create", "decision", id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=decision-recorded#decisions");
}

Response CancelMeeting(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  storage::Transaction tx(ctx.db);
  MeetingStore(ctx.db).SetCancelled(ctx.partnership_id(), meeting.id, true);
  ctx.Audit("cancel", "meeting", meeting.id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=meeting-cancelled");
}


namespace {

meetings::AgendaItem ItemOrNotFound(Context& ctx) {
  auto item = MeetingStore(ctx.db).FindAgendaItem(ctx.partnership_id(), ctx.Id("id"));
  if (!item) throw http::NotFound{};
  return *item;
}

Meeting MeetingById(Context& ctx, std::int64_t id) {
  auto meeting = MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), id);
  if (!meeting) throw http::NotFound{};
  return *meeting;
}

meetings::QuorumResult QuorumOf(Context& ctx, const Meeting& meeting) {
  MeetingStore store(ctx.db);
  return meetings::CheckQuorum(store.QuorumRuleOf(ctx.partnership_id(), meeting.group_id),
                               meetings::AttendeesFrom(store.AttendanceOf(meeting)));
}

Response AgendaError(Context& ctx, const Meeting& meeting, const std::string& field,
                     const std::string& message) {
  FormState form{Submitted(ctx), {}};
  form.errors.Add(field, message);
  return RenderMeeting(ctx, meeting, FormState{}, FormState{}, 422, form);
}

}  // namespace

Response AddAgendaItem(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  meetings::AgendaItem item;
  item.meeting_id = meeting.id;
  item.title = core::Trim(form.Value("item_title"));
  item.presenter = core::Trim(form.Value("presenter"));
  item.decision_needed = form.Value("decision_needed") == "yes";
  item.confidential = form.Value("confidential") == "yes";
  if (item.title.empty()) form.errors.Add("item_title", "Enter the agenda item");
  if (item.title.size() > 300) form.errors.Add("item_title", "The item must be 300 characters or fewer");
  if (meeting.cancelled) form.errors.Add("item_title", "This meeting was cancelled");
  if (!form.errors.empty()) return RenderMeeting(ctx, meeting, FormState{}, FormState{}, 422, form);
  storage::Transaction tx(ctx.db);
  auto id = MeetingStore(ctx.db).AddAgendaItem(ctx.partnership_id(), item);
  ctx.Audit("create", "agenda-item", id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=item-added#agenda");
}

Response UploadPaper(Context& ctx) {
  auto item = ItemOrNotFound(ctx);
  Meeting meeting = MeetingById(ctx, item.meeting_id);
  std::string field = "paper-" + std::to_string(item.id);
  if (meeting.cancelled) return AgendaError(ctx, meeting, field, "This meeting was cancelled");
  const http::Part* file = nullptr;
  for (const auto& part : ctx.files)
    if (part.name == field) file = &part;
  if (!file || !file->file_name || file->file_name->empty())
    return AgendaError(ctx, meeting, field, "Choose a file to upload");
  auto check = meetings::CheckPaper(*file->file_name, file->data);
  if (!check.error.empty()) return AgendaError(ctx, meeting, field, check.error);
  meetings::Paper paper;
  paper.agenda_item_id = item.id;
  paper.file_name = meetings::SafeFileName(*file->file_name);
  paper.content_type = check.content_type;
  paper.size_bytes = static_cast<std::int64_t>(file->data.size());
  paper.uploaded_at = core::FormatTimestamp(ctx.clock.Now());
  // RULE: papers arriving after the circulation deadline are flagged late.
  paper.late = meetings::IsLate(core::DateOf(ctx.clock.Now()), meeting.meets_on);
  storage::Transaction tx(ctx.db);
  auto id = MeetingStore(ctx.db).AddPaper(ctx.partnership_id(), paper, core::Base64Encode(file->data));
  ctx.Audit("create", "paper", id, paper.late ? "late" : "");
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=paper-added#agenda");
}

Response DownloadPaper(Context& ctx) {
  MeetingStore store(ctx.db);
  auto paper = store.PaperWithContent(ctx.partnership_id(), ctx.Id("id"));
  if (!paper) throw http::NotFound{};
  auto item = store.FindAgendaItem(ctx.partnership_id(), paper->first.agenda_item_id);
  if (!item) throw http::NotFound{};
  if (item->confidential) {
    if (!SeesConfidentialItems(ctx, MeetingById(ctx, item->meeting_id).group_id)) return ErrorPage(ctx, 403);
    ctx.Audit("view", "paper", paper->first.id, "confidential item");
  }
  auto bytes = core::Base64Decode(paper->second);
  if (!bytes) throw std::runtime_error("stored paper is not valid base64");
  Response r{200, {{"Content-Type", paper->first.content_type}}, std::move(*bytes)};
  // Served as a download, never rendered in the page's origin.
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + paper->first.file_name + "\"");
  return r;
}

Response AcceptLatePaper(Context& ctx) {
  MeetingStore store(ctx.db);
  auto meeting_id = store.MeetingOfPaper(ctx.partnership_id(), ctx.Id("id"));
  if (!meeting_id) throw http::NotFound{};
  Meeting meeting = MeetingById(ctx, *meeting_id);
  auto group = GroupOrNotFound(ctx, meeting.group_id);
  // RULE: the chair accepts late papers (the business manager may record it for them).
  if (!CanManage(ctx) && !IsChairOf(ctx, group)) return ErrorPage(ctx, 403);
  storage::Transaction tx(ctx.db);
  store.AcceptLatePaper(ctx.partnership_id(), ctx.Id("id"));
  ctx.Audit("accept-late", "paper", ctx.Id("id"));
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=paper-accepted#agenda");
}

namespace {

bool CanReadMinutes(const Context& ctx, const std::optional<meetings::Minutes>& minutes) {
  // Drafts are the board team's; members read minutes once circulated.
  return minutes && (minutes->status != meetings::MinutesStatus::kDraft || CanManage(ctx));
}

Response RenderMinutes(Context& ctx, const Meeting& meeting, const FormState& form, int status) {
  MeetingStore store(ctx.db);
  auto group = GroupOrNotFound(ctx, meeting.group_id);
  auto minutes = store.MinutesOf(ctx.partnership_id(), meeting.id);
  auto items = store.AgendaOf(ctx.partnership_id(), meeting.id);
  Html h;
  std::string state =
      minutes ? std::string(core::LabelOf(meetings::MinutesStatuses(), minutes->status)) : "Not drafted";
  std::vector<std::pair<std::string, std::string>> summary = {{"Status", state}};
  if (minutes && minutes->circulated_on)
    summary.emplace_back("Circulated", core::FormatDateLong(*minutes->circulated_on));
  if (minutes && minutes->approved_on)
    summary.emplace_back("Approved", core::FormatDateLong(*minutes->approved_on) +
                                         " at the next meeting of " + group.name);
  SummaryList(h, summary);
  bool locked = minutes && minutes->status == meetings::MinutesStatus::kApproved;
  bool sees_confidential = SeesConfidentialItems(ctx, group.id);
  if (CanReadMinutes(ctx, minutes) && !(CanManage(ctx) && !locked)) {
    h.Append(TrustedHtml::FromMarkdown(minutes->body, 2));
    for (const auto& item : items) {
      if (item.minute_text.empty()) continue;
      h.Open("h3", {{"class", "govuk-heading-s"}});
      if (item.confidential && !sees_confidential) {
        h.Text("Confidential item ");
        StatusTag(h, {"Confidential", core::Tone::kSensitive});
        h.Close("h3");
        continue;
      }
      AuditConfidentialView(ctx, item, "minutes");
      h.Text(item.title + " ");
      if (item.confidential) StatusTag(h, {"Confidential", core::Tone::kSensitive});
      h.Close("h3");
      h.Append(TrustedHtml::FromMarkdown(item.minute_text, 3));
    }
  } else if (!CanManage(ctx)) {
    h.Element("p", {{"class", "govuk-body"}}, "The minutes have not been circulated yet.");
  }
  if (locked) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, "/public/" + ctx.partnership->slug + "/minutes/" + std::to_string(meeting.id),
         "The public version (confidential items left out)");
    h.Close("p");
    auto corrections = store.CorrectionsOf(meeting.id);
    h.Element("h2", {{"class", "govuk-heading-m"}}, "Corrections");
    if (corrections.empty()) h.Element("p", {{"class", "govuk-body"}}, "None recorded.");
    for (const auto& c : corrections)
      h.Element("p", {{"class", "govuk-body"}}, core::FormatDateLong(c.corrected_on) + ": " + c.text);
    if (CanManage(ctx)) {
      ErrorSummary(h, form.errors);
      h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/minutes/corrections"}});
      CsrfField(h, ctx.csrf_token);
      Textarea(h, form, "correction", "Record a correction",
               "Approved minutes are a permanent record: corrections are added, never written over", 3);
      Button(h, "Record correction", true);
      h.Close("form");
    }
  } else if (CanManage(ctx)) {
    ErrorSummary(h, form.errors);
    FormState editing = form;
    // Someone who manages the partnership without being entitled (the deployment administrator)
    // edits the rest of the minutes; a confidential item's text is neither shown nor changed.
    std::erase_if(items, [&](const auto& item) { return item.confidential && !sees_confidential; });
    if (editing.values.empty()) {
      editing.values["body"] = minutes ? minutes->body : "";
      for (const auto& item : items) {
        AuditConfidentialView(ctx, item, "draft minutes");
        editing.values["minute-" + std::to_string(item.id)] = item.minute_text;
      }
    }
    h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/minutes"},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    Textarea(h, editing, "body", "Present and introduction", "Markdown", 5);
    for (const auto& item : items)
      Textarea(h, editing, "minute-" + std::to_string(item.id), item.title,
               item.confidential ? "Confidential: left out of the public minutes" : "", 4);
    Button(h, "Save draft");
    h.Close("form");
    if (minutes && minutes->status == meetings::MinutesStatus::kDraft) {
      h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/minutes/circulate"}});
      CsrfField(h, ctx.csrf_token);
      Button(h, "Circulate to members", true);
      h.Close("form");
    }
  }
  auto chrome = Chrome(ctx, "Minutes: " + group.name + ", " + core::FormatDateLong(meeting.meets_on), "Groups");
  chrome.breadcrumbs = {{"Groups", ctx.PartnershipPath("/groups")},
                        {group.name, GroupPath(ctx, group.id)},
                        {"Meeting", MeetingPath(ctx, meeting.id)}};
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowMinutes(Context& ctx) { return RenderMinutes(ctx, MeetingOrNotFound(ctx), FormState{}, 200); }

Response SaveMinutes(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  auto existing = store.MinutesOf(ctx.partnership_id(), meeting.id);
  // RULE: Constitution 6h - approved minutes are a permanent record.
  if (existing && existing->status == meetings::MinutesStatus::kApproved)
    form.errors.Add("correction", "These minutes are approved and locked: record a correction instead");
  if (meeting.cancelled) form.errors.Add("body", "This meeting was cancelled: it has no minutes");
  for (const auto& [name, value] : form.values)
    if (value.size() > 100000) form.errors.Add(name, "Each part of the minutes must be 100,000 characters or fewer");
  if (!form.errors.empty()) return RenderMinutes(ctx, meeting, form, 422);
  storage::Transaction tx(ctx.db);
  meetings::Minutes minutes = existing.value_or(meetings::Minutes{});
  minutes.meeting_id = meeting.id;
  minutes.body = form.Value("body");
  store.SaveMinutes(ctx.partnership_id(), minutes);
  bool sees_confidential = SeesConfidentialItems(ctx, meeting.group_id);
  for (const auto& item : store.AgendaOf(ctx.partnership_id(), meeting.id)) {
    if (item.confidential && !sees_confidential) continue;
    if (auto text = form.values.find("minute-" + std::to_string(item.id)); text != form.values.end())
      store.SetMinuteText(ctx.partnership_id(), item.id, text->second);
  }
  ctx.Audit("update", "minutes", meeting.id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "/minutes?done=minutes-saved");
}

Response CirculateMinutes(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  auto minutes = store.MinutesOf(ctx.partnership_id(), meeting.id);
  FormState form;
  if (!minutes || minutes->status != meetings::MinutesStatus::kDraft) {
    form.errors.Add("body", "Only draft minutes can be circulated");
    return RenderMinutes(ctx, meeting, form, 422);
  }
  storage::Transaction tx(ctx.db);
  minutes->status = meetings::MinutesStatus::kCirculated;
  minutes->circulated_on = core::DateOf(ctx.clock.Now());
  store.SaveMinutes(ctx.partnership_id(), *minutes);
  ctx.Audit("circulate", "minutes", meeting.id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "/minutes?done=minutes-circulated");
}

Response ApproveMinutes(Context& ctx) {
  auto item = ItemOrNotFound(ctx);
  Meeting meeting = MeetingById(ctx, item.meeting_id);
  MeetingStore store(ctx.db);
  std::string field = "item_title";
  if (item.purpose != meetings::AgendaPurpose::kMinutes || !item.subject_id)
    return AgendaError(ctx, meeting, field, "This agenda item is not the approval of minutes");
  auto minutes = store.MinutesOf(ctx.partnership_id(), *item.subject_id);
  if (!minutes || minutes->status != meetings::MinutesStatus::kCirculated)
    return AgendaError(ctx, meeting, field, "Minutes must be circulated before they are approved");
  // RULE: Constitution 6h and 6g - minutes are approved at the next meeting, by a decision,
  // which needs a quorate meeting.
  auto quorum = QuorumOf(ctx, meeting);
  if (!quorum.quorate) return AgendaError(ctx, meeting, field, meetings::NotQuorateMessage(quorum));
  Meeting minuted = MeetingById(ctx, *item.subject_id);
  storage::Transaction tx(ctx.db);
  minutes->status = meetings::MinutesStatus::kApproved;
  minutes->approved_at_meeting_id = meeting.id;
  minutes->approved_on = meeting.meets_on;
  store.SaveMinutes(ctx.partnership_id(), *minutes);
  meetings::Decision d;
  d.meeting_id = meeting.id;
  d.group_id = meeting.group_id;
  d.decided_on = meeting.meets_on;
  d.text = "The minutes of the meeting of " + core::FormatDateLong(minuted.meets_on) +
           " were approved as a true record.";
  d.agenda_item_id = item.id;
  auto id = store.CreateDecision(ctx.partnership_id(), d);
  ctx.Audit("approve", "minutes", minuted.id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=minutes-approved#agenda");
}

Response CorrectMinutes(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  auto minutes = store.MinutesOf(ctx.partnership_id(), meeting.id);
  std::string text = core::Trim(form.Value("correction"));
  if (!minutes || minutes->status != meetings::MinutesStatus::kApproved)
    form.errors.Add("correction", "Only approved minutes take corrections; edit the draft instead");
  if (text.empty()) form.errors.Add("correction", "Enter the correction");
  if (!form.errors.empty()) return RenderMinutes(ctx, meeting, form, 422);
  storage::Transaction tx(ctx.db);
  store.AddCorrection(meeting.id, core::DateOf(ctx.clock.Now()), text, ctx.user_id());
  ctx.Audit("correct", "minutes", meeting.id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "/minutes?done=correction-recorded");
}

Response ShowPublicMinutes(Context& ctx) {
  MeetingStore store(ctx.db);
  auto meeting = store.FindMeeting(ctx.partnership_id(), ctx.Id("id"));
  auto minutes = meeting ? store.MinutesOf(ctx.partnership_id(), meeting->id) : std::nullopt;
  // RULE: Constitution 6i - minutes are public once approved, less confidential items.
  if (!minutes || minutes->status != meetings::MinutesStatus::kApproved) throw http::NotFound{};
  auto group = GroupOrNotFound(ctx, meeting->group_id);
  Html h;
  h.Element("p", {{"class", "govuk-body"}}, "Approved minutes. Confidential items are not published.");
  h.Append(TrustedHtml::FromMarkdown(minutes->body, 2));
  for (const auto& item : store.AgendaOf(ctx.partnership_id(), meeting->id)) {
    if (item.confidential || item.minute_text.empty()) continue;
    h.Element("h3", {{"class", "govuk-heading-s"}}, item.title);
    h.Append(TrustedHtml::FromMarkdown(item.minute_text, 3));
  }
  for (const auto& c : store.CorrectionsOf(meeting->id))
    h.Element("p", {{"class", "govuk-body"}}, "Correction, " + core::FormatDateLong(c.corrected_on) + ": " + c.text);
  PageChrome chrome = Chrome(ctx, ctx.partnership->name + ": " + group.name + ", " +
                                      core::FormatDateLong(meeting->meets_on));
  chrome.nav.clear();
  return Page(ctx, std::move(chrome), std::move(h));
}

Response RecordChairsAction(Context& ctx) {
  auto group = GroupOrNotFound(ctx, ctx.Id("id"));
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  meetings::Decision d;
  d.group_id = group.id;
  d.chairs_action = true;
  d.text = core::Trim(form.Value("text"));
  if (d.text.empty()) form.errors.Add("text", "Enter the chair's action");
  if (auto date = governance::ReadDateField(form.values, "decided_on", "the date", true, form.errors))
    d.decided_on = *date;
  // RULE: Constitution 9 - chair's action is the Board chair's, ratified by the next Board.
  if (group.kind != governance::GroupKind::kBoard)
    form.errors.Add("text", "Chair's action is taken for the Board only");
  if (!form.errors.empty()) {
    Html h;
    ErrorSummary(h, form.errors);
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, GroupPath(ctx, group.id) + "/meetings", "Back to the meetings");
    h.Close("p");
    auto chrome = Chrome(ctx, "Chair's action was not recorded", "Groups");
    chrome.has_errors = true;
    return Page(ctx, std::move(chrome), std::move(h), 422);
  }
  storage::Transaction tx(ctx.db);
  auto id = store.CreateDecision(ctx.partnership_id(), d);
  // Queue it on the next Board meeting already scheduled; meetings scheduled later pick it up
  // when their agenda is prepared.
  if (auto next = store.NextMeeting(ctx.partnership_id(), group.id, d.decided_on)) {
    meetings::AgendaItem ratify;
    ratify.meeting_id = next->id;
    ratify.title = "Ratify chair's action of " + core::FormatDateLong(d.decided_on);
    ratify.decision_needed = true;
    ratify.purpose = meetings::AgendaPurpose::kRatify;
    ratify.subject_id = id;
    store.AddAgendaItem(ctx.partnership_id(), ratify);
  }
  ctx.Audit("create", "chairs-action", id);
  tx.Commit();
  return http::Redirect(GroupPath(ctx, group.id) + "/meetings?done=chairs-action-recorded");
}

Response RatifyChairsAction(Context& ctx) {
  auto item = ItemOrNotFound(ctx);
  Meeting meeting = MeetingById(ctx, item.meeting_id);
  MeetingStore store(ctx.db);
  if (item.purpose != meetings::AgendaPurpose::kRatify || !item.subject_id)
    return AgendaError(ctx, meeting, "item_title", "This agenda item is not a chair's action to ratify");
  auto quorum = QuorumOf(ctx, meeting);
  if (!quorum.quorate) return AgendaError(ctx, meeting, "item_title", meetings::NotQuorateMessage(quorum));
  storage::Transaction tx(ctx.db);
  store.Ratify(ctx.partnership_id(), *item.subject_id, meeting.id);
  ctx.Audit("ratify", "decision", *item.subject_id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=ratified#agenda");
}

Response AddMeetingAction(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  meetings::MeetingAction a;
  a.meeting_id = meeting.id;
  a.description = core::Trim(form.Value("action_description"));
  if (a.description.empty()) form.errors.Add("action_description", "Enter the action");
  std::string owner = form.Value("action_owner");
  if (!owner.empty()) {
    auto person = governance::GovernanceStore(ctx.db).FindPerson(ctx.partnership_id(), std::atoll(owner.c_str()));
    if (!person) form.errors.Add("action_owner", "Select an owner from the list");
    else a.owner_person_id = person->id;
  }
  a.due_on = governance::ReadDateField(form.values, "action_due_on", "the due date", false, form.errors);
  if (!form.errors.empty()) return RenderMeeting(ctx, meeting, FormState{}, FormState{}, 422, form);
  storage::Transaction tx(ctx.db);
  auto id = MeetingStore(ctx.db).CreateAction(ctx.partnership_id(), a);
  ctx.Audit("create", "action", id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=action-added");
}

Response SetMeetingActionStatus(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  auto status = core::ParseCode(meetings::ActionStatuses(), form.Value("status"));
  auto action_id = ctx.Id("id");
  auto action_meeting = MeetingStore(ctx.db).MeetingOfAction(ctx.partnership_id(), action_id);
  if (!action_meeting) throw http::NotFound{};
  std::string back = form.Value("back");
  std::int64_t back_id = back.empty() ? *action_meeting : std::atoll(back.c_str());
  if (!status) {
    Meeting meeting = MeetingById(ctx, back_id);
    FormState errors;
    errors.errors.Add("status", "Choose open, done or dropped");
    return RenderMeeting(ctx, meeting, FormState{}, FormState{}, 422, errors);
  }
  storage::Transaction tx(ctx.db);
  MeetingStore(ctx.db).SetActionStatus(ctx.partnership_id(), action_id, *status);
  ctx.Audit("update", "action", action_id, std::string(core::CodeOf(meetings::ActionStatuses(), *status)));
  tx.Commit();
  if (!MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), back_id)) back_id = *action_meeting;
  return http::Redirect(MeetingPath(ctx, back_id) + "?done=action-updated#matters-arising");
}

Response MoveMeeting(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  auto to = governance::ReadDateField(form.values, "moved_to", "the new date", true, form.errors);
  std::string starts_at = core::Trim(form.Value("moved_starts_at"));
  if (starts_at.empty()) starts_at = meeting.starts_at;
  if (!ValidTime(starts_at)) form.errors.Add("moved_starts_at", "Enter a start time like 10:00");
  if (meeting.cancelled) form.errors.Add("moved_to", "This meeting was cancelled");
  if (!form.errors.empty()) return RenderMeeting(ctx, meeting, FormState{}, FormState{}, 422, form);
  storage::Transaction tx(ctx.db);
  MeetingStore(ctx.db).Move(ctx.partnership_id(), meeting.id, *to, starts_at);
  ctx.Audit("move", "meeting", meeting.id, core::FormatDate(meeting.meets_on) + " to " + core::FormatDate(*to));
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=meeting-moved");
}

namespace {

Response RenderMyMeetings(Context& ctx, const FormState& form, int status) {
  auto today = core::DateOf(ctx.clock.Now());
  MeetingStore store(ctx.db);
  governance::GovernanceStore governance(ctx.db);
  auto people = governance.ListPeople(ctx.partnership_id());
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Meetings of the groups you belong to. If you cannot attend, send your apologies and "
            "name a deputy from your agency.");
  ErrorSummary(h, form.errors);
  auto upcoming = ctx.session ? store.UpcomingMeetingsOfUser(ctx.partnership_id(), ctx.session->user.id, today)
                              : std::vector<std::pair<Meeting, meetings::AttendanceEntry>>{};
  if (upcoming.empty()) h.Element("p", {{"class", "govuk-body"}}, "You have no meetings coming up.");
  if (ctx.session) {
    if (auto token = auth::CalendarTokenOf(ctx.db, ctx.session->user.id)) {
      h.Element("p", {{"class", "govuk-body"}},
                "Subscribe to your meetings in your calendar app with this private address:");
      h.Element("p", {{"class", "govuk-body"}}, "/calendar/" + *token + ".ics");
    } else {
      h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/calendar-link")}});
      CsrfField(h, ctx.csrf_token);
      Button(h, "Get a calendar address", true);
      h.Close("form");
    }
  }
  for (const auto& [meeting, entry] : upcoming) {
    auto group = governance.FindGroup(ctx.partnership_id(), meeting.group_id);
    std::string id = std::to_string(meeting.id);
    h.Open("div", {{"class", "govuk-summary-card"}});
    h.Open("div", {{"class", "govuk-summary-card__title-wrapper"}});
    h.Open("h2", {{"class", "govuk-summary-card__title"}});
    Link(h, MeetingPath(ctx, meeting.id), group->name + ", " + core::FormatDateLong(meeting.meets_on) +
                                              " at " + meeting.starts_at);
    h.Close("h2").Close("div").Open("div", {{"class", "govuk-summary-card__content"}});
    std::string current = entry.status ? std::string(core::LabelOf(meetings::AttendanceStatuses(), *entry.status))
                                       : "Not recorded";
    if (!entry.deputy_name.empty()) current += " (deputy: " + entry.deputy_name + ")";
    h.Element("p", {{"class", "govuk-body"}}, "Your attendance: " + current);
    h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/apologies"},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    std::vector<std::pair<std::string, std::string>> deputies;
    for (const auto& p : people)
      if (p.id != entry.person_id && p.agency_id && p.agency_id == entry.agency_id && !p.ended_on)
        deputies.emplace_back(std::to_string(p.id), p.full_name);
    FormState row = form;
    Select(h, row, "deputy-" + id, "Deputy from " + entry.agency_name + " (optional)", deputies, "No deputy");
    Button(h, "Send apologies", true);
    h.Close("form").Close("div").Close("div");
  }
  auto chrome = Chrome(ctx, "My meetings", "My meetings");
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowMyMeetings(Context& ctx) { return RenderMyMeetings(ctx, FormState{}, 200); }

Response SendApologies(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  std::string field = "deputy-" + std::to_string(meeting.id);
  // Only the member themself (through their linked person) sends their apologies here.
  std::optional<meetings::AttendanceEntry> mine;
  for (const auto& entry : store.AttendanceOf(meeting))
    if (governance::GovernanceStore(ctx.db).IsPersonOfUser(ctx.partnership_id(), entry.person_id,
                                                           ctx.session->user.id))
      mine = entry;
  if (!mine) return ErrorPage(ctx, 403);
  if (meeting.cancelled) form.errors.Add(field, "This meeting was cancelled");
  if (meeting.meets_on < core::DateOf(ctx.clock.Now()))
    form.errors.Add(field, "This meeting has already taken place");
  std::map<std::int64_t, std::optional<std::int64_t>> agency_of_person;
  for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id()))
    agency_of_person[p.id] = p.agency_id;
  std::string deputy = form.Value(field);
  core::FieldValues values = {{"status-" + std::to_string(mine->membership_id), deputy.empty() ? "apologies" : "deputy"},
                              {"deputy-" + std::to_string(mine->membership_id), deputy}};
  std::vector<meetings::MarkInput> marks;
  auto errors = meetings::ReadAttendanceForm(values, std::vector<meetings::AttendanceEntry>{*mine},
                                             agency_of_person, marks);
  for (const auto& e : errors.all()) form.errors.Add(field, e.message);
  if (!form.errors.empty()) return RenderMyMeetings(ctx, form, 422);
  storage::Transaction tx(ctx.db);
  store.RecordAttendance(meeting.id, mine->membership_id, marks[0].status, marks[0].deputy_person_id);
  ctx.Audit("apologies", "attendance", meeting.id, deputy.empty() ? "" : "deputy named");
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/my-meetings?done=apologies-sent"));
}

namespace {

struct Report {
  governance::Group group;
  int year;
  std::vector<meetings::AttendanceRow> by_agency;
  std::vector<meetings::AttendanceRow> by_member;
  std::size_t meetings_counted = 0;
};

Report BuildReport(Context& ctx) {
  auto group = GroupOrNotFound(ctx, ctx.Id("id"));
  auto today = core::DateOf(ctx.clock.Now());
  int year = core::FinancialYearOf(today);
  if (auto text = ctx.query.Get("year"); !text.empty()) {
    int asked = std::atoi(text.c_str());
    if (asked >= 1990 && asked <= 2200) year = asked;
  }
  auto [from, to] = core::FinancialYearDates(year);
  auto inputs = MeetingStore(ctx.db).AttendanceReportInputs(ctx.partnership_id(), group.id, from, to);
  int limit = meetings::DeputyLimitPercent(group.kind);
  Report report{group, year,
                meetings::AttendanceByAgency(inputs.meetings, inputs.memberships, inputs.marks, limit),
                meetings::AttendanceByMember(inputs.meetings, inputs.memberships, inputs.marks, limit),
                0};
  for (const auto& m : inputs.meetings)
    if (!m.cancelled) ++report.meetings_counted;
  return report;
}

std::vector<std::vector<TrustedHtml>> ReportRows(const std::vector<meetings::AttendanceRow>& rows) {
  std::vector<std::vector<TrustedHtml>> out;
  for (const auto& r : rows) {
    Html flags;
    if (r.below_target) StatusTag(flags, {"Below 80%", core::Tone::kBad});
    if (r.deputies_over_limit) StatusTag(flags, {"Many deputies", core::Tone::kWarning});
    out.push_back({TextCell(r.label), TextCell(std::to_string(r.expected)),
                   TextCell(std::to_string(r.present)), TextCell(std::to_string(r.by_deputy)),
                   TextCell(std::to_string(r.apologies)), TextCell(std::to_string(r.absent)),
                   TextCell(std::to_string(r.attendance_percent) + "%"),
                   TextCell(std::to_string(r.deputy_percent) + "%"), flags.Build()});
  }
  return out;
}

}  // namespace

Response ShowAttendanceReport(Context& ctx) {
  Report report = BuildReport(ctx);
  std::string path = GroupPath(ctx, report.group.id) + "/attendance";
  Html h;
  std::string years = core::FinancialYearLabel(report.year);
  h.Element("p", {{"class", "govuk-body"}},
            "Financial year " + years + " (1 April to 31 March): " +
                std::to_string(report.meetings_counted) +
                " meetings, not counting cancelled ones. Each agency or member is expected at the "
                "meetings held while their membership ran. Target 80%; deputies at most " +
                std::to_string(meetings::DeputyLimitPercent(report.group.kind)) + "% of meetings.");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, path + "?year=" + std::to_string(report.year - 1), "Previous year");
  h.Text(" | ");
  Link(h, path + "?year=" + std::to_string(report.year + 1), "Next year");
  h.Text(" | ");
  Link(h, path + ".csv?year=" + std::to_string(report.year), "Download as CSV");
  h.Text(" | ");
  Link(h, path + ".xlsx?year=" + std::to_string(report.year), "Download as Excel");
  h.Close("p");
  std::vector<std::string> headings = {"", "Expected", "Present", "By deputy", "Apologies",
                                       "Absent", "Attendance", "By deputy %", "Flags"};
  headings[0] = "Agency";
  Table(h, "By agency", headings, ReportRows(report.by_agency));
  headings[0] = "Member";
  Table(h, "By member", headings, ReportRows(report.by_member));
  auto chrome = Chrome(ctx, "Attendance at " + report.group.name + ", " + years, "Groups");
  chrome.breadcrumbs = {{"Groups", ctx.PartnershipPath("/groups")},
                        {report.group.name, GroupPath(ctx, report.group.id)},
                        {"Meetings", GroupPath(ctx, report.group.id) + "/meetings"}};
  return Page(ctx, std::move(chrome), std::move(h));
}

Response AttendanceReportCsv(Context& ctx) {
  Report report = BuildReport(ctx);
  std::string csv =
      "level,name,expected,present,by_deputy,apologies,absent,attendance_percent,"
      "deputy_percent,below_target,deputies_over_limit\r\n";
  auto add = [&](const char* level, const std::vector<meetings::AttendanceRow>& rows) {
    for (const auto& r : rows)
      csv += std::string(level) + "," + CsvCell(r.label) + "," + std::to_string(r.expected) + "," +
             std::to_string(r.present) + "," + std::to_string(r.by_deputy) + "," +
             std::to_string(r.apologies) + "," + std::to_string(r.absent) + "," +
             std::to_string(r.attendance_percent) + "," + std::to_string(r.deputy_percent) + "," +
             (r.below_target ? "yes" : "no") + "," + (r.deputies_over_limit ? "yes" : "no") + "\r\n";
  };
  add("agency", report.by_agency);
  add("member", report.by_member);
  http::Response r{200, {{"Content-Type", "text/csv; charset=utf-8"}}, std::move(csv)};
  r.SetHeader("Content-Disposition", "attachment; filename=\"attendance-group-" +
                                         std::to_string(report.group.id) + "-" +
                                         std::to_string(report.year) + ".csv\"");
  return r;
}

}  // namespace safeboard::views::pages

namespace safeboard::views::pages {
namespace {

std::vector<meetings::CalendarEvent> Events(Context& ctx, const std::vector<Meeting>& list,
                                            const std::string& slug) {
  std::vector<meetings::CalendarEvent> events;
  governance::GovernanceStore governance(ctx.db);
  for (const auto& m : list) {
    auto group = governance.FindGroup(m.partnership_id, m.group_id);
    events.push_back({"meeting-" + std::to_string(m.id) + "@" + slug + ".safeboard",
                      (m.title.empty() ? (group ? group->name : "Meeting") : m.title), m.meets_on,
                      m.starts_at, 120, m.location, m.cancelled});
  }
  return events;
}

Response CalendarResponse(std::string body) {
  Response r{200, {{"Content-Type", "text/calendar; charset=utf-8"}}, std::move(body)};
  r.SetHeader("Content-Disposition", "inline; filename=\"meetings.ics\"");
  return r;
}

}  // namespace

Response GroupCalendar(Context& ctx) {
  auto group = GroupOrNotFound(ctx, ctx.Id("id"));
  auto list = MeetingStore(ctx.db).MeetingsOfGroup(ctx.partnership_id(), group.id);
  return CalendarResponse(meetings::ICalendar(group.name, Events(ctx, list, ctx.partnership->slug),
                                              ctx.clock.Now()));
}

Response UserCalendar(Context& ctx) {
  std::string token = ctx.params["token"];
  if (!token.ends_with(".ics")) throw http::NotFound{};
  token.resize(token.size() - 4);
  if (token.size() != 64) throw http::NotFound{};
  auto user = auth::UserOfCalendarToken(ctx.db, token);
  if (!user) throw http::NotFound{};
  std::vector<Meeting> list;
  std::string slug = "safeboard";
  for (auto& [meeting, partnership_slug] : MeetingStore(ctx.db).MeetingsOfUserEverywhere(*user)) {
    list.push_back(std::move(meeting));
    slug = partnership_slug;
  }
  return CalendarResponse(meetings::ICalendar("My safeboard meetings", Events(ctx, list, slug), ctx.clock.Now()));
}

Response CreateCalendarLink(Context& ctx) {
  if (!auth::CalendarTokenOf(ctx.db, ctx.session->user.id)) {
    storage::Transaction tx(ctx.db);
    auth::CreateCalendarToken(ctx.db, ctx.session->user.id);
    ctx.Audit("create", "calendar-link", ctx.session->user.id);
    tx.Commit();
  }
  return http::Redirect(ctx.PartnershipPath("/my-meetings?done=calendar-link"));
}

Response AttendanceReportXlsx(Context& ctx) {
  Report report = BuildReport(ctx);
  auto rows_of = [](const std::vector<meetings::AttendanceRow>& rows) {
    TableRows out;
    for (const auto& row : rows)
      out.push_back({row.label, std::to_string(row.expected), std::to_string(row.present), std::to_string(row.by_deputy),
                     std::to_string(row.apologies), std::to_string(row.absent), std::to_string(row.attendance_percent),
                     std::to_string(row.deputy_percent), row.below_target ? "yes" : "no",
                     row.deputies_over_limit ? "yes" : "no"});
    return out;
  };
  std::vector<std::string> headings = {"Name", "Expected", "Present", "By deputy", "Apologies", "Absent",
                                       "Attendance %", "By deputy %", "Below 80%", "Too many deputies"};
  Response r{200, {{"Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}},
             XlsxBytes({{"By agency", headings, rows_of(report.by_agency)}, {"By member", headings, rows_of(report.by_member)}})};
  r.SetHeader("Content-Disposition", "attachment; filename=\"attendance-group-" + std::to_string(report.group.id) +
                                         "-" + std::to_string(report.year) + ".xlsx\"");
  return r;
}

}  // namespace safeboard::views::pages
