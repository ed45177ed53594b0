// Indicator values as CSV and as a spreadsheet.
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

std::pair<std::vector<std::string>, TableRows> IndicatorTable(Context& ctx) {
  PerformanceStore store(ctx.db);
  TableRows rows;
  auto opt = [](const std::optional<double>& v) { return v ? Number(*v) : std::string(); };
  for (const auto& i : store.ListIndicators(ctx.partnership_id()))
    for (const auto& p : store.Series(ctx.partnership_id(), i.id))
      rows.push_back({i.code, i.name, std::string(core::CodeOf(performance::Units(), i.unit)), p.period,
                      Number(p.value), opt(p.target), opt(p.national), opt(p.neighbours)});
  return {{"Code", "Indicator", "Unit", "Period", "Value", "Target", "National", "Statistical neighbours"}, rows};
}

}  // namespace

Response ExportIndicatorsCsv(Context& ctx) {
  auto [headings, rows] = IndicatorTable(ctx);
  return CsvDownload("indicators.csv", headings, rows);
}

Response ExportIndicatorsXlsx(Context& ctx) {
  auto [headings, rows] = IndicatorTable(ctx);
  return XlsxDownload("indicators.xlsx", "Indicators", headings, rows);
}

}  // namespace safeboard::ui::pages
