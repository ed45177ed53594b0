// A member's coming meetings, and sending apologies with a deputy.
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
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace meeting_pages;

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
  form.errors = meetings::CheckOpenForApologies(meeting, core::DateOf(ctx.clock.Now()), field);
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
  // RULE: issue 15 - apologies go to the group's chair and the board team.
  auto group = GroupOrNotFound(ctx, meeting.group_id);
  std::optional<std::string> deputy_name;
  if (marks[0].deputy_person_id)
    if (auto person = governance::GovernanceStore(ctx.db).FindPerson(ctx.partnership_id(), *marks[0].deputy_person_id))
      deputy_name = person->full_name;
  std::vector<mail::MailMessage> messages;
  for (const auto& to : ChairAndBoardTeam(ctx, group, core::DateOf(ctx.clock.Now())))
    messages.push_back(meetings::ApologiesReceivedMessage(to, mine->person_name, deputy_name, group.name,
                                                          meeting.meets_on, ctx.base_url + MeetingPath(ctx, meeting.id)));
  QueueMail(ctx, messages);
  ctx.Audit(auth::AuditAction::kApologies, "attendance", meeting.id, deputy.empty() ? "" : "deputy named");
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/my-meetings?done=apologies-sent"));
}

}  // namespace safeboard::ui::pages
