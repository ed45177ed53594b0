// The business plan pages' shared lookups, paths and tables.
#include "plan/pages/shared.h"

#include "governance/post_store.h"
#include "governance/store.h"
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

Options LeadOptions(Context& ctx) {
  Options out;
  governance::GovernanceStore store(ctx.db);
  for (const auto& g : store.ListGroups(ctx.partnership_id()))
    if (!g.ended_on) out.emplace_back(plan::LeadCode(plan::LeadKind::kGroup, g.id), "Group: " + g.name);
  for (const auto& p : governance::PostStore(ctx.db).ListPosts(ctx.partnership_id()))
    if (!p.ended_on) out.emplace_back(plan::LeadCode(plan::LeadKind::kPost, p.id), "Post: " + governance::PostName(p));
  for (const auto& p : store.ListPeople(ctx.partnership_id()))
    if (!p.ended_on) out.emplace_back(plan::LeadCode(plan::LeadKind::kPerson, p.id), "Person: " + p.full_name);
  return out;
}

plan::KnownLeads KnownLeadsOf(Context& ctx) {
  plan::KnownLeads known;
  for (const auto& [code, name] : LeadOptions(ctx)) {
    auto lead = plan::ParseLeadCode(code);
    (lead->first == plan::LeadKind::kGroup ? known.groups
     : lead->first == plan::LeadKind::kPost ? known.posts
                                             : known.people)
        .push_back(lead->second);
  }
  return known;
}

void LeadSelects(Html& h, const FormState& form, const Options& options) {
  Select(h, form, "lead-1", "Lead", options, "Choose a group, post or person",
         "A post stays the lead when its holder changes");
  for (int i = 2; i <= plan::kLeadFields; ++i)
    Select(h, form, "lead-" + std::to_string(i), i == 2 ? "Also led by (optional)" : "And by (optional)", options,
           "No one else");
}

void AddLeadFields(const std::vector<plan::Lead>& leads, core::FieldValues& values) {
  for (std::size_t i = 0; i < leads.size() && i < static_cast<std::size_t>(plan::kLeadFields); ++i)
    values["lead-" + std::to_string(i + 1)] = plan::LeadCode(leads[i].kind, leads[i].id);
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
    rows.push_back({LinkCell(ActionPath(ctx, a->id), a->activity), TextCell(a->LeadNames()),
                    TextCell(plan::FormatByWhen(a->by_when)), status.Build()});
  }
  return rows;
}

}  // namespace safeboard::ui::pages::plan_pages
