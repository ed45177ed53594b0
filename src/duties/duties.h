// The governance calendar: the constitution's own deadlines as due dates. No I/O.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/date.h"
#include "core/due_date.h"

namespace safeboard::duties {

using core::Date;

struct GroupReview {
  std::string group_name;
  std::optional<Date> terms_reviewed_on;
};

struct Dispute {
  std::int64_t id = 0;
  std::string summary;
  Date raised_on;
  std::optional<Date> convened_on;
  std::optional<Date> met_on;
  std::optional<Date> mediator_agreed_on;
};

// A serious case review whose recommendations are not all signed off (by its pseudonymous
// reference only: the calendar is seen by every member).
struct CaseReviewAudit {
  std::string reference;
  Date due;
};

struct DutyInputs {
  std::vector<GroupReview> groups;
  std::optional<Date> constitution_reviewed_on;
  std::optional<Date> chair_appointment_reviewed_on;
  std::optional<Date> lead_member_met_chair_on;
  std::vector<Dispute> disputes;
  std::vector<CaseReviewAudit> case_review_audits;
};

enum class DutyStatus { kOverdue, kDueSoon, kLater };
// How a duty's status reads: overdue is bad, due soon a warning.
core::Status StatusOf(DutyStatus status);

struct Duty {
  std::string what;
  Date due;
  DutyStatus status = DutyStatus::kLater;
  std::string rule;  // where the deadline comes from
};

// How far ahead "due soon" looks.
constexpr int kDueSoonDays = 30;

// Every duty with its next due date, soonest first. Something never done is due today.
// RULE: Constitution 13 - the constitution is reviewed annually; appendix 3/4 - terms of
// reference reviewed annually; annual report 1.4 - the chair's appointment reviewed every 2
// years; the Lead Member meets the Chair quarterly; Constitution 4 - a dispute is convened
// within 28 days and met within 3 months, and a mediator agreed within 28 days.
// `more`: the deadlines other areas put on the calendar (complaints, ...), each with the same
// overdue and due-soon reading.
std::vector<Duty> Duties(const DutyInputs& inputs, const Date& today, std::span<const core::DueDate> more = {});

}  // namespace safeboard::duties
