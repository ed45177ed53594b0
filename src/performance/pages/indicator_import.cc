// The board's indicators from its own spreadsheet (CSV or Excel), every row checked before any
// is saved; and the template.
#include "performance/pages/pages.h"

#include <map>

#include "core/fold_case.h"
#include "governance/store.h"
#include "performance/indicator_import.h"
#include "performance/pages/shared.h"
#include "storage/database.h"
#include "ui/pages/import_page.h"

namespace safeboard::ui::pages {

using namespace performance_pages;

namespace {

template <typename Enum>
void AllowedWords(Html& h, const std::string& heading, std::span<const core::Term<Enum>> terms) {
  std::string words;
  for (const auto& t : terms) words += (words.empty() ? "" : ", ") + std::string(t.label);
  h.Open("p", {{"class", "govuk-body"}});
  h.Element("strong", {}, heading + ": ");
  h.Text(words);
  h.Close("p");
}

Response RenderIndicatorImport(Context& ctx, const FormState& form, const std::vector<core::ImportError>& errors,
                               int status) {
  Html h;
  ErrorSummary(h, form.errors);
  ImportErrors(h, errors);
  ImportPageBody(h, ctx, "indicators", ctx.PartnershipPath("/indicator-import"), performance::IndicatorImportColumns(),
                 form, [&](Html& h) {
                   std::string clusters;
                   for (const auto& c : PerformanceStore(ctx.db).ListClusters(ctx.partnership_id()))
                     clusters += (clusters.empty() ? "" : ", ") + c.name;
                   h.Open("p", {{"class", "govuk-body"}});
                   h.Element("strong", {}, "The board's clusters: ");
                   h.Text(clusters.empty() ? "none yet: name them in the Cluster column" : clusters);
                   h.Close("p");
                   AllowedWords(h, "Responsible", performance::Responsibles());
                   AllowedWords(h, "Unit", performance::Units());
                   AllowedWords(h, "Better", performance::Betters());
                   AllowedWords(h, "Frequency", performance::Frequencies());
                 });
  auto chrome = Chrome(ctx, "Import indicators from a spreadsheet", "Performance");
  chrome.breadcrumbs = {{"Performance", ctx.PartnershipPath("/performance")}};
  chrome.has_errors = !form.errors.empty() || !errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

performance::IndicatorImportContext ImportContext(Context& ctx) {
  const auto partnership_id = ctx.partnership_id();
  PerformanceStore store(ctx.db);
  governance::GovernanceStore governance(ctx.db);
  performance::IndicatorImportContext context;
  context.choices.clusters = store.ListClusters(partnership_id);
  for (const auto& a : governance.ListAgencies(partnership_id)) {
    if (a.ended_on) continue;
    context.choices.agencies.push_back(a.id);
    context.agency_names.emplace_back(a.name, a.id);
    for (const auto& other : a.other_names) context.agency_names.emplace_back(other, a.id);
  }
  for (const auto& g : governance.ListGroups(partnership_id)) {
    if (g.ended_on) continue;
    context.choices.groups.push_back(g.id);
    context.group_names.emplace_back(g.name, g.id);
    if (!g.short_name.empty()) context.group_names.emplace_back(g.short_name, g.id);
  }
  for (const auto& i : store.ListIndicators(partnership_id)) context.choices.codes_taken.push_back(i.code);
  return context;
}

}  // namespace

Response ImportIndicatorsForm(Context& ctx) { return RenderIndicatorImport(ctx, FormState{}, {}, 200); }

Response ImportIndicators(Context& ctx) {
  FormState form;
  auto upload = ReadUploadedTable(ctx, "file", form.errors);
  if (!upload) return RenderIndicatorImport(ctx, form, {}, 422);
  auto checked = performance::CheckIndicatorImport(upload->rows, ImportContext(ctx));
  if (!checked.errors.empty()) return RenderIndicatorImport(ctx, form, checked.errors, 422);
  storage::Transaction tx(ctx.db);
  PerformanceStore store(ctx.db);
  std::map<std::string, std::int64_t> new_clusters;  // folded name -> id: several rows may name one
  for (auto& row : checked.rows) {
    if (!row.new_cluster.empty()) {
      auto [it, added] = new_clusters.try_emplace(core::FoldCase(row.new_cluster), 0);
      if (added) it->second = store.CreateCluster(ctx.partnership_id(), row.new_cluster);
      row.indicator.cluster_id = it->second;
    }
    row.indicator.id = store.CreateIndicator(ctx.partnership_id(), row.indicator);
    if (row.target) store.SetTarget(row.indicator.id, row.target->year, row.target->value);
  }
  ctx.Audit(auth::AuditAction::kImport, "indicators", std::nullopt, std::to_string(checked.rows.size()) + " indicators");
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/performance?done=indicators-imported"));
}

Response IndicatorImportTemplateCsv(Context&) {
  return ImportTemplateCsvFor("indicators", performance::IndicatorImportColumns());
}

Response IndicatorImportTemplateXlsx(Context&) {
  return ImportTemplateXlsxFor("indicators", "Indicators", performance::IndicatorImportColumns());
}

}  // namespace safeboard::ui::pages
