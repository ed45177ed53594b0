#include "plan/forms.h"

#include <gtest/gtest.h>

namespace safeboard::plan {
namespace {

TEST(PlanForm, ReadsAPlanAndRefusesAMeetingNotOfTheBoard) {
  Plan p;
  core::FieldValues in{{"title", " Business Plan 2012-15 "}, {"starts_on", "2012-04-01"}, {"ends_on", "2015-03-31"},
                       {"approved_at_meeting_id", "7"}};
  EXPECT_TRUE(ReadPlan(in, {5, 7}, p).empty());
  EXPECT_EQ(p.title, "Business Plan 2012-15");
  EXPECT_EQ(p.approved_at_meeting_id, 7);
  in["approved_at_meeting_id"] = "8";
  EXPECT_NE(ReadPlan(in, {5, 7}, p).For("approved_at_meeting_id"), nullptr);
}

TEST(PlanForm, NeedsATitleAndAnEndAfterTheStart) {
  Plan p;
  auto errors = ReadPlan({{"starts_on", "2012-04-01"}, {"ends_on", "2012-03-01"}}, {}, p);
  EXPECT_NE(errors.For("title"), nullptr);
  ASSERT_NE(errors.For("ends_on"), nullptr);
  EXPECT_EQ(*errors.For("ends_on"), "The end date must be after the start date");
}

}  // namespace
}  // namespace safeboard::plan
