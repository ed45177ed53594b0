// IMR action plans (issue 16; annual report 2.1): every agency's plan from its individual
// management review with where it stands, recording one, and one plan's actions and sign-off.
// The board team records the sub-group's monitoring; everyone who reads the board's business
// sees the plans (agencies' actions, never a case's details).
#include <algorithm>

#include "assurance/imr_plans_store.h"
#include "assurance/pages/challenge_shared.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "auth/policy.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using assurance::ImrActionPlan;
using http::Context;
using http::Response;

namespace {

std::string PlansPath(const Context& ctx) { return ctx.PartnershipPath("/assurance/imr-action-plans"); }
std::string PlanPath(const Context& ctx, std::int64_t id) { return PlansPath(ctx) + "/" + std::to_string(id); }
std::string CompletionPrefix(std::int64_t action) { return "action" + std::to_string(action) + "-"; }

ImrActionPlan PlanOf(Context& ctx, std::int64_t id) {
  auto p = assurance::ImrPlanStore(ctx.db).FindPlan(ctx.partnership_id(), id);
  if (!p) throw http::NotFound{};
  return *p;
}

std::string ActionsDone(const ImrActionPlan& p) {
  auto done = std::count_if(p.actions.begin(), p.actions.end(), [](const auto& a) { return a.completed_on.has_value(); });
  return std::to_string(done) + " of " + std::to_string(p.actions.size());
}

// The case review a plan came from: linked for those who may open case review records.
void ReferralOf(Context& ctx, Html& h, const ImrActionPlan& p) {
  if (!p.referral_id) return;
  h.Open("p", {{"class", "govuk-body"}});
  h.Text("From the case review referral ");
  if (auth::Allows(ctx.access, auth::Permission::kCaseReviewRecords))
    Link(h, ctx.PartnershipPath("/case-reviews/referrals/" + std::to_string(*p.referral_id)), p.referral_reference);
  else
    h.Text(p.referral_reference + " (open to the case review panel)");
  h.Close("p");
}

Response RenderPlans(Context& ctx, const FormState& form, int status) {
  auto today = core::DateOf(ctx.clock.Now());
  assurance::ImrPlanStore store(ctx.db);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "When an agency reviews its own involvement in a case (an individual management review), it makes an action "
            "plan. The board monitors each plan until every action is complete and signs it off.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& p : store.Plans(ctx.partnership_id())) {
    Html standing;
    StatusTag(standing, assurance::StatusOf(assurance::StandingOf(p, today)));
    rows.push_back({LinkCell(PlanPath(ctx, p.id), p.case_label + ": " + p.agency_name),
                    TextCell(core::FormatDateLong(p.received_on)), TextCell(ActionsDone(p)),
                    TextCell(p.signed_off_on ? core::FormatDateLong(*p.signed_off_on) : "Not yet"), standing.Build()});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No IMR action plans.");
  else
    Table(h, "IMR action plans", {"Plan", "Received", "Actions complete", "Signed off", "Where it stands"}, rows);
  if (!rows.empty()) {
    DownloadLinks(h, PlansPath(ctx), "", "Download the plans and their actions");
  }
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "record-a-plan"}}, "Record an IMR action plan");
    OpenForm(h, ctx, PlansPath(ctx), form);
    TextInput(h, form, "case_label", "Case", {.hint = "A short label, like Case CD: never a name", .width_class = "govuk-input--width-10"});
    Options referrals;
    for (const auto& [id, reference] : store.Referrals(ctx.partnership_id()))
      referrals.emplace_back(std::to_string(id), reference);
    Select(h, form, "referral_id", "Case review referral (optional)", referrals, "Not referred for a case review");
    Select(h, form, "agency_id", "Agency", challenge_pages::AgencyOptions(ctx), "Choose an agency");
    DateInput(h, form, "received_on", "Plan received");
    Button(h, "Record plan");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "IMR action plans", "Quality assurance",
                                 {{"Quality assurance", ctx.PartnershipPath("/assurance")}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

struct PlanForms {
  FormState action, completion, sign_off;
  std::int64_t completion_for = 0;
};

Response RenderPlan(Context& ctx, const ImrActionPlan& p, const PlanForms& forms, int status) {
  auto today = core::DateOf(ctx.clock.Now());
  auto standing = assurance::StandingOf(p, today);
  Html h;
  // A refusal whose form the page does not show (an action already completed, a plan already
  // signed off or not ready) is summarised at the top.
  core::FieldErrors unshown;
  auto open = std::find_if(p.actions.begin(), p.actions.end(),
                           [&](const auto& a) { return a.id == forms.completion_for && !a.completed_on; });
  if (open == p.actions.end()) unshown.Merge(forms.completion.errors);
  if (standing != assurance::ImrPlanStanding::kReadyToSignOff) unshown.Merge(forms.sign_off.errors);
  if (p.signed_off_on) unshown.Merge(forms.action.errors);
  if (!unshown.empty()) ErrorSummary(h, unshown);
  h.Open("p", {{"class", "govuk-body"}});
  StatusTag(h, assurance::StatusOf(standing));
  h.Close("p");
  SummaryList(h, {{"Case", p.case_label},
                  {"Agency", p.agency_name},
                  {"Plan received", core::FormatDateLong(p.received_on)},
                  {"Signed off", p.signed_off_on ? core::FormatDateLong(*p.signed_off_on) : "Not yet"},
                  {"Sign-off note", p.sign_off_note.empty() ? "None" : p.sign_off_note}});
  ReferralOf(ctx, h, p);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "actions"}}, "Actions");
  if (p.actions.empty()) h.Element("p", {{"class", "govuk-body"}}, "No actions recorded yet.");
  for (const auto& a : p.actions) {
    h.Element("h3", {{"class", "govuk-heading-s"}}, a.action);
    SummaryList(h, {{"Due", core::FormatDateLong(a.due_on)},
                    {"Completed", a.completed_on ? core::FormatDateLong(*a.completed_on) : "Not yet"}});
    if (CanManage(ctx) && !a.completed_on) {
      auto prefix = CompletionPrefix(a.id);
      FormState shown = Prefixed(forms.completion_for == a.id ? forms.completion : FormState{}, prefix);
      OpenForm(h, ctx, PlansPath(ctx) + "/actions/" + std::to_string(a.id), shown);
      DateInput(h, shown, prefix + "completed_on", "Completed on");
      Button(h, "Record completed", true);
      h.Close("form");
    }
  }
  if (CanManage(ctx) && !p.signed_off_on) {
    h.Element("h3", {{"class", "govuk-heading-s"}, {"id", "add-an-action"}}, "Add an action from the plan");
    OpenForm(h, ctx, PlanPath(ctx, p.id) + "/actions", forms.action);
    TextInput(h, forms.action, "action", "Action", {.width_class = "govuk-!-width-two-thirds"});
    DateInput(h, forms.action, "due_on", "Due");
    Button(h, "Add action", true);
    h.Close("form");
  }
  if (CanManage(ctx) && standing == assurance::ImrPlanStanding::kReadyToSignOff) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "sign-off"}}, "Sign off the plan");
    OpenForm(h, ctx, PlanPath(ctx, p.id) + "/sign-off", forms.sign_off);
    DateInput(h, forms.sign_off, "signed_off_on", "Signed off on");
    Select(h, forms.sign_off, "signed_off_meeting_id", "At the meeting (optional)",
           assurance_pages::MeetingOptions(ctx, core::FinancialYearOf(today)), "Not at a meeting");
    Textarea(h, forms.sign_off, "sign_off_note", "Note (optional)", "", 2);
    Button(h, "Sign off");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "IMR action plan: " + p.case_label + ", " + p.agency_name, "Quality assurance",
                                 {{"IMR action plans", PlansPath(ctx)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.action.errors.empty() || !forms.completion.errors.empty() || !forms.sign_off.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ListImrPlans(Context& ctx) { return RenderPlans(ctx, {}, 200); }

Response AddImrPlan(Context& ctx) {
  assurance::ImrPlanStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  std::vector<std::int64_t> referrals;
  for (const auto& [id, reference] : store.Referrals(ctx.partnership_id())) referrals.push_back(id);
  ImrActionPlan plan;
  form.errors = assurance::ReadImrPlan(form.values, referrals, challenge_pages::AgencyIds(ctx),
                                       store.Plans(ctx.partnership_id()), core::DateOf(ctx.clock.Now()), plan);
  if (!form.errors.empty()) return RenderPlans(ctx, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = store.AddPlan(ctx.partnership_id(), plan);
  ctx.Audit(auth::AuditAction::kCreate, "imr-action-plan", id);
  tx.Commit();
  return http::Redirect(PlanPath(ctx, id) + "?done=imr-plan-recorded");
}

Response ExportImrPlans(Context& ctx) {
  auto today = core::DateOf(ctx.clock.Now());
  TableRows rows;
  for (const auto& p : assurance::ImrPlanStore(ctx.db).Plans(ctx.partnership_id())) {
    std::vector<std::string> plan = {p.case_label, p.agency_name, core::FormatDate(p.received_on),
                                     std::string(core::LabelOf(assurance::ImrPlanStandings(), assurance::StandingOf(p, today))),
                                     p.signed_off_on ? core::FormatDate(*p.signed_off_on) : ""};
    if (p.actions.empty()) rows.push_back(plan);
    // One row per action, the plan's columns repeated, so a spreadsheet filters and counts them.
    for (const auto& a : p.actions) {
      auto row = plan;
      row.insert(row.end(), {a.action, core::FormatDate(a.due_on), a.completed_on ? core::FormatDate(*a.completed_on) : ""});
      rows.push_back(std::move(row));
    }
  }
  return DownloadAsAsked(ctx.request, {"imr-action-plans", "IMR action plans",
                                       {"Case", "Agency", "Received", "Where it stands", "Signed off", "Action", "Due",
                                        "Completed"},
                                       rows});
}

Response ShowImrPlan(Context& ctx) { return RenderPlan(ctx, PlanOf(ctx, ctx.Id("id")), {}, 200); }

Response AddImrAction(Context& ctx) {
  auto p = PlanOf(ctx, ctx.Id("id"));
  PlanForms forms;
  forms.action.values = Submitted(ctx);
  assurance::ImrAction action;
  forms.action.errors = assurance::ReadImrAction(forms.action.values, p, action);
  if (!forms.action.errors.empty()) return RenderPlan(ctx, p, forms, 422);
  storage::Transaction tx(ctx.db);
  assurance::ImrPlanStore(ctx.db).AddAction(p.id, action);
  ctx.Audit(auth::AuditAction::kUpdate, "imr-action-plan", p.id, "action added");
  tx.Commit();
  return http::Redirect(PlanPath(ctx, p.id) + "?done=imr-action-added#actions");
}

Response CompleteImrAction(Context& ctx) {
  assurance::ImrPlanStore store(ctx.db);
  auto plan_id = store.PlanOfAction(ctx.partnership_id(), ctx.Id("id"));
  if (!plan_id) throw http::NotFound{};
  auto p = PlanOf(ctx, *plan_id);
  auto action = std::find_if(p.actions.begin(), p.actions.end(), [&](const auto& a) { return a.id == ctx.Id("id"); });
  PlanForms forms;
  forms.completion_for = action->id;
  forms.completion.values = Unprefixed(ctx, CompletionPrefix(action->id));
  core::Date on;
  forms.completion.errors =
      assurance::ReadImrActionCompleted(forms.completion.values, p, *action, core::DateOf(ctx.clock.Now()), on);
  if (!forms.completion.errors.empty()) return RenderPlan(ctx, p, forms, 422);
  storage::Transaction tx(ctx.db);
  store.CompleteAction(p.id, action->id, on);
  ctx.Audit(auth::AuditAction::kUpdate, "imr-action-plan", p.id, "action completed");
  tx.Commit();
  return http::Redirect(PlanPath(ctx, p.id) + "?done=imr-action-completed#actions");
}

Response SignOffImrPlan(Context& ctx) {
  auto p = PlanOf(ctx, ctx.Id("id"));
  PlanForms forms;
  forms.sign_off.values = Submitted(ctx);
  ImrActionPlan read = p;
  auto today = core::DateOf(ctx.clock.Now());
  forms.sign_off.errors = assurance::ReadImrSignOff(forms.sign_off.values, p,
                                                    assurance_pages::MeetingIds(ctx, core::FinancialYearOf(today)), today, read);
  if (!forms.sign_off.errors.empty()) return RenderPlan(ctx, p, forms, 422);
  storage::Transaction tx(ctx.db);
  assurance::ImrPlanStore(ctx.db).SignOff(ctx.partnership_id(), read);
  ctx.Audit(auth::AuditAction::kApprove, "imr-action-plan", p.id, "signed off");
  tx.Commit();
  return http::Redirect(PlanPath(ctx, p.id) + "?done=imr-plan-signed-off");
}

}  // namespace safeboard::ui::pages
