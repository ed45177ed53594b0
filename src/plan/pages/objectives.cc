// An objective and its risk assessment.
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

Response RenderObjective(Context& ctx, const plan::Objective& o, const FormState& form, int status) {
  Html h;
  ErrorSummary(h, form.errors);
  h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/objectives/" + std::to_string(o.id))},
                  {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  TextInput(h, form, "number", "Number (optional)",
            {.hint = "The plan's own number for it, like 3 or 2.1", .width_class = "govuk-input--width-5"});
  Textarea(h, form, "outcome", "Desired outcome", "", 2);
  std::vector<std::pair<std::string, std::string>> groups;
  for (const auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id()))
    groups.emplace_back(std::to_string(g.id), g.name);
  Select(h, form, "lead_group_id", "Lead group", groups, "No lead group");
  Textarea(h, form, "risks", "Risks and their impact", "What could stop the outcome, and what would follow", 4);
  TextInput(h, form, "likelihood", "Likelihood (1 to 5, optional)", {.width_class = "govuk-input--width-2"});
  TextInput(h, form, "impact", "Impact (1 to 5, optional)", {.width_class = "govuk-input--width-2"});
  Button(h, "Save");
  h.Close("form");
  auto chrome = Chrome(ctx, "Edit objective", "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}, {"The plan", PlanPath(ctx, o.plan_id)}};
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response EditObjective(Context& ctx) {
  auto o = PlanStore(ctx.db).FindObjective(ctx.partnership_id(), ctx.Id("id"));
  if (!o) throw http::NotFound{};
  FormState form;
  form.values = {{"number", o->number}, {"outcome", o->outcome}, {"risks", o->risks},
                 {"lead_group_id", o->lead_group_id ? std::to_string(*o->lead_group_id) : ""},
                 {"likelihood", o->likelihood ? std::to_string(*o->likelihood) : ""},
                 {"impact", o->impact ? std::to_string(*o->impact) : ""}};
  return RenderObjective(ctx, *o, form, 200);
}

Response UpdateObjective(Context& ctx) {
  PlanStore store(ctx.db);
  auto o = store.FindObjective(ctx.partnership_id(), ctx.Id("id"));
  if (!o) throw http::NotFound{};
  FormState form{Submitted(ctx), {}};
  plan::RiskAssessment risk;
  form.errors = plan::ReadRiskAssessment(form.values, risk);
  std::optional<std::int64_t> group;
  if (auto text = form.Value("lead_group_id"); !text.empty()) {
    auto found = governance::GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), std::atoll(text.c_str()));
    if (!found) form.errors.Add("lead_group_id", "Select a group from the list");
    else group = found->id;
  }
  if (!form.errors.empty()) return RenderObjective(ctx, *o, form, 422);
  o->number = risk.number;
  o->outcome = risk.outcome;
  o->risks = risk.risks;
  o->likelihood = risk.likelihood;
  o->impact = risk.impact;
  o->lead_group_id = group;
  storage::Transaction tx(ctx.db);
  store.UpdateObjective(ctx.partnership_id(), *o);
  ctx.Audit(auth::AuditAction::kUpdate, "objective", o->id);
  tx.Commit();
  return http::Redirect(PlanPath(ctx, o->plan_id) + "?done=objective-saved");
}

}  // namespace safeboard::ui::pages
