// One organisation's safer workforce return (issue 16): its rating in each domain, its notes,
// and the support for each deficit followed to completion.
#include <algorithm>

#include "assurance/pages/pages.h"
#include "assurance/pages/workforce_shared.h"
#include "assurance/safer_workforce_store.h"
#include "core/date.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using namespace workforce_pages;
using assurance::WorkforceReturn;
using http::Context;
using http::Response;

namespace {

std::string CompletionPrefix(std::int64_t action) { return "support" + std::to_string(action) + "-"; }

struct ReturnForms {
  FormState support, completion;
  std::int64_t completion_for = 0;
};

Response RenderReturn(Context& ctx, const WorkforceReturn& r, const ReturnForms& forms, int status) {
  auto w = AssessmentOf(ctx, r.assessment_id);
  bool may_work = MayWorkOn(ctx, w);
  Html h;
  // A completion refused for support already completed has no form of its own to show it.
  auto open = std::find_if(r.actions.begin(), r.actions.end(),
                           [&](const auto& a) { return a.id == forms.completion_for && !a.completed_on; });
  if (open == r.actions.end() && !forms.completion.errors.empty()) ErrorSummary(h, forms.completion.errors);
  SummaryList(h, {{"Organisation", r.Name()},
                  {"Kind", std::string(core::LabelOf(assurance::OrganisationTypes(), r.type))},
                  {"Returned", core::FormatDateLong(r.returned_on)},
                  {"Notes", r.notes.empty() ? "None" : r.notes}});
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& d : assurance::WorkforceDomains()) {
    Html rating;
    if (auto it = r.ratings.find(d.value); it != r.ratings.end()) StatusTag(rating, assurance::StatusOf(it->second));
    rows.push_back({TextCell(std::string(d.label)), rating.Build()});
  }
  Table(h, "Ratings by domain", {"Domain", "Rating"}, rows);

  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "support"}}, "Support");
  auto deficits = r.Deficits();
  if (deficits.empty()) h.Element("p", {{"class", "govuk-body"}}, "Compliant in every domain: no support is needed.");
  for (const auto& a : r.actions) {
    h.Element("h3", {{"class", "govuk-heading-s"}}, std::string(core::LabelOf(assurance::WorkforceDomains(), a.domain)));
    SummaryList(h, {{"Support", a.support},
                    {"By", a.by_whom.empty() ? "Not named" : a.by_whom},
                    {"Due", core::FormatDateLong(a.due_on)},
                    {"Completed", a.completed_on ? core::FormatDateLong(*a.completed_on) : "Not yet"}});
    if (may_work && !a.completed_on) {
      auto prefix = CompletionPrefix(a.id);
      FormState shown = Prefixed(forms.completion_for == a.id ? forms.completion : FormState{}, prefix);
      OpenForm(h, ctx, ctx.PartnershipPath("/assurance/safer-workforce/support/" + std::to_string(a.id)), shown);
      DateInput(h, shown, prefix + "completed_on", "Support completed on");
      Button(h, "Record completed", true);
      h.Close("form");
    }
  }
  if (may_work && !deficits.empty()) {
    h.Element("h3", {{"class", "govuk-heading-s"}, {"id", "add-support"}}, "Add support for a deficit");
    OpenForm(h, ctx, ReturnPath(ctx, r.id) + "/support", forms.support);
    Options domains;
    for (auto d : deficits)
      domains.emplace_back(std::string(core::CodeOf(assurance::WorkforceDomains(), d)),
                           std::string(core::LabelOf(assurance::WorkforceDomains(), d)));
    Select(h, forms.support, "domain", "Deficit", domains, "Choose a deficit");
    Textarea(h, forms.support, "support", "Support", "What the sub-group will do with the organisation", 2);
    TextInput(h, forms.support, "by_whom", "By (optional)", {.width_class = "govuk-!-width-one-half"});
    DateInput(h, forms.support, "due_on", "Due");
    Button(h, "Add support", true);
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Return: " + r.Name(), "Quality assurance", {{w.title, AssessmentPath(ctx, w.id)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.support.errors.empty() || !forms.completion.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowWorkforceReturn(Context& ctx) { return RenderReturn(ctx, ReturnOf(ctx, ctx.Id("id")), {}, 200); }

Response AddSupportAction(Context& ctx) {
  auto r = ReturnOf(ctx, ctx.Id("id"));
  if (!MayWorkOn(ctx, AssessmentOf(ctx, r.assessment_id))) return ErrorPage(ctx, 403);
  ReturnForms forms;
  forms.support.values = Submitted(ctx);
  assurance::SupportAction action;
  action.return_id = r.id;
  forms.support.errors = assurance::ReadSupportAction(forms.support.values, r, action);
  if (!forms.support.errors.empty()) return RenderReturn(ctx, r, forms, 422);
  storage::Transaction tx(ctx.db);
  assurance::WorkforceStore(ctx.db).AddAction(action);
  ctx.Audit(auth::AuditAction::kUpdate, "workforce-return", r.id, "support added");
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, r.id) + "?done=workforce-support-added#support");
}

Response CompleteSupportAction(Context& ctx) {
  assurance::WorkforceStore store(ctx.db);
  auto return_id = store.ReturnOfAction(ctx.partnership_id(), ctx.Id("id"));
  if (!return_id) throw http::NotFound{};
  auto r = ReturnOf(ctx, *return_id);
  if (!MayWorkOn(ctx, AssessmentOf(ctx, r.assessment_id))) return ErrorPage(ctx, 403);
  auto action = std::find_if(r.actions.begin(), r.actions.end(), [&](const auto& a) { return a.id == ctx.Id("id"); });
  ReturnForms forms;
  forms.completion_for = action->id;
  forms.completion.values = Unprefixed(ctx, CompletionPrefix(action->id));
  core::Date on;
  forms.completion.errors =
      assurance::ReadSupportCompleted(forms.completion.values, r, *action, core::DateOf(ctx.clock.Now()), on);
  if (!forms.completion.errors.empty()) return RenderReturn(ctx, r, forms, 422);
  storage::Transaction tx(ctx.db);
  store.CompleteAction(r.id, action->id, on);
  ctx.Audit(auth::AuditAction::kUpdate, "workforce-return", r.id, "support completed");
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, r.id) + "?done=workforce-support-completed#support");
}

}  // namespace safeboard::ui::pages
