// All of the IMR action plans' SQL (issue 16), scoped by partnership.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "assurance/imr_plans.h"
#include "storage/database.h"

namespace safeboard::assurance {

class ImrPlanStore {
 public:
  explicit ImrPlanStore(storage::Connection& db) : db_(db) {}

  // By case label, then agency; each with its actions.
  std::vector<ImrActionPlan> Plans(std::int64_t partnership_id);
  std::optional<ImrActionPlan> FindPlan(std::int64_t partnership_id, std::int64_t id);
  // The plan an action belongs to (nullopt for another board's action).
  std::optional<std::int64_t> PlanOfAction(std::int64_t partnership_id, std::int64_t action_id);
  // The case review referrals to link a plan to: id and reference.
  std::vector<std::pair<std::int64_t, std::string>> Referrals(std::int64_t partnership_id);
  std::int64_t AddPlan(std::int64_t partnership_id, const ImrActionPlan& plan);
  std::int64_t AddAction(std::int64_t plan_id, const ImrAction& action);
  void CompleteAction(std::int64_t plan_id, std::int64_t action_id, const Date& on);
  void SignOff(std::int64_t partnership_id, const ImrActionPlan& plan);

 private:
  std::vector<ImrActionPlan> PlansWhere(const std::string& condition, const storage::Params& params);
  storage::Connection& db_;
};

}  // namespace safeboard::assurance
