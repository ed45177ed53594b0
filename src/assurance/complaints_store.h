// All of the complaints' SQL (issue 16), scoped by partnership.
#pragma once
#include <optional>
#include <vector>

#include "assurance/complaints.h"
#include "storage/database.h"

namespace safeboard::assurance {

class ComplaintStore {
 public:
  explicit ComplaintStore(storage::Connection& db) : db_(db) {}

  // The board's deadlines (the defaults until it sets its own).
  ComplaintDeadlines DeadlinesOf(std::int64_t partnership_id);
  void SaveDeadlines(std::int64_t partnership_id, const ComplaintDeadlines& deadlines);

  // Received from `from` to `to` (inclusive), newest first; without dates, all.
  std::vector<Complaint> List(std::int64_t partnership_id, std::optional<Date> from = std::nullopt,
                              std::optional<Date> to = std::nullopt);
  // Not yet responded to nor redirected.
  std::vector<Complaint> Open(std::int64_t partnership_id);
  std::optional<Complaint> Find(std::int64_t partnership_id, std::int64_t id);
  std::int64_t Add(std::int64_t partnership_id, const Complaint& complaint);
  void Update(std::int64_t partnership_id, const Complaint& complaint);

 private:
  storage::Connection& db_;
};

}  // namespace safeboard::assurance
