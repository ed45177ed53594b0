// Serious case reviews: referrals to the case review panel, the panel's decision, reviews with
// their individual management reviews, recommendations, action plans and the six-monthly audit
// of progress. No I/O.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/field_errors.h"
#include "core/vocabulary.h"

namespace safeboard::casereviews {

using core::Date;

enum class Decision { kSeriousCaseReview, kCriteriaNotMet };
// RULE: annual report 2.4 - where the criteria are not met, what else follows.
enum class FollowUp { kNone, kAgencyReview, kMultiAgencyReview, kSeriousIncidentReport };
// The grading of an overview report (Ofsted's four grades).
enum class Grading { kOutstanding, kGood, kAdequate, kInadequate };
std::span<const core::Term<Decision>> Decisions();
std::span<const core::Term<FollowUp>> FollowUps();
std::span<const core::Term<Grading>> Gradings();

struct Referral {
  std::int64_t id = 0;
  std::int64_t partnership_id = 0;
  std::string reference;                       // "CR-2011-004": never a child's name
  Date referred_on;
  std::optional<std::int64_t> referring_agency_id;
  std::optional<std::int64_t> from_child_death_id;  // referred by the CDOP from a review
  std::string summary;
  // The panel's consideration: all set together, or none.
  std::optional<std::int64_t> meeting_id;
  std::optional<Date> considered_on;           // the meeting's date
  std::optional<Decision> decision;
  FollowUp follow_up = FollowUp::kNone;
  std::optional<std::int64_t> follow_up_agency_id;  // the agency doing its own review
  std::string decision_notes;
};

struct Review {
  std::int64_t id = 0;
  std::int64_t referral_id = 0;
  std::string terms_of_reference;
  std::string overview_author;
  std::string overview_report;
  std::optional<Grading> grading;
  std::optional<Date> endorsed_on;  // by the Board
};

struct ManagementReview {  // an individual management review asked of an agency
  std::int64_t id = 0;
  std::int64_t review_id = 0;
  std::int64_t agency_id = 0;
  Date due_on;
  std::optional<Date> received_on;
};

struct ActionItem {
  std::int64_t id = 0;
  std::int64_t recommendation_id = 0;
  std::string action;
  Date due_on;
  std::optional<Date> completed_on;
};

struct Recommendation {
  std::int64_t id = 0;
  std::int64_t review_id = 0;
  std::int64_t agency_id = 0;
  std::string text;
  std::optional<Date> signed_off_on;
  std::vector<ActionItem> actions;
};

struct Audit {
  std::int64_t id = 0;
  std::int64_t review_id = 0;
  Date audited_on;
  std::string finding;
};

// Reads a referral form (referrals come from anyone, naming the referring agency).
core::FieldErrors ReadReferral(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                               const Date& today, Referral& out);

// Reads the panel's decision: `panel_meetings` are the case review panel's meetings (id -> date)
// on or after the referral, `quorate` says which of them were quorate.
// RULE: issue 5 / constitution appendix 4 - a decision is made at a panel meeting that is
// quorate under the panel's rule; a serious case review has no other follow-up; an agency's own
// review names the agency.
core::FieldErrors ReadDecision(const core::FieldValues& in, const std::map<std::int64_t, Date>& panel_meetings,
                               const std::map<std::int64_t, bool>& quorate,
                               const std::vector<std::int64_t>& agencies, Referral& out);

core::FieldErrors ReadReviewDetails(const core::FieldValues& in, const Date& today, Review& out);
// `existing` are the review's management reviews: an agency is asked once.
core::FieldErrors ReadManagementReview(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                       const std::vector<ManagementReview>& existing, ManagementReview& out);
core::FieldErrors ReadRecommendation(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                     Recommendation& out);
// An action on `recommendation`, which must still be open.
core::FieldErrors ReadActionItem(const core::FieldValues& in, const Recommendation& recommendation, ActionItem& out);
core::FieldErrors ReadAudit(const core::FieldValues& in, const Date& today, Audit& out);

// RULE: issue 5 - a recommendation is signed off only when every action on it is complete.
bool CanSignOff(const Recommendation& recommendation);
// The date `recommendation` is signed off: today or earlier, and only when CanSignOff.
core::FieldErrors ReadSignOff(const core::FieldValues& in, const Recommendation& recommendation, const Date& today,
                              Date& out);

// RULE: issue 5 - progress on a review's recommendations is audited six months after the Board
// endorses it and six-monthly after each audit until every recommendation is signed off.
// nullopt when nothing is due (not endorsed, or all signed off).
std::optional<Date> NextAuditDue(const Review& review, std::span<const Recommendation> recommendations,
                                 std::span<const Audit> audits);

}  // namespace safeboard::casereviews
