// The inter-agency policy and procedures register (issue 18): the manual's chapters with their
// owner group, status and review dates, an amendment note for every version (and so the
// manual-wide amendments log), the documents chapters link to (Levels of Need), the date of the
// manual's next planned update, and the triggers for review (new national guidance, a case
// review, an audit finding, local need, an agency's request), each naming the chapters it affects,
// which are then due for review within 3 months. The records, the rules and the readers. No I/O,
// no clock.
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

namespace safeboard::procedures {

using core::Date;

enum class ChapterStatus { kCurrent, kUnderReview, kIdentified };
std::span<const core::Term<ChapterStatus>> ChapterStatuses();
core::Status StatusOf(ChapterStatus status);

// A version of a chapter: the day it was amended and what changed ("June 2011: revised in line
// with ...; re-read in full").
struct Amendment {
  std::int64_t id = 0;
  std::int64_t chapter_id = 0;
  Date amended_on;
  std::string note;
  std::string chapter_number, chapter_title;  // read only, for the manual-wide log
};

struct Chapter {
  std::int64_t id = 0;
  std::string number;  // "7", "5.12"
  std::string title;
  std::optional<std::int64_t> owner_group_id;
  ChapterStatus status = ChapterStatus::kCurrent;
  std::optional<Date> last_reviewed_on;
  std::optional<Date> next_review_on;
  std::string owner_group_name;            // read only
  std::vector<Amendment> amendments;       // read only: newest first
  std::vector<std::int64_t> document_ids;  // read only: the documents it links to
};

// A document chapters link to, approved by the board on its own (Levels of Need).
struct LinkedDocument {
  std::int64_t id = 0;
  std::string title;
  std::string description;
  std::optional<Date> approved_on;
  std::string url;  // where it is published, if anywhere
};

enum class TriggerKind { kNationalGuidance, kCaseReview, kAuditFinding, kLocalNeed, kAgencyRequest };
std::span<const core::Term<TriggerKind>> TriggerKinds();

// What makes chapters due for review: its kind, what it is ("Working Together to Safeguard
// Children 2013"), the day the guidance was published or the need raised, and the chapters it
// affects; one raised through a learning referral (issue 16) names it.
struct Trigger {
  std::int64_t id = 0;
  TriggerKind kind = TriggerKind::kNationalGuidance;
  std::string title;
  Date dated_on;
  std::vector<std::int64_t> chapter_ids;
  std::optional<std::int64_t> referral_id;
};

// RULE: business plan 2010-11 outcome 8 - "all policies are up to date within 3 months of new
// guidance": each chapter a trigger affects is due for review 3 months after the trigger's day.
inline constexpr int kReviewMonths = 3;
Date ReviewDueOn(const Trigger& trigger);

// A chapter's review owed to a trigger: met by an amendment on or after the trigger's day.
enum class ReviewStanding { kDue, kOverdue, kMet };
std::span<const core::Term<ReviewStanding>> ReviewStandings();
core::Status StatusOf(ReviewStanding standing);
struct ReviewOwed {
  const Chapter* chapter = nullptr;
  const Trigger* trigger = nullptr;
  Date due_on;
  std::optional<Date> met_on;  // the first amendment on or after the trigger's day
  ReviewStanding standing = ReviewStanding::kDue;
};
// Every chapter each trigger affects, by due day; pointers into the spans given.
std::vector<ReviewOwed> ReviewsOwed(std::span<const Chapter> chapters, std::span<const Trigger> triggers, const Date& today);

// An organisation's own safeguarding policy checked against the board's procedures (annual
// report 2.6: "the sub-group has reviewed policies from COMPASS, EzyCare and Fostering Options").
enum class PolicyOutcome { kConsistent, kChangesAdvised, kNotConsistent };
std::span<const core::Term<PolicyOutcome>> PolicyOutcomes();
core::Status StatusOf(PolicyOutcome outcome);
struct PolicyCheck {
  std::int64_t id = 0;
  std::string organisation;
  std::string policy;
  Date checked_on;
  PolicyOutcome outcome = PolicyOutcome::kConsistent;
  std::string advice;  // what the sub-group advised
};
// A check: the organisation, its policy's title, the day checked (not after today), the outcome
// and the advice (required unless consistent).
core::FieldErrors ReadPolicyCheck(const core::FieldValues& in, const Date& today, PolicyCheck& out);

// "5.12": one to four numbers of at most three digits joined by dots. A chapter's key in its
// manual.
bool IsChapterNumber(const std::string& number);

// A chapter: its number (not another chapter's: `numbers` holds the others'), title, owner group
// (one of `groups`, optional), status, when last reviewed (not after today) and the next review
// (after the last).
core::FieldErrors ReadChapter(const core::FieldValues& in, const std::vector<std::string>& numbers,
                              const std::vector<std::int64_t>& groups, const Date& today, Chapter& out);
// A new version: the day amended (not after today, not before the chapter's last amendment) and
// the note. RULE: issue 18 - a new version makes the chapter current, reviewed that day.
core::FieldErrors ReadAmendment(const core::FieldValues& in, const Chapter& chapter, const Date& today, Amendment& out);
// A document: title, description, when the board approved it (not after today) and where it is
// published (an http or https address), both optional.
core::FieldErrors ReadDocument(const core::FieldValues& in, const Date& today, LinkedDocument& out);
// A trigger: kind, title, day (not after today), the chapters it affects (chapter_ID flags among
// `chapters`, at least one) and the learning referral it answers (one of `referrals`, optional).
core::FieldErrors ReadTrigger(const core::FieldValues& in, const std::vector<std::int64_t>& chapters,
                              const std::vector<std::int64_t>& referrals, const Date& today, Trigger& out);
// The manual's next planned update: a day after today.
core::FieldErrors ReadNextUpdate(const core::FieldValues& in, const Date& today, Date& out);

}  // namespace safeboard::procedures
