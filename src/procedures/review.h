// A chapter's review (issue 18): the draft (Markdown), consultation with named agencies (the
// consultation sheet: who was asked, when it closes, each agency's response), approval by at
// least 3 different agencies (at a quorate meeting, or by email afterwards: each with who, the
// agency and how), ratification by the Board (one of its decisions at a meeting), then
// publication as the chapter's new version. The records, the stage a review is at, and the
// readers. No I/O, no clock.
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
#include "procedures/procedures.h"

namespace safeboard::procedures {

struct Consultee {
  std::int64_t agency_id = 0;
  Date sent_on;
  std::optional<Date> responded_on;
  std::string response;
  std::string agency_name;  // read only
};

enum class ApprovalRoute { kAtMeeting, kByEmail };
std::span<const core::Term<ApprovalRoute>> ApprovalRoutes();

struct Approval {
  std::int64_t id = 0;
  std::int64_t agency_id = 0;
  std::string approver;  // who approved for the agency
  ApprovalRoute route = ApprovalRoute::kByEmail;
  std::optional<std::int64_t> meeting_id;
  Date approved_on;
  std::string agency_name;  // read only
};

struct Review {
  std::int64_t id = 0;
  std::int64_t chapter_id = 0;
  Date opened_on;
  std::string draft;  // Markdown
  std::optional<Date> consultation_closes_on;
  std::vector<Consultee> consultees;  // read only: by agency name
  std::vector<Approval> approvals;    // read only: in the order given
  std::optional<std::int64_t> ratified_decision_id;
  std::optional<Date> ratified_on;  // read only: the decision's day
  std::optional<Date> published_on;
  std::string ratified_text;  // read only: the Board's decision
};

enum class ReviewStage { kDrafting, kConsultation, kApproval, kRatification, kPublication, kPublished };
std::span<const core::Term<ReviewStage>> ReviewStages();
core::Status StatusOf(ReviewStage stage);
ReviewStage StageOf(const Review& review);

// RULE: Constitution appendix 4 - a procedure document is approved by at least 3 agencies.
inline constexpr int kApprovingAgencies = 3;
int ApprovingAgencies(const Review& review);

// A meeting an approval can be given at: its day and whether it was quorate.
struct HeldMeeting {
  Date on;
  bool quorate = false;
};
// A Board decision that can ratify a review: its day.
using BoardDecisions = std::map<std::int64_t, Date>;

// Opening a review of a chapter: the day (not after today) and the draft (Markdown, optional).
// RULE: issue 18 - one open review a chapter at a time (`open_review`: it has one not yet
// published).
core::FieldErrors ReadReviewOpening(const core::FieldValues& in, const Chapter& chapter, bool open_review,
                                    const Date& today, Review& out);
// The draft, changed until the first approval.
core::FieldErrors ReadDraft(const core::FieldValues& in, const Review& review, Review& out);
// The consultation sheet: the agencies asked (agency_ID flags among `agencies`, at least one not
// asked already), the day sent (not before the review opened, not after today) and the day it
// closes (after sending). Not once approval has begun.
core::FieldErrors ReadConsultation(const core::FieldValues& in, const Review& review,
                                   const std::vector<std::int64_t>& agencies, const Date& today,
                                   std::vector<Consultee>& added, Date& closes_on);
// An agency's response: the day (not before it was asked, not after today) and what it said.
core::FieldErrors ReadConsultationResponse(const core::FieldValues& in, const Consultee& consultee, const Date& today,
                                           Consultee& out);
// An approval: the agency (one of `agencies`, not one that approved already), who approved, and
// how: at a meeting (one of `meetings`, which must have been quorate: Constitution 6g; the day
// is the meeting's) or by email (the day, not before the review opened, not after today). Not
// once ratified.
core::FieldErrors ReadApproval(const core::FieldValues& in, const Review& review, const std::vector<std::int64_t>& agencies,
                               const std::map<std::int64_t, HeldMeeting>& meetings, const Date& today, Approval& out);
// Ratification: one of the Board's `decisions`, on or after the last approval; only with 3
// agencies' approval, and once.
core::FieldErrors ReadRatification(const core::FieldValues& in, const Review& review, const BoardDecisions& decisions,
                                   Review& out);
// Publication: the day (on or after ratification, not before the chapter's last version, not
// after today) and the amendment note, which becomes the chapter's new version. Once, after
// ratification.
core::FieldErrors ReadPublication(const core::FieldValues& in, const Review& review, const Chapter& chapter,
                                  const Date& today, Amendment& out);

}  // namespace safeboard::procedures
