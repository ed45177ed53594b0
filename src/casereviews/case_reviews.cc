// Serious case review rules.
#include "casereviews/case_reviews.h"

#include <algorithm>
#include <array>

#include "core/form_fields.h"
#include "governance/governance.h"

namespace safeboard::casereviews {
namespace {

using core::FieldErrors;
using core::FieldValues;
using governance::ReadDateField;

constexpr std::array<core::Term<Decision>, 2> kDecisions{{
    {Decision::kSeriousCaseReview, "serious_case_review", "Criteria met: a serious case review"},
    {Decision::kCriteriaNotMet, "criteria_not_met", "Criteria for a serious case review not met"},
}};
constexpr std::array<core::Term<FollowUp>, 4> kFollowUps{{
    {FollowUp::kNone, "none", "Nothing further"},
    {FollowUp::kAgencyReview, "agency_review", "An agency's own internal review"},
    {FollowUp::kMultiAgencyReview, "multi_agency_review", "A multi-agency review of the case"},
    {FollowUp::kSeriousIncidentReport, "serious_incident_report", "A serious incident report shared with the panel"},
}};
constexpr std::array<core::Term<Grading>, 4> kGradings{{
    {Grading::kOutstanding, "outstanding", "Outstanding"},
    {Grading::kGood, "good", "Good"},
    {Grading::kAdequate, "adequate", "Adequate"},
    {Grading::kInadequate, "inadequate", "Inadequate"},
}};

}  // namespace

std::span<const core::Term<Decision>> Decisions() { return kDecisions; }
std::span<const core::Term<FollowUp>> FollowUps() { return kFollowUps; }
std::span<const core::Term<Grading>> Gradings() { return kGradings; }

FieldErrors ReadReferral(const FieldValues& in, const std::vector<std::int64_t>& agencies, const Date& today,
                         Referral& out) {
  FieldErrors errors;
  if (auto on = ReadDateField(in, "referred_on", "the date of the referral", true, errors)) {
    out.referred_on = *on;
    if (*on > today) errors.Add("referred_on", "The date of the referral must be today or in the past");
  }
  out.referring_agency_id = core::ReadReference(in, "referring_agency_id", "the referring agency", agencies, true, errors);
  out.summary = core::RequiredText(in, "summary", "a summary of the case and why it is referred", errors,
                                   core::kMaxTextLength);
  return errors;
}

FieldErrors ReadDecision(const FieldValues& in, const std::map<std::int64_t, Date>& panel_meetings,
                         const std::map<std::int64_t, bool>& quorate, const std::vector<std::int64_t>& agencies,
                         Referral& out) {
  FieldErrors errors;
  std::vector<std::int64_t> ids;
  for (const auto& [id, on] : panel_meetings) ids.push_back(id);
  out.meeting_id = core::ReadReference(in, "meeting_id", "the panel meeting that considered the case", ids, true, errors);
  if (out.meeting_id) {
    out.considered_on = panel_meetings.at(*out.meeting_id);
    if (*out.considered_on < out.referred_on)
      errors.Add("meeting_id", "Select a panel meeting held on or after the referral");
    else if (auto q = quorate.find(*out.meeting_id); q == quorate.end() || !q->second)
      errors.Add("meeting_id",
                 "That panel meeting was not quorate (the panel needs the police, health and children's "
                 "social care present), so it cannot decide on a referral");
  }
  out.decision = core::RequiredChoice(Decisions(), in, "decision", "whether the criteria for a serious case review are met", errors);
  if (core::Trim(core::ValueOf(in, "decision")).empty()) out.decision.reset();
  std::string follow_up = core::Trim(core::ValueOf(in, "follow_up"));
  out.follow_up = follow_up.empty() ? FollowUp::kNone
                                    : core::RequiredChoice(FollowUps(), in, "follow_up", "what follows", errors);
  out.follow_up_agency_id = core::ReadReference(in, "follow_up_agency_id", "the agency doing the review", agencies,
                                                out.follow_up == FollowUp::kAgencyReview, errors);
  if (out.follow_up != FollowUp::kAgencyReview) out.follow_up_agency_id.reset();
  if (out.decision == Decision::kSeriousCaseReview && out.follow_up != FollowUp::kNone)
    errors.Add("follow_up", "A serious case review needs no other follow-up: choose nothing further");
  out.decision_notes = core::OptionalText(in, "decision_notes", "The notes of the decision", core::kMaxTextLength, errors);
  return errors;
}

FieldErrors ReadReviewDetails(const FieldValues& in, const Date& today, Review& out) {
  FieldErrors errors;
  // The terms of reference come first: a save without them is refused, so an empty form can
  // never wipe a review.
  out.terms_of_reference = core::RequiredText(in, "terms_of_reference", "the terms of reference", errors, core::kMaxTextLength);
  out.overview_author = core::OptionalText(in, "overview_author", "The overview author", core::kMaxNameLength, errors);
  out.overview_report = core::OptionalText(in, "overview_report", "The overview report", core::kMaxTextLength, errors);
  std::string grading = core::Trim(core::ValueOf(in, "grading"));
  out.grading.reset();
  if (!grading.empty()) out.grading = core::RequiredChoice(Gradings(), in, "grading", "the grading", errors);
  out.endorsed_on = ReadDateField(in, "endorsed_on", "the date the Board endorsed the review", false, errors);
  if (out.endorsed_on && *out.endorsed_on > today)
    errors.Add("endorsed_on", "The date the Board endorsed the review must be today or in the past");
  if (out.endorsed_on && out.overview_report.empty())
    errors.Add("overview_report", "Enter the overview report before recording that the Board endorsed it");
  return errors;
}

FieldErrors ReadManagementReview(const FieldValues& in, const std::vector<std::int64_t>& agencies,
                                 const std::vector<ManagementReview>& existing, ManagementReview& out) {
  FieldErrors errors;
  if (auto agency = core::ReadReference(in, "agency_id", "the agency asked for a review", agencies, true, errors))
    out.agency_id = *agency;
  if (auto due = ReadDateField(in, "due_on", "the date it is due", true, errors)) out.due_on = *due;
  out.received_on = ReadDateField(in, "received_on", "the date it was received", false, errors);
  for (const auto& asked : existing)
    if (asked.agency_id == out.agency_id) errors.Add("agency_id", "That agency has already been asked for a review");
  return errors;
}

FieldErrors ReadRecommendation(const FieldValues& in, const std::vector<std::int64_t>& agencies,
                               Recommendation& out) {
  FieldErrors errors;
  if (auto agency = core::ReadReference(in, "agency_id", "the agency that owns it", agencies, true, errors))
    out.agency_id = *agency;
  out.text = core::RequiredText(in, "text", "the recommendation", errors, core::kMaxTextLength);
  return errors;
}

FieldErrors ReadActionItem(const FieldValues& in, const Recommendation& recommendation, ActionItem& out) {
  FieldErrors errors;
  out.recommendation_id = recommendation.id;
  out.action = core::RequiredText(in, "action", "the action", errors, core::kMaxTextLength);
  if (auto due = ReadDateField(in, "due_on", "the date it is due", true, errors)) out.due_on = *due;
  out.completed_on = ReadDateField(in, "completed_on", "the date it was completed", false, errors);
  if (recommendation.signed_off_on) errors.Add("action", "The recommendation is signed off");
  return errors;
}

FieldErrors ReadAudit(const FieldValues& in, const Date& today, Audit& out) {
  FieldErrors errors;
  if (auto on = ReadDateField(in, "audited_on", "the date of the audit", true, errors)) {
    out.audited_on = *on;
    if (*on > today) errors.Add("audited_on", "The date of the audit must be today or in the past");
  }
  out.finding = core::RequiredText(in, "finding", "what the audit found", errors, core::kMaxTextLength);
  return errors;
}

bool CanSignOff(const Recommendation& r) {
  return !r.signed_off_on &&
         std::all_of(r.actions.begin(), r.actions.end(), [](const ActionItem& a) { return a.completed_on.has_value(); });
}

FieldErrors ReadSignOff(const FieldValues& in, const Recommendation& recommendation, const Date& today, Date& out) {
  FieldErrors errors;
  auto on = ReadDateField(in, "signed_off_on", "the date of sign-off", true, errors);
  if (on && *on > today) errors.Add("signed_off_on", "The date of sign-off must be today or in the past");
  if (errors.empty() && !CanSignOff(recommendation))
    errors.Add("signed_off_on", recommendation.signed_off_on ? "The recommendation is already signed off"
                                                             : "Every action must be completed before sign-off");
  if (on) out = *on;
  return errors;
}

std::optional<Date> NextAuditDue(const Review& review, std::span<const Recommendation> recommendations,
                                 std::span<const Audit> audits) {
  if (!review.endorsed_on) return std::nullopt;
  bool open = std::any_of(recommendations.begin(), recommendations.end(),
                          [](const Recommendation& r) { return !r.signed_off_on; });
  if (!open) return std::nullopt;
  Date last = *review.endorsed_on;
  for (const auto& a : audits) last = std::max(last, a.audited_on);
  return core::AddMonths(last, 6);
}

}  // namespace safeboard::casereviews
