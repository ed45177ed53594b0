// IMR action plans (issue 16; annual report 2.1): the action plan an agency makes from its own
// individual management review of a case, whether or not the case became a serious case review,
// monitored by the Quality Assurance sub-group until every action is complete and the plan is
// signed off. The case is known by a pseudonymous label ("Case CD") and, where there is one, its
// case review referral; the actions are the agency's, never the case's details. The records,
// where a plan stands, and the form readers. No I/O, no clock.
#pragma once
#include <cstdint>
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

struct ImrAction {
  std::int64_t id = 0;
  std::string action;
  Date due_on;
  std::optional<Date> completed_on;
};

struct ImrActionPlan {
  std::int64_t id = 0;
  std::string case_label;                 // pseudonymous: "Case CD"
  std::optional<std::int64_t> referral_id;  // the case review referral, if any
  std::int64_t agency_id = 0;
  Date received_on;
  std::optional<Date> signed_off_on;
  std::optional<std::int64_t> signed_off_meeting_id;
  std::string sign_off_note;
  std::vector<ImrAction> actions;
  std::string agency_name;          // read only
  std::string referral_reference;   // read only
};

enum class ImrPlanStanding { kInProgress, kActionsOverdue, kReadyToSignOff, kSignedOff };
std::span<const core::Term<ImrPlanStanding>> ImrPlanStandings();
core::Status StatusOf(ImrPlanStanding standing);
// RULE: issue 16 - a plan is in progress while actions are open (overdue once one is past its
// day), ready to sign off once every action is complete, and signed off when recorded.
ImrPlanStanding StandingOf(const ImrActionPlan& plan, const Date& today);

// A plan: the case's label (RULE: issue 16 - letters, digits, spaces and hyphens with no more
// than 20 characters, like "Case CD": a label, never a name is the user's duty, but a long text
// is refused), the referral (one of `referrals`, optional), the agency (one of `agencies`) and
// the day the plan was received (not after today). RULE: one plan per agency per case.
core::FieldErrors ReadImrPlan(const core::FieldValues& in, const std::vector<std::int64_t>& referrals,
                              const std::vector<std::int64_t>& agencies,
                              const std::vector<ImrActionPlan>& existing, const Date& today, ImrActionPlan& out);
// An action: what, and when due (not before the plan was received). Not once signed off.
core::FieldErrors ReadImrAction(const core::FieldValues& in, const ImrActionPlan& plan, ImrAction& out);
// The day an action was completed: not before the plan, not after today, once.
core::FieldErrors ReadImrActionCompleted(const core::FieldValues& in, const ImrActionPlan& plan,
                                         const ImrAction& action, const Date& today, Date& out);
// The sign-off: the day (on or after the last action's completion, not after today), the
// meeting (one of `meetings`, optional) and a note. RULE: issue 16 - only when every action is
// complete, and once.
core::FieldErrors ReadImrSignOff(const core::FieldValues& in, const ImrActionPlan& plan,
                                 const std::vector<std::int64_t>& meetings, const Date& today, ImrActionPlan& out);

}  // namespace safeboard::assurance
