// All of the reports' and remedial plans' SQL (issue 16), scoped by partnership.
#pragma once
#include <optional>
#include <vector>

#include "assurance/challenge.h"
#include "storage/database.h"

namespace safeboard::assurance {

class ChallengeStore {
 public:
  explicit ChallengeStore(storage::Connection& db) : db_(db) {}

  // Received from `from` to `to` (inclusive), oldest first.
  std::vector<AgencyReport> ReportsBetween(std::int64_t partnership_id, const Date& from, const Date& to);
  std::vector<std::int64_t> ReportIds(std::int64_t partnership_id);
  std::optional<AgencyReport> FindReport(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddReport(std::int64_t partnership_id, const AgencyReport& report);
  void UpdateReport(std::int64_t partnership_id, const AgencyReport& report);

  // Open plans first (by review date), then closed ones; each with its reviews.
  std::vector<RemedialPlan> Plans(std::int64_t partnership_id);
  std::vector<RemedialPlan> PlansOfReport(std::int64_t partnership_id, std::int64_t report_id);
  std::optional<RemedialPlan> FindPlan(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddPlan(std::int64_t partnership_id, const RemedialPlan& plan);
  // Records a review; the plan's next review moves to `next_review`, or the plan closes on the
  // review's day when there is none.
  void AddReview(std::int64_t partnership_id, std::int64_t plan_id, const PlanReview& review,
                 const std::optional<Date>& next_review);
  void SaveEscalation(std::int64_t partnership_id, const RemedialPlan& plan);

 private:
  std::vector<RemedialPlan> PlansWhere(const std::string& condition, const storage::Params& params);
  storage::Connection& db_;
};

}  // namespace safeboard::assurance
