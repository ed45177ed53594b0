// Importing a plan's actions from CSV or Excel, every row checked first.
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

Response RenderImport(Context& ctx, const plan::Plan& p, const FormState& form,
                      const std::vector<plan::ImportError>& errors, int status) {
  Html h;
  ErrorSummary(h, form.errors);
  ImportErrors(h, errors);
  h.Element("p", {{"class", "govuk-body"}},
            "Upload an Excel workbook (.xlsx, first sheet) or a CSV file with the columns of the plan table: Desired "
            "Outcome, Actions, Performance Measures, Lead, Resources required, By when, Progress "
            "report, RAG. Every row is checked before anything is saved.");
  h.Open("form", {{"method", "post"}, {"action", PlanPath(ctx, p.id) + "/import"}, {"enctype", "multipart/form-data"}});
  CsrfField(h, ctx.csrf_token);
  h.Open("div", {{"class", form.errors.For("file") ? "govuk-form-group govuk-form-group--error" : "govuk-form-group"}});
  h.Element("label", {{"class", "govuk-label"}, {"for", "file"}}, "Spreadsheet (CSV or Excel)");
  if (const std::string* e = form.errors.For("file")) {
    h.Open("p", {{"class", "govuk-error-message"}, {"id", "file-error"}});
    h.Element("span", {{"class", "govuk-visually-hidden"}}, "Error:");
    h.Text(" " + *e).Close("p");
  }
  h.Void("input", {{"class", "govuk-file-upload"}, {"id", "file"}, {"name", "file"}, {"type", "file"}, {"accept", ".csv,.xlsx,text/csv"}});
  h.Close("div");
  Button(h, "Check and import");
  h.Close("form");
  auto chrome = Chrome(ctx, "Import actions into " + p.title, "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}, {p.title, PlanPath(ctx, p.id)}};
  chrome.has_errors = !form.errors.empty() || !errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ImportPlanForm(Context& ctx) { return RenderImport(ctx, PlanOrNotFound(ctx), FormState{}, {}, 200); }

Response ImportPlan(Context& ctx) {
  auto p = PlanOrNotFound(ctx);
  FormState form;
  const http::Part* file = nullptr;
  for (const auto& part : ctx.files)
    if (part.name == "file") file = &part;
  if (!file || file->data.empty()) {
    form.errors.Add("file", "Choose a CSV or Excel file to import");
    return RenderImport(ctx, p, form, {}, 422);
  }
  PlanStore store(ctx.db);
  std::string read_error;
  auto table = core::ReadTableFile(file->file_name.value_or(""), file->data, read_error);
  if (!table) {
    form.errors.Add("file", read_error);
    return RenderImport(ctx, p, form, {}, 422);
  }
  auto result = plan::CheckPlanImport(*table, store.LeadNames(ctx.partnership_id()));
  if (!result.errors.empty()) return RenderImport(ctx, p, form, result.errors, 422);
  storage::Transaction tx(ctx.db);
  int saved = store.SaveImport(ctx.partnership_id(), p.id, result, core::DateOf(ctx.clock.Now()));
  ctx.Audit(auth::AuditAction::kImport, "plan", p.id, std::to_string(saved) + " actions");
  tx.Commit();
  return http::Redirect(PlanPath(ctx, p.id) + "?done=plan-imported");
}

}  // namespace safeboard::ui::pages
