// Storage of case review referrals, reviews, their management reviews, recommendations, action
// items, audits and briefing requests. Every query is scoped by partnership.
#pragma once
#include <map>
#include <optional>
#include <vector>

#include "casereviews/model.h"
#include "storage/database.h"

namespace safeboard::casereviews {

class CaseReviewStore {
 public:
  explicit CaseReviewStore(storage::Connection& db) : db_(db) {}

  // Gives the referral its reference ("CR-<financial year>-<sequence>") and stores it.
  std::int64_t CreateReferral(std::int64_t partnership_id, Referral& referral);
  std::vector<Referral> Referrals(std::int64_t partnership_id);
  std::optional<Referral> FindReferral(std::int64_t partnership_id, std::int64_t id);
  // Records the panel's decision; a decision to hold a serious case review opens the review.
  void RecordDecision(std::int64_t partnership_id, const Referral& referral);

  // Meetings (id -> date) of the partnership's case review panels, cancelled ones left out.
  std::map<std::int64_t, Date> PanelMeetings(std::int64_t partnership_id);

  std::vector<std::pair<Review, Referral>> Reviews(std::int64_t partnership_id);
  std::optional<Review> FindReview(std::int64_t partnership_id, std::int64_t id);
  std::optional<Review> ReviewOfReferral(std::int64_t partnership_id, std::int64_t referral_id);
  void SaveReviewDetails(std::int64_t partnership_id, const Review& review);

  std::vector<ManagementReview> ManagementReviews(std::int64_t review_id);
  std::int64_t AddManagementReview(const ManagementReview& imr);

  // Recommendations with their action items.
  std::vector<Recommendation> Recommendations(std::int64_t review_id);
  std::optional<Recommendation> FindRecommendation(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddRecommendation(const Recommendation& recommendation);
  std::int64_t AddActionItem(const ActionItem& item);
  void SignOff(std::int64_t recommendation_id, const Date& on);

  std::vector<Audit> Audits(std::int64_t review_id);
  std::int64_t AddAudit(const Audit& audit);

  std::int64_t AddBriefing(std::int64_t partnership_id, std::int64_t referral_id, std::int64_t group_id,
                           const Date& on, const std::string& learning);
  std::vector<Briefing> BriefingsOfReferral(std::int64_t partnership_id, std::int64_t referral_id);
  std::vector<Briefing> BriefingsForGroup(std::int64_t partnership_id, std::int64_t group_id);

  // Reviews whose recommendation audit is due, for the governance calendar.
  std::vector<AuditDue> AuditsDue(std::int64_t partnership_id);

 private:
  storage::Connection& db_;
};

}  // namespace safeboard::casereviews
