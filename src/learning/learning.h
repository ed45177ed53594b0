// Where learning goes (issue 16, links): a training need for the training sub-group or a
// procedure review for the policy sub-group, raised from where the learning was found (a planned
// audit's findings, a case review) and answered by the group it is for, so each record shows
// where it came from and where it led. The needs are written to be shared: never a case's
// details. The records, where a referral stands and the form readers. No I/O, no clock.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>

#include "core/date.h"
#include "core/field_errors.h"
#include "core/status.h"
#include "core/vocabulary.h"

namespace safeboard::learning {

using core::Date;

enum class ReferralKind { kTrainingNeed, kProcedureReview };
// Where the learning was found; the area that raises a referral names its record (a procedure
// change: the chapter's review, issue 18).
enum class ReferralSource { kPlannedAudit, kCaseReview, kProcedureChange };
std::span<const core::Term<ReferralKind>> ReferralKinds();
std::span<const core::Term<ReferralSource>> ReferralSources();

struct Referral {
  std::int64_t id = 0;
  ReferralKind kind = ReferralKind::kTrainingNeed;
  ReferralSource source = ReferralSource::kPlannedAudit;
  std::int64_t source_id = 0;
  std::string source_label;  // what it came from, as anyone may read it: "Case file audit 2011-12"
  std::string need;
  Date raised_on;
  std::optional<std::int64_t> for_group_id;
  std::optional<Date> responded_on;
  std::string response;        // where it led
  std::string for_group_name;  // read only
};

enum class ReferralStanding { kOpen, kAnswered };
std::span<const core::Term<ReferralStanding>> ReferralStandings();
core::Status StatusOf(ReferralStanding standing);
ReferralStanding StandingOf(const Referral& referral);

// A referral raised from a record: its kind, the need (shared with the group: never a case's
// details), the group it is for (one of `groups`, optional) and the day raised (not after today).
core::FieldErrors ReadReferral(const core::FieldValues& in, const std::vector<std::int64_t>& groups, const Date& today,
                               Referral& out);
// The group's answer: what it did (where the learning led) and the day (not before the referral
// was raised, not after today).
core::FieldErrors ReadResponse(const core::FieldValues& in, const Referral& referral, const Date& today, Referral& out);

// RULE: issue 16 - a referral is answered by the group it is for (not its lay members) or the
// board team; one for no group by the board team only.
bool MayAnswer(bool board_team, bool lay, const std::vector<std::int64_t>& groups, const Referral& referral);

}  // namespace safeboard::learning
