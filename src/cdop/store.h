// Storage of child death notifications, the panel's reviews and the history of deaths before
// the panel kept records. Every query is scoped by partnership.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "cdop/model.h"
#include "storage/database.h"

namespace safeboard::cdop {

class CdopStore {
 public:
  explicit CdopStore(storage::Connection& db) : db_(db) {}

  // Gives the case its reference ("CD-<financial year of notification>-<sequence>") and stores it.
  std::int64_t Notify(std::int64_t partnership_id, Case& c);
  std::vector<Case> Cases(std::int64_t partnership_id);
  std::optional<Case> FindCase(std::int64_t partnership_id, std::int64_t id);

  std::optional<CaseReview> ReviewOf(std::int64_t case_id);
  std::map<std::int64_t, CaseReview> Reviews(std::int64_t partnership_id);
  // Records (or replaces) the review of a case. RULE: issue 5 - a safeguarding concern refers
  // the case to the case review panel: the referral is created in the same transaction, once.
  // Returns the referral's id when one was created.
  std::optional<std::int64_t> RecordReview(std::int64_t partnership_id, const Case& c, const CaseReview& review,
                                           const std::string& referral_summary);
  // The referral made from a case's review, if any.
  std::optional<std::int64_t> ReferralOf(std::int64_t partnership_id, std::int64_t case_id);

  // Meetings (id -> date) of the partnership's child death panels, cancelled ones left out.
  std::map<std::int64_t, Date> PanelMeetings(std::int64_t partnership_id);

  std::vector<HistoryYear> History(std::int64_t partnership_id);
  void SetHistory(std::int64_t partnership_id, const HistoryYear& year);

  // What the statistics need, and nothing identifying: dates and coded findings only.
  std::pair<std::vector<Notification>, std::vector<Review>> StatisticsInputs(std::int64_t partnership_id);

 private:
  storage::Connection& db_;
};

}  // namespace safeboard::cdop
