// The training needs analysis (issue 17): the year's returns with the share of respondents who
// have single-agency training in place and whose staff access inter-agency training, the gaps
// they name, and in the same place the training needs raised by audits and case reviews, each
// with where it came from and where it led. The training team records returns.
#include "core/date.h"
#include "core/financial_year.h"
#include "learning/pages/shared.h"
#include "learning/store.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/store.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace {

std::string NeedsPath(const Context& ctx, int year) {
  return ctx.PartnershipPath("/training/needs?year=" + std::to_string(year));
}

std::string PercentText(const std::optional<int>& percent) { return percent ? std::to_string(*percent) + "%" : "No returns"; }

Response RenderNeeds(Context& ctx, int year, const FormState& form, int status) {
  training::TrainingStore store(ctx.db);
  auto returns = store.NeedsReturns(ctx.partnership_id(), year);
  auto f = training::NeedsFiguresOf(returns);
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, NeedsPath(ctx, year - 1), "Previous year: " + core::FinancialYearLabel(year - 1));
  h.Text(" ");
  Link(h, NeedsPath(ctx, year + 1), "Next year: " + core::FinancialYearLabel(year + 1));
  h.Close("p");
  SummaryList(h, {{"Respondents", std::to_string(f.respondents)},
                  {"Single-agency training in place", PercentText(f.SingleAgencyPercent()) + " (" +
                                                          std::to_string(f.single_agency_in_place) + ")"},
                  {"Staff accessing inter-agency training", PercentText(f.InterAgencyPercent()) + " (" +
                                                                std::to_string(f.accessing_inter_agency) + ")"}});
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& r : returns)
    rows.push_back({TextCell(r.Name()), TextCell(r.single_agency_in_place ? "Yes" : "No"),
                    TextCell(r.accessing_inter_agency ? "Yes" : "No"), TextCell(r.gaps.empty() ? "None named" : r.gaps)});
  if (!rows.empty())
    Table(h, "Returns " + core::FinancialYearLabel(year),
          {"Respondent", "Single-agency training", "Inter-agency training", "Gaps"}, rows);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "raised"}}, "Needs raised by audits and case reviews");
  std::vector<std::vector<TrustedHtml>> raised;
  for (const auto& r : learning::LearningStore(ctx.db).List(ctx.partnership_id(), learning::ReferralKind::kTrainingNeed)) {
    Html from;
    learning_pages::SourceOf(ctx, from, r);
    raised.push_back({LinkCell(learning_pages::ReferralPath(ctx, r.id), r.need), from.Build(),
                      TextCell(core::FormatDateLong(r.raised_on)), TextCell(r.responded_on ? r.response : "Open")});
  }
  if (raised.empty())
    h.Element("p", {{"class", "govuk-body"}}, "None raised.");
  else
    Table(h, "Training needs raised", {"Need", "From", "Raised", "Where it led"}, raised);
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add-a-return"}}, "Add a return");
    OpenForm(h, ctx, ctx.PartnershipPath("/training/needs"), form);
    h.Void("input", {{"type", "hidden"}, {"name", "year"}, {"value", std::to_string(year)}});
    Select(h, form, "agency_id", "One of the board's agencies", AgencyOptions(ctx), "Another organisation");
    TextInput(h, form, "organisation", "Or another organisation's name", {.width_class = "govuk-!-width-one-half"});
    Radios(h, form, "single_agency_in_place", "Single-agency safeguarding training in place?", {{"yes", "Yes"}, {"no", "No"}});
    Radios(h, form, "accessing_inter_agency", "Staff access inter-agency training?", {{"yes", "Yes"}, {"no", "No"}});
    Textarea(h, form, "gaps", "Gaps (optional)", "", 2);
    DateInput(h, form, "returned_on", "Returned");
    Button(h, "Add return");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Training needs analysis " + core::FinancialYearLabel(year), kNav,
                                 {{"Training programme", ProgrammePath(ctx, year)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowTrainingNeeds(Context& ctx) { return RenderNeeds(ctx, YearAsked(ctx), {}, 200); }

Response AddTrainingNeedsReturn(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  int year = core::ParseFinancialYearStart(form.Value("year")).value_or(core::FinancialYearOf(core::DateOf(ctx.clock.Now())));
  training::TrainingStore store(ctx.db);
  std::vector<std::string> returned;
  for (const auto& r : store.NeedsReturns(ctx.partnership_id(), year)) returned.push_back(training::RespondentKey(r));
  training::NeedsReturn r;
  form.errors = training::ReadNeedsReturn(form.values, AgencyIds(ctx), returned, core::DateOf(ctx.clock.Now()), r);
  if (!form.errors.empty()) return RenderNeeds(ctx, year, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = store.AddNeedsReturn(ctx.partnership_id(), r);
  ctx.Audit(auth::AuditAction::kCreate, "training-needs-return", id);
  tx.Commit();
  return http::Redirect(NeedsPath(ctx, year) + "&done=needs-return-added");
}

}  // namespace safeboard::ui::pages
