// The business plan's panel on the partnership's dashboard (issue 15): the current plan's
// actions by Red, Amber, Green and overdue, for everyone; the overdue actions themselves for
// the board team, and those a member leads for them.
#include "core/date.h"
#include "plan/pages/shared.h"
#include "plan/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::plan_pages {

namespace {

// The plan covering `today`, else the latest to have started, else the first to come.
std::optional<plan::Plan> CurrentPlan(const std::vector<plan::Plan>& plans, const core::Date& today) {
  const plan::Plan* started = nullptr;
  for (const auto& p : plans) {
    if (p.starts_on <= today && today <= p.ends_on) return p;
    if (p.starts_on <= today && (!started || p.starts_on > started->starts_on)) started = &p;
  }
  if (started) return *started;
  if (!plans.empty()) return plans.back();
  return std::nullopt;
}

}  // namespace

void PlanPanel(Context& ctx, Html& h) {
  PlanStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  auto current = CurrentPlan(store.ListPlans(ctx.partnership_id()), today);
  if (!current) return;
  auto actions = store.ActionsOfPlan(ctx.partnership_id(), current->id);
  plan::PlanStanding standing;
  std::vector<const plan::PlanAction*> overdue;
  bool board_team = CanManage(ctx);
  for (const auto& a : actions) {
    auto updates = a.Updates();
    plan::AddToStanding(standing, a.by_when, updates, today);
    if (plan::IsOverdue(a.by_when, updates, today) &&
        (board_team || store.LeadsAction(a, ctx.session->user.id, today)))
      overdue.push_back(&a);
  }
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "business-plan"}}, "Business plan");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, PlanPath(ctx, current->id), current->title);
  h.Text(": " + std::to_string(actions.size()) + " actions.");
  h.Close("p");
  h.Open("ul", {{"class", "govuk-list app-standing"}});
  for (const auto& [count, status] :
       {std::pair{standing.red, plan::StatusOf(plan::Rag::kRed)}, std::pair{standing.amber, plan::StatusOf(plan::Rag::kAmber)},
        std::pair{standing.green, plan::StatusOf(plan::Rag::kGreen)},
        std::pair{standing.no_update, core::Status{"No update", core::Tone::kNeutral}},
        std::pair{standing.overdue, core::Status{"Overdue", core::Tone::kBad}}}) {
    h.Open("li");
    StatusTag(h, status);
    h.Text(" " + std::to_string(count));
    h.Close("li");
  }
  h.Close("ul");
  if (overdue.empty()) return;
  h.Element("h3", {{"class", "govuk-heading-s"}}, board_team ? "Overdue actions" : "Overdue actions you lead");
  Table(h, "", {"Action", "Lead", "By when", "Status"}, ActionRows(ctx, overdue));
}

}  // namespace safeboard::ui::pages::plan_pages
