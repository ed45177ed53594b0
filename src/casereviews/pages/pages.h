// Serious case reviews: the summary and the referral form for every member; the referrals,
// reviews, recommendations and who viewed them for the case review panel and the board team only
// (route table), and every view of a case record is in the audit log.
#pragma once
#include <cstdint>

#include "http/context.h"
#include "ui/html.h"

namespace safeboard::ui::pages {

http::Response ShowCaseReviewSummary(http::Context& ctx);
http::Response NewReferral(http::Context& ctx);
http::Response CreateReferral(http::Context& ctx);
http::Response ListReferrals(http::Context& ctx);
http::Response ExportReferrals(http::Context& ctx);
http::Response ShowReferral(http::Context& ctx);
http::Response RecordReferralDecision(http::Context& ctx);
http::Response SendBriefingRequest(http::Context& ctx);
http::Response ReferralViews(http::Context& ctx);
http::Response ShowCaseReview(http::Context& ctx);
http::Response SaveCaseReview(http::Context& ctx);
http::Response AddManagementReview(http::Context& ctx);
http::Response AddRecommendation(http::Context& ctx);
http::Response AddRecommendationAction(http::Context& ctx);
http::Response SignOffRecommendation(http::Context& ctx);
http::Response RecordRecommendationAudit(http::Context& ctx);
// Raise a training need or a procedure review from a review (issue 16).
http::Response RaiseCaseReviewLearning(http::Context& ctx);
http::Response CaseReviewViews(http::Context& ctx);

// The briefing requests sent to a group by the case review panel (shown on the group's page).
void BriefingRequests(http::Context& ctx, std::int64_t group_id, Html& h);

}  // namespace safeboard::ui::pages
