// The training budget request (issue 17): each year the training sub-group asks the board (its
// business management group, say) for the money the programme needs: items with their amounts,
// submitted on a day to a group, and the decision: the amount agreed and when. The total asked
// is always the sum of the items, never typed. The records, the rules and the readers. No I/O.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/field_errors.h"

namespace safeboard::training {

struct BudgetItem {
  std::int64_t id = 0;
  std::string description;
  std::int64_t pence = 0;
};

struct BudgetRequest {
  std::int64_t id = 0;
  int year_start = 0;
  std::vector<BudgetItem> items;
  std::optional<core::Date> submitted_on;
  std::optional<std::int64_t> submitted_to_group_id;  // the group asked, if recorded
  std::optional<core::Date> decided_on;
  std::optional<std::int64_t> agreed_pence;
  std::string decision_note;
  std::string group_name;  // read only

  std::int64_t RequestedPence() const;
};

// An item: what it pays for, and its amount (more than nothing, at most £10,000,000).
// RULE: issue 17 - items change only until the request is submitted.
core::FieldErrors ReadBudgetItem(const core::FieldValues& in, const BudgetRequest& request, BudgetItem& out);
// Submitting: the day (not after today) and the group asked (one of `groups`, optional).
// RULE: issue 17 - once, and only with at least one item.
core::FieldErrors ReadBudgetSubmission(const core::FieldValues& in, const BudgetRequest& request,
                                       const std::vector<std::int64_t>& groups, const core::Date& today,
                                       BudgetRequest& out);
// The decision: the day (on or after submitting, not after today), the amount agreed (nothing
// to the whole amount asked) and a note. RULE: issue 17 - once, after submitting.
core::FieldErrors ReadBudgetDecision(const core::FieldValues& in, const BudgetRequest& request, const core::Date& today,
                                     BudgetRequest& out);

}  // namespace safeboard::training
