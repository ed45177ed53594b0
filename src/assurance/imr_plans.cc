#include "assurance/imr_plans.h"

#include <algorithm>
#include <cctype>

#include "core/form_fields.h"
#include "core/text.h"
#include "governance/governance.h"

namespace safeboard::assurance {
namespace {

constexpr std::size_t kMaxLabel = 20;

bool LooksLikeALabel(const std::string& label) {
  if (label.empty() || label.size() > kMaxLabel) return false;
  return std::all_of(label.begin(), label.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '-';
  });
}

bool EveryActionComplete(const ImrActionPlan& plan) {
  return !plan.actions.empty() &&
         std::all_of(plan.actions.begin(), plan.actions.end(), [](const ImrAction& a) { return a.completed_on.has_value(); });
}

}  // namespace

std::span<const core::Term<ImrPlanStanding>> ImrPlanStandings() {
  static constexpr core::Term<ImrPlanStanding> kTerms[] = {
      {ImrPlanStanding::kInProgress, "in_progress", "In progress"},
      {ImrPlanStanding::kActionsOverdue, "actions_overdue", "Actions overdue"},
      {ImrPlanStanding::kReadyToSignOff, "ready_to_sign_off", "Ready to sign off"},
      {ImrPlanStanding::kSignedOff, "signed_off", "Signed off"},
  };
  return kTerms;
}

core::Status StatusOf(ImrPlanStanding standing) {
  std::string label(core::LabelOf(ImrPlanStandings(), standing));
  switch (standing) {
    case ImrPlanStanding::kInProgress: return {label, core::Tone::kInfo};
    case ImrPlanStanding::kActionsOverdue: return {label, core::Tone::kBad};
    case ImrPlanStanding::kReadyToSignOff: return {label, core::Tone::kWarning};
    case ImrPlanStanding::kSignedOff: return {label, core::Tone::kGood};
  }
  return {label, core::Tone::kNeutral};
}

ImrPlanStanding StandingOf(const ImrActionPlan& plan, const Date& today) {
  if (plan.signed_off_on) return ImrPlanStanding::kSignedOff;
  if (EveryActionComplete(plan)) return ImrPlanStanding::kReadyToSignOff;
  for (const auto& a : plan.actions)
    if (!a.completed_on && a.due_on < today) return ImrPlanStanding::kActionsOverdue;
  return ImrPlanStanding::kInProgress;
}

core::FieldErrors ReadImrPlan(const core::FieldValues& in, const std::vector<std::int64_t>& referrals,
                              const std::vector<std::int64_t>& agencies,
                              const std::vector<ImrActionPlan>& existing, const Date& today, ImrActionPlan& out) {
  core::FieldErrors errors;
  out.case_label = core::Trim(core::ValueOf(in, "case_label"));
  if (out.case_label.empty())
    errors.Add("case_label", "Enter the case's label, like Case CD");
  else if (!LooksLikeALabel(out.case_label))
    errors.Add("case_label",
               "Enter a short label of letters, digits, spaces and hyphens (at most 20 characters), like Case CD: never a name");
  out.referral_id = core::ReadReference(in, "referral_id", "the case review referral", referrals, false, errors);
  auto agency = core::ReadReference(in, "agency_id", "the agency", agencies, true, errors);
  if (agency) out.agency_id = *agency;
  auto received = governance::ReadDateField(in, "received_on", "the day the plan was received", true, errors);
  if (received) out.received_on = *received;
  if (received && today < *received && !errors.For("received_on"))
    errors.Add("received_on", "The date cannot be in the future");
  if (agency && !errors.For("case_label"))
    for (const auto& p : existing)
      if (p.id != out.id && p.agency_id == *agency && core::AsciiLower(p.case_label) == core::AsciiLower(out.case_label)) {
        errors.Add("agency_id", "The agency already has an action plan for " + p.case_label);
        break;
      }
  return errors;
}

core::FieldErrors ReadImrAction(const core::FieldValues& in, const ImrActionPlan& plan, ImrAction& out) {
  core::FieldErrors errors;
  if (plan.signed_off_on) {
    errors.Add("action", "The plan is signed off: it takes no more actions");
    return errors;
  }
  out.action = core::RequiredText(in, "action", "the action", errors, 2000);
  auto due = governance::ReadDateField(in, "due_on", "the day it is due", true, errors);
  if (due) out.due_on = *due;
  if (due && *due < plan.received_on && !errors.For("due_on"))
    errors.Add("due_on", "The action cannot be due before the plan was received");
  return errors;
}

core::FieldErrors ReadImrActionCompleted(const core::FieldValues& in, const ImrActionPlan& plan,
                                         const ImrAction& action, const Date& today, Date& out) {
  core::FieldErrors errors;
  if (action.completed_on) {
    errors.Add("completed_on", "The action is already recorded as completed");
    return errors;
  }
  auto on = governance::ReadDateField(in, "completed_on", "the day it was completed", true, errors);
  if (on && today < *on && !errors.For("completed_on")) errors.Add("completed_on", "The date cannot be in the future");
  if (on && *on < plan.received_on && !errors.For("completed_on"))
    errors.Add("completed_on", "The action cannot be completed before the plan was received");
  if (on && errors.empty()) out = *on;
  return errors;
}

core::FieldErrors ReadImrSignOff(const core::FieldValues& in, const ImrActionPlan& plan,
                                 const std::vector<std::int64_t>& meetings, const Date& today, ImrActionPlan& out) {
  core::FieldErrors errors;
  if (plan.signed_off_on) {
    errors.Add("signed_off_on", "The plan is already signed off");
    return errors;
  }
  if (!EveryActionComplete(plan)) {
    errors.Add("signed_off_on", "Every action must be complete before the plan is signed off");
    return errors;
  }
  auto on = governance::ReadDateField(in, "signed_off_on", "the day it was signed off", true, errors);
  Date last = plan.received_on;
  for (const auto& a : plan.actions)
    if (a.completed_on && last < *a.completed_on) last = *a.completed_on;
  if (on && today < *on && !errors.For("signed_off_on")) errors.Add("signed_off_on", "The date cannot be in the future");
  if (on && *on < last && !errors.For("signed_off_on"))
    errors.Add("signed_off_on", "The plan cannot be signed off before its last action was completed");
  out.signed_off_on = on;
  out.signed_off_meeting_id = core::ReadReference(in, "signed_off_meeting_id", "the meeting", meetings, false, errors);
  out.sign_off_note = core::OptionalText(in, "sign_off_note", "the note", 4000, errors);
  return errors;
}

}  // namespace safeboard::assurance
