#include "procedures/procedures.h"

#include <algorithm>
#include <cctype>

#include "core/form_fields.h"
#include "core/text.h"
#include "governance/governance.h"

namespace safeboard::procedures {

std::span<const core::Term<ChapterStatus>> ChapterStatuses() {
  static constexpr core::Term<ChapterStatus> kTerms[] = {
      {ChapterStatus::kCurrent, "current", "Current"},
      {ChapterStatus::kUnderReview, "under_review", "Under review"},
      {ChapterStatus::kIdentified, "identified", "Identified for review"},
  };
  return kTerms;
}

core::Status StatusOf(ChapterStatus status) {
  std::string label(core::LabelOf(ChapterStatuses(), status));
  switch (status) {
    case ChapterStatus::kCurrent: return {label, core::Tone::kGood};
    case ChapterStatus::kUnderReview: return {label, core::Tone::kInfo};
    case ChapterStatus::kIdentified: return {label, core::Tone::kWarning};
  }
  return {label, core::Tone::kNeutral};
}

std::span<const core::Term<TriggerKind>> TriggerKinds() {
  static constexpr core::Term<TriggerKind> kTerms[] = {
      {TriggerKind::kNationalGuidance, "national_guidance", "New or revised national guidance"},
      {TriggerKind::kCaseReview, "case_review", "A case review's recommendation"},
      {TriggerKind::kAuditFinding, "audit_finding", "An audit's finding"},
      {TriggerKind::kLocalNeed, "local_need", "Local need"},
      {TriggerKind::kAgencyRequest, "agency_request", "An agency's request"},
  };
  return kTerms;
}

std::span<const core::Term<ReviewStanding>> ReviewStandings() {
  static constexpr core::Term<ReviewStanding> kTerms[] = {
      {ReviewStanding::kDue, "due", "Due"},
      {ReviewStanding::kOverdue, "overdue", "Overdue"},
      {ReviewStanding::kMet, "met", "Reviewed"},
  };
  return kTerms;
}

core::Status StatusOf(ReviewStanding standing) {
  std::string label(core::LabelOf(ReviewStandings(), standing));
  switch (standing) {
    case ReviewStanding::kDue: return {label, core::Tone::kWarning};
    case ReviewStanding::kOverdue: return {label, core::Tone::kBad};
    case ReviewStanding::kMet: return {label, core::Tone::kGood};
  }
  return {label, core::Tone::kNeutral};
}

std::span<const core::Term<PolicyOutcome>> PolicyOutcomes() {
  static constexpr core::Term<PolicyOutcome> kTerms[] = {
      {PolicyOutcome::kConsistent, "consistent", "Consistent with the procedures"},
      {PolicyOutcome::kChangesAdvised, "changes_advised", "Changes advised"},
      {PolicyOutcome::kNotConsistent, "not_consistent", "Not consistent"},
  };
  return kTerms;
}

core::Status StatusOf(PolicyOutcome outcome) {
  std::string label(core::LabelOf(PolicyOutcomes(), outcome));
  switch (outcome) {
    case PolicyOutcome::kConsistent: return {label, core::Tone::kGood};
    case PolicyOutcome::kChangesAdvised: return {label, core::Tone::kWarning};
    case PolicyOutcome::kNotConsistent: return {label, core::Tone::kBad};
  }
  return {label, core::Tone::kNeutral};
}

core::FieldErrors ReadPolicyCheck(const core::FieldValues& in, const Date& today, PolicyCheck& out) {
  core::FieldErrors errors;
  out.organisation = core::RequiredText(in, "organisation", "the organisation whose policy it is", errors);
  out.policy = core::RequiredText(in, "policy", "the policy's title", errors);
  auto on = governance::ReadDateField(in, "checked_on", "the day checked", true, errors);
  if (on && today < *on) errors.Add("checked_on", "The day checked must be today or in the past");
  if (on) out.checked_on = *on;
  out.outcome = core::RequiredChoice(PolicyOutcomes(), in, "outcome", "the outcome", errors);
  out.advice = core::OptionalText(in, "advice", "the advice", 5000, errors);
  if (out.advice.empty() && out.outcome != PolicyOutcome::kConsistent && !errors.For("outcome"))
    errors.Add("advice", "Enter what the sub-group advised the organisation to change");
  return errors;
}

Date ReviewDueOn(const Trigger& trigger) { return core::AddMonths(trigger.dated_on, kReviewMonths); }

std::vector<ReviewOwed> ReviewsOwed(std::span<const Chapter> chapters, std::span<const Trigger> triggers, const Date& today) {
  std::vector<ReviewOwed> out;
  for (const auto& t : triggers)
    for (auto chapter_id : t.chapter_ids) {
      auto c = std::find_if(chapters.begin(), chapters.end(), [&](const Chapter& x) { return x.id == chapter_id; });
      if (c == chapters.end()) continue;
      ReviewOwed owed{&*c, &t, ReviewDueOn(t), std::nullopt, ReviewStanding::kDue};
      for (const auto& a : c->amendments)  // newest first: the last one found is the first on or after
        if (!(a.amended_on < t.dated_on)) owed.met_on = a.amended_on;
      owed.standing = owed.met_on ? ReviewStanding::kMet
                      : owed.due_on < today ? ReviewStanding::kOverdue
                                            : ReviewStanding::kDue;
      out.push_back(owed);
    }
  std::stable_sort(out.begin(), out.end(), [](const ReviewOwed& a, const ReviewOwed& b) { return a.due_on < b.due_on; });
  return out;
}

bool IsChapterNumber(const std::string& number) {
  int parts = 0;
  std::size_t start = 0;
  while (true) {
    auto dot = number.find('.', start);
    auto part = number.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (part.empty() || part.size() > 3 ||
        !std::all_of(part.begin(), part.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return false;
    if (++parts > 4) return false;
    if (dot == std::string::npos) return true;
    start = dot + 1;
  }
}

core::FieldErrors ReadChapter(const core::FieldValues& in, const std::vector<std::string>& numbers,
                              const std::vector<std::int64_t>& groups, const Date& today, Chapter& out) {
  core::FieldErrors errors;
  out.number = core::Trim(core::ValueOf(in, "number"));
  if (out.number.empty())
    errors.Add("number", "Enter the chapter's number");
  else if (!IsChapterNumber(out.number))
    errors.Add("number", "Enter the chapter's number like 7 or 5.12");
  else if (std::find(numbers.begin(), numbers.end(), out.number) != numbers.end())
    errors.Add("number", "Another chapter has the number " + out.number);
  out.title = core::RequiredText(in, "title", "the chapter's title", errors);
  out.owner_group_id = core::ReadReference(in, "owner_group_id", "the group that owns it", groups, false, errors);
  out.status = core::RequiredChoice(ChapterStatuses(), in, "status", "the chapter's status", errors);
  out.last_reviewed_on = governance::ReadDateField(in, "last_reviewed_on", "the day last reviewed", false, errors);
  if (out.last_reviewed_on && today < *out.last_reviewed_on)
    errors.Add("last_reviewed_on", "The day last reviewed must be today or in the past");
  out.next_review_on = governance::ReadDateField(in, "next_review_on", "the next review", false, errors);
  if (out.next_review_on && out.last_reviewed_on && !(*out.last_reviewed_on < *out.next_review_on))
    errors.Add("next_review_on", "The next review must come after the last");
  return errors;
}

core::FieldErrors ReadAmendment(const core::FieldValues& in, const Chapter& chapter, const Date& today, Amendment& out) {
  core::FieldErrors errors;
  out.chapter_id = chapter.id;
  auto on = governance::ReadDateField(in, "amended_on", "the day of the new version", true, errors);
  if (on && today < *on)
    errors.Add("amended_on", "The day of the new version must be today or in the past");
  else if (on && !chapter.amendments.empty() && *on < chapter.amendments.front().amended_on)
    errors.Add("amended_on", "The chapter's last version is of " + core::FormatDateLong(chapter.amendments.front().amended_on) +
                                 ": a new one cannot come before it");
  if (on) out.amended_on = *on;
  out.note = core::RequiredText(in, "note", "what changed, as the amendments log will say it", errors, 2000);
  return errors;
}

core::FieldErrors ReadDocument(const core::FieldValues& in, const Date& today, LinkedDocument& out) {
  core::FieldErrors errors;
  out.title = core::RequiredText(in, "title", "the document's title", errors);
  out.description = core::OptionalText(in, "description", "the description", 2000, errors);
  out.approved_on = governance::ReadDateField(in, "approved_on", "the day the board approved it", false, errors);
  if (out.approved_on && today < *out.approved_on)
    errors.Add("approved_on", "The day approved must be today or in the past");
  out.url = core::OptionalText(in, "url", "the address", 2000, errors);
  if (!out.url.empty() && !out.url.starts_with("https://") && !out.url.starts_with("http://"))
    errors.Add("url", "Enter the address where it is published, starting https://");
  return errors;
}

core::FieldErrors ReadTrigger(const core::FieldValues& in, const std::vector<std::int64_t>& chapters,
                              const std::vector<std::int64_t>& referrals, const Date& today, Trigger& out) {
  core::FieldErrors errors;
  out.kind = core::RequiredChoice(TriggerKinds(), in, "kind", "what triggers the review", errors);
  out.title = core::RequiredText(in, "title", "the guidance or the need", errors, 500);
  auto on = governance::ReadDateField(in, "dated_on", "the day it was published or raised", true, errors);
  if (on && today < *on) errors.Add("dated_on", "The day published or raised must be today or in the past");
  if (on) out.dated_on = *on;
  out.chapter_ids.clear();
  for (auto id : chapters)
    if (core::ReadFlag(in, "chapter_" + std::to_string(id))) out.chapter_ids.push_back(id);
  if (out.chapter_ids.empty()) errors.Add("chapters", "Select the chapters it affects");
  out.referral_id = core::ReadReference(in, "referral_id", "the procedure review raised", referrals, false, errors);
  return errors;
}

core::FieldErrors ReadNextUpdate(const core::FieldValues& in, const Date& today, Date& out) {
  core::FieldErrors errors;
  auto on = governance::ReadDateField(in, "next_update_on", "the day of the next planned update", true, errors);
  if (on && !(today < *on))
    errors.Add("next_update_on", "The next planned update must be after today");
  else if (on)
    out = *on;
  return errors;
}

}  // namespace safeboard::procedures
