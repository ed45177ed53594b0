// E-learning (issue 17): a year's completions added up (people, completions, by module and by
// agency), and for the training team the import of the provider's export, every row checked
// before any is saved. Learners' names and emails are never shown here: only the figures.
#include "core/date.h"
#include "core/financial_year.h"
#include "governance/store.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/store.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace {

std::string ELearningPath(const Context& ctx, int year) {
  return ctx.PartnershipPath("/training/e-learning?year=" + std::to_string(year));
}

Response RenderELearning(Context& ctx, int year, const FormState& form, const std::vector<core::ImportError>& errors,
                         int status) {
  auto [from, to] = core::FinancialYearDates(year);
  auto f = training::ELearningFiguresOf(training::TrainingStore(ctx.db).CompletionsBetween(ctx.partnership_id(), from, to));
  Html h;
  ErrorSummary(h, form.errors);
  ImportErrors(h, errors);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ELearningPath(ctx, year - 1), "Previous year: " + core::FinancialYearLabel(year - 1));
  h.Text(" ");
  Link(h, ELearningPath(ctx, year + 1), "Next year: " + core::FinancialYearLabel(year + 1));
  h.Close("p");
  SummaryList(h, {{"People who completed a module", std::to_string(f.people)},
                  {"Modules completed", std::to_string(f.completions)}});
  std::vector<std::vector<TrustedHtml>> modules, agencies;
  for (const auto& [module, n] : f.completions_by_module) modules.push_back({TextCell(module), TextCell(std::to_string(n))});
  for (const auto& [agency, n] : f.people_by_agency) agencies.push_back({TextCell(agency), TextCell(std::to_string(n))});
  if (!modules.empty()) {
    Table(h, "Completions by module", {"Module", "Completions"}, modules);
    Table(h, "People by agency", {"Agency or employer", "People"}, agencies);
  }
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "import"}}, "Import completions");
    h.Element("p", {{"class", "govuk-body"}},
              "Upload the e-learning provider's export as CSV or Excel with the columns Module, Name, Email, Agency "
              "(optional) and Completed. Every row is checked before anything is saved; one bad row refuses the file, "
              "and a completion already recorded is refused rather than counted twice.");
    h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/training/e-learning")},
                    {"enctype", "multipart/form-data"}, {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    FileUpload(h, form, "file", "Completions (CSV or Excel)");
    Button(h, "Check and import");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "E-learning " + core::FinancialYearLabel(year), kNav,
                                 {{"Training programme", ProgrammePath(ctx, year)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty() || !errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowELearning(Context& ctx) { return RenderELearning(ctx, YearAsked(ctx), {}, {}, 200); }

Response ImportELearning(Context& ctx) {
  int year = core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
  FormState form;
  auto upload = ReadUploadedTable(ctx, "file", form.errors);
  if (!upload) return RenderELearning(ctx, year, form, {}, 422);
  training::TrainingStore store(ctx.db);
  core::NameIndex agencies;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id())) {
    agencies.Add(a.name, a.id);
    for (const auto& other : a.other_names) agencies.Add(other, a.id);
  }
  auto result = training::ReadELearningImport(upload->rows, agencies, store.CompletionKeys(ctx.partnership_id()),
                                              core::DateOf(ctx.clock.Now()));
  if (!result.errors.empty()) return RenderELearning(ctx, year, form, result.errors, 422);
  storage::Transaction tx(ctx.db);
  store.AddCompletions(ctx.partnership_id(), result.rows);
  ctx.Audit(auth::AuditAction::kImport, "elearning-completions", std::nullopt,
            std::to_string(result.rows.size()) + " completions from " + upload->file_name);
  tx.Commit();
  return http::Redirect(ELearningPath(ctx, year) + "&done=elearning-imported");
}

}  // namespace safeboard::ui::pages
