// Reports received and the challenge that follows (issue 16; constitution 4o-4q): partners'
// reports with the board's summary sheet and whether the board is assured; remedial action
// plans agreed with an agency, their reviews and escalation to the Chair and the Director of
// Children's Services. The records, where a plan stands, and the form readers. No I/O, no clock.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/due_date.h"
#include "core/field_errors.h"
#include "core/status.h"
#include "core/vocabulary.h"

namespace safeboard::assurance {

using core::Date;

enum class ReportKind { kAnnualReport, kUpdate, kInspection, kSingleAgencyAudit, kOther };
enum class Assurance { kAssured, kPartlyAssured, kNotAssured };
enum class ReviewOutcome { kOnTrack, kNotConvinced, kCompleted };
std::span<const core::Term<ReportKind>> ReportKinds();
std::span<const core::Term<Assurance>> Assurances();
std::span<const core::Term<ReviewOutcome>> ReviewOutcomes();

// A report a partner (or an inspectorate) gave the board, with the board's standard summary sheet.
struct AgencyReport {
  std::int64_t id = 0;
  ReportKind kind = ReportKind::kAnnualReport;
  std::string title;
  std::optional<std::int64_t> agency_id;
  std::string from_name;  // when it is not from one of the board's agencies (a school, Ofsted)
  std::string period;     // "2010-11"
  Date received_on;
  std::optional<std::int64_t> considered_at_meeting_id;
  std::string purpose, key_findings, strengths, shortcomings, actions_for_board;  // the summary sheet
  std::string comment;  // the group's comment
  std::optional<Assurance> assurance;
  std::string agency_name;  // read only
};

struct PlanReview {
  std::int64_t id = 0;
  Date reviewed_on;
  std::optional<std::int64_t> meeting_id;
  ReviewOutcome outcome = ReviewOutcome::kOnTrack;
  std::string impact;
};

struct RemedialPlan {
  std::int64_t id = 0;
  std::int64_t agency_id = 0;
  std::optional<std::int64_t> agency_report_id;
  std::string shortcomings;
  std::string plan;
  Date agreed_on;
  Date review_due_on;
  std::optional<Date> escalated_on;           // to the Chair
  std::optional<Date> dcs_consulted_on;       // the Chair consulted the Director of Children's Services
  std::optional<Date> concerns_explained_on;  // the Chair explained the concerns to the agency
  std::optional<Date> closed_on;
  std::vector<PlanReview> reviews;  // oldest first
  std::string agency_name;          // read only
};

enum class PlanStanding { kOpen, kReviewOverdue, kEscalated, kClosed };
std::span<const core::Term<PlanStanding>> PlanStandings();
core::Status StatusOf(PlanStanding standing);
// RULE: Constitution 4p-4q - a plan is closed once closed; escalated once the Chair has it;
// otherwise open, with its review overdue once the review date has passed.
PlanStanding StandingOf(const RemedialPlan& plan, const Date& today);
// The plan's next review, for the governance calendar (nothing once closed).
std::optional<core::DueDate> NextReview(const RemedialPlan& plan);

// A report from a form or JSON: kind, title, from an agency (one of `agencies`) or a named body,
// period, received (not after today), the meeting (one of `meetings`), the summary sheet, the
// comment and the assurance.
core::FieldErrors ReadAgencyReport(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                   const std::vector<std::int64_t>& meetings, const Date& today, AgencyReport& out);
// A plan: the agency (one of `agencies`), the report it answers (one of `reports`, optional), the
// shortcomings, the plan, the day agreed (not after today) and the first review (on or after).
core::FieldErrors ReadRemedialPlan(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                   const std::vector<std::int64_t>& reports, const Date& today, RemedialPlan& out);
// A review of a plan: the day (not before it was agreed, not after today), the meeting, the
// outcome and the impact seen, and the next review's date unless completed. A completed review
// closes the plan.
core::FieldErrors ReadPlanReview(const core::FieldValues& in, const RemedialPlan& plan,
                                 const std::vector<std::int64_t>& meetings, const Date& today, PlanReview& out,
                                 std::optional<Date>& next_review);
// RULE: Constitution 4q - escalation: to the Chair, who consults the Director of Children's
// Services and then explains the concerns to the agency; each date on or after the one before,
// and after the plan was agreed.
core::FieldErrors ReadEscalation(const core::FieldValues& in, const RemedialPlan& plan, const Date& today,
                                 RemedialPlan& out);

}  // namespace safeboard::assurance
