#include "procedures/review.h"

#include <algorithm>
#include <set>

#include "core/form_fields.h"
#include "governance/governance.h"

namespace safeboard::procedures {

std::span<const core::Term<ApprovalRoute>> ApprovalRoutes() {
  static constexpr core::Term<ApprovalRoute> kTerms[] = {
      {ApprovalRoute::kAtMeeting, "meeting", "At a quorate meeting"},
      {ApprovalRoute::kByEmail, "email", "By email"},
  };
  return kTerms;
}

std::span<const core::Term<ReviewStage>> ReviewStages() {
  static constexpr core::Term<ReviewStage> kTerms[] = {
      {ReviewStage::kDrafting, "drafting", "Drafting"},
      {ReviewStage::kConsultation, "consultation", "Out to consultation"},
      {ReviewStage::kApproval, "approval", "Being approved"},
      {ReviewStage::kRatification, "ratification", "Waiting for the Board"},
      {ReviewStage::kPublication, "publication", "Ratified: to publish"},
      {ReviewStage::kPublished, "published", "Published"},
  };
  return kTerms;
}

core::Status StatusOf(ReviewStage stage) {
  std::string label(core::LabelOf(ReviewStages(), stage));
  switch (stage) {
    case ReviewStage::kPublished: return {label, core::Tone::kGood};
    case ReviewStage::kRatification:
    case ReviewStage::kPublication: return {label, core::Tone::kInfo};
    default: return {label, core::Tone::kWarning};
  }
}

int ApprovingAgencies(const Review& review) {
  std::set<std::int64_t> agencies;
  for (const auto& a : review.approvals) agencies.insert(a.agency_id);
  return static_cast<int>(agencies.size());
}

ReviewStage StageOf(const Review& review) {
  if (review.published_on) return ReviewStage::kPublished;
  if (review.ratified_decision_id) return ReviewStage::kPublication;
  if (ApprovingAgencies(review) >= kApprovingAgencies) return ReviewStage::kRatification;
  if (!review.approvals.empty()) return ReviewStage::kApproval;
  if (!review.consultees.empty()) return ReviewStage::kConsultation;
  return ReviewStage::kDrafting;
}

core::FieldErrors ReadReviewOpening(const core::FieldValues& in, const Chapter& chapter, bool open_review,
                                    const Date& today, Review& out) {
  core::FieldErrors errors;
  if (open_review) {
    errors.Add("opened_on", "Chapter " + chapter.number + " is already under review: finish that review first");
    return errors;
  }
  out.chapter_id = chapter.id;
  auto on = governance::ReadDateField(in, "opened_on", "the day the review began", true, errors);
  if (on && today < *on) errors.Add("opened_on", "The day the review began must be today or in the past");
  if (on) out.opened_on = *on;
  out.draft = core::OptionalText(in, "draft", "the draft", core::kMaxTextLength, errors);
  return errors;
}

core::FieldErrors ReadDraft(const core::FieldValues& in, const Review& review, Review& out) {
  core::FieldErrors errors;
  if (!review.approvals.empty()) {
    errors.Add("draft", "Agencies have begun to approve the draft: it can no longer change");
    return errors;
  }
  out = review;
  out.draft = core::RequiredText(in, "draft", "the draft", errors, core::kMaxTextLength);
  return errors;
}

core::FieldErrors ReadConsultation(const core::FieldValues& in, const Review& review,
                                   const std::vector<std::int64_t>& agencies, const Date& today,
                                   std::vector<Consultee>& added, Date& closes_on) {
  core::FieldErrors errors;
  if (!review.approvals.empty()) {
    errors.Add("agencies", "Agencies have begun to approve the draft: the consultation is over");
    return errors;
  }
  added.clear();
  auto sent = governance::ReadDateField(in, "sent_on", "the day the consultation sheet was sent", true, errors);
  if (sent && today < *sent)
    errors.Add("sent_on", "The day sent must be today or in the past");
  else if (sent && *sent < review.opened_on)
    errors.Add("sent_on", "The consultation cannot be sent before the review began, " + core::FormatDateLong(review.opened_on));
  for (auto id : agencies) {
    if (!core::ReadFlag(in, "agency_" + std::to_string(id))) continue;
    bool asked = std::any_of(review.consultees.begin(), review.consultees.end(), [&](const auto& c) { return c.agency_id == id; });
    if (!asked) added.push_back({id, sent.value_or(Date{}), std::nullopt, ""});
  }
  if (added.empty()) errors.Add("agencies", "Select the agencies to consult (those not asked already)");
  auto closes = governance::ReadDateField(in, "closes_on", "the day the consultation closes", true, errors);
  if (closes && sent && !(*sent < *closes)) errors.Add("closes_on", "The consultation must close after it is sent");
  if (closes) closes_on = *closes;
  return errors;
}

core::FieldErrors ReadConsultationResponse(const core::FieldValues& in, const Consultee& consultee, const Date& today,
                                           Consultee& out) {
  core::FieldErrors errors;
  out = consultee;
  auto on = governance::ReadDateField(in, "responded_on", "the day the agency responded", true, errors);
  if (on && today < *on)
    errors.Add("responded_on", "The day responded must be today or in the past");
  else if (on && *on < consultee.sent_on)
    errors.Add("responded_on", "The agency was asked on " + core::FormatDateLong(consultee.sent_on) +
                                   ": it cannot respond before");
  out.responded_on = on;
  out.response = core::RequiredText(in, "response", "what the agency said", errors, 20000);
  return errors;
}

core::FieldErrors ReadApproval(const core::FieldValues& in, const Review& review, const std::vector<std::int64_t>& agencies,
                               const std::map<std::int64_t, HeldMeeting>& meetings, const Date& today, Approval& out) {
  core::FieldErrors errors;
  if (review.ratified_decision_id) {
    errors.Add("agency_id", "The Board has ratified the review: it needs no more approvals");
    return errors;
  }
  auto agency = core::ReadReference(in, "agency_id", "the agency approving", agencies, true, errors);
  if (agency && std::any_of(review.approvals.begin(), review.approvals.end(), [&](const auto& a) { return a.agency_id == *agency; }))
    errors.Add("agency_id", "This agency has approved already: each agency counts once");
  if (agency) out.agency_id = *agency;
  out.approver = core::RequiredText(in, "approver", "who approved for the agency", errors);
  out.route = core::RequiredChoice(ApprovalRoutes(), in, "route", "how it was approved", errors);
  if (out.route == ApprovalRoute::kAtMeeting && !errors.For("route")) {
    std::vector<std::int64_t> ids;
    for (const auto& [id, held] : meetings) ids.push_back(id);
    out.meeting_id = core::ReadReference(in, "meeting_id", "the meeting", ids, true, errors);
    if (out.meeting_id) {
      const auto& held = meetings.at(*out.meeting_id);
      // RULE: Constitution 6g - no decision at an inquorate meeting.
      if (!held.quorate) errors.Add("meeting_id", "That meeting was not quorate: approve by email instead");
      out.approved_on = held.on;
    }
  } else {
    out.meeting_id.reset();
    auto on = governance::ReadDateField(in, "approved_on", "the day the email approved it", !errors.For("route"), errors);
    if (on && today < *on)
      errors.Add("approved_on", "The day approved must be today or in the past");
    else if (on && *on < review.opened_on)
      errors.Add("approved_on", "The approval cannot come before the review began, " + core::FormatDateLong(review.opened_on));
    if (on) out.approved_on = *on;
  }
  return errors;
}

core::FieldErrors ReadRatification(const core::FieldValues& in, const Review& review, const BoardDecisions& decisions,
                                   Review& out) {
  core::FieldErrors errors;
  if (review.ratified_decision_id) {
    errors.Add("decision_id", "The Board ratified the review on " + core::FormatDateLong(*review.ratified_on));
    return errors;
  }
  if (ApprovingAgencies(review) < kApprovingAgencies) {
    errors.Add("decision_id", "The review needs approval by " + std::to_string(kApprovingAgencies) +
                                  " agencies before the Board ratifies it; " + std::to_string(ApprovingAgencies(review)) +
                                  " have approved");
    return errors;
  }
  out = review;
  std::vector<std::int64_t> ids;
  for (const auto& [id, on] : decisions) ids.push_back(id);
  auto decision = core::ReadReference(in, "decision_id", "the Board's decision", ids, true, errors);
  if (!decision) return errors;
  Date last_approval = review.approvals.front().approved_on;
  for (const auto& a : review.approvals) last_approval = std::max(last_approval, a.approved_on);
  const auto& on = decisions.at(*decision);
  if (on < last_approval)
    errors.Add("decision_id", "The Board's decision must come on or after the last approval, " + core::FormatDateLong(last_approval));
  out.ratified_decision_id = decision;
  out.ratified_on = on;
  return errors;
}

core::FieldErrors ReadPublication(const core::FieldValues& in, const Review& review, const Chapter& chapter,
                                  const Date& today, Amendment& out) {
  core::FieldErrors errors;
  if (review.published_on) {
    errors.Add("published_on", "The review was published on " + core::FormatDateLong(*review.published_on));
    return errors;
  }
  if (!review.ratified_on) {
    errors.Add("published_on", "The Board must ratify the review before it is published");
    return errors;
  }
  // The new version's reader, with its day under this form's name.
  core::FieldValues amendment{{"note", core::ValueOf(in, "note")}};
  for (const char* part : {"", "-day", "-month", "-year"})
    amendment[std::string("amended_on") + part] = core::ValueOf(in, std::string("published_on") + part);
  auto amendment_errors = ReadAmendment(amendment, chapter, today, out);
  for (const auto& e : amendment_errors.all())
    errors.Add(e.field == "amended_on" ? "published_on" : e.field, e.message);
  if (!errors.For("published_on") && out.amended_on < *review.ratified_on)
    errors.Add("published_on", "Publication must come on or after the Board's ratification, " +
                                   core::FormatDateLong(*review.ratified_on));
  return errors;
}

}  // namespace safeboard::procedures
