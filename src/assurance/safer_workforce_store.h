// All of the safer workforce self-assessment's SQL (issue 16), scoped by partnership.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "assurance/safer_workforce.h"
#include "storage/database.h"

namespace safeboard::assurance {

class WorkforceStore {
 public:
  explicit WorkforceStore(storage::Connection& db) : db_(db) {}

  // Newest first.
  std::vector<WorkforceAssessment> Assessments(std::int64_t partnership_id);
  std::optional<WorkforceAssessment> FindAssessment(std::int64_t partnership_id, std::int64_t id);
  std::int64_t AddAssessment(std::int64_t partnership_id, const WorkforceAssessment& assessment);
  void UpdateAssessment(std::int64_t partnership_id, const WorkforceAssessment& assessment);
  // The planned audits of the safer workforce kind, to choose from: id and title.
  std::vector<std::pair<std::int64_t, std::string>> SaferWorkforceAudits(std::int64_t partnership_id);

  // An assessment's returns, by organisation, each with its ratings and support actions.
  std::vector<WorkforceReturn> ReturnsOf(std::int64_t partnership_id, std::int64_t assessment_id);
  std::optional<WorkforceReturn> FindReturn(std::int64_t partnership_id, std::int64_t id);
  // The return a support action belongs to (nullopt for another board's action).
  std::optional<std::int64_t> ReturnOfAction(std::int64_t partnership_id, std::int64_t action_id);
  std::int64_t AddReturn(const WorkforceReturn& r);
  std::int64_t AddAction(const SupportAction& action);
  void CompleteAction(std::int64_t return_id, std::int64_t action_id, const Date& on);

 private:
  std::vector<WorkforceAssessment> AssessmentsWhere(const std::string& condition, const storage::Params& params);
  std::vector<WorkforceReturn> ReturnsWhere(const std::string& condition, const storage::Params& params);
  storage::Connection& db_;
};

}  // namespace safeboard::assurance
