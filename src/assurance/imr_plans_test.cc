#include "assurance/imr_plans.h"

#include <gtest/gtest.h>

namespace safeboard::assurance {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }
const Date kToday = D("2012-03-31");

ImrActionPlan Plan() {
  ImrActionPlan p;
  p.id = 1;
  p.case_label = "Case CD";
  p.agency_id = 4;
  p.received_on = D("2011-04-14");
  p.actions = {{1, "Revise guidance", D("2011-07-31"), std::nullopt}, {2, "Train", D("2011-10-31"), std::nullopt}};
  return p;
}

TEST(ImrPlanReader, AShortLabelOnePlanPerAgencyPerCase) {
  ImrActionPlan out;
  core::FieldValues in{{"case_label", "case cd"}, {"agency_id", "4"}, {"received_on", "2011-04-20"}};
  // RULE: one plan per agency per case, whatever the label's case.
  EXPECT_EQ(*ReadImrPlan(in, {}, {4, 5}, {Plan()}, kToday, out).For("agency_id"),
            "The agency already has an action plan for Case CD");
  in["agency_id"] = "5";
  EXPECT_TRUE(ReadImrPlan(in, {}, {4, 5}, {Plan()}, kToday, out).empty());
  in["case_label"] = "Jane Smith, born 3 May 2009";
  EXPECT_NE(ReadImrPlan(in, {}, {4, 5}, {}, kToday, out).For("case_label"), nullptr);
  in["case_label"] = "Case 7";
  in["referral_id"] = "99";
  EXPECT_NE(ReadImrPlan(in, {12}, {4, 5}, {}, kToday, out).For("referral_id"), nullptr);
  in["referral_id"] = "12";
  in["received_on"] = "2012-04-01";
  EXPECT_EQ(*ReadImrPlan(in, {12}, {4, 5}, {}, kToday, out).For("received_on"), "The date cannot be in the future");
}

TEST(ImrPlanStanding, InProgressOverdueReadyThenSignedOffOnlyWhenEveryActionIsComplete) {
  auto p = Plan();
  EXPECT_EQ(StandingOf(p, D("2011-07-31")), ImrPlanStanding::kInProgress);
  EXPECT_EQ(StandingOf(p, D("2011-08-01")), ImrPlanStanding::kActionsOverdue);
  ImrActionPlan out = p;
  // RULE: issue 16 - signed off only when every action is complete.
  EXPECT_EQ(*ReadImrSignOff({{"signed_off_on", "2012-01-19"}}, p, {}, kToday, out).For("signed_off_on"),
            "Every action must be complete before the plan is signed off");
  Date on;
  EXPECT_EQ(*ReadImrActionCompleted({{"completed_on", "2011-04-01"}}, p, p.actions[0], kToday, on).For("completed_on"),
            "The action cannot be completed before the plan was received");
  p.actions[0].completed_on = D("2011-07-22");
  p.actions[1].completed_on = D("2011-11-18");
  EXPECT_NE(ReadImrActionCompleted({{"completed_on", "2011-11-19"}}, p, p.actions[1], kToday, on).For("completed_on"),
            nullptr);  // once
  EXPECT_EQ(StandingOf(p, kToday), ImrPlanStanding::kReadyToSignOff);
  EXPECT_EQ(*ReadImrSignOff({{"signed_off_on", "2011-11-01"}}, p, {}, kToday, out).For("signed_off_on"),
            "The plan cannot be signed off before its last action was completed");
  ASSERT_TRUE(ReadImrSignOff({{"signed_off_on", "2012-01-19"}, {"sign_off_note", "Done"}}, p, {}, kToday, out).empty());
  EXPECT_EQ(out.signed_off_on, D("2012-01-19"));
  EXPECT_EQ(StandingOf(out, kToday), ImrPlanStanding::kSignedOff);
  EXPECT_EQ(*ReadImrSignOff({{"signed_off_on", "2012-01-20"}}, out, {}, kToday, out).For("signed_off_on"),
            "The plan is already signed off");
  ImrAction more;
  EXPECT_NE(ReadImrAction({{"action", "More"}, {"due_on", "2012-06-30"}}, out, more).For("action"), nullptr);
}

TEST(ImrActionReader, DueNoEarlierThanThePlan) {
  ImrAction a;
  EXPECT_EQ(*ReadImrAction({{"action", "Audit records"}, {"due_on", "2011-01-31"}}, Plan(), a).For("due_on"),
            "The action cannot be due before the plan was received");
  EXPECT_TRUE(ReadImrAction({{"action", "Audit records"}, {"due_on", "2011-12-31"}}, Plan(), a).empty());
}

}  // namespace
}  // namespace safeboard::assurance
