#include "assurance/assurance.h"

#include "core/form_fields.h"
#include "governance/governance.h"

namespace safeboard::assurance {

std::span<const core::Term<AuditKind>> AuditKinds() {
  static constexpr core::Term<AuditKind> kTerms[] = {
      {AuditKind::kSection11, "section_11", "Section 11 self-assessment"},
      {AuditKind::kCaseFile, "case_file", "Multi-agency case file audit"},
      {AuditKind::kThematic, "thematic", "Thematic audit"},
      {AuditKind::kSaferWorkforce, "safer_workforce", "Safer workforce self-assessment"},
      {AuditKind::kSingleAgency, "single_agency", "Single-agency audit or report"},
      {AuditKind::kCommissioned, "commissioned", "Commissioned review or project"},
  };
  return kTerms;
}

std::span<const core::Term<AuditStanding>> AuditStandings() {
  static constexpr core::Term<AuditStanding> kTerms[] = {
      {AuditStanding::kPlanned, "planned", "Planned"},
      {AuditStanding::kRunning, "running", "Running"},
      {AuditStanding::kOverdue, "overdue", "Report overdue"},
      {AuditStanding::kReported, "reported", "Reported"},
  };
  return kTerms;
}

core::Status StatusOf(AuditStanding standing) {
  std::string label(core::LabelOf(AuditStandings(), standing));
  switch (standing) {
    case AuditStanding::kPlanned: return {label, core::Tone::kNeutral};
    case AuditStanding::kRunning: return {label, core::Tone::kInfo};
    case AuditStanding::kOverdue: return {label, core::Tone::kBad};
    case AuditStanding::kReported: return {label, core::Tone::kGood};
  }
  return {label, core::Tone::kNeutral};
}

AuditStanding StandingOn(const PlannedAudit& audit, const Date& today) {
  if (audit.reported_on) return AuditStanding::kReported;
  if (today < audit.starts_on) return AuditStanding::kPlanned;
  if (audit.report_due_on < today) return AuditStanding::kOverdue;
  return AuditStanding::kRunning;
}

std::map<AuditStanding, int> CountStandings(std::span<const PlannedAudit> audits, const Date& today) {
  std::map<AuditStanding, int> counts;
  for (const auto& term : AuditStandings()) counts[term.value] = 0;
  for (const auto& a : audits) ++counts[StandingOn(a, today)];
  return counts;
}

core::FieldErrors ReadPlannedAudit(const core::FieldValues& in, const std::vector<std::int64_t>& groups,
                                   const std::vector<std::int64_t>& meetings, const std::vector<std::int64_t>& audits,
                                   PlannedAudit& out) {
  core::FieldErrors errors;
  out.title = core::RequiredText(in, "title", "the audit's title", errors);
  out.kind = core::RequiredChoice(AuditKinds(), in, "kind", "the kind of audit", errors);
  out.themes = core::OptionalText(in, "themes", "the themes", core::kMaxNameLength * 5, errors);
  out.lead_group_id = core::ReadReference(in, "lead_group_id", "the lead group", groups, false, errors);
  auto starts = governance::ReadDateField(in, "starts_on", "the start date", true, errors);
  auto due = governance::ReadDateField(in, "report_due_on", "the date the report is due", true, errors);
  out.reported_on = governance::ReadDateField(in, "reported_on", "the date it was reported", false, errors);
  out.reported_at_meeting_id = core::ReadReference(in, "reported_at_meeting_id", "the meeting", meetings, false, errors);
  out.findings = core::OptionalText(in, "findings", "the findings", core::kMaxTextLength, errors);
  out.follows_audit_id = core::ReadReference(in, "follows_audit_id", "the audit it follows up", audits, false, errors);
  // RULE: issue 16 - a follow-up audit follows another audit, never itself.
  if (out.follows_audit_id && out.follows_audit_id == out.id)
    errors.Add("follows_audit_id", "An audit cannot follow up itself");
  if (starts) out.starts_on = *starts;
  if (due) out.report_due_on = *due;
  // RULE: issue 16 - the report is due on or after the audit starts, and cannot come before it.
  if (starts && due && *due < *starts) errors.Add("report_due_on", "The report must be due on or after the start date");
  if (starts && out.reported_on && *out.reported_on < *starts)
    errors.Add("reported_on", "The report cannot come before the audit started");
  if (out.reported_at_meeting_id && !out.reported_on)
    errors.Add("reported_on", "Enter the date it was reported to the meeting");
  return errors;
}

core::FieldErrors ReadProgramme(const core::FieldValues& in, const std::vector<std::int64_t>& meetings,
                                AuditProgramme& out) {
  core::FieldErrors errors;
  out.priorities = core::OptionalText(in, "priorities", "the priorities", core::kMaxTextLength, errors);
  out.agreed_at_meeting_id = core::ReadReference(in, "agreed_at_meeting_id", "the meeting", meetings, false, errors);
  return errors;
}

}  // namespace safeboard::assurance
