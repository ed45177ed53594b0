// The child population by year: the numbers every rate per 10,000 children is computed from.
// Members read it; the board team adds a year or corrects one.
#include "performance/pages/pages.h"

#include "core/financial_year.h"
#include "core/text.h"
#include "governance/partnership_form.h"
#include "performance/pages/shared.h"
#include "performance/store.h"
#include "storage/database.h"
#include "ui/pages/child_population_fields.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using namespace performance_pages;

namespace {

constexpr int kBlankRows = 2;

Response RenderChildPopulation(Context& ctx, FormState form) {
  auto populations = PerformanceStore(ctx.db).Populations(ctx.partnership_id());
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Children aged 0 to 17 living in the area in each financial year. Rates per 10,000 children are "
            "computed from these numbers, never typed in.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& [year, children] : populations)
    rows.push_back({TextCell(core::FinancialYearLabel(year)), TextCell(core::GroupedNumber(children))});
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No year's child population has been recorded yet.");
  else
    Table(h, "", {"Year", "Children aged 0 to 17"}, rows);
  if (CanManage(ctx)) {
    // The recorded years first, to correct, then blank rows to add years.
    int row = 0;
    bool fresh = form.values.empty();
    for (const auto& [year, children] : populations) {
      ++row;
      if (fresh) {
        form.values["population-" + std::to_string(row) + "-year"] = core::FinancialYearLabel(year);
        form.values["population-" + std::to_string(row) + "-children"] = std::to_string(children);
      }
    }
    int shown = std::min(governance::kMaxPopulationRows, row + kBlankRows);
    OpenForm(h, ctx, ctx.PartnershipPath("/child-population"), form);
    ChildPopulationFields(h, form, "Add or correct a year",
                          "Change a number to correct it; fill in a blank row to add a year.", shown);
    Button(h, "Save child population");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Child population", "Performance",
                                 {{"Performance", ctx.PartnershipPath("/performance")}});
  chrome.has_errors = !form.errors.empty();
  if (chrome.has_errors) chrome.success.reset();
  int status = chrome.has_errors ? 422 : 200;
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowChildPopulation(Context& ctx) { return RenderChildPopulation(ctx, FormState{}); }

Response SaveChildPopulation(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  auto populations = governance::ReadChildPopulations(form.values, form.errors);
  if (!form.errors.empty()) return RenderChildPopulation(ctx, form);
  PerformanceStore store(ctx.db);
  storage::Transaction tx(ctx.db);
  for (const auto& p : populations) store.SetPopulation(ctx.partnership_id(), p.year_start, p.children);
  ctx.Audit(auth::AuditAction::kUpdate, "child_population", std::nullopt,
            std::to_string(populations.size()) + " years");
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/child-population?done=population-saved"));
}

}  // namespace safeboard::ui::pages
