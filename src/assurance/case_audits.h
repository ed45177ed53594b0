// Multi-agency case file audits (issue 16): a cohort of cases each quarter against the board's
// target, each case known by a pseudonymous reference only; each agency that knew the child
// completes its part, then a multi-agency discussion grades the work by domain and records
// findings (strengths and deficits, by agency) that become actions or training referrals.
// The records, who may see them, the cohort's figures and the form readers. No I/O, no clock.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/field_errors.h"
#include "core/status.h"
#include "core/vocabulary.h"

namespace safeboard::assurance {

using core::Date;

// RULE: issue 16 - the domains a multi-agency discussion grades, the overall grade last.
enum class AuditDomain { kRecognitionOfRisk, kAssessment, kPlanning, kJointWorking, kImpact, kOverall };
// Ofsted's four grades, best first.
enum class CaseGrade { kOutstanding, kGood, kRequiresImprovement, kInadequate };
enum class FindingKind { kStrength, kDeficit };
// What a finding leads to: nothing more (noted), an action for the agency, or a referral to the
// training sub-group.
enum class FindingFollowUp { kNoted, kAction, kTraining };
std::span<const core::Term<AuditDomain>> AuditDomains();
std::span<const core::Term<CaseGrade>> CaseGrades();
std::span<const core::Term<FindingKind>> FindingKinds();
std::span<const core::Term<FindingFollowUp>> FindingFollowUps();

// One agency's part of a case's audit: what its own records show.
struct CasePart {
  std::int64_t id = 0;
  std::int64_t agency_id = 0;
  std::string summary;
  std::optional<Date> completed_on;
  std::string agency_name;  // read only
};

struct CaseFinding {
  std::int64_t id = 0;
  std::optional<std::int64_t> agency_id;  // none: a finding about the agencies together
  FindingKind kind = FindingKind::kDeficit;
  std::string text;
  FindingFollowUp follow_up = FindingFollowUp::kNoted;
  std::string follow_up_text;  // the action, or the training need
  std::optional<Date> due_on;  // an action's
  std::optional<Date> completed_on;
  std::string agency_name;  // read only
};

struct AuditedCase {
  std::int64_t id = 0;
  std::int64_t planned_audit_id = 0;
  std::string reference;  // pseudonymous: never a name
  Date selected_on;       // its cohort is this day's quarter
  std::string focus;      // why the case was chosen, without identifying anyone
  std::optional<Date> discussed_on;
  std::map<AuditDomain, CaseGrade> grades;  // set at the discussion
  std::vector<CasePart> parts;
  std::vector<CaseFinding> findings;
  // Read only: the planned audit's title and lead group (the audit group).
  std::string audit_title;
  std::optional<std::int64_t> audit_group_id;
};

// RULE: issue 16 - case file audit records open to the audit group (the planned audit's lead
// group; not lay members, as with case records) and the board team.
struct CaseAuditReader {
  bool board_team = false;
  bool lay = false;  // lay members and participant observers see no case records
  std::vector<std::int64_t> groups;
  std::vector<std::int64_t> agencies;  // the agencies the reader works for
};
bool MaySeeCase(const CaseAuditReader& reader, const std::optional<std::int64_t>& audit_group_id);
// RULE: issue 16 - each agency completes its own part: a member of the audit group from that
// agency, or the board team.
bool MayCompletePart(const CaseAuditReader& reader, const std::optional<std::int64_t>& audit_group_id,
                     std::int64_t agency_id);

enum class CaseStage { kAgencyParts, kAwaitingDiscussion, kDiscussed, kActionsOpen, kClosed };
std::span<const core::Term<CaseStage>> CaseStages();
core::Status StatusOf(CaseStage stage);
// RULE: issue 16 - agencies complete their parts, then the discussion grades the case; it stays
// open until every action from its findings is complete.
CaseStage StageOf(const AuditedCase& c);

// The financial quarter (1 = April to June) and its year's start of a day.
struct YearQuarter {
  int year_start = 0;
  int quarter = 1;
  auto operator<=>(const YearQuarter&) const = default;
};
YearQuarter QuarterOf(const Date& day);

// A year's cohorts: each quarter's cases against the target, and how many were discussed.
struct Cohort {
  int quarter = 1;
  int cases = 0;
  int discussed = 0;
  std::optional<int> target;
  bool Met() const { return target && cases >= *target; }
};
std::vector<Cohort> CohortsOf(std::span<const AuditedCase> cases, int year_start, std::optional<int> target);

// How many discussed cases had each grade in each domain.
std::map<AuditDomain, std::map<CaseGrade, int>> GradeCounts(std::span<const AuditedCase> cases);

// Findings by agency (agency name, "Agencies together" for none): strengths and deficits, and
// how many actions are open and training referrals made.
struct FindingTally {
  int strengths = 0, deficits = 0, actions_open = 0, actions_done = 0, training = 0;
};
std::map<std::string, FindingTally> FindingsByAgency(std::span<const AuditedCase> cases);

// The board's target: cases audited each quarter, a whole number from 1 to 100.
core::FieldErrors ReadCaseTarget(const core::FieldValues& in, int& out);
// A case joining a cohort: the planned audit (one of `case_file_audits`), the reference
// (RULE: issue 16 - letters, digits and hyphens with at least one digit, so it cannot be a name;
// never one `used_references` holds, whatever its case), the day it was selected (not after
// today), the focus, and the agencies that knew the child (at least two of `agencies`).
core::FieldErrors ReadAuditedCase(const core::FieldValues& in, const std::vector<std::int64_t>& case_file_audits,
                                  const std::vector<std::string>& used_references,
                                  const std::vector<std::int64_t>& agencies, const Date& today, AuditedCase& out);
// One agency's part (the part `out` names): its summary, and the day completed (on or after the
// case was selected, not after today; empty keeps it a draft). Not once the case is discussed.
core::FieldErrors ReadCasePart(const core::FieldValues& in, const AuditedCase& audited, const Date& today,
                               CasePart& out);
// The discussion: its day (on or after every part was completed, not after today) and a grade in
// every domain (grade_CODE). Refused until every agency has completed its part.
core::FieldErrors ReadDiscussion(const core::FieldValues& in, const AuditedCase& audited, const Date& today,
                                 AuditedCase& out);
// A finding of a discussed case: the agency (one of the case's, or none for the agencies
// together), strength or deficit, the finding, and what it leads to. RULE: issue 16 - a strength
// is noted; a deficit may become an action (what, due on or after the discussion) or a training
// referral (the need).
core::FieldErrors ReadFinding(const core::FieldValues& in, const AuditedCase& audited, CaseFinding& out);
// The day an action from a finding was completed: on or after the discussion, not after today.
core::FieldErrors ReadFindingCompleted(const core::FieldValues& in, const AuditedCase& audited,
                                       const CaseFinding& finding, const Date& today, Date& out);

}  // namespace safeboard::assurance
