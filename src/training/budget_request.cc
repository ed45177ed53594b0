#include "training/budget_request.h"

#include "core/form_fields.h"
#include "core/money.h"
#include "governance/governance.h"

namespace safeboard::training {
namespace {

constexpr std::int64_t kMaxItemPence = 1'000'000'000;  // £10,000,000

}  // namespace

std::int64_t BudgetRequest::RequestedPence() const {
  std::int64_t total = 0;
  for (const auto& item : items) total += item.pence;
  return total;
}

core::FieldErrors ReadBudgetItem(const core::FieldValues& in, const BudgetRequest& request, BudgetItem& out) {
  core::FieldErrors errors;
  if (request.submitted_on) {
    errors.Add("description", "The request has been submitted: its items can no longer change");
    return errors;
  }
  out.description = core::RequiredText(in, "description", "what the item pays for", errors, 500);
  auto pence = core::ParsePence(core::ValueOf(in, "amount"));
  if (!pence || *pence <= 0 || *pence > kMaxItemPence)
    errors.Add("amount", "Enter the amount in pounds, like 4,500 or 4500.00");
  else
    out.pence = *pence;
  return errors;
}

core::FieldErrors ReadBudgetSubmission(const core::FieldValues& in, const BudgetRequest& request,
                                       const std::vector<std::int64_t>& groups, const core::Date& today,
                                       BudgetRequest& out) {
  core::FieldErrors errors;
  if (request.submitted_on) {
    errors.Add("submitted_on", "The request was submitted on " + core::FormatDateLong(*request.submitted_on));
    return errors;
  }
  if (request.items.empty()) {
    errors.Add("submitted_on", "Add at least one item before submitting the request");
    return errors;
  }
  out = request;
  auto on = governance::ReadDateField(in, "submitted_on", "the day the request was submitted", true, errors);
  if (on && today < *on) errors.Add("submitted_on", "The day submitted must be today or in the past");
  out.submitted_on = on;
  out.submitted_to_group_id = core::ReadReference(in, "group_id", "the group asked", groups, false, errors);
  return errors;
}

core::FieldErrors ReadBudgetDecision(const core::FieldValues& in, const BudgetRequest& request, const core::Date& today,
                                     BudgetRequest& out) {
  core::FieldErrors errors;
  if (!request.submitted_on) {
    errors.Add("decided_on", "Submit the request before recording the decision");
    return errors;
  }
  if (request.decided_on) {
    errors.Add("decided_on", "The decision was recorded on " + core::FormatDateLong(*request.decided_on));
    return errors;
  }
  out = request;
  auto on = governance::ReadDateField(in, "decided_on", "the day of the decision", true, errors);
  if (on && today < *on)
    errors.Add("decided_on", "The day of the decision must be today or in the past");
  else if (on && *on < *request.submitted_on)
    errors.Add("decided_on", "The decision cannot come before the request was submitted, " +
                                 core::FormatDateLong(*request.submitted_on));
  out.decided_on = on;
  auto agreed = core::ParsePence(core::ValueOf(in, "agreed"));
  if (!agreed || *agreed > request.RequestedPence())
    errors.Add("agreed", "Enter the amount agreed, from 0 to the " + core::FormatPounds(request.RequestedPence()) + " asked");
  else
    out.agreed_pence = agreed;
  out.decision_note = core::OptionalText(in, "decision_note", "the note", 2000, errors);
  return errors;
}

}  // namespace safeboard::training
