#include "learning/learning.h"

#include <algorithm>

#include "core/form_fields.h"
#include "governance/governance.h"

namespace safeboard::learning {

std::span<const core::Term<ReferralKind>> ReferralKinds() {
  static constexpr core::Term<ReferralKind> kTerms[] = {
      {ReferralKind::kTrainingNeed, "training_need", "Training need"},
      {ReferralKind::kProcedureReview, "procedure_review", "Procedure review"},
  };
  return kTerms;
}

std::span<const core::Term<ReferralSource>> ReferralSources() {
  static constexpr core::Term<ReferralSource> kTerms[] = {
      {ReferralSource::kPlannedAudit, "planned_audit", "An audit"},
      {ReferralSource::kCaseReview, "case_review", "A case review"},
      {ReferralSource::kProcedureChange, "procedure_change", "A procedure change"},
  };
  return kTerms;
}

std::span<const core::Term<ReferralStanding>> ReferralStandings() {
  static constexpr core::Term<ReferralStanding> kTerms[] = {
      {ReferralStanding::kOpen, "open", "Open"},
      {ReferralStanding::kAnswered, "answered", "Answered"},
  };
  return kTerms;
}

core::Status StatusOf(ReferralStanding standing) {
  std::string label(core::LabelOf(ReferralStandings(), standing));
  return {label, standing == ReferralStanding::kOpen ? core::Tone::kInfo : core::Tone::kGood};
}

ReferralStanding StandingOf(const Referral& referral) {
  return referral.responded_on ? ReferralStanding::kAnswered : ReferralStanding::kOpen;
}

core::FieldErrors ReadReferral(const core::FieldValues& in, const std::vector<std::int64_t>& groups, const Date& today,
                               Referral& out) {
  core::FieldErrors errors;
  out.kind = core::RequiredChoice(ReferralKinds(), in, "kind", "a training need or a procedure review", errors);
  out.need = core::RequiredText(in, "need", "what is needed", errors, 4000);
  out.for_group_id = core::ReadReference(in, "for_group_id", "the group it is for", groups, false, errors);
  auto on = governance::ReadDateField(in, "raised_on", "the day it was raised", true, errors);
  if (on) out.raised_on = *on;
  if (on && today < *on && !errors.For("raised_on")) errors.Add("raised_on", "The date cannot be in the future");
  return errors;
}

core::FieldErrors ReadResponse(const core::FieldValues& in, const Referral& referral, const Date& today, Referral& out) {
  core::FieldErrors errors;
  out.response = core::RequiredText(in, "response", "what the group did", errors, 4000);
  auto on = governance::ReadDateField(in, "responded_on", "the day of the answer", true, errors);
  out.responded_on = on;
  if (on && today < *on && !errors.For("responded_on")) errors.Add("responded_on", "The date cannot be in the future");
  if (on && *on < referral.raised_on && !errors.For("responded_on"))
    errors.Add("responded_on", "The answer cannot be before the referral was raised");
  return errors;
}

bool MayAnswer(bool board_team, bool lay, const std::vector<std::int64_t>& groups, const Referral& referral) {
  if (board_team) return true;
  if (lay || !referral.for_group_id) return false;
  return std::find(groups.begin(), groups.end(), *referral.for_group_id) != groups.end();
}

}  // namespace safeboard::learning
