// Section 11 rules (issue 16): the scale of grades, where a return stands, gaps, the round's
// figures, progress on the previous round's actions, comparing rounds standard by standard, and
// the form readers (the one validation path for pages, API and demo). No I/O, no clock.
#pragma once
#include <map>
#include <span>
#include <string>
#include <vector>

#include "assurance/section11_model.h"
#include "core/field_errors.h"
#include "core/status.h"
#include "core/vocabulary.h"

namespace safeboard::assurance {

std::span<const core::Term<ChallengeOutcome>> ChallengeOutcomes();

enum class ReturnStanding { kNotStarted, kInProgress, kOverdue, kSubmitted, kSubmittedLate };
std::span<const core::Term<ReturnStanding>> ReturnStandings();
core::Status StatusOf(ReturnStanding standing);

// RULE: issue 16 - a return is in progress once any standard has a grade or evidence, submitted
// when its lead submits it (late when after the due date), and overdue when the due date has
// passed without it.
ReturnStanding StandingOf(const Section11Return& ret, std::span<const Section11Answer> answers, const Date& due,
                          const Date& today);

// The grade the board holds: the challenge's when it changed the agency's, else the agency's.
std::optional<int> AgreedGrade(const Section11Answer& answer);
// RULE: issue 16 - a standard is met only at the scale's first grade; any other agreed grade is
// a gap that needs an action.
bool IsGap(const Section11Answer& answer);
// "Met" for grade 1 of {"Met", "Partly met", "Not met"}; "Not graded" when absent or off the scale.
std::string GradeLabel(const Section11Template& tmpl, std::optional<int> grade);

// A round's returns as the round page counts them.
struct RoundFigures {
  int returns = 0;
  int submitted = 0;
  int submitted_late = 0;
  int overdue = 0;
  int gaps = 0;                 // across submitted returns
  int gaps_without_action = 0;  // gaps no action has been raised for
  int actions = 0;
  int actions_completed = 0;
};
struct ReturnRecord {
  Section11Return ret;
  std::vector<Section11Answer> answers;
  std::vector<Section11Action> actions;
};
RoundFigures CountRound(std::span<const ReturnRecord> returns, const Date& due, const Date& today);

// RULE: annual report 2.2 ("most agencies that had actions in the previous section 11 audit had
// made satisfactory progress") - an agency made satisfactory progress when every action raised
// on its return to the previous round was completed by the day it submitted to this round (or,
// not yet submitted, by today). "Most" is more than half.
struct ActionProgress {
  int agencies_with_actions = 0;
  int satisfactory = 0;
  bool Most() const { return agencies_with_actions > 0 && satisfactory * 2 > agencies_with_actions; }
};
ActionProgress ProgressOnPreviousActions(std::span<const ReturnRecord> previous, std::span<const ReturnRecord> current,
                                         const Date& today);

// One standard compared between two rounds: how many submitted returns met it in each (matched
// by the standard's reference, so a later template version still compares).
struct StandardComparison {
  std::string reference;
  std::string title;
  int met_before = 0;
  int returns_before = 0;  // submitted returns that graded it
  int met_now = 0;
  int returns_now = 0;
};
std::vector<StandardComparison> CompareRounds(const Section11Template& now, std::span<const ReturnRecord> now_returns,
                                              const Section11Template* before,
                                              std::span<const ReturnRecord> before_returns);
// The agreed grade an agency's answers give the standard with `reference` in `tmpl`.
std::optional<int> AgreedGradeFor(const Section11Template& tmpl, std::span<const Section11Answer> answers,
                                  const std::string& reference);

// RULE: issue 16 - a self-assessment stays live between rounds: a new return starts from the
// agency's last submitted one, each standard taking the agreed grade and evidence of the standard
// with the same reference.
std::vector<Section11Answer> CarriedAnswers(const Section11Template& now, const Section11Template& before,
                                            std::span<const Section11Answer> answers_before);

// Readers. Each fills `out` and returns a message per bad field; on errors nothing may be saved.
// A template: name, grades (one per line, best first, 2 to 7), and standards from the rows
// reference_N, title_N, guidance_N (N from 1; blank rows skipped; references unique).
core::FieldErrors ReadTemplate(const core::FieldValues& in, Section11Template& out);
// A round: title, template, opening and due dates, the challenge group and the planned audit it
// carries out; and the agencies asked (fields agency_ID = yes), each a statutory partner.
core::FieldErrors ReadRound(const core::FieldValues& in, const std::vector<std::int64_t>& templates,
                            const std::vector<std::int64_t>& groups, const std::vector<std::int64_t>& audits,
                            const std::vector<std::int64_t>& statutory_agencies, Section11Round& out,
                            std::vector<std::int64_t>& agencies);
// A return added to a round: a statutory partner not already in it, and its lead (one of the
// agency's people) when one is given.
core::FieldErrors ReadReturnAgency(const core::FieldValues& in, const std::vector<std::int64_t>& statutory_agencies,
                                   const std::vector<std::int64_t>& agencies_in_round,
                                   const std::vector<std::int64_t>& agency_people, Section11Return& out);
// The lead of a return: one of the agency's people.
core::FieldErrors ReadReturnLead(const core::FieldValues& in, const std::vector<std::int64_t>& agency_people,
                                 Section11Return& out);
// The agency's answers: grade_SID on the template's scale and evidence_SID for each standard;
// when `submitting`, every standard needs a grade.
core::FieldErrors ReadAnswers(const core::FieldValues& in, const Section11Template& tmpl, bool submitting,
                              std::vector<Section11Answer>& out);
// The challenge of one standard of a submitted return: challenged_standard_id, outcome (accepted or
// changed), and for a change the agreed grade (on the scale, not the agency's own) and why.
core::FieldErrors ReadChallenge(const core::FieldValues& in, const Section11Template& tmpl,
                                std::span<const Section11Answer> answers, const Date& today, Section11Answer& out);
// A gap action: the standard (one of the template's), what, who, by when.
core::FieldErrors ReadAction(const core::FieldValues& in, const Section11Template& tmpl, Section11Action& out);
// Progress on an action (what was done, always said), and the day it was completed (not in the
// future).
core::FieldErrors ReadActionProgress(const core::FieldValues& in, const Date& today, Section11Action& out);

}  // namespace safeboard::assurance
