// The year's training figures (issue 17; annual report 3.2), counted from the bookings: events,
// places offered and filled, attendances and distinct people (each with and without the
// conference, so both readings of "people attended" show), conference delegates, no-shows,
// cancellations, attendance by agency, and the change on the year before.
#include "core/date.h"
#include "core/financial_year.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/store.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace {

training::YearFigures FiguresOfYear(Context& ctx, int year) {
  auto [from, to] = core::FinancialYearDates(year);
  auto events = training::TrainingStore(ctx.db).EventsWithBookings(ctx.partnership_id(), from, to);
  return training::FiguresOf(events);
}

std::string Change(int now, int before) {
  int change = now - before;
  std::string out = (change >= 0 ? "+" : "") + std::to_string(change);
  if (before > 0) out += " (" + std::string(change >= 0 ? "+" : "") + std::to_string((change * 100 + (change >= 0 ? before / 2 : -before / 2)) / before) + "%)";
  return out;
}

// The rows both the page and the download show: measure, this year, the year before, change.
std::vector<std::vector<std::string>> FigureRows(const training::YearFigures& f, const training::YearFigures& p) {
  std::vector<std::pair<std::string, std::pair<int, int>>> measures = {
      {"Events held", {f.events, p.events}},
      {"Places offered", {f.places_offered, p.places_offered}},
      {"Places filled", {f.places_filled, p.places_filled}},
      {"Attendances, with the conference", {f.attendances, p.attendances}},
      {"Attendances, without the conference", {f.attendances_without_conference, p.attendances_without_conference}},
      {"Distinct people, with the conference", {f.distinct_people, p.distinct_people}},
      {"Distinct people, without the conference", {f.distinct_people_without_conference, p.distinct_people_without_conference}},
      {"Conference delegates", {f.conference_delegates, p.conference_delegates}},
      {"Did not attend", {f.did_not_attend, p.did_not_attend}},
      {"Cancellations", {f.cancellations, p.cancellations}}};
  std::vector<std::vector<std::string>> rows;
  for (const auto& [label, values] : measures)
    rows.push_back({label, std::to_string(values.first), std::to_string(values.second), Change(values.first, values.second)});
  return rows;
}

}  // namespace

Response ShowTrainingReport(Context& ctx) {
  int year = YearAsked(ctx);
  auto f = FiguresOfYear(ctx, year);
  auto p = FiguresOfYear(ctx, year - 1);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Counted from each event's register. An attendance is one person at one event, so someone at two events "
            "counts twice; distinct people count each work email once. The annual report's \"people attended\" is "
            "attendances, with the conference.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& r : FigureRows(f, p)) rows.push_back({TextCell(r[0]), TextCell(r[1]), TextCell(r[2]), TextCell(r[3])});
  Table(h, "Training " + core::FinancialYearLabel(year),
        {"Measure", core::FinancialYearLabel(year), core::FinancialYearLabel(year - 1), "Change"}, rows);
  std::vector<std::vector<TrustedHtml>> quarters;
  for (int q = 1; q <= 4; ++q)
    quarters.push_back({TextCell("Q" + std::to_string(q)), TextCell(std::to_string(f.events_by_quarter[q])),
                        TextCell(std::to_string(f.attendances_by_quarter[q])),
                        TextCell(std::to_string(p.attendances_by_quarter[q]))});
  Table(h, "By quarter (Q1 is April to June)",
        {"Quarter", "Events", "Attendances", "Attendances " + core::FinancialYearLabel(year - 1)}, quarters);
  std::vector<std::vector<TrustedHtml>> sectors;
  for (const auto& [sector, n] : f.attendances_by_sector) sectors.push_back({TextCell(sector), TextCell(std::to_string(n))});
  if (!sectors.empty()) Table(h, "Attendances by sector", {"Sector", "Attendances"}, sectors);
  std::vector<std::vector<TrustedHtml>> agencies;
  for (const auto& [agency, n] : f.attendances_by_agency) agencies.push_back({TextCell(agency), TextCell(std::to_string(n))});
  if (!agencies.empty()) Table(h, "Attendances by agency", {"Agency or employer", "Attendances"}, agencies);
  DownloadLinks(h, ctx.PartnershipPath("/training/report"), "?year=" + std::to_string(year), "Download the figures");
  auto chrome = ChromeWithCrumbs(ctx, "Training figures " + core::FinancialYearLabel(year), kNav,
                                 {{"Training programme", ProgrammePath(ctx, year)}});
  return Page(ctx, std::move(chrome), std::move(h));
}

Response ExportTrainingReport(Context& ctx) {
  int year = YearAsked(ctx);
  auto f = FiguresOfYear(ctx, year);
  TableRows rows = FigureRows(f, FiguresOfYear(ctx, year - 1));
  auto before = FiguresOfYear(ctx, year - 1);
  for (int q = 1; q <= 4; ++q)
    rows.push_back({"Attendances, Q" + std::to_string(q), std::to_string(f.attendances_by_quarter[q]),
                    std::to_string(before.attendances_by_quarter[q]), ""});
  for (const auto& [sector, n] : f.attendances_by_sector) rows.push_back({"Attendances: " + sector, std::to_string(n), "", ""});
  for (const auto& [agency, n] : f.attendances_by_agency) rows.push_back({"Attendances: " + agency, std::to_string(n), "", ""});
  return DownloadAsAsked(ctx.request, {"training-" + core::FinancialYearLabel(year), "Training",
                                       {"Measure", core::FinancialYearLabel(year), core::FinancialYearLabel(year - 1), "Change"},
                                       rows});
}

}  // namespace safeboard::ui::pages
