#include "assurance/section11.h"

#include <algorithm>
#include <charconv>
#include <set>

#include "core/form_fields.h"
#include "governance/governance.h"

namespace safeboard::assurance {
namespace {

constexpr std::size_t kMaxGrades = 7;
constexpr int kMaxStandardRows = 60;

// A grade field: blank is none; otherwise a whole number from 1 to the scale's length.
std::optional<int> ReadGrade(const core::FieldValues& in, const std::string& name, const Section11Template& tmpl,
                             const std::string& what, core::FieldErrors& errors) {
  auto text = core::Trim(core::ValueOf(in, name));
  if (text.empty()) return std::nullopt;
  auto grade = core::ParseWholeNumber(text);
  if (!grade || *grade < 1 || *grade > static_cast<int>(tmpl.grades.size())) {
    errors.Add(name, "Choose a grade for " + what + " from the scale");
    return std::nullopt;
  }
  return grade;
}

const Section11Answer* AnswerFor(std::span<const Section11Answer> answers, std::int64_t standard_id) {
  for (const auto& a : answers)
    if (a.standard_id == standard_id) return &a;
  return nullptr;
}

std::string StandardName(const Section11Standard& s) { return "standard " + s.reference + " (" + s.title + ")"; }

}  // namespace

std::span<const core::Term<ChallengeOutcome>> ChallengeOutcomes() {
  static constexpr core::Term<ChallengeOutcome> kTerms[] = {
      {ChallengeOutcome::kAccepted, "accepted", "Grade accepted"},
      {ChallengeOutcome::kChanged, "changed", "Grade changed"},
  };
  return kTerms;
}

std::span<const core::Term<ReturnStanding>> ReturnStandings() {
  static constexpr core::Term<ReturnStanding> kTerms[] = {
      {ReturnStanding::kNotStarted, "not_started", "Not started"},
      {ReturnStanding::kInProgress, "in_progress", "In progress"},
      {ReturnStanding::kOverdue, "overdue", "Overdue"},
      {ReturnStanding::kSubmitted, "submitted", "Submitted"},
      {ReturnStanding::kSubmittedLate, "submitted_late", "Submitted late"},
  };
  return kTerms;
}

core::Status StatusOf(ReturnStanding standing) {
  std::string label(core::LabelOf(ReturnStandings(), standing));
  switch (standing) {
    case ReturnStanding::kNotStarted: return {label, core::Tone::kNeutral};
    case ReturnStanding::kInProgress: return {label, core::Tone::kInfo};
    case ReturnStanding::kOverdue: return {label, core::Tone::kBad};
    case ReturnStanding::kSubmitted: return {label, core::Tone::kGood};
    case ReturnStanding::kSubmittedLate: return {label, core::Tone::kWarning};
  }
  return {label, core::Tone::kNeutral};
}

ReturnStanding StandingOf(const Section11Return& ret, std::span<const Section11Answer> answers, const Date& due,
                          const Date& today) {
  if (ret.submitted_on) return *ret.submitted_on > due ? ReturnStanding::kSubmittedLate : ReturnStanding::kSubmitted;
  if (due < today) return ReturnStanding::kOverdue;
  bool started = std::any_of(answers.begin(), answers.end(),
                             [](const Section11Answer& a) { return a.grade || !a.evidence.empty(); });
  return started ? ReturnStanding::kInProgress : ReturnStanding::kNotStarted;
}

std::optional<int> AgreedGrade(const Section11Answer& answer) {
  if (answer.challenge == ChallengeOutcome::kChanged && answer.agreed_grade) return answer.agreed_grade;
  return answer.grade;
}

bool IsGap(const Section11Answer& answer) {
  auto grade = AgreedGrade(answer);
  return grade && *grade > 1;
}

std::string GradeLabel(const Section11Template& tmpl, std::optional<int> grade) {
  if (!grade || *grade < 1 || *grade > static_cast<int>(tmpl.grades.size())) return "Not graded";
  return tmpl.grades[static_cast<std::size_t>(*grade - 1)];
}

RoundFigures CountRound(std::span<const ReturnRecord> returns, const Date& due, const Date& today) {
  RoundFigures f;
  for (const auto& r : returns) {
    ++f.returns;
    auto standing = StandingOf(r.ret, r.answers, due, today);
    if (standing == ReturnStanding::kSubmitted || standing == ReturnStanding::kSubmittedLate) ++f.submitted;
    if (standing == ReturnStanding::kSubmittedLate) ++f.submitted_late;
    if (standing == ReturnStanding::kOverdue) ++f.overdue;
    if (r.ret.submitted_on)
      for (const auto& a : r.answers) {
        if (!IsGap(a)) continue;
        ++f.gaps;
        bool has_action = std::any_of(r.actions.begin(), r.actions.end(),
                                      [&](const Section11Action& act) { return act.standard_id == a.standard_id; });
        if (!has_action) ++f.gaps_without_action;
      }
    for (const auto& act : r.actions) {
      ++f.actions;
      if (act.completed_on) ++f.actions_completed;
    }
  }
  return f;
}

ActionProgress ProgressOnPreviousActions(std::span<const ReturnRecord> previous, std::span<const ReturnRecord> current,
                                         const Date& today) {
  ActionProgress progress;
  for (const auto& before : previous) {
    if (before.actions.empty()) continue;
    ++progress.agencies_with_actions;
    Date by = today;
    for (const auto& now : current)
      if (now.ret.agency_id == before.ret.agency_id && now.ret.submitted_on) by = *now.ret.submitted_on;
    bool all_done = std::all_of(before.actions.begin(), before.actions.end(), [&](const Section11Action& a) {
      return a.completed_on && !(by < *a.completed_on);
    });
    if (all_done) ++progress.satisfactory;
  }
  return progress;
}

std::optional<int> AgreedGradeFor(const Section11Template& tmpl, std::span<const Section11Answer> answers,
                                  const std::string& reference) {
  for (const auto& s : tmpl.standards)
    if (s.reference == reference)
      if (const auto* a = AnswerFor(answers, s.id)) return AgreedGrade(*a);
  return std::nullopt;
}

std::vector<StandardComparison> CompareRounds(const Section11Template& now, std::span<const ReturnRecord> now_returns,
                                              const Section11Template* before,
                                              std::span<const ReturnRecord> before_returns) {
  auto count = [](const Section11Template& tmpl, std::span<const ReturnRecord> returns, const std::string& reference,
                  int& met, int& graded) {
    for (const auto& r : returns) {
      if (!r.ret.submitted_on) continue;
      auto grade = AgreedGradeFor(tmpl, r.answers, reference);
      if (!grade) continue;
      ++graded;
      if (*grade == 1) ++met;
    }
  };
  std::vector<StandardComparison> out;
  for (const auto& s : now.standards) {
    StandardComparison c{s.reference, s.title};
    count(now, now_returns, s.reference, c.met_now, c.returns_now);
    if (before) count(*before, before_returns, s.reference, c.met_before, c.returns_before);
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<Section11Answer> CarriedAnswers(const Section11Template& now, const Section11Template& before,
                                            std::span<const Section11Answer> answers_before) {
  std::vector<Section11Answer> out;
  for (const auto& s : now.standards)
    for (const auto& old : before.standards)
      if (old.reference == s.reference)
        if (const auto* a = AnswerFor(answers_before, old.id)) {
          Section11Answer carried;
          carried.standard_id = s.id;
          carried.grade = AgreedGrade(*a);
          carried.evidence = a->evidence;
          out.push_back(std::move(carried));
        }
  return out;
}

core::FieldErrors ReadTemplate(const core::FieldValues& in, Section11Template& out) {
  core::FieldErrors errors;
  out.name = core::RequiredText(in, "name", "the template's name", errors);
  out.grades = core::SplitList(core::ValueOf(in, "grades"), "\n");
  for (auto& g : out.grades)
    if (!g.empty() && g.back() == '\r') g.pop_back();
  std::set<std::string> distinct(out.grades.begin(), out.grades.end());
  // RULE: issue 16 - a scale has 2 to 7 distinct grades, best first.
  if (out.grades.size() < 2 || out.grades.size() > kMaxGrades)
    errors.Add("grades", "Enter between 2 and 7 grades, one per line, best first");
  else if (distinct.size() != out.grades.size())
    errors.Add("grades", "Each grade on the scale must be different");
  else if (std::any_of(out.grades.begin(), out.grades.end(), [](const auto& g) { return g.size() > 60; }))
    errors.Add("grades", "Each grade must be 60 characters or fewer");
  out.standards.clear();
  std::set<std::string> references;
  for (int n = 1; n <= kMaxStandardRows; ++n) {
    auto row = std::to_string(n);
    auto reference = core::Trim(core::ValueOf(in, "reference_" + row));
    auto title = core::Trim(core::ValueOf(in, "title_" + row));
    auto guidance = core::Trim(core::ValueOf(in, "guidance_" + row));
    if (reference.empty() && title.empty() && guidance.empty()) continue;
    Section11Standard s;
    s.position = static_cast<int>(out.standards.size()) + 1;
    s.reference = core::RequiredText(in, "reference_" + row, "the reference of standard row " + row, errors, 20);
    s.title = core::RequiredText(in, "title_" + row, "the title of standard row " + row, errors, 300);
    s.guidance = core::OptionalText(in, "guidance_" + row, "the guidance", 5000, errors);
    if (!s.reference.empty() && !references.insert(s.reference).second)
      errors.Add("reference_" + row, "Reference " + s.reference + " is used by another standard");
    out.standards.push_back(std::move(s));
  }
  if (out.standards.empty()) errors.Add("reference_1", "Enter at least one standard");
  return errors;
}

core::FieldErrors ReadRound(const core::FieldValues& in, const std::vector<std::int64_t>& templates,
                            const std::vector<std::int64_t>& groups, const std::vector<std::int64_t>& audits,
                            const std::vector<std::int64_t>& statutory_agencies, Section11Round& out,
                            std::vector<std::int64_t>& agencies) {
  core::FieldErrors errors;
  out.title = core::RequiredText(in, "title", "the round's title", errors);
  auto tmpl = core::ReadReference(in, "template_id", "the standards template", templates, true, errors);
  if (tmpl) out.template_id = *tmpl;
  auto opens = governance::ReadDateField(in, "opens_on", "the day the round opens", true, errors);
  auto due = governance::ReadDateField(in, "returns_due_on", "the day returns are due", true, errors);
  if (opens) out.opens_on = *opens;
  if (due) out.returns_due_on = *due;
  if (opens && due && *due < *opens) errors.Add("returns_due_on", "Returns must be due on or after the day the round opens");
  out.challenge_group_id = core::ReadReference(in, "challenge_group_id", "the challenge group", groups, false, errors);
  out.planned_audit_id = core::ReadReference(in, "planned_audit_id", "the planned audit", audits, false, errors);
  agencies.clear();
  for (const auto& [name, value] : in) {
    if (!name.starts_with("agency_") || !core::ReadFlag(in, name)) continue;
    auto id = core::ParseWholeNumber(name.substr(7));
    // RULE: Children Act 2004 s11 / issue 16 - returns are asked of statutory partners only.
    if (!id || std::find(statutory_agencies.begin(), statutory_agencies.end(), *id) == statutory_agencies.end()) {
      errors.Add("agencies", "Choose statutory partners only: Section 11 returns are asked of statutory partners");
      continue;
    }
    agencies.push_back(*id);
  }
  if (agencies.empty() && !errors.For("agencies")) errors.Add("agencies", "Choose at least one statutory partner");
  return errors;
}

core::FieldErrors ReadReturnLead(const core::FieldValues& in, const std::vector<std::int64_t>& agency_people,
                                 Section11Return& out) {
  core::FieldErrors errors;
  out.lead_person_id = core::ReadReference(in, "lead_person_id", "the lead (someone from the agency)", agency_people,
                                           true, errors);
  return errors;
}

core::FieldErrors ReadReturnAgency(const core::FieldValues& in, const std::vector<std::int64_t>& statutory_agencies,
                                   const std::vector<std::int64_t>& agencies_in_round,
                                   const std::vector<std::int64_t>& agency_people, Section11Return& out) {
  core::FieldErrors errors;
  auto text = core::Trim(core::ValueOf(in, "agency_id"));
  auto id = core::ParseWholeNumber(text);
  if (text.empty())
    errors.Add("agency_id", "Choose the agency");
  else if (!id || std::find(statutory_agencies.begin(), statutory_agencies.end(), *id) == statutory_agencies.end())
    errors.Add("agency_id", "Choose a statutory partner: Section 11 returns are asked of statutory partners only");
  else if (std::find(agencies_in_round.begin(), agencies_in_round.end(), *id) != agencies_in_round.end())
    errors.Add("agency_id", "This agency already has a return in this round");
  else
    out.agency_id = *id;
  if (!core::Trim(core::ValueOf(in, "lead_person_id")).empty()) errors.Merge(ReadReturnLead(in, agency_people, out));
  return errors;
}

core::FieldErrors ReadAnswers(const core::FieldValues& in, const Section11Template& tmpl, bool submitting,
                              std::vector<Section11Answer>& out) {
  core::FieldErrors errors;
  out.clear();
  for (const auto& s : tmpl.standards) {
    auto id = std::to_string(s.id);
    Section11Answer a;
    a.standard_id = s.id;
    a.grade = ReadGrade(in, "grade_" + id, tmpl, StandardName(s), errors);
    a.evidence = core::OptionalText(in, "evidence_" + id, "the evidence", 20000, errors);
    // RULE: issue 16 - a return is submitted with every standard graded.
    if (submitting && !a.grade && !errors.For("grade_" + id))
      errors.Add("grade_" + id, "Choose a grade for " + StandardName(s) + " before submitting");
    out.push_back(std::move(a));
  }
  return errors;
}

core::FieldErrors ReadChallenge(const core::FieldValues& in, const Section11Template& tmpl,
                                std::span<const Section11Answer> answers, const Date& today, Section11Answer& out) {
  core::FieldErrors errors;
  std::vector<std::int64_t> standards;
  for (const auto& s : tmpl.standards) standards.push_back(s.id);
  auto standard = core::ReadReference(in, "challenged_standard_id", "the standard", standards, true, errors);
  if (!standard) return errors;
  const auto* answer = AnswerFor(answers, *standard);
  if (!answer || !answer->grade) {
    errors.Add("challenged_standard_id", "This standard has no grade to challenge");
    return errors;
  }
  out = *answer;
  out.challenge = core::RequiredChoice(ChallengeOutcomes(), in, "outcome", "whether the grade is accepted or changed", errors);
  out.challenged_on = today;
  out.challenge_reason = core::OptionalText(in, "reason", "the reason", 5000, errors);
  out.agreed_grade.reset();
  if (errors.For("outcome")) return errors;
  if (*out.challenge == ChallengeOutcome::kChanged) {
    out.agreed_grade = ReadGrade(in, "agreed_grade", tmpl, "the agreed grade", errors);
    if (!out.agreed_grade && !errors.For("agreed_grade")) errors.Add("agreed_grade", "Choose the grade the board agrees");
    // RULE: issue 16 - a changed grade differs from the agency's, and the challenge says why.
    if (out.agreed_grade && out.agreed_grade == answer->grade)
      errors.Add("agreed_grade", "Choose a grade different from the agency's own, or accept it");
    if (out.challenge_reason.empty()) errors.Add("reason", "Enter why the grade was changed");
  }
  return errors;
}

core::FieldErrors ReadAction(const core::FieldValues& in, const Section11Template& tmpl, Section11Action& out) {
  core::FieldErrors errors;
  std::vector<std::int64_t> standards;
  for (const auto& s : tmpl.standards) standards.push_back(s.id);
  auto standard = core::ReadReference(in, "standard_id", "the standard", standards, true, errors);
  if (standard) out.standard_id = *standard;
  out.description = core::RequiredText(in, "description", "what will be done", errors, 2000);
  out.owner = core::RequiredText(in, "owner", "who will do it", errors);
  auto due = governance::ReadDateField(in, "due_on", "the day it is due", true, errors);
  if (due) out.due_on = *due;
  return errors;
}

core::FieldErrors ReadActionProgress(const core::FieldValues& in, const Date& today, Section11Action& out) {
  core::FieldErrors errors;
  out.progress = core::RequiredText(in, "progress", "the progress made", errors, 5000);
  out.completed_on = governance::ReadDateField(in, "completed_on", "the day it was completed", false, errors);
  if (out.completed_on && today < *out.completed_on)
    errors.Add("completed_on", "The day it was completed cannot be in the future");
  return errors;
}

}  // namespace safeboard::assurance
