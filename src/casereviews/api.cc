// JSON handlers for case review referrals: for the case review panel and the board team only,
// with the same audit as the pages (anyone may refer a case).
#include "casereviews/api.h"

#include "api/json_io.h"
#include "casereviews/store.h"
#include "governance/store.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using http::Context;
using http::Response;

json::object ReferralJson(const casereviews::Referral& r, const std::optional<casereviews::Review>& review) {
  json::object o{{"id", r.id},
                 {"reference", r.reference},
                 {"referred_on", core::FormatDate(r.referred_on)},
                 {"referring_agency_id", IdJson(r.referring_agency_id)},
                 {"from_child_death_review", r.from_child_death_id.has_value()},
                 {"summary", r.summary},
                 {"meeting_id", IdJson(r.meeting_id)},
                 {"considered_on", DateJson(r.considered_on)},
                 {"decision", r.decision ? CodeJson(casereviews::Decisions(), *r.decision) : json::value(nullptr)},
                 {"follow_up", CodeJson(casereviews::FollowUps(), r.follow_up)},
                 {"follow_up_agency_id", IdJson(r.follow_up_agency_id)},
                 {"decision_notes", r.decision_notes},
                 {"review", nullptr}};
  if (review)
    o["review"] = json::object{
        {"id", review->id},
        {"terms_of_reference", review->terms_of_reference},
        {"overview_author", review->overview_author},
        {"overview_report", review->overview_report},
        {"grading", review->grading ? CodeJson(casereviews::Gradings(), *review->grading) : json::value(nullptr)},
        {"endorsed_on", DateJson(review->endorsed_on)}};
  return o;
}

std::vector<std::int64_t> AgencyIds(Context& ctx) {
  std::vector<std::int64_t> out;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) out.push_back(a.id);
  return out;
}

}  // namespace

Response ListReferrals(Context& ctx) {
  casereviews::CaseReviewStore store(ctx.db);
  json::array out;
  for (const auto& r : store.Referrals(ctx.partnership_id()))
    out.push_back(ReferralJson(r, store.ReviewOfReferral(ctx.partnership_id(), r.id)));
  ctx.Audit(auth::AuditAction::kListed, "case-referrals", std::nullopt, "api");
  return Json(200, json::object{{"referrals", out}});
}

Response CreateReferral(Context& ctx) {
  std::string body_error;
  auto values = ReadBody(ctx, body_error);
  if (!values) return Error(400, body_error);
  casereviews::Referral r;
  if (auto errors = casereviews::ReadReferral(*values, AgencyIds(ctx), core::DateOf(ctx.clock.Now()), r); !errors.empty())
    return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  auto id = casereviews::CaseReviewStore(ctx.db).CreateReferral(ctx.partnership_id(), r);
  ctx.Audit(auth::AuditAction::kCreate, "case-referral", id, "api");
  tx.Commit();
  // The referrer may not be entitled to read the record back: only its id and reference.
  return Json(201, json::object{{"id", id}, {"reference", r.reference}});
}

Response GetReferral(Context& ctx) {
  casereviews::CaseReviewStore store(ctx.db);
  auto r = store.FindReferral(ctx.partnership_id(), ctx.Id("id"));
  if (!r) throw http::NotFound{};
  ctx.Audit(auth::AuditAction::kViewed, "case-referral", r->id, "api");
  return Json(200, ReferralJson(*r, store.ReviewOfReferral(ctx.partnership_id(), r->id)));
}

}  // namespace safeboard::api
