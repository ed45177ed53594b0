#include "assurance/safer_workforce.h"

#include <algorithm>
#include <cctype>

#include "core/form_fields.h"
#include "core/text.h"
#include "governance/governance.h"

namespace safeboard::assurance {
namespace {

// A date that must not be after today nor before `not_before`.
void CheckDay(const std::optional<Date>& day, const std::string& field, const Date& today, const Date& not_before,
              const std::string& before_message, core::FieldErrors& errors) {
  if (!day || errors.For(field)) return;
  if (today < *day)
    errors.Add(field, "The date cannot be in the future");
  else if (*day < not_before)
    errors.Add(field, before_message);
}

}  // namespace

std::span<const core::Term<WorkforceDomain>> WorkforceDomains() {
  static constexpr core::Term<WorkforceDomain> kTerms[] = {
      {WorkforceDomain::kRecruitment, "recruitment", "Recruitment"},
      {WorkforceDomain::kInductionAndGuidance, "induction_and_guidance", "Induction and guidance"},
      {WorkforceDomain::kSafeWorkingCulture, "safe_working_culture", "Safe working culture"},
      {WorkforceDomain::kMonitoring, "monitoring", "Safer recruitment monitoring"},
  };
  return kTerms;
}

std::span<const core::Term<Compliance>> Compliances() {
  static constexpr core::Term<Compliance> kTerms[] = {
      {Compliance::kCompliant, "compliant", "Compliant"},
      {Compliance::kPartlyCompliant, "partly_compliant", "Partly compliant"},
      {Compliance::kNotCompliant, "not_compliant", "Not compliant"},
  };
  return kTerms;
}

std::span<const core::Term<OrganisationType>> OrganisationTypes() {
  static constexpr core::Term<OrganisationType> kTerms[] = {
      {OrganisationType::kBoardAgency, "board_agency", "One of the board's agencies"},
      {OrganisationType::kSchool, "school", "School or college"},
      {OrganisationType::kEarlyYears, "early_years", "Early years setting"},
      {OrganisationType::kVoluntary, "voluntary", "Voluntary or community organisation"},
      {OrganisationType::kCommissioning, "commissioning", "Commissioning organisation"},
      {OrganisationType::kOther, "other", "Other organisation"},
  };
  return kTerms;
}

core::Status StatusOf(Compliance compliance) {
  std::string label(core::LabelOf(Compliances(), compliance));
  switch (compliance) {
    case Compliance::kCompliant: return {label, core::Tone::kGood};
    case Compliance::kPartlyCompliant: return {label, core::Tone::kWarning};
    case Compliance::kNotCompliant: return {label, core::Tone::kBad};
  }
  return {label, core::Tone::kNeutral};
}

std::vector<WorkforceDomain> WorkforceReturn::Deficits() const {
  std::vector<WorkforceDomain> out;
  for (const auto& [domain, compliance] : ratings)
    if (compliance != Compliance::kCompliant) out.push_back(domain);
  return out;
}

bool EveryDeficitAddressed(const WorkforceReturn& r) {
  for (auto domain : r.Deficits()) {
    bool done = std::any_of(r.actions.begin(), r.actions.end(),
                            [&](const SupportAction& a) { return a.domain == domain && a.completed_on; });
    if (!done) return false;
  }
  return true;
}

WorkforceFigures FiguresOf(std::span<const WorkforceReturn> returns) {
  WorkforceFigures f;
  for (const auto& r : returns) {
    ++f.returns;
    ++f.by_type[r.type];
    for (const auto& [domain, compliance] : r.ratings) ++f.ratings[domain][compliance];
    if (r.Deficits().empty()) {
      ++f.fully_compliant;
    } else {
      ++f.with_deficits;
      if (EveryDeficitAddressed(r)) ++f.deficits_addressed;
    }
    for (const auto& a : r.actions) ++(a.completed_on ? f.actions_done : f.actions_open);
  }
  return f;
}

core::FieldErrors ReadWorkforceAssessment(const core::FieldValues& in, const std::vector<std::int64_t>& audits,
                                          const std::vector<std::int64_t>& meetings, const Date& today,
                                          WorkforceAssessment& out) {
  core::FieldErrors errors;
  out.title = core::RequiredText(in, "title", "the assessment's title", errors);
  out.planned_audit_id = core::ReadReference(in, "planned_audit_id", "the planned audit", audits, false, errors);
  auto opens = governance::ReadDateField(in, "opens_on", "the day it opens", true, errors);
  auto due = governance::ReadDateField(in, "returns_due_on", "the day returns are due", true, errors);
  if (opens) out.opens_on = *opens;
  if (due) out.returns_due_on = *due;
  if (opens && due && *due < *opens && !errors.For("returns_due_on"))
    errors.Add("returns_due_on", "Returns must be due on or after the day it opens");
  out.reported_on = governance::ReadDateField(in, "reported_on", "the day it was reported", false, errors);
  if (opens) CheckDay(out.reported_on, "reported_on", today, *opens, "The report cannot be before it opened", errors);
  out.reported_at_meeting_id = core::ReadReference(in, "reported_at_meeting_id", "the meeting", meetings, false, errors);
  if (out.reported_at_meeting_id && !out.reported_on && !errors.For("reported_on"))
    errors.Add("reported_on", "Enter the day it was reported to the meeting");
  out.findings = core::OptionalText(in, "findings", "the findings", 20000, errors);
  return errors;
}

std::string ReturnKey(const WorkforceReturn& r) {
  return r.agency_id ? "agency:" + std::to_string(*r.agency_id) : core::AsciiLower(r.organisation);
}

core::FieldErrors ReadWorkforceReturn(const core::FieldValues& in, const WorkforceAssessment& assessment,
                                      const std::vector<std::int64_t>& agencies, const std::vector<std::string>& returned,
                                      const Date& today, WorkforceReturn& out) {
  core::FieldErrors errors;
  out.agency_id = core::ReadReference(in, "agency_id", "the agency", agencies, false, errors);
  out.organisation = core::OptionalText(in, "organisation", "the organisation", core::kMaxNameLength, errors);
  if (out.agency_id) out.organisation.clear();
  if (!out.agency_id && out.organisation.empty() && !errors.For("agency_id"))
    errors.Add("organisation", "Choose one of the board's agencies or enter the organisation's name");
  // A board agency's return is that kind, whatever the field says.
  if (out.agency_id)
    out.type = OrganisationType::kBoardAgency;
  else
    out.type = core::RequiredChoice(OrganisationTypes(), in, "type", "the kind of organisation", errors);
  if (!out.agency_id && out.type == OrganisationType::kBoardAgency && !errors.For("type"))
    errors.Add("agency_id", "Choose the agency, or another kind of organisation");
  if ((out.agency_id || !out.organisation.empty()) &&
      std::find(returned.begin(), returned.end(), ReturnKey(out)) != returned.end())
    errors.Add(out.agency_id ? "agency_id" : "organisation",
               "This organisation has already made its return to this assessment");
  auto on = governance::ReadDateField(in, "returned_on", "the day of the return", true, errors);
  if (on) out.returned_on = *on;
  CheckDay(on, "returned_on", today, assessment.opens_on, "The return cannot be before the assessment opened", errors);
  out.ratings.clear();
  for (const auto& d : WorkforceDomains())
    out.ratings[d.value] = core::RequiredChoice(Compliances(), in, "rating_" + std::string(d.code),
                                                "how compliant it is in " + core::AsciiLower(std::string(d.label)), errors);
  out.notes = core::OptionalText(in, "notes", "the notes", 20000, errors);
  return errors;
}

core::FieldErrors ReadSupportAction(const core::FieldValues& in, const WorkforceReturn& r, SupportAction& out) {
  core::FieldErrors errors;
  out.domain = core::RequiredChoice(WorkforceDomains(), in, "domain", "the domain of the deficit", errors);
  auto deficits = r.Deficits();
  if (!errors.For("domain") && std::find(deficits.begin(), deficits.end(), out.domain) == deficits.end())
    errors.Add("domain", "Choose a domain the organisation is not fully compliant in: support follows a deficit");
  out.support = core::RequiredText(in, "support", "the support", errors, 2000);
  out.by_whom = core::OptionalText(in, "by_whom", "who gives it", core::kMaxNameLength, errors);
  auto due = governance::ReadDateField(in, "due_on", "the day it is due", true, errors);
  if (due) out.due_on = *due;
  if (due && *due < r.returned_on && !errors.For("due_on"))
    errors.Add("due_on", "The support cannot be due before the return");
  return errors;
}

core::FieldErrors ReadSupportCompleted(const core::FieldValues& in, const WorkforceReturn& r,
                                       const SupportAction& action, const Date& today, Date& out) {
  core::FieldErrors errors;
  if (action.completed_on) {
    errors.Add("completed_on", "The support is already recorded as completed");
    return errors;
  }
  auto on = governance::ReadDateField(in, "completed_on", "the day it was completed", true, errors);
  CheckDay(on, "completed_on", today, r.returned_on, "The support cannot be completed before the return", errors);
  if (on && errors.empty()) out = *on;
  return errors;
}

}  // namespace safeboard::assurance
