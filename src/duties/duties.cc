// Governance calendar rules.
#include "duties/duties.h"

#include <algorithm>

namespace safeboard::duties {
namespace {

using core::AddDays;
using core::AddMonths;

DutyStatus StatusOf(const Date& due, const Date& today) {
  if (due < today) return DutyStatus::kOverdue;
  if (due <= AddDays(today, kDueSoonDays)) return DutyStatus::kDueSoon;
  return DutyStatus::kLater;
}

}  // namespace

std::vector<Duty> Duties(const DutyInputs& in, const Date& today, std::span<const core::DueDate> more) {
  std::vector<Duty> out;
  auto add = [&](std::string what, const Date& due, std::string rule) {
    out.push_back({std::move(what), due, StatusOf(due, today), std::move(rule)});
  };
  auto every = [&](const std::optional<Date>& last, int months) {
    return last ? AddMonths(*last, months) : today;
  };
  add("Review the constitution", every(in.constitution_reviewed_on, 12), "Constitution 13: reviewed annually");
  add("Review the Independent Chair's appointment", every(in.chair_appointment_reviewed_on, 24),
      "Reviewed every 2 years (annual report 1.4)");
  add("Lead Member meets the Independent Chair", every(in.lead_member_met_chair_on, 3),
      "Quarterly (Working Together 2010, 3.92)");
  for (const auto& g : in.groups)
    add("Review the terms of reference of " + g.group_name, every(g.terms_reviewed_on, 12),
        "Terms of reference reviewed annually (Constitution 7)");
  for (const auto& d : in.disputes) {
    if (!d.convened_on) add("Convene the dispute: " + d.summary, AddDays(d.raised_on, 28), "Constitution 4: within 28 days");
    if (!d.met_on) add("Meet on the dispute: " + d.summary, AddMonths(d.raised_on, 3), "Constitution 4: within 3 months");
    if (!d.mediator_agreed_on)
      add("Agree a mediator for the dispute: " + d.summary, AddDays(d.raised_on, 28), "Constitution 4: within 28 days");
  }
  for (const auto& r : in.case_review_audits)
    add("Audit progress on the recommendations of serious case review " + r.reference, r.due,
        "Six months after the Board endorses a review, then six-monthly until signed off");
  for (const auto& d : more) add(d.what, d.due, d.rule);
  std::stable_sort(out.begin(), out.end(), [](const Duty& a, const Duty& b) { return a.due < b.due; });
  return out;
}

core::Status StatusOf(DutyStatus status) {
  switch (status) {
    case DutyStatus::kOverdue: return {"Overdue", core::Tone::kBad};
    case DutyStatus::kDueSoon: return {"Due soon", core::Tone::kWarning};
    case DutyStatus::kLater: return {"Not due yet", core::Tone::kNeutral};
  }
  return {"Not due yet", core::Tone::kNeutral};
}

}  // namespace safeboard::duties
