// Scheduling: a group's meetings, scheduling one or a series, moving and cancelling.
#include "meetings/pages/pages.h"

#include <cstdio>
#include <map>

#include "auth/accounts.h"
#include "core/base64.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "governance/store.h"
#include "meetings/icalendar.h"
#include "meetings/forms.h"
#include "meetings/meeting_save.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace meeting_pages;

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
     {"calendar-link", "Your calendar address is ready"}, {"papers-circulated", "Agenda and papers circulated"}},
    {{10, NextMeetingsPanel}, {20, ActionsPanel}, {30, MeetingsWorklistPanel}},
    {[](storage::Connection& db, std::int64_t partnership_id) {
      return meetings::MeetingStore(db).SearchDocuments(partnership_id);
    }}};

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
  auto minutes = MeetingStore(ctx.db).MinutesStatusesOfGroup(ctx.partnership_id(), group.id);
  for (const auto& m : MeetingStore(ctx.db).MeetingsOfGroup(ctx.partnership_id(), group.id)) {
    Html status, minutes_status;
    StatusTag(status, meetings::MeetingStatus(m.cancelled, m.meets_on, today));
    // Held meetings show where their minutes are; a meeting to come has none yet.
    if (auto it = minutes.find(m.id); it != minutes.end()) {
      Html tag;
      StatusTag(tag, meetings::StatusOf(it->second));
      Link(minutes_status, MeetingPath(ctx, m.id) + "/minutes", "Minutes");
      minutes_status.Text(" ");
      minutes_status.Append(tag.Build());
    } else if (!m.cancelled && m.meets_on < today) {
      minutes_status.Text("Not drafted");
    }
    rows.push_back({LinkCell(MeetingPath(ctx, m.id), core::FormatDateLong(m.meets_on)),
                    TextCell(m.title), status.Build(), minutes_status.Build()});
  }
  Table(h, "", {"Date", "Meeting", "Status", "Minutes"}, rows);
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
  meetings::ScheduleRequest request;
  request.meeting.partnership_id = ctx.partnership_id();
  request.meeting.group_id = group.id;
  form.errors = meetings::ReadSchedule(form.values, group.cadence, request);
  if (!form.errors.empty()) return RenderNewMeeting(ctx, group, form);
  auto ids = meetings::ScheduleMeetings(ctx, group, request);
  if (ids.size() > 1) return http::Redirect(GroupPath(ctx, group.id) + "/meetings?done=series-scheduled");
  return http::Redirect(MeetingPath(ctx, ids.front()) + "?done=meeting-scheduled");
}

Response MoveMeeting(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  meetings::MoveRequest move;
  form.errors = meetings::ReadMove(form.values, meeting, move);
  if (!form.errors.empty()) return RenderAgendaTab(ctx, meeting, form, 422);
  storage::Transaction tx(ctx.db);
  MeetingStore(ctx.db).Move(ctx.partnership_id(), meeting.id, move.to, move.starts_at);
  ctx.Audit(auth::AuditAction::kMove, "meeting", meeting.id, core::FormatDate(meeting.meets_on) + " to " + core::FormatDate(move.to));
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=meeting-moved");
}

Response CancelMeeting(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  storage::Transaction tx(ctx.db);
  MeetingStore(ctx.db).SetCancelled(ctx.partnership_id(), meeting.id, true);
  ctx.Audit(auth::AuditAction::kCancel, "meeting", meeting.id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=meeting-cancelled");
}

}  // namespace safeboard::ui::pages
