// Safer workforce self-assessment (issue 16; business plan 2011-13 objective 5): a scoping
// exercise across organisations, the board's agencies and others including commissioning
// organisations, schools and settings, testing compliance with the board's safer recruitment
// guidance in four domains. Each organisation's return rates every domain; a domain not fully
// compliant is a deficit, and the sub-group's support for it is an action followed to
// completion. The records, the figures and the form readers. No I/O, no clock.
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

// RULE: issue 16 / MKSCB safer recruitment guidance - the four domains of the self-assessment.
enum class WorkforceDomain { kRecruitment, kInductionAndGuidance, kSafeWorkingCulture, kMonitoring };
enum class Compliance { kCompliant, kPartlyCompliant, kNotCompliant };
enum class OrganisationType { kBoardAgency, kSchool, kEarlyYears, kVoluntary, kCommissioning, kOther };
std::span<const core::Term<WorkforceDomain>> WorkforceDomains();
std::span<const core::Term<Compliance>> Compliances();
std::span<const core::Term<OrganisationType>> OrganisationTypes();
core::Status StatusOf(Compliance compliance);

struct WorkforceAssessment {
  std::int64_t id = 0;
  std::optional<std::int64_t> planned_audit_id;  // the programme's safer workforce audit
  std::string title;
  Date opens_on;
  Date returns_due_on;
  std::optional<Date> reported_on;
  std::optional<std::int64_t> reported_at_meeting_id;
  std::string findings;
  // Read only: the planned audit's lead group, whose members enter returns and support.
  std::optional<std::int64_t> lead_group_id;
};

struct SupportAction {
  std::int64_t id = 0;
  std::int64_t return_id = 0;
  WorkforceDomain domain = WorkforceDomain::kRecruitment;
  std::string support;  // what the sub-group does with the organisation
  std::string by_whom;
  Date due_on;
  std::optional<Date> completed_on;
};

struct WorkforceReturn {
  std::int64_t id = 0;
  std::int64_t assessment_id = 0;
  std::optional<std::int64_t> agency_id;  // one of the board's agencies, or
  std::string organisation;               // another organisation by name (a school, a provider)
  OrganisationType type = OrganisationType::kOther;
  Date returned_on;
  std::map<WorkforceDomain, Compliance> ratings;
  std::string notes;
  std::vector<SupportAction> actions;
  std::string agency_name;  // read only

  const std::string& Name() const { return agency_id ? agency_name : organisation; }
  // The domains rated less than compliant.
  std::vector<WorkforceDomain> Deficits() const;
};

// RULE: issue 16 - a deficit is addressed once a support action for its domain is complete.
bool EveryDeficitAddressed(const WorkforceReturn& r);

// An assessment's figures: returns (by type), each domain's ratings, organisations compliant in
// every domain, deficits and their support.
struct WorkforceFigures {
  int returns = 0;
  std::map<OrganisationType, int> by_type;
  std::map<WorkforceDomain, std::map<Compliance, int>> ratings;
  int fully_compliant = 0;
  int with_deficits = 0;
  int deficits_addressed = 0;  // organisations whose every deficit is addressed
  int actions_open = 0, actions_done = 0;
};
WorkforceFigures FiguresOf(std::span<const WorkforceReturn> returns);

// An assessment from a form or JSON: title, the planned audit (one of `audits`, optional), the
// days it opens and returns are due (on or after), and its report (not before it opened, not
// after today) with the meeting (one of `meetings`) and findings.
core::FieldErrors ReadWorkforceAssessment(const core::FieldValues& in, const std::vector<std::int64_t>& audits,
                                          const std::vector<std::int64_t>& meetings, const Date& today,
                                          WorkforceAssessment& out);
// An organisation's return: one of `agencies` or an organisation by name (RULE: issue 16 - one
// return per organisation in an assessment: never one of `returned`, keys from ReturnKey), its
// type, the day returned (not before the assessment opened, not after today), a rating in every
// domain (rating_CODE) and notes.
core::FieldErrors ReadWorkforceReturn(const core::FieldValues& in, const WorkforceAssessment& assessment,
                                      const std::vector<std::int64_t>& agencies, const std::vector<std::string>& returned,
                                      const Date& today, WorkforceReturn& out);
// What makes a return unique in its assessment: the agency's id or the organisation's name,
// whatever its case.
std::string ReturnKey(const WorkforceReturn& r);
// RULE: issue 16 - deficits become support actions: the domain must be one the return rates
// less than compliant; the support, by whom, and the day due (not before the return).
core::FieldErrors ReadSupportAction(const core::FieldValues& in, const WorkforceReturn& r, SupportAction& out);
// The day support was completed: not before the return, not after today, once.
core::FieldErrors ReadSupportCompleted(const core::FieldValues& in, const WorkforceReturn& r,
                                       const SupportAction& action, const Date& today, Date& out);

}  // namespace safeboard::assurance
