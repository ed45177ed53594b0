// Business plans: the list, adding one, and a plan with its objectives and actions.
#include "plan/pages/pages.h"

#include <map>

#include "core/base64.h"
#include "core/csv.h"
#include "governance/store.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "plan/forms.h"
#include "plan/pages/shared.h"
#include "plan/store.h"
#include "reports/progress_report.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace plan_pages;

namespace {

const AreaRegistration kPlanArea{
    {{40, "Business plan", "/plans"}},
    {{"plan-added", "Plan added"}, {"plan-imported", "Actions imported"}, {"import-undone", "Import undone"},
     {"update-added", "Progress update added"}, {"objective-saved", "Objective saved"},
     {"risk-added", "Risk added"}, {"risk-removed", "Risk removed"},
     {"action-saved", "Action saved"}, {"objective-added", "Objective added"},
     {"objective-removed", "Objective removed"}, {"plan-action-added", "Action added"}, {"plan-action-removed", "Action removed"}},
    {{40, PlanPanel}},
    {[](storage::Connection& db, std::int64_t partnership_id) {
      return PlanStore(db).SearchDocuments(partnership_id);
    }}};

}  // namespace

namespace {

// The plans and, for the board team, the form to add one, with a refused submission's values
// and errors (422).
Response RenderPlans(Context& ctx, const FormState& form, int status) {
  Html h;
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& p : PlanStore(ctx.db).ListPlans(ctx.partnership_id()))
    rows.push_back({LinkCell(PlanPath(ctx, p.id), p.title),
                    TextCell(core::FormatDateLong(p.starts_on) + " to " + core::FormatDateLong(p.ends_on))});
  Table(h, "", {"Plan", "Period"}, rows);
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add-a-plan"}}, "Add a plan");
    OpenForm(h, ctx, ctx.PartnershipPath("/plans"), form);
    TextInput(h, form, "title", "Title", {.hint = "For example, Business Plan 2012-15", .width_class = "govuk-!-width-two-thirds"});
    DateInput(h, form, "starts_on", "Start date");
    DateInput(h, form, "ends_on", "End date");
    std::vector<std::pair<std::string, std::string>> board_meetings;
    for (const auto& m : meetings::MeetingStore(ctx.db).BoardMeetings(ctx.partnership_id(), 40))
      board_meetings.emplace_back(std::to_string(m.id), core::FormatDateLong(m.meets_on));
    Select(h, form, "approved_at_meeting_id", "Approved at the Board meeting of (optional)", board_meetings,
           "Not approved yet");
    FormattedTextarea(h, form, "priorities", "Priorities (optional)", "One priority per line, starting 1.", 4);
    Button(h, "Add plan", true);
    h.Close("form");
  }
  auto chrome = Chrome(ctx, "Business plans", "Business plan");
  chrome.has_errors = !form.errors.empty();
  if (!chrome.has_errors) chrome.success = SuccessMessage(ctx);
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ListPlans(Context& ctx) { return RenderPlans(ctx, FormState{}, 200); }

Response CreatePlan(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  std::vector<std::int64_t> board_meetings;
  for (const auto& m : meetings::MeetingStore(ctx.db).BoardMeetings(ctx.partnership_id(), 100000))
    board_meetings.push_back(m.id);
  plan::Plan p;
  form.errors = plan::ReadPlan(form.values, board_meetings, p);
  // RULE: issue 14 - a refused form comes back with what was typed, never a page without it.
  if (!form.errors.empty()) return RenderPlans(ctx, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = PlanStore(ctx.db).CreatePlan(ctx.partnership_id(), p);
  ctx.Audit(auth::AuditAction::kCreate, "plan", id);
  tx.Commit();
  return http::Redirect(PlanPath(ctx, id) + "?done=plan-added");
}

Response ShowPlan(Context& ctx) {
  auto p = PlanOrNotFound(ctx);
  PlanStore store(ctx.db);
  auto objectives = store.ObjectivesOf(ctx.partnership_id(), p.id);
  auto actions = store.ActionsOfPlan(ctx.partnership_id(), p.id);
  Html h;
  h.Element("p", {{"class", "govuk-body"}}, core::FormatDateLong(p.starts_on) + " to " + core::FormatDateLong(p.ends_on));
  if (p.approved_at_meeting_id) {
    h.Open("p", {{"class", "govuk-body"}});
    h.Text("Approved at ");
    Link(h, ctx.PartnershipPath("/meetings/" + std::to_string(*p.approved_at_meeting_id)), "the Board meeting");
    h.Close("p");
  }
  if (!p.priorities.empty()) {
    h.Element("h2", {{"class", "govuk-heading-m"}}, "Priorities");
    h.Append(TrustedHtml::FromMarkdown(p.priorities, 2));
  }
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, PlanPath(ctx, p.id) + ".csv", "Download as CSV");
  h.Text(" | ");
  Link(h, PlanPath(ctx, p.id) + ".xlsx", "Download as Excel");
  h.Close("p");
  if (CanManage(ctx)) {
    ButtonLink(h, PlanPath(ctx, p.id) + "/import", "Import actions from a spreadsheet", true);
    PlanImports(ctx, h, p.id);
  }
  if (CanManage(ctx)) ButtonLink(h, PlanPath(ctx, p.id) + "/objectives/new", "Add an objective", true);
  if (objectives.empty()) h.Element("p", {{"class", "govuk-body"}}, "No objectives yet.");
  for (const auto& o : objectives) {
    h.Element("h2", {{"class", "govuk-heading-m"}}, o.number.empty() ? o.outcome : "Objective " + o.number + ": " + o.outcome);
    SummaryList(h, {{"Lead group", o.lead_group_name.empty() ? "Not set" : o.lead_group_name},
                    {"Risks", o.risks.empty() ? "Not assessed" : std::to_string(o.risks.size()) + " recorded"}});
    if (!o.risks.empty()) {
      std::vector<std::vector<TrustedHtml>> risk_rows;
      for (const auto& r : o.risks) {
        auto score = plan::RiskScore(r);
        risk_rows.push_back({TextCell(r.description), TextCell(r.impact),
                             TextCell(score ? std::to_string(*r.likelihood) + " x " + std::to_string(*r.severity) +
                                                  " = " + std::to_string(*score)
                                            : "Not scored")});
      }
      Table(h, "Risks", {"Risk", "Impact", "Score (likelihood x severity)"}, risk_rows);
    }
    if (CanManage(ctx)) {
      h.Open("p", {{"class", "govuk-body"}});
      Link(h, ctx.PartnershipPath("/objectives/" + std::to_string(o.id)), "Edit the objective and its risk assessment");
      h.Text(" | ");
      Link(h, ctx.PartnershipPath("/objectives/" + std::to_string(o.id) + "/actions/new"), "Add an action to it");
      h.Close("p");
      if (std::none_of(actions.begin(), actions.end(), [&](const auto& a) { return a.objective_id == o.id; }))
        PostButton(h, ctx, ctx.PartnershipPath("/objectives/" + std::to_string(o.id) + "/remove"), "Remove this objective");
    }
    std::vector<const plan::PlanAction*> mine;
    for (const auto& a : actions)
      if (a.objective_id == o.id) mine.push_back(&a);
    Table(h, "", {"Action", "Lead", "By when", "Status"}, ActionRows(ctx, mine));
  }
  auto chrome = Chrome(ctx, p.title, "Business plan");
  chrome.breadcrumbs = {{"Business plans", ctx.PartnershipPath("/plans")}};
  chrome.success = SuccessMessage(ctx);
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
