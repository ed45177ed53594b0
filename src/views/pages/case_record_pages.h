// Child death reviews (CDOP) and serious case reviews. The statistics and the referral form are
// for every member; the case records only for their panel and the board team (route table), and
// every view of a case record is written to the audit log.
#pragma once
#include <string>

#include "http/context.h"
#include "views/html.h"

namespace safeboard::views::pages {

// Child deaths.
http::Response ShowChildDeathStatistics(http::Context& ctx);
http::Response ExportChildDeathStatistics(http::Context& ctx);
http::Response ListChildDeaths(http::Context& ctx);
http::Response ExportChildDeaths(http::Context& ctx);
http::Response NewChildDeath(http::Context& ctx);
http::Response CreateChildDeath(http::Context& ctx);
http::Response ShowChildDeath(http::Context& ctx);
http::Response ChildDeathReviewForm(http::Context& ctx);
http::Response RecordChildDeathReview(http::Context& ctx);
http::Response ChildDeathViews(http::Context& ctx);

// Case reviews.
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
http::Response CaseReviewViews(http::Context& ctx);

// The briefing requests sent to a group by the case review panel (shown on the group's page).
void BriefingRequests(http::Context& ctx, std::int64_t group_id, Html& h);

// RULE: issue 5 - a panel chair (or the board team) can see who viewed a case.
bool ChairsPanelOrAdministers(const http::Context& ctx, governance::ConfidentialArea area);
// Who opened, exported or changed one case record, from the audit log.
http::Response RecordViewsPage(http::Context& ctx, const std::string& record_type, std::int64_t id,
                               const std::string& reference, const std::string& back, const std::string& nav_crumb,
                               const std::string& crumb_href);

}  // namespace safeboard::views::pages
