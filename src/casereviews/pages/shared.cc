#include "casereviews/pages/shared.h"

#include "governance/store.h"

namespace safeboard::ui::pages::case_review_pages {

std::string Path(const Context& ctx, const std::string& rest) { return ctx.PartnershipPath("/case-reviews" + rest); }
std::string ReferralPath(const Context& ctx, std::int64_t id) { return Path(ctx, "/referrals/" + std::to_string(id)); }
std::string ReviewPath(const Context& ctx, std::int64_t id) { return Path(ctx, "/reviews/" + std::to_string(id)); }
core::Date Today(const Context& ctx) { return core::DateOf(ctx.clock.Now()); }

std::map<std::int64_t, std::string> AgencyNames(Context& ctx) {
  std::map<std::int64_t, std::string> out;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id())) out[a.id] = a.name;
  return out;
}
std::vector<std::int64_t> AgencyIds(Context& ctx) {
  std::vector<std::int64_t> out;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) out.push_back(a.id);
  return out;
}
Options CurrentAgencyOptions(Context& ctx) {
  Options out;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) out.emplace_back(std::to_string(a.id), a.name);
  return out;
}

std::string DecisionText(const Referral& r, const std::map<std::int64_t, std::string>& agencies) {
  if (!r.decision) return "Awaiting the panel";
  std::string text = Label(casereviews::Decisions(), *r.decision);
  if (r.follow_up != casereviews::FollowUp::kNone) {
    text += "; " + Label(casereviews::FollowUps(), r.follow_up);
    if (r.follow_up_agency_id)
      if (auto it = agencies.find(*r.follow_up_agency_id); it != agencies.end()) text += " (" + it->second + ")";
  }
  return text;
}

std::string FromText(const Referral& r, const std::map<std::int64_t, std::string>& agencies) {
  if (r.from_child_death_id) return "Child Death Overview Panel";
  if (r.referring_agency_id)
    if (auto it = agencies.find(*r.referring_agency_id); it != agencies.end()) return it->second;
  return "";
}

Referral ReferralOrNotFound(Context& ctx) {
  auto r = CaseReviewStore(ctx.db).FindReferral(ctx.partnership_id(), ctx.Id("id"));
  if (!r) throw http::NotFound{};
  return *r;
}
Review ReviewOrNotFound(Context& ctx) {
  auto r = CaseReviewStore(ctx.db).FindReview(ctx.partnership_id(), ctx.Id("id"));
  if (!r) throw http::NotFound{};
  return *r;
}


casereviews::Recommendation RecommendationOrNotFound(Context& ctx) {
  auto c = CaseReviewStore(ctx.db).FindRecommendation(ctx.partnership_id(), ctx.Id("id"));
  if (!c) throw http::NotFound{};
  return *c;
}

Review ReviewOf(Context& ctx, std::int64_t review_id) {
  auto r = CaseReviewStore(ctx.db).FindReview(ctx.partnership_id(), review_id);
  if (!r) throw http::NotFound{};
  return *r;
}


std::string ActionPrefix(std::int64_t recommendation) { return "action" + std::to_string(recommendation) + "-"; }
std::string SignOffPrefix(std::int64_t recommendation) { return "signoff" + std::to_string(recommendation) + "-"; }

}  // namespace safeboard::ui::pages::case_review_pages
