// The serious case reviews part of the demo board (annual report 2.4), through the stores:
// pseudonymous records, as the panel's forms would record them.
#include "casereviews/demo.h"

#include <algorithm>
#include <vector>

#include "casereviews/store.h"
#include "cdop/demo.h"
#include "cdop/store.h"
#include "learning/demo.h"

namespace safeboard::casereviews {

using demo::OptDate;
using demo::OptRef;
using demo::Ref;
using demo::RequiredDate;
using demo::Str;
using demo::Vocab;
namespace json = boost::json;

namespace {

using ReferralIds = std::map<std::string, std::int64_t>;

// Reviews of deaths and referrals from agencies in date order: a review with a safeguarding
// concern creates its referral, so the CR- references follow the order of events too.
void ReviewsAndReferralsInDateOrder(demo::DemoLoad& load, const json::object& cr, ReferralIds& referral_ids) {
  std::vector<std::pair<std::string, const json::object*>> events;  // (date, review or referral)
  for (const auto& v : load.file.at("child_deaths").as_object().at("reviews").as_array())
    events.emplace_back(Str(v.as_object(), "reviewed_on"), &v.as_object());
  for (const auto& v : cr.at("referrals").as_array())
    if (Str(v.as_object(), "child_death").empty()) events.emplace_back(Str(v.as_object(), "referred_on"), &v.as_object());
  std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [on, event] : events) {
    const auto& o = *event;
    if (o.contains("notification")) {
      cdop::LoadDemoReview(load, o);
      continue;
    }
    Referral referral;
    referral.referred_on = RequiredDate(o, "referred_on");
    referral.referring_agency_id = OptRef(load.agencies, o, "referring_agency", "agency");
    referral.summary = Str(o, "summary");
    referral_ids[Str(o, "key")] = CaseReviewStore(load.db).CreateReferral(load.partnership_id, referral);
  }
}

// RULE: annual report 2.4 - the panel's decisions, at its (quorate) meetings; a decision to hold
// a serious case review opens the review.
void Decisions(demo::DemoLoad& load, const json::object& cr, ReferralIds& referral_ids) {
  CaseReviewStore case_reviews(load.db);
  for (const auto& v : cr.at("referrals").as_array()) {
    const auto& o = v.as_object();
    if (!Str(o, "child_death").empty()) {
      auto case_id = Ref(load.child_deaths, Str(o, "child_death"), "notification");
      auto from = cdop::CdopStore(load.db).ReferralOf(load.partnership_id, case_id);
      if (!from) throw std::runtime_error("demo data: no referral from the review of " + Str(o, "child_death"));
      referral_ids[Str(o, "key")] = *from;
    }
    if (Str(o, "decision").empty()) continue;
    auto referral = *case_reviews.FindReferral(load.partnership_id, Ref(referral_ids, Str(o, "key"), "referral"));
    referral.meeting_id = OptRef(load.meetings, o, "meeting", "meeting");
    referral.decision = Vocab(casereviews::Decisions(), o, "decision");
    referral.follow_up = Vocab(FollowUps(), o, "follow_up");
    referral.follow_up_agency_id = OptRef(load.agencies, o, "follow_up_agency", "agency");
    referral.decision_notes = Str(o, "decision_notes");
    case_reviews.RecordDecision(load.partnership_id, referral);
  }
}

void LoadRecommendation(demo::DemoLoad& load, std::int64_t review_id, const json::object& m) {
  CaseReviewStore case_reviews(load.db);
  Recommendation recommendation;
  recommendation.review_id = review_id;
  recommendation.agency_id = Ref(load.agencies, Str(m, "agency"), "agency");
  recommendation.text = Str(m, "text");
  auto id = case_reviews.AddRecommendation(recommendation);
  for (const auto& a : m.at("actions").as_array()) {
    const auto& action = a.as_object();
    case_reviews.AddActionItem({0, id, Str(action, "action"), RequiredDate(action, "due_on"), OptDate(action, "completed_on")});
  }
  // RULE: issue 5 - signed off only when every action on it is complete.
  if (auto on = OptDate(m, "signed_off_on")) {
    if (!CanSignOff(*case_reviews.FindRecommendation(load.partnership_id, id)))
      throw std::runtime_error("demo data: a recommendation with open actions cannot be signed off");
    case_reviews.SignOff(id, *on);
  }
}

void LoadReview(demo::DemoLoad& load, const json::object& o, const ReferralIds& referral_ids) {
  CaseReviewStore case_reviews(load.db);
  auto review = case_reviews.ReviewOfReferral(load.partnership_id, Ref(referral_ids, Str(o, "referral"), "referral"));
  if (!review) throw std::runtime_error("demo data: no serious case review for " + Str(o, "referral"));
  review->terms_of_reference = Str(o, "terms_of_reference");
  review->overview_author = Str(o, "overview_author");
  review->overview_report = Str(o, "overview_report");
  if (!Str(o, "grading").empty()) review->grading = Vocab(Gradings(), o, "grading");
  review->endorsed_on = OptDate(o, "endorsed_on");
  case_reviews.SaveReviewDetails(load.partnership_id, *review);
  for (const auto& i : o.at("imrs").as_array()) {
    const auto& m = i.as_object();
    case_reviews.AddManagementReview(
        {0, review->id, Ref(load.agencies, Str(m, "agency"), "agency"), RequiredDate(m, "due_on"), OptDate(m, "received_on")});
  }
  for (const auto& r : o.at("recommendations").as_array()) LoadRecommendation(load, review->id, r.as_object());
  for (const auto& a : o.at("audits").as_array()) {
    const auto& m = a.as_object();
    case_reviews.AddAudit({0, review->id, RequiredDate(m, "audited_on"), Str(m, "finding")});
  }
  if (o.contains("learning")) {
    auto referral = case_reviews.FindReferral(load.partnership_id, review->referral_id);
    learning::LoadReferrals(load, o.at("learning").as_array(), learning::ReferralSource::kCaseReview, review->id,
                            "Case review " + referral->reference);
  }
}

}  // namespace

void LoadDemo(demo::DemoLoad& load) {
  const auto& cr = load.file.at("case_reviews").as_object();
  ReferralIds referral_ids;
  ReviewsAndReferralsInDateOrder(load, cr, referral_ids);
  Decisions(load, cr, referral_ids);
  for (const auto& v : cr.at("reviews").as_array()) LoadReview(load, v.as_object(), referral_ids);
  for (const auto& v : cr.at("briefings").as_array()) {
    const auto& o = v.as_object();
    CaseReviewStore(load.db).AddBriefing(load.partnership_id, Ref(referral_ids, Str(o, "referral"), "referral"),
                                         Ref(load.groups, Str(o, "group"), "group"), RequiredDate(o, "requested_on"),
                                         Str(o, "learning"));
  }
}

}  // namespace safeboard::casereviews
