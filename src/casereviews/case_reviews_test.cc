#include "casereviews/case_reviews.h"

#include <gtest/gtest.h>

namespace safeboard::casereviews {
namespace {

using namespace std::chrono;

core::FieldValues DecisionForm(std::map<std::string, std::string> changes = {}) {
  core::FieldValues v{{"meeting_id", "5"}, {"decision", "criteria_not_met"}, {"follow_up", "none"}};
  for (auto& [k, value] : changes) v[k] = value;
  return v;
}

// RULE: constitution appendix 4 - the panel decides only at a quorate meeting.
TEST(CaseReviews, ADecisionNeedsAQuorateMeetingOnOrAfterTheReferral) {
  std::map<std::int64_t, Date> meetings{{5, year(2011) / 6 / 1}, {6, year(2011) / 7 / 1}, {4, year(2011) / 4 / 1}};
  std::map<std::int64_t, bool> quorate{{5, true}, {6, false}, {4, true}};
  Referral r;
  r.referred_on = year(2011) / 5 / 1;
  std::vector<std::int64_t> agencies{10, 11};
  EXPECT_TRUE(ReadDecision(DecisionForm(), meetings, quorate, agencies, r).empty());
  EXPECT_EQ(r.considered_on, Date(year(2011) / 6 / 1));
  EXPECT_EQ(r.decision, Decision::kCriteriaNotMet);
  auto errors = ReadDecision(DecisionForm({{"meeting_id", "6"}}), meetings, quorate, agencies, r);
  ASSERT_NE(errors.For("meeting_id"), nullptr);
  EXPECT_NE(errors.For("meeting_id")->find("not quorate"), std::string::npos);
  EXPECT_NE(ReadDecision(DecisionForm({{"meeting_id", "4"}}), meetings, quorate, agencies, r).For("meeting_id"), nullptr);
  EXPECT_NE(ReadDecision(DecisionForm({{"decision", ""}}), meetings, quorate, agencies, r).For("decision"), nullptr);
}

// RULE: annual report 2.4 - where the criteria are not met, what else follows; an agency's own
// review names the agency; a serious case review has nothing else.
TEST(CaseReviews, FollowUpsAreConsistentWithTheDecision) {
  std::map<std::int64_t, Date> meetings{{5, year(2011) / 6 / 1}};
  std::map<std::int64_t, bool> quorate{{5, true}};
  std::vector<std::int64_t> agencies{10, 11};
  Referral r;
  r.referred_on = year(2011) / 5 / 1;
  EXPECT_NE(ReadDecision(DecisionForm({{"follow_up", "agency_review"}}), meetings, quorate, agencies, r)
                .For("follow_up_agency_id"),
            nullptr);
  EXPECT_TRUE(ReadDecision(DecisionForm({{"follow_up", "agency_review"}, {"follow_up_agency_id", "11"}}), meetings,
                           quorate, agencies, r)
                  .empty());
  EXPECT_EQ(r.follow_up, FollowUp::kAgencyReview);
  EXPECT_EQ(r.follow_up_agency_id, 11);
  EXPECT_NE(ReadDecision(DecisionForm({{"decision", "serious_case_review"}, {"follow_up", "multi_agency_review"}}),
                         meetings, quorate, agencies, r)
                .For("follow_up"),
            nullptr);
  EXPECT_TRUE(ReadDecision(DecisionForm({{"decision", "serious_case_review"}, {"follow_up", ""}}), meetings, quorate,
                           agencies, r)
                  .empty());
}

// RULE: audited six months after endorsement and six-monthly until every recommendation is
// signed off.
TEST(CaseReviews, RecommendationAuditsFallDueSixMonthlyUntilSignedOff) {
  Review review;
  std::vector<Recommendation> recommendations(2);
  std::vector<Audit> audits;
  EXPECT_FALSE(NextAuditDue(review, recommendations, audits).has_value());  // not endorsed
  review.endorsed_on = year(2009) / 1 / 31;
  EXPECT_EQ(NextAuditDue(review, recommendations, audits), Date(year(2009) / 7 / 31));
  audits.push_back({1, 1, year(2009) / 8 / 10, "Progress on all"});
  EXPECT_EQ(NextAuditDue(review, recommendations, audits), Date(year(2010) / 2 / 10));
  recommendations[0].signed_off_on = year(2010) / 2 / 1;
  EXPECT_TRUE(NextAuditDue(review, recommendations, audits).has_value());
  recommendations[1].signed_off_on = year(2010) / 3 / 1;
  EXPECT_FALSE(NextAuditDue(review, recommendations, audits).has_value());
}

TEST(CaseReviews, ARecommendationIsSignedOffOnlyWhenEveryActionIsComplete) {
  Recommendation r;
  r.actions.push_back({1, 1, "Revise the protocol", year(2009) / 6 / 1, std::nullopt});
  EXPECT_FALSE(CanSignOff(r));
  r.actions[0].completed_on = year(2009) / 5 / 20;
  EXPECT_TRUE(CanSignOff(r));
  r.signed_off_on = year(2009) / 6 / 1;
  EXPECT_FALSE(CanSignOff(r));  // already signed off
}

TEST(CaseReviews, SignOffIsDatedTodayOrEarlierAndNeedsEveryActionComplete) {
  Date today = year(2012) / 1 / 1;
  Recommendation r;
  r.actions.push_back({1, 1, "Revise the protocol", year(2011) / 6 / 1, std::nullopt});
  Date on;
  EXPECT_EQ(*ReadSignOff({{"signed_off_on", "2011-12-01"}}, r, today, on).For("signed_off_on"),
            "Every action must be completed before sign-off");
  r.actions[0].completed_on = year(2011) / 5 / 20;
  EXPECT_EQ(*ReadSignOff({{"signed_off_on", "2012-02-01"}}, r, today, on).For("signed_off_on"),
            "The date of sign-off must be today or in the past");
  EXPECT_TRUE(ReadSignOff({{"signed_off_on", "2011-12-01"}}, r, today, on).empty());
  EXPECT_EQ(on, Date(year(2011) / 12 / 1));
  r.signed_off_on = on;
  EXPECT_EQ(*ReadSignOff({{"signed_off_on", "2011-12-01"}}, r, today, on).For("signed_off_on"),
            "The recommendation is already signed off");
  ActionItem a;
  EXPECT_NE(ReadActionItem({{"action", "More"}, {"due_on", "2012-03-01"}}, r, a).For("action"), nullptr);
}

TEST(CaseReviews, AnAgencyIsAskedForOneManagementReview) {
  ManagementReview asked;
  asked.agency_id = 3;
  ManagementReview imr;
  core::FieldValues in{{"agency_id", "3"}, {"due_on", "2012-03-01"}};
  EXPECT_NE(ReadManagementReview(in, {3, 4}, {asked}, imr).For("agency_id"), nullptr);
  in["agency_id"] = "4";
  EXPECT_TRUE(ReadManagementReview(in, {3, 4}, {asked}, imr).empty());
}

TEST(CaseReviews, ReviewDetailsNeedTermsOfReferenceAndAReportBeforeEndorsement) {
  Date today = year(2012) / 1 / 1;
  Review r;
  EXPECT_NE(ReadReviewDetails({}, today, r).For("terms_of_reference"), nullptr);
  EXPECT_NE(ReadReviewDetails({{"terms_of_reference", "Scope"}, {"endorsed_on", "2011-05-01"}}, today, r)
                .For("overview_report"),
            nullptr);
  EXPECT_TRUE(ReadReviewDetails({{"terms_of_reference", "Scope"}, {"overview_report", "Report"}, {"grading", "good"},
                                 {"endorsed_on", "2011-05-01"}},
                                today, r)
                  .empty());
  EXPECT_EQ(r.grading, Grading::kGood);
  EXPECT_NE(ReadReviewDetails({{"terms_of_reference", "Scope"}, {"overview_report", "Report"}, {"endorsed_on", "2013-01-01"}},
                              today, r)
                .For("endorsed_on"),
            nullptr);
}

}  // namespace
}  // namespace safeboard::casereviews
