// Meeting pages.
#include "views/pages/meeting_pages.h"

#include <map>

#include "core/date.h"
#include "governance/store.h"
#include "meetings/store.h"
#include "meetings/working_days.h"
#include "views/pages/common.h"

namespace safeboard::views::pages {
namespace {

using http::Context;
using http::Response;
using meetings::Meeting;
using meetings::MeetingStore;

// RULE: agenda and papers circulate at least 5 working days before the meeting.
constexpr int kCirculationWorkingDays = 5;

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

bool CanManage(const Context& ctx) {
  return auth::Allows(ctx.role, auth::Permission::kManagePartnership);
}

std::string MeetingStatus(const Meeting& m, const core::Date& today) {
  if (m.cancelled) return "Cancelled";
  return m.meets_on < today ? "Held" : "Scheduled";
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

// The meeting page; `attendance_form` and `decision_form` carry a refused submission.
Response RenderMeeting(Context& ctx, const Meeting& meeting, const FormState& attendance_form,
                       const FormState& decision_form, int status) {
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
  auto deadline = meetings::WorkingDaysBefore(meeting.meets_on, kCirculationWorkingDays);
  SummaryList(h, {{"Group", group.name},
                  {"Date", core::FormatDateLong(meeting.meets_on) + " at " + meeting.starts_at},
                  {"Where", meeting.location.empty() ? "Not recorded" : meeting.location},
                  {"Status", MeetingStatus(meeting, today)},
                  {"Papers due out by", core::FormatDateLong(deadline) +
                                            " (5 working days before)"}});

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
    Tag(h, quorum.quorate ? "Quorate" : "Not quorate", quorum.quorate ? "green" : "red");
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
      Select(h, row_form, "status-" + id, "Attendance of " + e.person_name, statuses, "Not recorded");
      h.Close("td").Open("td", {{"class", "govuk-table__cell"}});
      Select(h, row_form, "deputy-" + id, "Deputy for " + e.person_name, deputies, "No deputy");
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
  if (decisions.empty()) h.Element("p", {{"class", "govuk-body"}}, "No decisions recorded.");
  h.Open("ol", {{"class", "govuk-list govuk-list--number"}});
  for (const auto& d : decisions) h.Element("li", d.text);
  h.Close("ol");
  if (CanManage(ctx) && !meeting.cancelled) {
    ErrorSummary(h, decision_form.errors);
    h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/decisions"},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    Textarea(h, decision_form, "text", "Record a decision",
             quorum.quorate ? "" : "The meeting is not quorate: no decision can be recorded", 3);
    Button(h, "Record decision", true);
    h.Close("form");
  }

  // Actions arising.
  auto actions = store.ActionsOfMeeting(ctx.partnership_id(), meeting.id);
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Actions arising");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& a : actions)
    rows.push_back({TextCell(a.description), TextCell(a.owner_name),
                    TextCell(a.due_on ? core::FormatDateLong(*a.due_on) : ""), TextCell(a.status)});
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No actions recorded.");
  else
    Table(h, "", {"Action", "Owner", "Due", "Status"}, rows);

  if (CanManage(ctx) && !meeting.cancelled && today <= meeting.meets_on) {
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
  chrome.has_errors = !attendance_form.errors.empty() || !decision_form.errors.empty();
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
  h.Close("p");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& m : MeetingStore(ctx.db).MeetingsOfGroup(ctx.partnership_id(), group.id)) {
    Html status;
    std::string s = MeetingStatus(m, today);
    Tag(status, s, s == "Cancelled" ? "grey" : s == "Held" ? "" : "blue");
    rows.push_back({LinkCell(MeetingPath(ctx, m.id), core::FormatDateLong(m.meets_on)),
                    TextCell(m.title), status.Build()});
  }
  Table(h, "", {"Date", "Meeting", "Status"}, rows);
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
  if (!form.errors.empty()) return RenderNewMeeting(ctx, group, form);
  storage::Transaction tx(ctx.db);
  m.id = MeetingStore(ctx.db).CreateMeeting(m);
  ctx.Audit("create", "meeting", m.id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, m.id) + "?done=meeting-scheduled");
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
  if (!meeting.cancelled && !quorum.quorate) {
    std::string why = "The meeting is not quorate, so no decision can be recorded";
    if (!quorum.reasons.empty()) why += ": " + quorum.reasons.front();
    form.errors.Add("text", why);
  }
  if (!form.errors.empty()) return RenderMeeting(ctx, meeting, FormState{}, form, 422);
  storage::Transaction tx(ctx.db);
  meetings::Decision d;
  d.meeting_id = meeting.id;
  d.group_id = meeting.group_id;
  d.decided_on = meeting.meets_on;
  d.text = text;
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
  int year = int(today.year()) - (unsigned(today.month()) < 4 ? 1 : 0);
  if (auto text = ctx.query.Get("year"); !text.empty()) {
    int asked = std::atoi(text.c_str());
    if (asked >= 1990 && asked <= 2200) year = asked;
  }
  auto [from, to] = meetings::FinancialYear(year);
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
    if (r.below_target) Tag(flags, "Below 80%", "red");
    if (r.deputies_over_limit) Tag(flags, "Many deputies", "yellow");
    out.push_back({TextCell(r.label), TextCell(std::to_string(r.expected)),
                   TextCell(std::to_string(r.present)), TextCell(std::to_string(r.by_deputy)),
                   TextCell(std::to_string(r.apologies)), TextCell(std::to_string(r.absent)),
                   TextCell(std::to_string(r.attendance_percent) + "%"),
                   TextCell(std::to_string(r.deputy_percent) + "%"), flags.Build()});
  }
  return out;
}

// RULE: DESIGN/issue 6 - CSV cells starting = + - @ are prefixed so spreadsheets do not run them.
std::string CsvCell(const std::string& text) {
  std::string value = text;
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@'))
    value = "'" + value;
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

Response ShowAttendanceReport(Context& ctx) {
  Report report = BuildReport(ctx);
  std::string path = GroupPath(ctx, report.group.id) + "/attendance";
  Html h;
  std::string years = std::to_string(report.year) + "-" + std::to_string((report.year + 1) % 100);
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
