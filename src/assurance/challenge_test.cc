#include "assurance/challenge.h"

#include <gtest/gtest.h>

namespace safeboard::assurance {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }

RemedialPlan Plan() {
  RemedialPlan p;
  p.agency_name = "Oakhill Secure Training Centre";
  p.agreed_on = D("2012-02-14");
  p.review_due_on = D("2012-05-15");
  return p;
}

TEST(RemedialPlanStanding, OpenThenReviewOverdueEscalatedOrClosed) {
  auto p = Plan();
  EXPECT_EQ(StandingOf(p, D("2012-05-15")), PlanStanding::kOpen);
  EXPECT_EQ(StandingOf(p, D("2012-05-16")), PlanStanding::kReviewOverdue);
  EXPECT_EQ(NextReview(p)->what, "Review the remedial action plan agreed with Oakhill Secure Training Centre");
  p.escalated_on = D("2012-05-20");
  EXPECT_EQ(StandingOf(p, D("2012-06-01")), PlanStanding::kEscalated);
  p.closed_on = D("2012-09-01");
  EXPECT_EQ(StandingOf(p, D("2012-09-01")), PlanStanding::kClosed);
  EXPECT_FALSE(NextReview(p));
}

TEST(AgencyReportReader, FromAnAgencyOrANamedBodyWithShortcomingsWhenNotAssured) {
  auto today = D("2012-03-31");
  AgencyReport r;
  core::FieldValues in{{"kind", "inspection"}, {"title", "Oakhill STC inspection"}, {"received_on", "2012-01-16"}};
  EXPECT_NE(ReadAgencyReport(in, {5}, {}, today, r).For("agency_id"), nullptr);
  in["from_name"] = "Ofsted";
  EXPECT_TRUE(ReadAgencyReport(in, {5}, {}, today, r).empty());
  in["assurance"] = "partly_assured";
  EXPECT_EQ(*ReadAgencyReport(in, {5}, {}, today, r).For("shortcomings"), "Enter the shortcomings the board found");
  in["shortcomings"] = "Restraint not always recorded";
  in["agency_id"] = "6";
  EXPECT_NE(ReadAgencyReport(in, {5}, {}, today, r).For("agency_id"), nullptr);  // another board's agency
  in["agency_id"] = "5";
  in["received_on"] = "2012-04-01";
  EXPECT_NE(ReadAgencyReport(in, {5}, {}, today, r).For("received_on"), nullptr);
}

TEST(RemedialPlanReaders, ReviewsFollowThePlanAndEscalationGoesInOrder) {
  auto today = D("2012-06-30");
  RemedialPlan plan;
  EXPECT_NE(ReadRemedialPlan({{"agency_id", "5"}, {"shortcomings", "x"}, {"plan", "y"}, {"agreed_on", "2012-02-14"},
                              {"review_due_on", "2012-02-01"}},
                             {5}, {}, today, plan)
                .For("review_due_on"),
            nullptr);
  auto p = Plan();
  PlanReview review;
  std::optional<Date> next;
  EXPECT_NE(ReadPlanReview({{"reviewed_on", "2012-02-01"}, {"outcome", "on_track"}, {"impact", "Records complete"},
                            {"next_review_on", "2012-08-01"}},
                           p, {}, today, review, next)
                .For("reviewed_on"),
            nullptr);
  EXPECT_NE(ReadPlanReview({{"reviewed_on", "2012-05-15"}, {"outcome", "on_track"}, {"impact", "Records complete"}}, p, {},
                           today, review, next)
                .For("next_review_on"),
            nullptr);
  EXPECT_TRUE(ReadPlanReview({{"reviewed_on", "2012-05-15"}, {"outcome", "completed"}, {"impact", "Audits clean"},
                              {"next_review_on", "2012-08-01"}},
                             p, {}, today, review, next)
                  .empty());
  EXPECT_FALSE(next);  // completed: the plan closes
  RemedialPlan escalated;
  EXPECT_NE(ReadEscalation({{"escalated_on", "2012-05-20"}, {"concerns_explained_on", "2012-06-01"}}, p, today, escalated)
                .For("concerns_explained_on"),
            nullptr);
  EXPECT_NE(ReadEscalation({{"escalated_on", "2012-05-20"}, {"dcs_consulted_on", "2012-05-19"}}, p, today, escalated)
                .For("dcs_consulted_on"),
            nullptr);
  EXPECT_TRUE(ReadEscalation({{"escalated_on", "2012-05-20"}, {"dcs_consulted_on", "2012-05-22"},
                              {"concerns_explained_on", "2012-06-01"}},
                             p, today, escalated)
                  .empty());
  EXPECT_EQ(escalated.concerns_explained_on, D("2012-06-01"));
}

}  // namespace
}  // namespace safeboard::assurance
