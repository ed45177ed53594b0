#include "learning/learning.h"

#include <gtest/gtest.h>

namespace safeboard::learning {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }
const Date kToday = D("2012-03-31");

TEST(ReferralReader, AKindANeedAGroupAndADay) {
  Referral r;
  auto errors = ReadReferral({{"kind", "course"}, {"raised_on", "2012-04-01"}, {"for_group_id", "9"}}, {3}, kToday, r);
  EXPECT_EQ(*errors.For("kind"), "Select a training need or a procedure review");
  EXPECT_EQ(*errors.For("need"), "Enter what is needed");
  EXPECT_NE(errors.For("for_group_id"), nullptr);
  EXPECT_EQ(*errors.For("raised_on"), "The date cannot be in the future");
  ASSERT_TRUE(ReadReferral({{"kind", "procedure_review"}, {"need", "Review the escalation chapter"},
                            {"raised_on", "2012-03-08"}, {"for_group_id", "3"}},
                           {3}, kToday, r)
                  .empty());
  EXPECT_EQ(r.kind, ReferralKind::kProcedureReview);
  EXPECT_EQ(StandingOf(r), ReferralStanding::kOpen);
}

TEST(ResponseReader, WhereItLedNotBeforeItWasRaised) {
  Referral r;
  r.raised_on = D("2012-03-08");
  Referral out = r;
  EXPECT_EQ(*ReadResponse({{"response", "Course added"}, {"responded_on", "2012-03-01"}}, r, kToday, out).For("responded_on"),
            "The answer cannot be before the referral was raised");
  EXPECT_EQ(*ReadResponse({{"responded_on", "2012-03-20"}}, r, kToday, out).For("response"), "Enter what the group did");
  ASSERT_TRUE(ReadResponse({{"response", "Course added"}, {"responded_on", "2012-03-20"}}, r, kToday, out).empty());
  EXPECT_EQ(StandingOf(out), ReferralStanding::kAnswered);
}

TEST(ReferralAccess, TheGroupItIsForOrTheBoardTeamNeverLayMembers) {
  Referral r;
  r.for_group_id = 7;
  // RULE: issue 16 - answered by the group it is for (not lay members) or the board team.
  EXPECT_TRUE(MayAnswer(false, false, {7}, r));
  EXPECT_FALSE(MayAnswer(false, true, {7}, r));
  EXPECT_FALSE(MayAnswer(false, false, {8}, r));
  EXPECT_TRUE(MayAnswer(true, false, {}, r));
  r.for_group_id.reset();
  EXPECT_FALSE(MayAnswer(false, false, {7}, r));
  EXPECT_TRUE(MayAnswer(true, false, {}, r));
}

}  // namespace
}  // namespace safeboard::learning
