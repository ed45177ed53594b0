// A group's attendance report for a financial year: page, CSV and spreadsheet.
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

namespace safeboard::ui::pages {

using namespace meeting_pages;

namespace {

struct Report {
  governance::Group group;
  int year;
  std::vector<int> years;  // the year picker's
  std::vector<meetings::AttendanceRow> by_agency;
  std::vector<meetings::AttendanceRow> by_member;
  std::size_t meetings_counted = 0;
};

Report BuildReport(Context& ctx) {
  auto group = GroupOrNotFound(ctx, ctx.Id("id"));
  auto today = core::DateOf(ctx.clock.Now());
  auto dates = MeetingStore(ctx.db).MeetingDatesOf(ctx.partnership_id(), group.id);
  int year = meetings::DefaultReportYear(dates, today);
  if (auto text = ctx.query.Get("year"); !text.empty()) {
    int asked = std::atoi(text.c_str());
    if (asked >= 1990 && asked <= 2200) year = asked;
  }
  auto [from, to] = core::FinancialYearDates(year);
  auto inputs = MeetingStore(ctx.db).AttendanceReportInputs(ctx.partnership_id(), group.id, from, to);
  int limit = meetings::DeputyLimitPercent(group.kind);
  Report report{group, year, meetings::ReportYears(dates, today),
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
  // A year picker: the years with meetings, and this one.
  h.Open("form", {{"method", "get"}, {"action", path}, {"class", "app-year-picker"}});
  FormState picker;
  picker.values["year"] = std::to_string(report.year);
  Options year_options;
  for (int y : report.years) year_options.emplace_back(std::to_string(y), core::FinancialYearLabel(y));
  Select(h, picker, "year", "Financial year", year_options);
  Button(h, "Show year", true);
  h.Close("form");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, path + ".csv?year=" + std::to_string(report.year), "Download as CSV");
  h.Text(" | ");
  Link(h, path + ".xlsx?year=" + std::to_string(report.year), "Download as Excel");
  h.Close("p");
  std::vector<std::string> headings = {"", "Expected", "Present", "By deputy", "Apologies",
                                       "Absent", "Attendance", "By deputy %", "Flags"};
  headings[0] = "Agency, or lay member seat";
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

}  // namespace safeboard::ui::pages
