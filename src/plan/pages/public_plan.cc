// The business plan on the board's public site (issue 18): the plans the Board approved at a
// meeting, newest first, each with its objectives and the actions under them (what will be done
// and how success is measured); never a plan not yet approved, nor the progress updates.
#include <algorithm>

#include "core/date.h"
#include "plan/pages/pages.h"
#include "plan/store.h"
#include "ui/pages/common.h"
#include "ui/pages/public_site.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

Response ShowPublicBusinessPlan(Context& ctx) {
  plan::PlanStore store(ctx.db);
  Html h;
  bool any = false;
  auto plans = store.ListPlans(ctx.partnership_id());
  std::sort(plans.begin(), plans.end(), [](const auto& a, const auto& b) { return b.starts_on < a.starts_on; });
  for (const auto& p : plans) {
    // RULE: issue 18 - only what the Board approved is published.
    if (!p.approved_at_meeting_id) continue;
    any = true;
    h.Element("h2", {{"class", "govuk-heading-l"}}, p.title);
    h.Element("p", {{"class", "govuk-body"}},
              "From " + core::FormatDateLong(p.starts_on) + " to " + core::FormatDateLong(p.ends_on) + ".");
    if (!p.priorities.empty()) h.Append(TrustedHtml::FromMarkdown(p.priorities, 3));
    auto actions = store.ActionsOfPlan(ctx.partnership_id(), p.id);
    for (const auto& o : store.ObjectivesOf(ctx.partnership_id(), p.id)) {
      h.Element("h3", {{"class", "govuk-heading-m"}}, (o.number.empty() ? "" : "Objective " + o.number + ": ") + o.outcome);
      if (!o.lead_group_name.empty()) h.Element("p", {{"class", "govuk-body"}}, "Led by the " + o.lead_group_name + ".");
      std::vector<std::vector<TrustedHtml>> rows;
      for (const auto& a : actions)
        if (a.objective_id == o.id) rows.push_back({TextCell(a.activity), TextCell(a.measure)});
      if (!rows.empty()) Table(h, "What the board will do", {"Action", "How success is measured"}, rows);
    }
  }
  if (!any) h.Element("p", {{"class", "govuk-body"}}, "No business plan is published yet.");
  return CacheablePublicPage(ctx, PublicChrome(ctx, "Business plan", "Business plan"), std::move(h));
}

}  // namespace safeboard::ui::pages
