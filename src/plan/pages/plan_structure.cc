// Building a plan on its pages, not only by import: adding objectives (with the board's own
// numbers) and actions, and removing them.
#include "plan/pages/pages.h"

#include "governance/store.h"
#include "plan/forms.h"
#include "plan/pages/shared.h"
#include "plan/store.h"
#include "storage/database.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using namespace plan_pages;

namespace {

Response RenderNewObjective(Context& ctx, const plan::Plan& p, const FormState& form) {
  Html h;
  OpenForm(h, ctx, PlanPath(ctx, p.id) + "/objectives", form);
  TextInput(h, form, "number", "Number (optional)",
            {.hint = "The plan's own number for it, like 3 or 2.1", .width_class = "govuk-input--width-5"});
  Textarea(h, form, "outcome", "Desired outcome", "What the board wants to achieve", 2);
  Select(h, form, "lead_group_id", "Lead group (optional)", CurrentGroupOptions(ctx), "No lead group");
  Button(h, "Add objective");
  h.Close("form");
  return FormPage(ctx, "Add an objective to " + p.title, "Business plan",
                  {{"Business plans", ctx.PartnershipPath("/plans")}, {p.title, PlanPath(ctx, p.id)}}, form,
                  std::move(h));
}

Response RenderNewAction(Context& ctx, const plan::Objective& o, const FormState& form) {
  Html h;
  OpenForm(h, ctx, ctx.PartnershipPath("/objectives/" + std::to_string(o.id) + "/actions"), form);
  Textarea(h, form, "activity", "Activity", "", 2);
  Textarea(h, form, "measure", "Performance measure or outcome (optional)", "", 2);
  LeadSelects(h, form, LeadOptions(ctx));
  Textarea(h, form, "resources", "Resources required (optional)", "", 2);
  TextInput(h, form, "cost", "Cost in pounds (optional)", {.hint = "For example, 8,000", .width_class = "govuk-input--width-10"});
  TextInput(h, form, "by_when", "By when",
            {.hint = "A date (March 2012, 31/03/2012), several dates, \"ongoing\", or \"within 3 months of new guidance\"",
             .width_class = "govuk-!-width-two-thirds"});
  Button(h, "Add action");
  h.Close("form");
  return FormPage(ctx, "Add an action", "Business plan",
                  {{"Business plans", ctx.PartnershipPath("/plans")}, {"The plan", PlanPath(ctx, o.plan_id)}}, form,
                  std::move(h));
}

plan::Objective ObjectiveOrNotFound(Context& ctx) {
  auto o = PlanStore(ctx.db).FindObjective(ctx.partnership_id(), ctx.Id("id"));
  if (!o) throw http::NotFound{};
  return *o;
}

}  // namespace

Response NewObjective(Context& ctx) { return RenderNewObjective(ctx, PlanOrNotFound(ctx), FormState{}); }

Response CreateObjective(Context& ctx) {
  auto p = PlanOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  plan::Objective o;
  o.plan_id = p.id;
  form.errors = plan::ReadNewObjective(form.values, OptionIds(CurrentGroupOptions(ctx)), o);
  if (!form.errors.empty()) return RenderNewObjective(ctx, p, form);
  storage::Transaction tx(ctx.db);
  auto id = PlanStore(ctx.db).CreateObjective(ctx.partnership_id(), o);
  ctx.Audit(auth::AuditAction::kCreate, "objective", id);
  tx.Commit();
  return http::Redirect(PlanPath(ctx, p.id) + "?done=objective-added");
}

Response RemoveObjective(Context& ctx) {
  auto o = ObjectiveOrNotFound(ctx);
  PlanStore store(ctx.db);
  if (int actions = store.CountActionsOf(ctx.partnership_id(), o.id); actions > 0) {
    Html h;
    h.Element("p", {{"class", "govuk-body"}},
              "This objective has " + std::to_string(actions) + (actions == 1 ? " action" : " actions") +
                  ". Remove them first, or undo the import that brought them.");
    Link(h, PlanPath(ctx, o.plan_id), "Back to the plan");
    return Page(ctx, Chrome(ctx, "The objective cannot be removed yet", "Business plan"), std::move(h), 409);
  }
  storage::Transaction tx(ctx.db);
  store.RemoveObjective(ctx.partnership_id(), o.id);
  ctx.Audit(auth::AuditAction::kEnd, "objective", o.id, "removed");
  tx.Commit();
  return http::Redirect(PlanPath(ctx, o.plan_id) + "?done=objective-removed");
}

Response NewPlanAction(Context& ctx) { return RenderNewAction(ctx, ObjectiveOrNotFound(ctx), FormState{}); }

Response CreatePlanAction(Context& ctx) {
  auto o = ObjectiveOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  plan::ActionFields fields;
  form.errors = plan::ReadActionFields(form.values, fields);
  std::vector<plan::Lead> leads;
  form.errors.Merge(plan::ReadActionLeads(form.values, KnownLeadsOf(ctx), leads));
  if (!form.errors.empty()) return RenderNewAction(ctx, o, form);
  storage::Transaction tx(ctx.db);
  auto id = PlanStore(ctx.db).CreateAction(ctx.partnership_id(), o.id, fields, leads);
  ctx.Audit(auth::AuditAction::kCreate, "plan-action", id);
  tx.Commit();
  return http::Redirect(ActionPath(ctx, id) + "?done=plan-action-added");
}

Response RemovePlanAction(Context& ctx) {
  PlanStore store(ctx.db);
  auto a = store.FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  auto plan_id = store.PlanOfAction(ctx.partnership_id(), a->id);
  // First a page that says what goes with it; its button confirms.
  if (!Confirmed(ctx)) {
    int updates = static_cast<int>(a->updates.size());
    return ConfirmationPage(ctx, "Remove this action?", "Business plan",
                            "Removing \"" + a->activity + "\" removes its " + std::to_string(updates) +
                                (updates == 1 ? " progress update" : " progress updates") + " too. This cannot be undone.",
                            ActionPath(ctx, a->id) + "/remove", "Remove the action", ActionPath(ctx, a->id));
  }
  storage::Transaction tx(ctx.db);
  store.RemoveAction(ctx.partnership_id(), a->id);
  ctx.Audit(auth::AuditAction::kEnd, "plan-action", a->id, "removed with its progress updates");
  tx.Commit();
  return http::Redirect(PlanPath(ctx, plan_id.value_or(0)) + "?done=plan-action-removed");
}

}  // namespace safeboard::ui::pages
