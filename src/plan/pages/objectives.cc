// An objective: its number, outcome and lead group, and its risk assessment as a list of risks
// (adding and removing one).
#include "plan/pages/pages.h"

#include "governance/store.h"
#include "plan/pages/shared.h"
#include "plan/store.h"
#include "storage/database.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using namespace plan_pages;

namespace {

std::string ObjectivePath(const Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/objectives/" + std::to_string(id));
}

std::string ScoreText(const std::optional<int>& score) { return score ? std::to_string(*score) : "Not rated"; }

// The objective's risks, each with a button to remove it.
void RiskTable(Context& ctx, Html& h, const plan::Objective& o) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "risks"}}, "Risk assessment");
  if (o.risks.empty()) {
    h.Element("p", {{"class", "govuk-body"}}, "No risks recorded yet.");
    return;
  }
  std::vector<std::vector<TrustedHtml>> rows;
  int number = 0;
  for (const auto& r : o.risks) {
    Html remove;
    // Each button names its risk by number, so a screen reader's list of buttons tells them apart.
    PostButton(remove, ctx, ctx.PartnershipPath("/objective-risks/" + std::to_string(r.id) + "/remove"),
               "Remove risk " + std::to_string(++number));
    rows.push_back({TextCell(r.description), TextCell(r.impact), TextCell(ScoreText(r.likelihood)),
                    TextCell(ScoreText(r.severity)), TextCell(ScoreText(plan::RiskScore(r))), remove.Build()});
  }
  Table(h, "", {"Risk", "Impact", "Likelihood", "Severity", "Score", "Action"}, rows);
}

Response RenderObjective(Context& ctx, const plan::Objective& o, const FormState& form, const FormState& risk_form,
                         int status) {
  Html h;
  ErrorSummary(h, form.errors);
  h.Open("form", {{"method", "post"}, {"action", ObjectivePath(ctx, o.id)}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  TextInput(h, form, "number", "Number (optional)",
            {.hint = "The plan's own number for it, like 3 or 2.1", .width_class = "govuk-input--width-5"});
  Textarea(h, form, "outcome", "Desired outcome", "", 2);
  Select(h, form, "lead_group_id", "Lead group", CurrentGroupOptions(ctx), "No lead group");
  Button(h, "Save");
  h.Close("form");
  RiskTable(ctx, h, o);
  h.Element("h3", {{"class", "govuk-heading-s"}}, "Add a risk");
  ErrorSummary(h, risk_form.errors);
  h.Open("form", {{"method", "post"}, {"action", ObjectivePath(ctx, o.id) + "/risks"}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  Textarea(h, risk_form, "risk", "Risk", "What could stop the outcome", 2);
  Textarea(h, risk_form, "impact", "Impact", "What would follow if it happened", 2);
  TextInput(h, risk_form, "likelihood", "Likelihood (1 to 5, optional)", {.width_class = "govuk-input--width-2"});
  TextInput(h, risk_form, "severity", "Severity (1 to 5, optional)",
            {.hint = "With a likelihood, the score is likelihood times severity", .width_class = "govuk-input--width-2"});
  Button(h, "Add risk", true);
  h.Close("form");
  auto chrome = Chrome(ctx, "Edit objective", "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}, {"The plan", PlanPath(ctx, o.plan_id)}};
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty() || !risk_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

plan::Objective ObjectiveOrNotFound(Context& ctx) {
  auto o = PlanStore(ctx.db).FindObjective(ctx.partnership_id(), ctx.Id("id"));
  if (!o) throw http::NotFound{};
  return *o;
}

FormState StoredObjectiveForm(const plan::Objective& o) {
  FormState form;
  form.values = {{"number", o.number},
                 {"outcome", o.outcome},
                 {"lead_group_id", o.lead_group_id ? std::to_string(*o.lead_group_id) : ""}};
  return form;
}

}  // namespace

Response EditObjective(Context& ctx) {
  auto o = ObjectiveOrNotFound(ctx);
  return RenderObjective(ctx, o, StoredObjectiveForm(o), FormState{}, 200);
}

Response UpdateObjective(Context& ctx) {
  auto o = ObjectiveOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  plan::ObjectiveFields fields;
  form.errors = plan::ReadObjectiveFields(form.values, fields);
  std::optional<std::int64_t> group;
  if (auto text = form.Value("lead_group_id"); !text.empty()) {
    auto found = governance::GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), std::atoll(text.c_str()));
    if (!found) form.errors.Add("lead_group_id", "Select a group from the list");
    else group = found->id;
  }
  if (!form.errors.empty()) return RenderObjective(ctx, o, form, FormState{}, 422);
  o.number = fields.number;
  o.outcome = fields.outcome;
  o.lead_group_id = group;
  storage::Transaction tx(ctx.db);
  PlanStore(ctx.db).UpdateObjective(ctx.partnership_id(), o);
  ctx.Audit(auth::AuditAction::kUpdate, "objective", o.id);
  tx.Commit();
  return http::Redirect(PlanPath(ctx, o.plan_id) + "?done=objective-saved");
}

Response AddObjectiveRisk(Context& ctx) {
  auto o = ObjectiveOrNotFound(ctx);
  FormState risk_form{Submitted(ctx), {}};
  plan::Risk risk;
  risk_form.errors = plan::ReadRisk(risk_form.values, risk);
  if (!risk_form.errors.empty()) return RenderObjective(ctx, o, StoredObjectiveForm(o), risk_form, 422);
  storage::Transaction tx(ctx.db);
  auto id = PlanStore(ctx.db).AddRisk(ctx.partnership_id(), o.id, risk);
  ctx.Audit(auth::AuditAction::kCreate, "objective-risk", id);
  tx.Commit();
  return http::Redirect(ObjectivePath(ctx, o.id) + "?done=risk-added#risks");
}

Response RemoveObjectiveRisk(Context& ctx) {
  PlanStore store(ctx.db);
  auto objective = store.ObjectiveOfRisk(ctx.partnership_id(), ctx.Id("id"));
  if (!objective) throw http::NotFound{};
  if (!Confirmed(ctx))
    return ConfirmationPage(ctx, "Remove this risk?", "Business plan",
                            "The risk leaves the objective's risk assessment. This cannot be undone.",
                            ctx.PartnershipPath("/objective-risks/" + std::to_string(ctx.Id("id")) + "/remove"),
                            "Remove the risk", ObjectivePath(ctx, *objective) + "#risks");
  storage::Transaction tx(ctx.db);
  store.RemoveRisk(ctx.partnership_id(), ctx.Id("id"));
  ctx.Audit(auth::AuditAction::kEnd, "objective-risk", ctx.Id("id"), "removed");
  tx.Commit();
  return http::Redirect(ObjectivePath(ctx, *objective) + "?done=risk-removed#risks");
}

}  // namespace safeboard::ui::pages
