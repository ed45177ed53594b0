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

Response ShowChildProtectionData(Context& ctx) {
  PerformanceStore store(ctx.db);
  auto years = store.FigureYears(ctx.partnership_id());
  std::map<int, std::map<std::string, std::int64_t>> figures;
  std::map<int, std::int64_t> populations;
  for (int y : years) {
    figures[y] = store.Figures(ctx.partnership_id(), y);
    if (auto p = store.Population(ctx.partnership_id(), y)) populations[y] = *p;
  }
  auto table = reports::BuildChildProtectionTable(years, figures, populations);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "As the annual report's appendix 3 sets it out. The rate per 10,000 is computed from the "
            "count and the child population aged 0-17 for the year, rounded to one decimal place.");
  std::vector<std::string> headings = {"Measure"};
  for (int y : years) headings.push_back(core::FinancialYearLabel(y));
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& row : table.rows) {
    std::vector<TrustedHtml> cells = {TextCell(row.label)};
    for (const auto& v : row.values) cells.push_back(TextCell(v.value_or("")));
    rows.push_back(std::move(cells));
  }
  Table(h, "", headings, rows);
  auto chrome = Chrome(ctx, "Child protection data", "Performance");
  chrome.breadcrumbs = {{"Performance", ctx.PartnershipPath("/performance")}};
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
