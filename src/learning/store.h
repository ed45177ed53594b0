// All of the learning referrals' SQL (issue 16), scoped by partnership.
#pragma once
#include <optional>
#include <vector>

#include "learning/learning.h"
#include "storage/database.h"

namespace safeboard::learning {

class LearningStore {
 public:
  explicit LearningStore(storage::Connection& db) : db_(db) {}

  // Newest first; of one kind when given.
  std::vector<Referral> List(std::int64_t partnership_id, std::optional<ReferralKind> kind = std::nullopt);
  // Those raised from one record, oldest first.
  std::vector<Referral> From(std::int64_t partnership_id, ReferralSource source, std::int64_t source_id);
  std::optional<Referral> Find(std::int64_t partnership_id, std::int64_t id);
  std::int64_t Add(std::int64_t partnership_id, const Referral& referral);
  void SaveResponse(std::int64_t partnership_id, const Referral& referral);

 private:
  std::vector<Referral> Where(const std::string& condition, const storage::Params& params, const char* order);
  storage::Connection& db_;
};

}  // namespace safeboard::learning
