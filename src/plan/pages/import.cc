// Importing a plan's actions from CSV or Excel in the board's own layout: the spreadsheet's
// columns are mapped to safeboard's fields on a preview page, which shows every row as it will
// be saved (or every problem) before anything is saved; the mapping is remembered.
#include "plan/pages/pages.h"

#include <map>

#include "core/base64.h"
#include "core/csv.h"
#include "plan/pages/shared.h"
#include "plan/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using namespace plan_pages;

namespace {

using SheetRows = std::vector<std::vector<std::string>>;

// "1 September 2011" for a stored UTC timestamp.
std::string DayOf(const std::string& timestamp) {
  return core::FormatDateLong(core::DateOf(*core::ParseTimestamp(timestamp)));
}

Response RenderUpload(Context& ctx, const plan::Plan& p, const FormState& form, int status) {
  Html h;
  ErrorSummary(h, form.errors);
  h.Element("p", {{"class", "govuk-body"}},
            "Upload an Excel workbook (.xlsx, first sheet) or a CSV file with a row of column headings and one action "
            "per row, in your board's own layout. On the next page you say which column is which, and see every "
            "row as it will be saved before anything is saved.");
  h.Open("form", {{"method", "post"}, {"action", PlanPath(ctx, p.id) + "/import"}, {"enctype", "multipart/form-data"}});
  CsrfField(h, ctx.csrf_token);
  FileUpload(h, form, "file", "Spreadsheet (CSV or Excel)", "");
  Button(h, "Upload and preview");
  h.Close("form");
  auto chrome = Chrome(ctx, "Import actions into " + p.title, "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}, {p.title, PlanPath(ctx, p.id)}};
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

// The preview: the mapping as selects, then the rows as they will be saved, or the problems.
Response RenderPreview(Context& ctx, const plan::Plan& p, const SheetRows& table, const FormState& form,
                       const plan::ImportResult* result) {
  Html h;
  ErrorSummary(h, form.errors);
  if (result) ImportErrors(h, result->errors);
  h.Open("form", {{"method", "post"}, {"action", PlanPath(ctx, p.id) + "/import"}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  h.Void("input", {{"type", "hidden"}, {"name", "file_name"}, {"value", form.Value("file_name")}});
  h.Void("input", {{"type", "hidden"}, {"name", "file_data"}, {"value", form.Value("file_data")}});
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Which column is which");
  h.Element("p", {{"class", "govuk-body"}},
            "safeboard has suggested a column for each field from its heading. Change any that are wrong; your "
            "choices are remembered for your next import.");
  Options columns;
  for (std::size_t c = 0; c < table[0].size(); ++c)
    if (!core::Trim(table[0][c]).empty()) columns.emplace_back(std::to_string(c), core::Trim(table[0][c]));
  int n = 0;
  for (const auto& f : plan::ImportFields()) {
    std::string label = std::string(f.heading) + (f.required ? "" : " (optional)");
    Select(h, form, "field-" + std::to_string(n++), label, columns, f.required ? "Choose a column" : "Not in this spreadsheet",
           f.hint);
  }
  Button(h, "Check with these columns", true);
  if (result && result->errors.empty()) {
    h.Element("h2", {{"class", "govuk-heading-m"}},
              "The " + std::to_string(result->actions.size()) + " actions as they will be saved");
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& a : result->actions)
      rows.push_back({TextCell(std::to_string(a.source_row)), TextCell(a.objective), TextCell(a.activity),
                      TextCell(a.lead), TextCell(plan::FormatByWhen(a.by_when)),
                      TextCell(a.rag ? std::string(core::LabelOf(plan::Rags(), *a.rag)) : "")});
    Table(h, "", {"Row", "Desired outcome", "Action", "Lead", "By when", "RAG"}, rows);
    h.Open("button", {{"type", "submit"}, {"name", "step"}, {"value", "save"}, {"class", "govuk-button"},
                      {"data-module", "govuk-button"}});
    h.Text("Import " + std::to_string(result->actions.size()) + " actions");
    h.Close("button");
  }
  h.Close("form");
  auto chrome = Chrome(ctx, "Check the import into " + p.title, "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}, {p.title, PlanPath(ctx, p.id)}};
  chrome.has_errors = !form.errors.empty() || (result && !result->errors.empty());
  return Page(ctx, std::move(chrome), std::move(h), chrome.has_errors ? 422 : 200);
}

}  // namespace

Response ImportPlanForm(Context& ctx) { return RenderUpload(ctx, PlanOrNotFound(ctx), FormState{}, 200); }

Response ImportPlan(Context& ctx) {
  auto p = PlanOrNotFound(ctx);
  PlanStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  // First the upload; afterwards the preview posts the file back with the mapping.
  const http::Part* file = nullptr;
  for (const auto& part : ctx.files)
    if (part.name == "file") file = &part;
  std::string file_name, bytes;
  if (file) {
    file_name = file->file_name.value_or("");
    bytes = file->data;
  } else if (auto decoded = core::Base64Decode(form.Value("file_data"))) {
    file_name = form.Value("file_name");
    bytes = *decoded;
  }
  if (bytes.empty()) {
    form.errors.Add("file", "Choose a CSV or Excel file to import");
    return RenderUpload(ctx, p, form, 422);
  }
  std::string read_error;
  auto table = core::ReadTableFile(file_name, bytes, read_error);
  if (!table || table->empty()) {
    form.errors.Add("file", table ? "The file is empty" : read_error);
    return RenderUpload(ctx, p, form, 422);
  }
  // RULE: issue 14 - the same rows again into the same plan are refused while that import stands.
  std::string fingerprint = core::TableFingerprint(*table);
  if (auto earlier = store.StandingImportWithFingerprint(ctx.partnership_id(), p.id, fingerprint)) {
    form.errors.Add("file", "These rows were already imported into this plan on " +
                                DayOf(earlier->imported_at) + " (" +
                                std::to_string(earlier->actions) +
                                " actions). To import them again, first undo that import on the plan's page");
    return RenderUpload(ctx, p, form, 422);
  }
  plan::ColumnMapping mapping;
  if (file) {
    form.values = {{"file_name", file_name}, {"file_data", core::Base64Encode(bytes)}};
    mapping = plan::SuggestMapping((*table)[0], store.RememberedHeadings(ctx.partnership_id()));
    const auto fields = plan::ImportFields();
    for (std::size_t n = 0; n < fields.size(); ++n)
      if (auto it = mapping.find(fields[n].heading); it != mapping.end())
        form.values["field-" + std::to_string(n)] = std::to_string(it->second);
    for (std::size_t n = 0; n < fields.size(); ++n)
      if (fields[n].required && !mapping.count(fields[n].heading))
        form.errors.Add("field-" + std::to_string(n), "Choose the column that gives " + std::string(fields[n].heading));
    if (!form.errors.empty()) return RenderPreview(ctx, p, *table, form, nullptr);
  } else {
    form.errors = plan::ReadMapping(form.values, (*table)[0].size(), mapping);
    if (!form.errors.empty()) return RenderPreview(ctx, p, *table, form, nullptr);
  }
  auto result = plan::CheckMappedPlanImport(*table, store.LeadNames(ctx.partnership_id()), mapping);
  if (form.Value("step") != "save" || !result.errors.empty()) return RenderPreview(ctx, p, *table, form, &result);
  storage::Transaction tx(ctx.db);
  auto import_id = store.RecordImport(ctx.partnership_id(), p.id, file_name, fingerprint,
                                      static_cast<int>(result.actions.size()), core::FormatTimestamp(ctx.clock.Now()));
  int saved = store.SaveImport(ctx.partnership_id(), p.id, result, core::DateOf(ctx.clock.Now()), nullptr, import_id);
  store.RememberHeadings(ctx.partnership_id(), (*table)[0], mapping);
  ctx.Audit(auth::AuditAction::kImport, "plan", p.id, std::to_string(saved) + " actions");
  tx.Commit();
  return http::Redirect(PlanPath(ctx, p.id) + "?done=plan-imported");
}

Response UndoPlanImport(Context& ctx) {
  PlanStore store(ctx.db);
  auto import = store.FindImport(ctx.partnership_id(), ctx.Id("id"));
  if (!import) throw http::NotFound{};
  std::string plan_path = PlanPath(ctx, import->plan_id);
  if (import->undone_at) return http::Redirect(plan_path + "?done=import-undone");
  if (int updated = store.ActionsUpdatedSince(ctx.partnership_id(), import->id); updated > 0) {
    Html h;
    h.Element("p", {{"class", "govuk-body"}},
              std::to_string(updated) + (updated == 1 ? " action" : " actions") +
                  " from this import " + (updated == 1 ? "has" : "have") +
                  " had progress recorded since, so the import cannot be undone as a whole. Edit or remove those "
                  "actions one by one instead.");
    Link(h, plan_path, "Back to the plan");
    auto chrome = Chrome(ctx, "This import cannot be undone", "Business plan");
    return Page(ctx, std::move(chrome), std::move(h), 409);
  }
  storage::Transaction tx(ctx.db);
  store.UndoImport(ctx.partnership_id(), import->id, core::FormatTimestamp(ctx.clock.Now()));
  ctx.Audit(auth::AuditAction::kCancel, "plan-import", import->id, std::to_string(import->actions) + " actions");
  tx.Commit();
  return http::Redirect(plan_path + "?done=import-undone");
}

namespace plan_pages {

void PlanImports(const Context& ctx, Html& h, std::int64_t plan_id) {
  auto imports = PlanStore(ctx.db).ImportsOf(ctx.partnership_id(), plan_id);
  if (imports.empty()) return;
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& i : imports) {
    Html action;
    if (!i.undone_at)
      PostButton(action, ctx, ctx.PartnershipPath("/plan-imports/" + std::to_string(i.id) + "/undo"),
                 "Undo this import (" + std::to_string(i.actions) + " actions)");
    rows.push_back({TextCell(DayOf(i.imported_at)), TextCell(i.file_name),
                    TextCell(std::to_string(i.actions)),
                    TextCell(i.undone_at ? "Undone " + DayOf(*i.undone_at)
                                         : "Imported"),
                    action.Build()});
  }
  Table(h, "Imports into this plan", {"Date", "File", "Actions", "Status", ""}, rows);
}

}  // namespace plan_pages

}  // namespace safeboard::ui::pages
