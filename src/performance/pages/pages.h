// Performance pages: the dashboard of indicators, an indicator's series as an accessible SVG
// chart with its numbers in a table, and the child protection data set.
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response ShowPerformanceDashboard(http::Context& ctx);
http::Response ShowIndicator(http::Context& ctx);
http::Response RecordIndicatorValue(http::Context& ctx);
http::Response RecordTargets(http::Context& ctx);
http::Response ShowChildProtectionData(http::Context& ctx);
http::Response ExportChildProtectionCsv(http::Context& ctx);
http::Response ExportChildProtectionXlsx(http::Context& ctx);
http::Response ShowChildPopulation(http::Context& ctx);
http::Response SaveChildPopulation(http::Context& ctx);
http::Response ExportIndicatorsCsv(http::Context& ctx);
http::Response ImportValuesForm(http::Context& ctx);
http::Response ImportValues(http::Context& ctx);
http::Response ExportIndicatorsXlsx(http::Context& ctx);
http::Response NewIndicator(http::Context& ctx);
http::Response CreateIndicator(http::Context& ctx);
http::Response EditIndicator(http::Context& ctx);
http::Response UpdateIndicator(http::Context& ctx);
http::Response RetireIndicator(http::Context& ctx);

// Indicators from the board's own spreadsheet (indicator_import.cc).
http::Response ImportIndicatorsForm(http::Context& ctx);
http::Response ImportIndicators(http::Context& ctx);
http::Response IndicatorImportTemplateCsv(http::Context& ctx);
http::Response IndicatorImportTemplateXlsx(http::Context& ctx);

}  // namespace safeboard::ui::pages
