// The child death statistics for every member: the year's figures with small counts suppressed
// for those not entitled to the case records, and their CSV export; and the area's success
// messages.
#include "cdop/pages/pages.h"

#include <algorithm>

#include "cdop/pages/shared.h"
#include "core/financial_year.h"
#include "core/small_numbers.h"
#include "ui/area_registry.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace child_death_pages;

namespace {

const AreaRegistration kChildDeathsArea{
    {{74, "Child deaths", "/child-deaths"}},
    {{"death-notified", "Notification recorded"}, {"review-recorded", "Review recorded"},
     {"review-referred", "Review recorded and the case referred to the case review panel"}}};

struct StatisticsView {
  int year = 0;
  bool suppress = false;
  std::vector<int> years;  // financial years with any record
  std::vector<cdop::HistoryYear> history;
  cdop::Statistics stats;
};

StatisticsView LoadStatistics(Context& ctx) {
  CdopStore store(ctx.db);
  auto [notifications, reviews] = store.StatisticsInputs(ctx.partnership_id());
  StatisticsView v;
  v.years = cdop::YearsWithRecords(notifications, reviews);
  v.year = v.years.empty() ? core::FinancialYearOf(core::DateOf(ctx.clock.Now())) : v.years.back();
  if (auto year = cdop::ParseYear(ctx.query.Get("year"))) v.year = *year;
  v.suppress = cdop::SuppressSmallCounts(ctx.Can(auth::Permission::kChildDeathRecords),
                                         ctx.query.Get("suppress") == "yes");
  v.history = store.History(ctx.partnership_id());
  v.stats = cdop::YearStatistics(v.year, notifications, reviews);
  return v;
}

// The figures as rows: section, item, count, percentage ("" when not a share).
std::vector<std::vector<std::string>> StatisticsRows(const StatisticsView& v) {
  std::vector<std::vector<std::string>> rows;
  auto count = [&](int n) { return core::PublishableCount(n, v.suppress); };
  auto percent = [&](int n, int p) { return v.suppress && n >= 1 && n <= 5 ? std::string("suppressed") : std::to_string(p) + "%"; };
  for (const auto& h : v.history) rows.push_back({"Deaths notified", h.period, count(h.deaths), ""});
  for (const auto& [year, n] : v.stats.notified_by_year)
    if (year <= v.year) rows.push_back({"Deaths notified", core::FinancialYearLabel(year), count(n), ""});
  rows.push_back({"Deaths notified in the year", "Not normally resident in the area", count(v.stats.notified_not_resident), ""});
  rows.push_back({"Reviews completed in the year", "All", count(v.stats.reviews), ""});
  for (const auto& [year, n] : v.stats.reviews_by_death_year)
    rows.push_back({"Reviews completed in the year, by year of death", core::FinancialYearLabel(year), count(n), ""});
  for (const auto& t : cdop::Categories()) {
    auto it = v.stats.categories.find(t.value);
    int n = it == v.stats.categories.end() ? 0 : it->second.count;
    int p = it == v.stats.categories.end() ? 0 : it->second.percent;
    rows.push_back({"Category of death", std::string(t.label), count(n), percent(n, p)});
  }
  for (const auto& t : cdop::ModifiableFindings()) {
    auto it = v.stats.modifiable.find(t.value);
    int n = it == v.stats.modifiable.end() ? 0 : it->second.count;
    int p = it == v.stats.modifiable.end() ? 0 : it->second.percent;
    rows.push_back({"Modifiable factors", std::string(t.label), count(n), percent(n, p)});
  }
  for (const auto& t : cdop::RecommendationAreas()) {
    bool used = std::find(v.stats.recommendation_areas.begin(), v.stats.recommendation_areas.end(), t.value) !=
                v.stats.recommendation_areas.end();
    rows.push_back({"Recommendations made in the area", std::string(t.label), used ? "Yes" : "No", ""});
  }
  return rows;
}

constexpr const char* kRoundingRule =
    "Percentages are of the reviews completed in the year, rounded to the nearest whole number "
    "with halves rounded up, so they may not add up to 100.";

using StatisticsRowList = std::vector<std::vector<std::string>>;

void YearChoice(const Context& ctx, const StatisticsView& v, Html& h) {
  h.Open("form", {{"method", "get"}, {"action", Path(ctx)}, {"novalidate", "novalidate"}});
  FormState choice;
  choice.values = {{"year", std::to_string(v.year)}, {"suppress", v.suppress ? "yes" : ""}};
  Options years;
  for (auto it = v.years.rbegin(); it != v.years.rend(); ++it) years.emplace_back(std::to_string(*it), core::FinancialYearLabel(*it));
  if (years.empty()) years.emplace_back(std::to_string(v.year), core::FinancialYearLabel(v.year));
  Select(h, choice, "year", "Financial year", years);
  bool entitled = ctx.Can(auth::Permission::kChildDeathRecords);
  if (entitled)
    Checkbox(h, choice, "suppress", "For publication: show counts of 1 to 5 as \"1-5\"");
  Button(h, "Show", true);
  h.Close("form");
  if (!entitled)
    h.Element("p", {{"class", "govuk-inset-text"}},
              "Counts of 1 to 5 are shown as \"1-5\", without a percentage, because small numbers "
              "of deaths could identify a child.");
}

// The rows of one section, as cells: the columns from `first` on.
std::vector<std::vector<TrustedHtml>> SectionCells(const StatisticsRowList& rows, const std::string& section,
                                                   std::size_t columns) {
  std::vector<std::vector<TrustedHtml>> out;
  for (const auto& r : rows) {
    if (r[0] != section) continue;
    std::vector<TrustedHtml> cells;
    for (std::size_t i = 1; i <= columns; ++i) cells.push_back(TextCell(r[i]));
    out.push_back(std::move(cells));
  }
  return out;
}

void NotifiedAndReviewed(const StatisticsView& v, const StatisticsRowList& rows, Html& h) {
  auto count = [&](int n) { return core::PublishableCount(n, v.suppress); };
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Deaths notified");
  h.Element("p", {{"class", "govuk-body"}},
            count(v.stats.notified) + " deaths of children were notified in " + core::FinancialYearLabel(v.year) + ", including " +
                count(v.stats.notified_not_resident) + " of children not normally resident in the area.");
  Table(h, "Deaths notified by year (years before the panel are calendar years)", {"Year", "Deaths"},
        SectionCells(rows, "Deaths notified", 2));
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Reviews completed");
  h.Element("p", {{"class", "govuk-body"}},
            "The panel completed " + count(v.stats.reviews) + " reviews in " + core::FinancialYearLabel(v.year) + ".");
  Table(h, "Reviews by the year the death occurred", {"Year of death", "Reviews"},
        SectionCells(rows, "Reviews completed in the year, by year of death", 2));
}

void Findings(const StatisticsRowList& rows, Html& h) {
  Table(h, "Category of death (national categories)", {"Category", "Reviews", "Percentage"},
        SectionCells(rows, "Category of death", 3));
  Table(h, "Modifiable factors", {"Finding", "Reviews", "Percentage"}, SectionCells(rows, "Modifiable factors", 3));
  h.Element("p", {{"class", "govuk-body"}}, kRoundingRule);
  Table(h, "Areas recommendations were made in", {"Area", "Used this year"},
        SectionCells(rows, "Recommendations made in the area", 2));
}

}  // namespace

Response ShowChildDeathStatistics(Context& ctx) {
  auto v = LoadStatistics(ctx);
  Html h;
  h.Element("p", {{"class", "govuk-body-l"}},
            "Deaths of children notified to the Child Death Overview Panel, and the panel's reviews, for "
            "the financial year " + core::FinancialYearLabel(v.year) + " (1 April to 31 March).");
  YearChoice(ctx, v, h);
  auto rows = StatisticsRows(v);
  NotifiedAndReviewed(v, rows, h);
  Findings(rows, h);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, Path(ctx, "/statistics.csv?year=" + std::to_string(v.year) + (v.suppress ? "&suppress=yes" : "")),
       "Download these figures (CSV)");
  h.Close("p");
  if (ctx.Can(auth::Permission::kChildDeathRecords)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, Path(ctx, "/cases"), "Case records (CDOP panel only)");
    h.Close("p");
  }
  return Page(ctx, ChromeWithCrumbs(ctx, "Child death reviews", kNav, {}), std::move(h));
}

Response ExportChildDeathStatistics(Context& ctx) {
  auto v = LoadStatistics(ctx);
  return CsvDownload("child-death-statistics-" + core::FinancialYearLabel(v.year) + ".csv", {"Section", "Item", "Count", "Percentage"},
                     StatisticsRows(v));
}

}  // namespace safeboard::ui::pages
