// Reads what the governance calendar counts from, and records governance dates and disputes.
#pragma once
#include "duties/duties.h"
#include "storage/database.h"

namespace safeboard::duties {

class DutyStore {
 public:
  explicit DutyStore(storage::Connection& db) : db_(db) {}
  DutyInputs Inputs(std::int64_t partnership_id);
  void SetGovernanceDates(std::int64_t partnership_id, const std::optional<Date>& constitution,
                          const std::optional<Date>& chair_appointment,
                          const std::optional<Date>& lead_member_met_chair);
  std::int64_t AddDispute(std::int64_t partnership_id, const Dispute& dispute);
  void UpdateDispute(std::int64_t partnership_id, const Dispute& dispute);

 private:
  storage::Connection& db_;
};

}  // namespace safeboard::duties
