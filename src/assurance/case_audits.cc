#include "assurance/case_audits.h"

#include <algorithm>
#include <cctype>

#include "core/financial_year.h"
#include "core/form_fields.h"
#include "core/text.h"
#include "governance/governance.h"

namespace safeboard::assurance {
namespace {

constexpr std::size_t kPartLength = 20000;
constexpr std::size_t kMaxReferenceLength = 24;
constexpr int kMaxTarget = 100;

// RULE: issue 16 - a pseudonymous reference: letters, digits and hyphens with at least one digit
// (a name has none), so nothing typed there can identify a child.
bool LooksPseudonymous(const std::string& reference) {
  if (reference.empty() || reference.size() > kMaxReferenceLength) return false;
  bool digit = false;
  for (char c : reference) {
    if (std::isdigit(static_cast<unsigned char>(c)))
      digit = true;
    else if (!std::isalpha(static_cast<unsigned char>(c)) && c != '-')
      return false;
  }
  return digit;
}

// A date that must not be after today nor before `not_before` (when given).
void CheckDay(const std::optional<Date>& day, const std::string& field, const Date& today,
              const std::optional<Date>& not_before, const std::string& before_message, core::FieldErrors& errors) {
  if (!day || errors.For(field)) return;
  if (today < *day)
    errors.Add(field, "The date cannot be in the future");
  else if (not_before && *day < *not_before)
    errors.Add(field, before_message);
}

std::optional<Date> LastPartCompleted(const AuditedCase& audited) {
  std::optional<Date> last;
  for (const auto& p : audited.parts)
    if (p.completed_on && (!last || *last < *p.completed_on)) last = p.completed_on;
  return last;
}

bool EveryPartComplete(const AuditedCase& audited) {
  return !audited.parts.empty() &&
         std::all_of(audited.parts.begin(), audited.parts.end(), [](const CasePart& p) { return p.completed_on.has_value(); });
}

}  // namespace

std::span<const core::Term<AuditDomain>> AuditDomains() {
  static constexpr core::Term<AuditDomain> kTerms[] = {
      {AuditDomain::kRecognitionOfRisk, "recognition_of_risk", "Recognition of risk"},
      {AuditDomain::kAssessment, "assessment", "Assessment"},
      {AuditDomain::kPlanning, "planning", "Planning"},
      {AuditDomain::kJointWorking, "joint_working", "Joint working"},
      {AuditDomain::kImpact, "impact", "Impact for the child"},
      {AuditDomain::kOverall, "overall", "Overall"},
  };
  return kTerms;
}

std::span<const core::Term<CaseGrade>> CaseGrades() {
  static constexpr core::Term<CaseGrade> kTerms[] = {
      {CaseGrade::kOutstanding, "outstanding", "Outstanding"},
      {CaseGrade::kGood, "good", "Good"},
      {CaseGrade::kRequiresImprovement, "requires_improvement", "Requires improvement"},
      {CaseGrade::kInadequate, "inadequate", "Inadequate"},
  };
  return kTerms;
}

std::span<const core::Term<FindingKind>> FindingKinds() {
  static constexpr core::Term<FindingKind> kTerms[] = {
      {FindingKind::kStrength, "strength", "Strength"},
      {FindingKind::kDeficit, "deficit", "Deficit"},
  };
  return kTerms;
}

std::span<const core::Term<FindingFollowUp>> FindingFollowUps() {
  static constexpr core::Term<FindingFollowUp> kTerms[] = {
      {FindingFollowUp::kNoted, "noted", "Noted"},
      {FindingFollowUp::kAction, "action", "An action for the agency"},
      {FindingFollowUp::kTraining, "training", "A referral to the training sub-group"},
  };
  return kTerms;
}

std::span<const core::Term<CaseStage>> CaseStages() {
  static constexpr core::Term<CaseStage> kTerms[] = {
      {CaseStage::kAgencyParts, "agency_parts", "Agencies completing their parts"},
      {CaseStage::kAwaitingDiscussion, "awaiting_discussion", "Ready for discussion"},
      {CaseStage::kDiscussed, "discussed", "Discussed"},
      {CaseStage::kActionsOpen, "actions_open", "Actions open"},
      {CaseStage::kClosed, "closed", "Actions complete"},
  };
  return kTerms;
}

core::Status StatusOf(CaseStage stage) {
  std::string label(core::LabelOf(CaseStages(), stage));
  switch (stage) {
    case CaseStage::kAgencyParts: return {label, core::Tone::kWarning};
    case CaseStage::kAwaitingDiscussion: return {label, core::Tone::kInfo};
    case CaseStage::kDiscussed: return {label, core::Tone::kGood};
    case CaseStage::kActionsOpen: return {label, core::Tone::kWarning};
    case CaseStage::kClosed: return {label, core::Tone::kGood};
  }
  return {label, core::Tone::kNeutral};
}

bool MaySeeCase(const CaseAuditReader& reader, const std::optional<std::int64_t>& audit_group_id) {
  if (reader.board_team) return true;
  if (reader.lay || !audit_group_id) return false;
  return std::find(reader.groups.begin(), reader.groups.end(), *audit_group_id) != reader.groups.end();
}

bool MayCompletePart(const CaseAuditReader& reader, const std::optional<std::int64_t>& audit_group_id,
                     std::int64_t agency_id) {
  if (reader.board_team) return true;
  return MaySeeCase(reader, audit_group_id) &&
         std::find(reader.agencies.begin(), reader.agencies.end(), agency_id) != reader.agencies.end();
}

CaseStage StageOf(const AuditedCase& c) {
  if (!c.discussed_on) return EveryPartComplete(c) ? CaseStage::kAwaitingDiscussion : CaseStage::kAgencyParts;
  bool actions = false;
  for (const auto& f : c.findings) {
    if (f.follow_up != FindingFollowUp::kAction) continue;
    actions = true;
    if (!f.completed_on) return CaseStage::kActionsOpen;
  }
  return actions ? CaseStage::kClosed : CaseStage::kDiscussed;
}

YearQuarter QuarterOf(const Date& day) {
  int year = core::FinancialYearOf(day);
  auto month = static_cast<unsigned>(day.month());
  // April-June is the first quarter; January-March the fourth.
  int quarter = month >= 4 ? static_cast<int>((month - 4) / 3 + 1) : 4;
  return {year, quarter};
}

std::vector<Cohort> CohortsOf(std::span<const AuditedCase> cases, int year_start, std::optional<int> target) {
  std::vector<Cohort> out;
  for (int q = 1; q <= 4; ++q) out.push_back(Cohort{q, 0, 0, target});
  for (const auto& c : cases) {
    auto at = QuarterOf(c.selected_on);
    if (at.year_start != year_start) continue;
    auto& cohort = out[static_cast<std::size_t>(at.quarter - 1)];
    ++cohort.cases;
    if (c.discussed_on) ++cohort.discussed;
  }
  return out;
}

std::map<AuditDomain, std::map<CaseGrade, int>> GradeCounts(std::span<const AuditedCase> cases) {
  std::map<AuditDomain, std::map<CaseGrade, int>> out;
  for (const auto& c : cases)
    for (const auto& [domain, grade] : c.grades) ++out[domain][grade];
  return out;
}

std::map<std::string, FindingTally> FindingsByAgency(std::span<const AuditedCase> cases) {
  std::map<std::string, FindingTally> out;
  for (const auto& c : cases)
    for (const auto& f : c.findings) {
      auto& tally = out[f.agency_id ? f.agency_name : std::string("Agencies together")];
      ++(f.kind == FindingKind::kStrength ? tally.strengths : tally.deficits);
      if (f.follow_up == FindingFollowUp::kAction) ++(f.completed_on ? tally.actions_done : tally.actions_open);
      if (f.follow_up == FindingFollowUp::kTraining) ++tally.training;
    }
  return out;
}

core::FieldErrors ReadCaseTarget(const core::FieldValues& in, int& out) {
  core::FieldErrors errors;
  auto value = core::ParseWholeNumber(core::ValueOf(in, "cases_per_quarter"));
  if (!value || *value < 1 || *value > kMaxTarget)
    errors.Add("cases_per_quarter", "Enter the cases to audit each quarter as a whole number from 1 to 100");
  else
    out = *value;
  return errors;
}

core::FieldErrors ReadAuditedCase(const core::FieldValues& in, const std::vector<std::int64_t>& case_file_audits,
                                  const std::vector<std::string>& used_references,
                                  const std::vector<std::int64_t>& agencies, const Date& today, AuditedCase& out) {
  core::FieldErrors errors;
  auto audit = core::ReadReference(in, "planned_audit_id", "the case file audit it belongs to", case_file_audits, true,
                                   errors);
  if (audit) out.planned_audit_id = *audit;
  out.reference = core::Trim(core::ValueOf(in, "reference"));
  if (out.reference.empty()) {
    errors.Add("reference", "Enter the case's reference");
  } else if (!LooksPseudonymous(out.reference)) {
    errors.Add("reference",
               "Enter a pseudonymous reference of letters, digits and hyphens with at least one digit, like MACFA-2012-01, "
               "never a name");
  } else {
    auto lower = core::AsciiLower(out.reference);
    // RULE: issue 16 - a reference names one case for good: never used twice, even for another audit.
    for (const auto& used : used_references)
      if (core::AsciiLower(used) == lower) {
        errors.Add("reference", "The reference " + out.reference + " is already used: give this case its own reference");
        break;
      }
  }
  auto selected = governance::ReadDateField(in, "selected_on", "the day the case was selected", true, errors);
  if (selected) out.selected_on = *selected;
  CheckDay(selected, "selected_on", today, std::nullopt, "", errors);
  out.focus = core::OptionalText(in, "focus", "why the case was chosen", 2000, errors);
  out.parts.clear();
  bool unknown = false;
  for (const auto& [name, value] : in) {
    if (!name.starts_with("agency_") || !core::ReadFlag(in, name)) continue;
    auto id = core::ParseWholeNumber(std::string_view(name).substr(7));
    if (!id || std::find(agencies.begin(), agencies.end(), *id) == agencies.end()) {
      unknown = true;
      continue;
    }
    CasePart part;
    part.agency_id = *id;
    out.parts.push_back(part);
  }
  if (unknown)
    errors.Add("agencies", "Choose the agencies from the list");
  else if (out.parts.size() < 2)
    // RULE: issue 16 - a multi-agency audit: at least two agencies knew the child.
    errors.Add("agencies", "Choose at least two agencies that knew the child: this is a multi-agency audit");
  return errors;
}

core::FieldErrors ReadCasePart(const core::FieldValues& in, const AuditedCase& audited, const Date& today,
                               CasePart& out) {
  core::FieldErrors errors;
  if (audited.discussed_on) {
    errors.Add("summary", "The case has been discussed: its agencies' parts can no longer change");
    return errors;
  }
  out.summary = core::OptionalText(in, "summary", "what the agency's records show", kPartLength, errors);
  out.completed_on = governance::ReadDateField(in, "completed_on", "the day the part was completed", false, errors);
  CheckDay(out.completed_on, "completed_on", today, audited.selected_on,
           "The part cannot be completed before the case was selected", errors);
  if (out.completed_on && out.summary.empty() && !errors.For("summary"))
    errors.Add("summary", "Enter what the agency's records show before completing its part");
  return errors;
}

core::FieldErrors ReadDiscussion(const core::FieldValues& in, const AuditedCase& audited, const Date& today,
                                 AuditedCase& out) {
  core::FieldErrors errors;
  if (!EveryPartComplete(audited)) {
    errors.Add("discussed_on", "Every agency must complete its part before the case is discussed");
    return errors;
  }
  auto on = governance::ReadDateField(in, "discussed_on", "the day of the discussion", true, errors);
  if (on) out.discussed_on = *on;
  CheckDay(on, "discussed_on", today, LastPartCompleted(audited),
           "The discussion cannot be before the last agency completed its part", errors);
  out.grades.clear();
  for (const auto& d : AuditDomains()) {
    auto grade = core::RequiredChoice(CaseGrades(), in, "grade_" + std::string(d.code),
                                      "a grade for " + core::AsciiLower(std::string(d.label)), errors);
    out.grades[d.value] = grade;
  }
  return errors;
}

core::FieldErrors ReadFinding(const core::FieldValues& in, const AuditedCase& audited, CaseFinding& out) {
  core::FieldErrors errors;
  if (!audited.discussed_on) {
    errors.Add("text", "Record the discussion before its findings");
    return errors;
  }
  std::vector<std::int64_t> agencies;
  for (const auto& p : audited.parts) agencies.push_back(p.agency_id);
  out.agency_id = core::ReadReference(in, "agency_id", "one of the case's agencies", agencies, false, errors);
  out.kind = core::RequiredChoice(FindingKinds(), in, "kind", "strength or deficit", errors);
  out.text = core::RequiredText(in, "text", "the finding", errors, 4000);
  out.follow_up = core::RequiredChoice(FindingFollowUps(), in, "follow_up", "what the finding leads to", errors);
  out.follow_up_text.clear();
  out.due_on.reset();
  if (errors.For("kind") || errors.For("follow_up")) return errors;
  if (out.kind == FindingKind::kStrength && out.follow_up != FindingFollowUp::kNoted) {
    errors.Add("follow_up", "A strength is noted: only a deficit becomes an action or a training referral");
    return errors;
  }
  if (out.follow_up == FindingFollowUp::kAction) {
    if (!out.agency_id) errors.Add("agency_id", "Choose the agency the action is for");
    out.follow_up_text = core::RequiredText(in, "follow_up_text", "the action", errors, 2000);
    out.due_on = governance::ReadDateField(in, "due_on", "the day the action is due", true, errors);
    if (out.due_on && *out.due_on < *audited.discussed_on && !errors.For("due_on"))
      errors.Add("due_on", "The action cannot be due before the case was discussed");
  } else if (out.follow_up == FindingFollowUp::kTraining) {
    out.follow_up_text = core::RequiredText(in, "follow_up_text", "the training need", errors, 2000);
  }
  return errors;
}

core::FieldErrors ReadFindingCompleted(const core::FieldValues& in, const AuditedCase& audited,
                                       const CaseFinding& finding, const Date& today, Date& out) {
  core::FieldErrors errors;
  if (finding.follow_up != FindingFollowUp::kAction) {
    errors.Add("completed_on", "Only an action is completed");
    return errors;
  }
  if (finding.completed_on) {
    errors.Add("completed_on", "The action is already recorded as completed");
    return errors;
  }
  auto on = governance::ReadDateField(in, "completed_on", "the day the action was completed", true, errors);
  CheckDay(on, "completed_on", today, audited.discussed_on, "The action cannot be completed before the discussion",
           errors);
  if (on && errors.empty()) out = *on;
  return errors;
}

}  // namespace safeboard::assurance
