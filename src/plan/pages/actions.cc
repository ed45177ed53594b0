// A plan action: its progress updates, adding one, and editing the action.
#include "plan/pages/pages.h"

#include <map>

#include "core/base64.h"
#include "core/csv.h"
#include "governance/store.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "plan/access.h"
#include "plan/pages/shared.h"
#include "plan/store.h"
#include "reports/progress_report.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace plan_pages;

namespace {

Response RenderAction(Context& ctx, const plan::PlanAction& a, const FormState& form, int status) {
  PlanStore store(ctx.db);
  auto plan_id = store.PlanOfAction(ctx.partnership_id(), a.id);
  auto updates = a.Updates();
  auto latest = plan::LatestUpdate(updates);
  Html h;
  SummaryList(h, {{"Performance measure", a.measure},
                  {a.leads.size() > 1 ? "Leads" : "Lead", a.LeadNames()},
                  {"Resources required", a.resources},
                  {"Cost", a.cost_pence ? plan::FormatPence(a.cost_pence) : "None recorded"},
                  {"Evidence", a.evidence.empty() ? "None recorded" : a.evidence},
                  {"By when", plan::FormatByWhen(a.by_when)},
                  {"Latest status", latest ? std::string(core::LabelOf(plan::Rags(), latest->rag)) : "No update yet"},
                  {"Overdue", plan::IsOverdue(a.by_when, updates, core::DateOf(ctx.clock.Now())) ? "Yes" : "No"}});
  if (CanManage(ctx)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, ActionPath(ctx, a.id) + "/edit", "Edit this action");
    h.Close("p");
    PostButton(h, ctx, ActionPath(ctx, a.id) + "/remove", "Remove this action");
  }
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Progress updates");
  std::vector<std::vector<TrustedHtml>> rows;
  for (auto it = a.updates.rbegin(); it != a.updates.rend(); ++it) {
    Html rag;
    RagTag(rag, it->update.rag);
    rows.push_back({TextCell(core::FormatDateLong(it->update.on)), rag.Build(), TextCell(it->update.text),
                    TextCell(it->update.by)});
  }
  if (rows.empty()) h.Element("p", {{"class", "govuk-body"}}, "None yet.");
  else Table(h, "", {"Date", "RAG", "Progress", "By"}, rows);
  if (plan::MayUpdate(ctx, a)) {
    ErrorSummary(h, form.errors);
    h.Open("form", {{"method", "post"}, {"action", ActionPath(ctx, a.id) + "/updates"}, {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    std::vector<std::pair<std::string, std::string>> rags;
    for (const auto& t : plan::Rags()) rags.emplace_back(std::string(t.code), std::string(t.label));
    Radios(h, form, "rag", "RAG status", rags);
    Textarea(h, form, "text", "Progress", "What has been done since the last update", 4);
    Button(h, "Add update");
    h.Close("form");
  }
  auto chrome = Chrome(ctx, a.activity, "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}};
  if (plan_id) chrome.breadcrumbs.emplace_back("The plan", PlanPath(ctx, *plan_id));
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

Response RenderActionForm(Context& ctx, const plan::PlanAction& a, const FormState& form, int status) {
  Html h;
  ErrorSummary(h, form.errors);
  h.Open("form", {{"method", "post"}, {"action", ActionPath(ctx, a.id) + "/edit"}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  Textarea(h, form, "activity", "Activity", "", 2);
  Textarea(h, form, "measure", "Performance measure or outcome", "", 2);
  LeadSelects(h, form, LeadOptions(ctx));
  Textarea(h, form, "resources", "Resources required", "", 2);
  TextInput(h, form, "cost", "Cost in pounds (optional)", {.hint = "For example, 8,000", .width_class = "govuk-input--width-10"});
  TextInput(h, form, "by_when", "By when",
            {.hint = "A date (March 2012, 31/03/2012), several dates, \"ongoing\", or \"within 3 months of new guidance\"",
             .width_class = "govuk-!-width-two-thirds"});
  TextInput(h, form, "triggered_on", "When the trigger happened (optional)",
            {.hint = "For a \"within N months of\" action: the date, like 2012-01-31", .width_class = "govuk-input--width-10"});
  Textarea(h, form, "evidence", "Evidence (optional)", "", 3);
  Button(h, "Save");
  h.Close("form");
  auto chrome = Chrome(ctx, "Edit action", "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}, {a.activity, ActionPath(ctx, a.id)}};
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowPlanAction(Context& ctx) {
  auto a = PlanStore(ctx.db).FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  return RenderAction(ctx, *a, FormState{}, 200);
}

Response AddProgressUpdate(Context& ctx) {
  PlanStore store(ctx.db);
  auto a = store.FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  if (!plan::MayUpdate(ctx, *a)) return ErrorPage(ctx, 403);
  FormState form{Submitted(ctx), {}};
  plan::ProgressUpdate update{core::DateOf(ctx.clock.Now()), "", plan::Rag::kAmber, ctx.session->user.display_name};
  form.errors = plan::ReadProgressUpdate(form.values, update);
  if (!form.errors.empty()) return RenderAction(ctx, *a, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = store.AddUpdate(ctx.partnership_id(), a->id, update, ctx.user_id());
  ctx.Audit(auth::AuditAction::kCreate, "progress-update", id, std::string(core::CodeOf(plan::Rags(), update.rag)));
  tx.Commit();
  return http::Redirect(ActionPath(ctx, a->id) + "?done=update-added");
}

Response EditPlanAction(Context& ctx) {
  auto a = PlanStore(ctx.db).FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  FormState form;
  form.values = {{"activity", a->activity}, {"measure", a->measure}, {"resources", a->resources},
                 {"cost", a->cost_pence ? std::to_string(a->cost_pence / 100) + "." + std::to_string(a->cost_pence % 100 / 10) +
                                              std::to_string(a->cost_pence % 10)
                                        : ""},
                 {"by_when", plan::ByWhenAsTyped(a->by_when)},
                 {"triggered_on", a->by_when.triggered_on ? core::FormatDate(*a->by_when.triggered_on) : ""},
                 {"evidence", a->evidence}};
  AddLeadFields(a->leads, form.values);
  return RenderActionForm(ctx, *a, form, 200);
}

Response UpdatePlanAction(Context& ctx) {
  PlanStore store(ctx.db);
  auto a = store.FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!a) throw http::NotFound{};
  FormState form{Submitted(ctx), {}};
  plan::ActionFields fields;
  form.errors = plan::ReadActionFields(form.values, fields);
  std::vector<plan::Lead> leads;
  form.errors.Merge(plan::ReadActionLeads(form.values, KnownLeadsOf(ctx), leads));
  if (!form.errors.empty()) return RenderActionForm(ctx, *a, form, 422);
  storage::Transaction tx(ctx.db);
  store.UpdateAction(ctx.partnership_id(), a->id, fields);
  store.SetLeads(ctx.partnership_id(), a->id, leads);
  ctx.Audit(auth::AuditAction::kUpdate, "plan-action", a->id);
  tx.Commit();
  return http::Redirect(ActionPath(ctx, a->id) + "?done=action-saved");
}

}  // namespace safeboard::ui::pages
