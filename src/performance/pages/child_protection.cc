// The child protection data set (annual report appendix 3).
#include "performance/pages/pages.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/csv.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "performance/pages/shared.h"
#include "performance/store.h"
#include "reports/child_protection_report.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace performance_pages;

namespace {

// The data set as the page, CSV and spreadsheet show it: a measure per row, a year per column,
// every rate computed from its count and the year's child population.
std::pair<std::vector<std::string>, TableRows> ChildProtectionTable(Context& ctx) {
  PerformanceStore store(ctx.db);
  auto years = store.FigureYears(ctx.partnership_id());
  std::map<int, std::map<std::string, std::int64_t>> figures;
  std::map<int, std::int64_t> populations;
  for (int y : years) {
    figures[y] = store.Figures(ctx.partnership_id(), y);
    if (auto p = store.Population(ctx.partnership_id(), y)) populations[y] = *p;
  }
  auto table = reports::BuildChildProtectionTable(years, figures, populations);
  std::vector<std::string> headings = {"Measure"};
  for (int y : years) headings.push_back(core::FinancialYearLabel(y));
  TableRows rows;
  for (const auto& row : table.rows) {
    std::vector<std::string> cells = {row.label};
    for (const auto& v : row.values) cells.push_back(v.value_or(""));
    rows.push_back(std::move(cells));
  }
  return {headings, rows};
}

}  // namespace

Response ExportChildProtectionCsv(Context& ctx) {
  auto [headings, rows] = ChildProtectionTable(ctx);
  return CsvDownload("child-protection-data.csv", headings, rows);
}

Response ExportChildProtectionXlsx(Context& ctx) {
  auto [headings, rows] = ChildProtectionTable(ctx);
  return XlsxDownload("child-protection-data.xlsx", "Child protection", headings, rows);
}

Response ShowChildProtectionData(Context& ctx) {
  auto [headings, table_rows] = ChildProtectionTable(ctx);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "As the annual report's appendix 3 sets it out. The rate per 10,000 is computed from the "
            "count and the child population aged 0-17 for the year, rounded to one decimal place.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& row : table_rows) {
    std::vector<TrustedHtml> cells;
    for (const auto& cell : row) cells.push_back(TextCell(cell));
    rows.push_back(std::move(cells));
  }
  Table(h, "", headings, rows);
  h.Open("p", {{"class", "govuk-body"}});
  h.Text("Download this table: ");
  Link(h, ctx.PartnershipPath("/child-protection.xlsx"), "spreadsheet (Excel)");
  h.Text(" or ");
  Link(h, ctx.PartnershipPath("/child-protection.csv"), "CSV");
  h.Close("p");
  auto chrome = Chrome(ctx, "Child protection data", "Performance");
  chrome.breadcrumbs = {{"Performance", ctx.PartnershipPath("/performance")}};
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
