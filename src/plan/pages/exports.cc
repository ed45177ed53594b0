// A plan as CSV and as a spreadsheet.
#include "plan/pages/pages.h"

#include <map>

#include "core/base64.h"
#include "core/csv.h"
#include "governance/store.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "plan/pages/shared.h"
#include "plan/store.h"
#include "reports/progress_report.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace plan_pages;

namespace {

// The plan as the import's columns, plus the latest RAG and whether it is overdue.
std::pair<std::vector<std::string>, TableRows> PlanTable(Context& ctx, const plan::Plan& p) {
  PlanStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  std::map<std::int64_t, std::string> outcomes;
  for (const auto& o : store.ObjectivesOf(ctx.partnership_id(), p.id)) outcomes[o.id] = o.outcome;
  TableRows rows;
  for (const auto& a : store.ActionsOfPlan(ctx.partnership_id(), p.id)) {
    auto updates = a.Updates();
    auto latest = plan::LatestUpdate(updates);
    rows.push_back({outcomes[a.objective_id], a.activity, a.measure, a.LeadNames(), a.resources,
                    plan::FormatByWhen(a.by_when), latest ? latest->text : "",
                    latest ? std::string(core::CodeOf(plan::Rags(), latest->rag)) : "",
                    plan::IsOverdue(a.by_when, updates, today) ? "yes" : "no"});
  }
  std::vector<std::string> headings(std::begin(plan::kImportColumns), std::end(plan::kImportColumns));
  headings.push_back("Overdue");
  return {headings, rows};
}

}  // namespace

Response ExportPlanCsv(Context& ctx) {
  auto p = PlanOrNotFound(ctx);
  auto [headings, rows] = PlanTable(ctx, p);
  return CsvDownload("plan-" + std::to_string(p.id) + ".csv", headings, rows);
}

Response ExportPlanXlsx(Context& ctx) {
  auto p = PlanOrNotFound(ctx);
  auto [headings, rows] = PlanTable(ctx, p);
  return XlsxDownload("plan-" + std::to_string(p.id) + ".xlsx", "Plan", headings, rows);
}

}  // namespace safeboard::ui::pages
