// The business plan pages' shared lookups, paths and tables.
#include "plan/pages/shared.h"

#include "plan/store.h"

namespace safeboard::ui::pages::plan_pages {

std::string PlanPath(const Context& ctx, std::int64_t id) { return ctx.PartnershipPath("/plans/" + std::to_string(id)); }

std::string ActionPath(const Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/plan-actions/" + std::to_string(id));
}

void RagTag(Html& h, const std::optional<plan::Rag>& rag) {
  if (!rag) {
    StatusTag(h, {"No update", core::Tone::kNeutral});
    return;
  }
  StatusTag(h, plan::StatusOf(*rag));
}

plan::Plan PlanOrNotFound(Context& ctx) {
  auto p = PlanStore(ctx.db).FindPlan(ctx.partnership_id(), ctx.Id("id"));
  if (!p) throw http::NotFound{};
  return *p;
}

std::vector<std::vector<TrustedHtml>> ActionRows(Context& ctx, const std::vector<const plan::PlanAction*>& actions) {
  auto today = core::DateOf(ctx.clock.Now());
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto* a : actions) {
    auto updates = a->Updates();
    auto latest = plan::LatestUpdate(updates);
    Html status;
    RagTag(status, latest ? std::optional(latest->rag) : std::nullopt);
    if (plan::IsOverdue(a->by_when, updates, today)) {
      status.Text(" ");
      StatusTag(status, {"Overdue", core::Tone::kBad});
    }
    rows.push_back({LinkCell(ActionPath(ctx, a->id), a->activity), TextCell(a->lead_name),
                    TextCell(plan::FormatByWhen(a->by_when)), status.Build()});
  }
  return rows;
}

}  // namespace safeboard::ui::pages::plan_pages
