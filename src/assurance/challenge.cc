#include "assurance/challenge.h"

#include "core/form_fields.h"
#include "governance/governance.h"

namespace safeboard::assurance {
namespace {

constexpr std::size_t kSheetLength = 20000;

// A date that must not be after today nor before `not_before` (when given).
void CheckDate(const std::optional<Date>& date, const std::string& field, const Date& today,
               const std::optional<Date>& not_before, const std::string& before_message, core::FieldErrors& errors) {
  if (!date || errors.For(field)) return;
  if (today < *date)
    errors.Add(field, "The date cannot be in the future");
  else if (not_before && *date < *not_before)
    errors.Add(field, before_message);
}

}  // namespace

std::span<const core::Term<ReportKind>> ReportKinds() {
  static constexpr core::Term<ReportKind> kTerms[] = {
      {ReportKind::kAnnualReport, "annual_report", "Annual report"},
      {ReportKind::kUpdate, "update", "Update"},
      {ReportKind::kInspection, "inspection", "Inspection report"},
      {ReportKind::kSingleAgencyAudit, "single_agency_audit", "Single-agency audit"},
      {ReportKind::kOther, "other", "Other report"},
  };
  return kTerms;
}

std::span<const core::Term<Assurance>> Assurances() {
  static constexpr core::Term<Assurance> kTerms[] = {
      {Assurance::kAssured, "assured", "Assured"},
      {Assurance::kPartlyAssured, "partly_assured", "Partly assured"},
      {Assurance::kNotAssured, "not_assured", "Not assured"},
  };
  return kTerms;
}

std::span<const core::Term<ReviewOutcome>> ReviewOutcomes() {
  static constexpr core::Term<ReviewOutcome> kTerms[] = {
      {ReviewOutcome::kOnTrack, "on_track", "On track"},
      {ReviewOutcome::kNotConvinced, "not_convinced", "Not convinced by the action taken"},
      {ReviewOutcome::kCompleted, "completed", "Completed: the board is assured"},
  };
  return kTerms;
}

std::span<const core::Term<PlanStanding>> PlanStandings() {
  static constexpr core::Term<PlanStanding> kTerms[] = {
      {PlanStanding::kOpen, "open", "Open"},
      {PlanStanding::kReviewOverdue, "review_overdue", "Review overdue"},
      {PlanStanding::kEscalated, "escalated", "Escalated to the Chair"},
      {PlanStanding::kClosed, "closed", "Closed"},
  };
  return kTerms;
}

core::Status StatusOf(PlanStanding standing) {
  std::string label(core::LabelOf(PlanStandings(), standing));
  switch (standing) {
    case PlanStanding::kOpen: return {label, core::Tone::kInfo};
    case PlanStanding::kReviewOverdue: return {label, core::Tone::kBad};
    case PlanStanding::kEscalated: return {label, core::Tone::kWarning};
    case PlanStanding::kClosed: return {label, core::Tone::kGood};
  }
  return {label, core::Tone::kNeutral};
}

PlanStanding StandingOf(const RemedialPlan& plan, const Date& today) {
  if (plan.closed_on) return PlanStanding::kClosed;
  if (plan.escalated_on) return PlanStanding::kEscalated;
  if (plan.review_due_on < today) return PlanStanding::kReviewOverdue;
  return PlanStanding::kOpen;
}

std::optional<core::DueDate> NextReview(const RemedialPlan& plan) {
  if (plan.closed_on) return std::nullopt;
  return core::DueDate{"Review the remedial action plan agreed with " + plan.agency_name, plan.review_due_on,
                       "Implementation and impact reviewed by the board (Constitution 4p)"};
}

core::FieldErrors ReadAgencyReport(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                   const std::vector<std::int64_t>& meetings, const Date& today, AgencyReport& out) {
  core::FieldErrors errors;
  out.kind = core::RequiredChoice(ReportKinds(), in, "kind", "the kind of report", errors);
  out.title = core::RequiredText(in, "title", "the report's title", errors, 300);
  out.agency_id = core::ReadReference(in, "agency_id", "the agency", agencies, false, errors);
  out.from_name = core::OptionalText(in, "from_name", "who it is from", core::kMaxNameLength, errors);
  if (!out.agency_id && out.from_name.empty() && !errors.For("agency_id"))
    errors.Add("agency_id", "Choose the agency it is from, or enter who it is from");
  out.period = core::OptionalText(in, "period", "the period", 40, errors);
  auto received = governance::ReadDateField(in, "received_on", "the day it was received", true, errors);
  if (received) out.received_on = *received;
  CheckDate(received, "received_on", today, std::nullopt, "", errors);
  out.considered_at_meeting_id = core::ReadReference(in, "considered_at_meeting_id", "the meeting", meetings, false, errors);
  out.purpose = core::OptionalText(in, "purpose", "the purpose", kSheetLength, errors);
  out.key_findings = core::OptionalText(in, "key_findings", "the key findings", kSheetLength, errors);
  out.strengths = core::OptionalText(in, "strengths", "the strengths", kSheetLength, errors);
  out.shortcomings = core::OptionalText(in, "shortcomings", "the shortcomings", kSheetLength, errors);
  out.actions_for_board = core::OptionalText(in, "actions_for_board", "the actions for the board", kSheetLength, errors);
  out.comment = core::OptionalText(in, "comment", "the comment", kSheetLength, errors);
  out.assurance.reset();
  if (!core::Trim(core::ValueOf(in, "assurance")).empty())
    out.assurance = core::RequiredChoice(Assurances(), in, "assurance", "whether the board is assured", errors);
  // RULE: Constitution 4p - shortcomings identified are said, so a remedial plan can answer them.
  if (out.assurance && *out.assurance != Assurance::kAssured && out.shortcomings.empty())
    errors.Add("shortcomings", "Enter the shortcomings the board found");
  return errors;
}

core::FieldErrors ReadRemedialPlan(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                   const std::vector<std::int64_t>& reports, const Date& today, RemedialPlan& out) {
  core::FieldErrors errors;
  auto agency = core::ReadReference(in, "agency_id", "the agency", agencies, true, errors);
  if (agency) out.agency_id = *agency;
  out.agency_report_id = core::ReadReference(in, "agency_report_id", "the report", reports, false, errors);
  out.shortcomings = core::RequiredText(in, "shortcomings", "the shortcomings", errors, kSheetLength);
  out.plan = core::RequiredText(in, "plan", "the action plan", errors, kSheetLength);
  auto agreed = governance::ReadDateField(in, "agreed_on", "the day it was agreed", true, errors);
  auto review = governance::ReadDateField(in, "review_due_on", "the day of its first review", true, errors);
  if (agreed) out.agreed_on = *agreed;
  if (review) out.review_due_on = *review;
  CheckDate(agreed, "agreed_on", today, std::nullopt, "", errors);
  if (agreed && review && *review < *agreed && !errors.For("review_due_on"))
    errors.Add("review_due_on", "The review must be on or after the day the plan was agreed");
  return errors;
}

core::FieldErrors ReadPlanReview(const core::FieldValues& in, const RemedialPlan& plan,
                                 const std::vector<std::int64_t>& meetings, const Date& today, PlanReview& out,
                                 std::optional<Date>& next_review) {
  core::FieldErrors errors;
  auto on = governance::ReadDateField(in, "reviewed_on", "the day of the review", true, errors);
  if (on) out.reviewed_on = *on;
  CheckDate(on, "reviewed_on", today, plan.agreed_on, "The review cannot be before the plan was agreed", errors);
  out.meeting_id = core::ReadReference(in, "meeting_id", "the meeting", meetings, false, errors);
  out.outcome = core::RequiredChoice(ReviewOutcomes(), in, "outcome", "the outcome of the review", errors);
  out.impact = core::RequiredText(in, "impact", "the implementation and impact seen", errors, kSheetLength);
  next_review = governance::ReadDateField(in, "next_review_on", "the next review", false, errors);
  if (errors.For("outcome")) return errors;
  // RULE: Constitution 4p - the board keeps reviewing until it is assured.
  if (out.outcome != ReviewOutcome::kCompleted && !next_review && !errors.For("next_review_on"))
    errors.Add("next_review_on", "Enter the day of the next review");
  if (next_review && on && *next_review <= *on && !errors.For("next_review_on"))
    errors.Add("next_review_on", "The next review must be after this one");
  if (out.outcome == ReviewOutcome::kCompleted) next_review.reset();
  return errors;
}

core::FieldErrors ReadEscalation(const core::FieldValues& in, const RemedialPlan& plan, const Date& today,
                                 RemedialPlan& out) {
  core::FieldErrors errors;
  out = plan;
  out.escalated_on = governance::ReadDateField(in, "escalated_on", "the day it went to the Chair", true, errors);
  out.dcs_consulted_on = governance::ReadDateField(in, "dcs_consulted_on", "the day the Director was consulted", false, errors);
  out.concerns_explained_on =
      governance::ReadDateField(in, "concerns_explained_on", "the day the concerns were explained", false, errors);
  CheckDate(out.escalated_on, "escalated_on", today, plan.agreed_on, "Escalation cannot be before the plan was agreed", errors);
  CheckDate(out.dcs_consulted_on, "dcs_consulted_on", today, out.escalated_on,
            "The Director is consulted after the plan goes to the Chair", errors);
  if (out.concerns_explained_on && !out.dcs_consulted_on && !errors.For("concerns_explained_on"))
    errors.Add("concerns_explained_on", "The Chair explains the concerns after consulting the Director of Children's Services");
  CheckDate(out.concerns_explained_on, "concerns_explained_on", today, out.dcs_consulted_on,
            "The concerns are explained after the Director is consulted", errors);
  return errors;
}

}  // namespace safeboard::assurance
