// Importing indicator values from CSV or Excel, every row checked first.
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

Response RenderValueImport(Context& ctx, const FormState& form, const std::vector<performance::ValueImportError>& errors,
                           int status) {
  Html h;
  ErrorSummary(h, form.errors);
  ImportErrors(h, errors);
  h.Element("p", {{"class", "govuk-body"}},
            "Upload a CSV file or Excel workbook with the columns Code (as in the catalogue, like NI 63), "
            "Period (2011-12 or 2011-12 Q1) and Value. Every row is checked before anything is saved; a "
            "value already recorded for the period is replaced.");
  h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/indicators/import")}, {"enctype", "multipart/form-data"}});
  CsrfField(h, ctx.csrf_token);
  FileUpload(h, form, "file", "Values (CSV or Excel)", "");
  Button(h, "Check and import");
  h.Close("form");
  auto chrome = Chrome(ctx, "Import indicator values", "Performance");
  chrome.breadcrumbs = {{"Performance", ctx.PartnershipPath("/performance")}};
  chrome.has_errors = !form.errors.empty() || !errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ImportValuesForm(Context& ctx) { return RenderValueImport(ctx, FormState{}, {}, 200); }

Response ImportValues(Context& ctx) {
  FormState form;
  auto upload = ReadUploadedTable(ctx, "file", form.errors);
  if (!upload) return RenderValueImport(ctx, form, {}, 422);
  PerformanceStore store(ctx.db);
  auto result = store.CheckImport(ctx.partnership_id(), upload->rows);
  if (!result.errors.empty()) return RenderValueImport(ctx, form, result.errors, 422);
  storage::Transaction tx(ctx.db);
  store.SaveImport(ctx.partnership_id(), result.rows);
  ctx.Audit(auth::AuditAction::kImport, "indicator-values", std::nullopt, std::to_string(result.rows.size()) + " values");
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/performance?done=values-imported"));
}

}  // namespace safeboard::ui::pages
