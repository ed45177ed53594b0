// All of the LADO returns' SQL (issue 16), scoped by partnership.
#pragma once
#include <vector>

#include "assurance/lado.h"
#include "storage/database.h"

namespace safeboard::assurance {

class LadoStore {
 public:
  explicit LadoStore(storage::Connection& db) : db_(db) {}

  // The year's quarters, in order.
  std::vector<LadoReturn> ReturnsOf(std::int64_t partnership_id, int year_start);
  // The years with a return, newest first.
  std::vector<int> Years(std::int64_t partnership_id);
  // Records the quarter, or replaces what was recorded for it. Returns its id.
  std::int64_t Save(std::int64_t partnership_id, const LadoReturn& lado_return);

 private:
  storage::Connection& db_;
};

}  // namespace safeboard::assurance
