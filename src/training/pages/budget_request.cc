// The training budget request (issue 17): a year's items and the total asked (their sum), whom it
// went to and the decision. Members read it; the training team (the board team) adds items until
// it is submitted, submits it, and records the decision.
#include "core/date.h"
#include "core/financial_year.h"
#include "core/money.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/store.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace {

struct BudgetForms {
  FormState item, submission, decision;
};

std::string BudgetPath(const Context& ctx, int year, const std::string& rest = "") {
  return ctx.PartnershipPath("/training/budget" + rest + "?year=" + std::to_string(year));
}

std::string StateOf(const training::BudgetRequest& r) {
  if (r.decided_on)
    return core::FormatPounds(*r.agreed_pence) + " agreed of " + core::FormatPounds(r.RequestedPence()) + " asked, on " +
           core::FormatDateLong(*r.decided_on);
  if (r.submitted_on)
    return "Submitted" + (r.group_name.empty() ? std::string() : " to the " + r.group_name) + " on " +
           core::FormatDateLong(*r.submitted_on) + ": waiting for the decision";
  return "Being prepared";
}

Response RenderBudget(Context& ctx, int year, const BudgetForms& forms, int status) {
  auto found = training::TrainingStore(ctx.db).BudgetRequestOf(ctx.partnership_id(), year);
  training::BudgetRequest r = found.value_or(training::BudgetRequest{.year_start = year});
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, BudgetPath(ctx, year - 1), "Previous year: " + core::FinancialYearLabel(year - 1));
  h.Text(" ");
  Link(h, BudgetPath(ctx, year + 1), "Next year: " + core::FinancialYearLabel(year + 1));
  h.Close("p");
  if (!found) h.Element("p", {{"class", "govuk-body"}}, "No request for this year yet.");
  if (found) {
    SummaryList(h, {{"Asked", core::FormatPounds(r.RequestedPence())}, {"Where it is", StateOf(r)}});
    if (!r.decision_note.empty()) h.Element("p", {{"class", "govuk-body"}}, r.decision_note);
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& item : r.items) rows.push_back({TextCell(item.description), TextCell(core::FormatPounds(item.pence))});
    rows.push_back({TextCell("Total asked"), TextCell(core::FormatPounds(r.RequestedPence()))});
    Table(h, "Items", {"Item", "Amount"}, rows);
  }
  if (CanManage(ctx) && !r.submitted_on) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "item"}}, "Add an item");
    OpenForm(h, ctx, BudgetPath(ctx, year, "/items"), forms.item);
    TextInput(h, forms.item, "description", "What it pays for", {.width_class = "govuk-!-width-two-thirds"});
    TextInput(h, forms.item, "amount", "Amount in pounds", {.hint = "For example, 4,500", .width_class = "govuk-input--width-10"});
    Button(h, "Add item");
    h.Close("form");
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "submit"}}, "Submit the request");
    OpenForm(h, ctx, BudgetPath(ctx, year, "/submission"), forms.submission);
    DateInput(h, forms.submission, "submitted_on", "Submitted on");
    Select(h, forms.submission, "group_id", "To the group (optional)", CurrentGroupOptions(ctx), "Not recorded");
    Button(h, "Submit request");
    h.Close("form");
  } else if (CanManage(ctx) && !r.decided_on) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "decision"}}, "Record the decision");
    OpenForm(h, ctx, BudgetPath(ctx, year, "/decision"), forms.decision);
    DateInput(h, forms.decision, "decided_on", "Decided on");
    TextInput(h, forms.decision, "agreed", "Amount agreed in pounds",
              {.hint = "Up to the " + core::FormatPounds(r.RequestedPence()) + " asked", .width_class = "govuk-input--width-10"});
    Textarea(h, forms.decision, "decision_note", "Note (optional)", "For example, where the decision was taken", 3);
    Button(h, "Record decision");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Training budget request " + core::FinancialYearLabel(year), kNav,
                                 {{"Training programme", ProgrammePath(ctx, year)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.item.errors.empty() || !forms.submission.errors.empty() || !forms.decision.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

training::BudgetRequest RequestOfYear(Context& ctx, int year) {
  return training::TrainingStore(ctx.db).BudgetRequestOf(ctx.partnership_id(), year).value_or(
      training::BudgetRequest{.year_start = year});
}

}  // namespace

Response ShowTrainingBudget(Context& ctx) { return RenderBudget(ctx, YearAsked(ctx), {}, 200); }

Response AddTrainingBudgetItem(Context& ctx) {
  int year = YearAsked(ctx);
  BudgetForms forms;
  forms.item = {Submitted(ctx), {}};
  training::BudgetItem item;
  forms.item.errors = training::ReadBudgetItem(forms.item.values, RequestOfYear(ctx, year), item);
  if (!forms.item.errors.empty()) return RenderBudget(ctx, year, forms, 422);
  storage::Transaction tx(ctx.db);
  auto id = training::TrainingStore(ctx.db).AddBudgetItem(ctx.partnership_id(), year, item);
  ctx.Audit(auth::AuditAction::kCreate, "training-budget-item", id);
  tx.Commit();
  return http::Redirect(BudgetPath(ctx, year) + "&done=budget-item-added");
}

Response SubmitTrainingBudget(Context& ctx) {
  int year = YearAsked(ctx);
  BudgetForms forms;
  forms.submission = {Submitted(ctx), {}};
  training::BudgetRequest changed;
  forms.submission.errors = training::ReadBudgetSubmission(forms.submission.values, RequestOfYear(ctx, year),
                                                           OptionIds(CurrentGroupOptions(ctx)),
                                                           core::DateOf(ctx.clock.Now()), changed);
  if (!forms.submission.errors.empty()) return RenderBudget(ctx, year, forms, 422);
  storage::Transaction tx(ctx.db);
  training::TrainingStore(ctx.db).SaveBudgetRequestState(ctx.partnership_id(), changed);
  ctx.Audit(auth::AuditAction::kUpdate, "training-budget-request", changed.id, "submitted");
  tx.Commit();
  return http::Redirect(BudgetPath(ctx, year) + "&done=budget-submitted");
}

Response DecideTrainingBudget(Context& ctx) {
  int year = YearAsked(ctx);
  BudgetForms forms;
  forms.decision = {Submitted(ctx), {}};
  training::BudgetRequest changed;
  forms.decision.errors = training::ReadBudgetDecision(forms.decision.values, RequestOfYear(ctx, year),
                                                       core::DateOf(ctx.clock.Now()), changed);
  if (!forms.decision.errors.empty()) return RenderBudget(ctx, year, forms, 422);
  storage::Transaction tx(ctx.db);
  training::TrainingStore(ctx.db).SaveBudgetRequestState(ctx.partnership_id(), changed);
  ctx.Audit(auth::AuditAction::kDecision, "training-budget-request", changed.id);
  tx.Commit();
  return http::Redirect(BudgetPath(ctx, year) + "&done=budget-decided");
}

}  // namespace safeboard::ui::pages
