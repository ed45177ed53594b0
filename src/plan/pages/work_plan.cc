// A group's work plan: the actions it leads.
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

Response ShowWorkPlan(Context& ctx) {
  auto group = governance::GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), ctx.Id("id"));
  if (!group) throw http::NotFound{};
  auto actions = PlanStore(ctx.db).ActionsLedBy(ctx.partnership_id(), group->id);
  std::vector<const plan::PlanAction*> list;
  for (const auto& a : actions) list.push_back(&a);
  Html h;
  h.Element("p", {{"class", "govuk-body"}}, "The business plan actions this group leads.");
  Table(h, "", {"Action", "Lead", "By when", "Status"}, ActionRows(ctx, list));
  auto chrome = Chrome(ctx, "Work plan: " + group->name, "Groups");
  chrome.breadcrumbs = {{"Groups", ctx.PartnershipPath("/groups")},
                        {group->name, ctx.PartnershipPath("/groups/" + std::to_string(group->id))}};
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
