// A meeting's attendance page: the live quorum, "mark everyone present", and each member's
// attendance and deputy, saved a row at a time or all together.
#include <map>

#include "governance/store.h"
#include "meetings/pages/pages.h"
#include "meetings/meeting_save.h"
#include "meetings/pages/shared.h"
#include "meetings/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::meeting_pages {
namespace {

// One member's attendance and deputy as selects, showing the refused form's values or what is
// stored, and the button that saves this row alone.
void AttendanceInputs(Html& h, const meetings::AttendanceEntry& e, const std::vector<governance::Person>& people,
                      FormState row_form) {
  std::string id = std::to_string(e.membership_id);
  if (row_form.values.find("status-" + id) == row_form.values.end() && e.status)
    row_form.values["status-" + id] = std::string(core::CodeOf(meetings::AttendanceStatuses(), *e.status));
  if (row_form.values.find("deputy-" + id) == row_form.values.end() && e.deputy_person_id)
    row_form.values["deputy-" + id] = std::to_string(*e.deputy_person_id);
  // A deputy comes from the member's own agency.
  Options deputies;
  for (const auto& p : people)
    if (p.id != e.person_id && p.agency_id && p.agency_id == e.agency_id && !p.ended_on)
      deputies.emplace_back(std::to_string(p.id), p.full_name);
  h.Open("td", {{"class", "govuk-table__cell"}});
  Select(h, row_form, "status-" + id, "Attendance of " + e.person_name,
         VocabularyOptions(meetings::AttendanceStatuses()), "Not recorded", "", true);
  h.Close("td").Open("td", {{"class", "govuk-table__cell"}});
  Select(h, row_form, "deputy-" + id, "Deputy for " + e.person_name, deputies, "No deputy", "", true);
  h.Close("td").Open("td", {{"class", "govuk-table__cell"}});
  h.Open("button", {{"type", "submit"}, {"name", "save_row"}, {"value", id},
                    {"class", "govuk-button govuk-button--secondary govuk-!-margin-bottom-0"},
                    {"data-module", "govuk-button"}});
  h.Text("Save");
  h.Element("span", {{"class", "govuk-visually-hidden"}}, " attendance of " + e.person_name);
  h.Close("button").Close("td");
}

void RenderAttendanceTable(Context& ctx, Html& h, const MeetingView& v, bool editable, const FormState& form) {
  auto people = governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id());
  OpenTableRegion(h, "Attendance");
  h.Open("table", {{"class", "govuk-table"}});
  h.Open("thead", {{"class", "govuk-table__head"}}).Open("tr", {{"class", "govuk-table__row"}});
  std::vector<const char*> headings = {"Member", "Representing", "Role", "Attendance", "Deputy"};
  if (editable) headings.push_back("Save");
  for (const char* heading : headings)
    h.Element("th", {{"scope", "col"}, {"class", "govuk-table__header"}}, heading);
  h.Close("tr").Close("thead").Open("tbody", {{"class", "govuk-table__body"}});
  for (const auto& e : v.entries) {
    h.Open("tr", {{"class", "govuk-table__row"}});
    h.Element("th", {{"scope", "row"}, {"class", "govuk-table__header"}}, e.person_name);
    h.Element("td", {{"class", "govuk-table__cell"}}, e.agency_name);
    h.Element("td", {{"class", "govuk-table__cell"}}, std::string(core::LabelOf(governance::RoleCategories(), e.role)));
    if (editable) {
      AttendanceInputs(h, e, people, form);
    } else {
      h.Element("td", {{"class", "govuk-table__cell"}},
                e.status ? std::string(core::LabelOf(meetings::AttendanceStatuses(), *e.status)) : "Not recorded");
      h.Element("td", {{"class", "govuk-table__cell"}}, e.deputy_name);
    }
    h.Close("tr");
  }
  h.Close("tbody").Close("table").Close("div");
}

}  // namespace

Response RenderAttendanceTab(Context& ctx, const Meeting& meeting, const FormState& form, int status) {
  auto v = LoadMeetingView(ctx, meeting);
  bool editable = CanManage(ctx) && !meeting.cancelled;
  Html h;
  RenderMeetingHeader(ctx, h, meeting, MeetingTab::kAttendance);
  if (meeting.cancelled)
    h.Element("p", {{"class", "govuk-body"}}, "This meeting was cancelled. It counts for nobody's attendance.");
  else
    RenderQuorum(ctx, h, v);
  ErrorSummary(h, form.errors);
  bool any_unrecorded = false;
  for (const auto& e : v.entries) any_unrecorded = any_unrecorded || !e.status;
  if (editable && any_unrecorded) {
    h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/attendance"}});
    CsrfField(h, ctx.csrf_token);
    h.Void("input", {{"type", "hidden"}, {"name", "everyone_present"}, {"value", "yes"}});
    Button(h, "Mark everyone not yet recorded as present", true);
    h.Close("form");
  }
  if (editable) {
    h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/attendance"},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
  }
  RenderAttendanceTable(ctx, h, v, editable, form);
  if (editable) {
    Button(h, "Save attendance");
    h.Close("form");
  }
  auto chrome = MeetingChrome(ctx, meeting, v.group, "Attendance");
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace safeboard::ui::pages::meeting_pages

namespace safeboard::ui::pages {

using namespace meeting_pages;

Response ShowMeetingAttendance(Context& ctx) {
  return RenderAttendanceTab(ctx, MeetingOrNotFound(ctx), FormState{}, 200);
}

Response RecordAttendance(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  // RULE: cancelled meetings count for nobody's attendance.
  if (meeting.cancelled) {
    form.errors.Add("attendance", "This meeting was cancelled: attendance cannot be recorded");
    return RenderAttendanceTab(ctx, meeting, form, 422);
  }
  MeetingStore store(ctx.db);
  auto entries = store.AttendanceOf(meeting);
  std::vector<meetings::MarkInput> marks;
  if (form.Value("everyone_present") == "yes") {
    marks = meetings::EveryoneNotRecordedPresent(entries);
  } else {
    // A row's own Save button saves that row alone; the other rows' changes wait.
    core::FieldValues values = form.values;
    if (std::string row = form.Value("save_row"); !row.empty())
      std::erase_if(values, [&](const auto& field) {
        return field.first != "status-" + row && field.first != "deputy-" + row;
      });
    std::map<std::int64_t, std::optional<std::int64_t>> agency_of_person;
    for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id()))
      agency_of_person[p.id] = p.agency_id;
    form.errors = meetings::ReadAttendanceForm(values, entries, agency_of_person, marks);
    if (!form.errors.empty()) return RenderAttendanceTab(ctx, meeting, form, 422);
  }
  meetings::SaveAttendance(ctx, meeting, marks);
  return http::Redirect(MeetingPath(ctx, meeting.id) + "/attendance?done=attendance-saved#quorum");
}

}  // namespace safeboard::ui::pages
