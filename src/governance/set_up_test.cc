#include "governance/set_up.h"

#include <gtest/gtest.h>

namespace safeboard::governance {
namespace {

// RULE: issue 14 - a new partnership's own board, business manager and membership do not count
// as set-up steps done.
TEST(SetUp, ANewPartnershipHasEveryStepToDo) {
  SetUpFacts fresh{.people = 1, .memberships = 1};
  auto steps = SetUpSteps(fresh);
  EXPECT_EQ(steps.size(), 8u);
  EXPECT_EQ(StepsDone(steps), 0);
}

TEST(SetUp, EachStepIsDoneByItsOwnRecords) {
  SetUpFacts facts{.child_population_years = 1, .agencies = 3, .people = 2, .memberships = 1};
  auto steps = SetUpSteps(facts);
  EXPECT_EQ(StepsDone(steps), 3);
  EXPECT_TRUE(steps[0].done);
  EXPECT_EQ(steps[0].path, "/child-population");
  EXPECT_FALSE(steps[3].done);  // no group has a quorum rule yet
  EXPECT_FALSE(steps[4].done);  // only the business manager's membership
  SetUpFacts all{1, 1, 2, 1, 2, 1, 1, 1};
  EXPECT_EQ(StepsDone(SetUpSteps(all)), 8);
}

}  // namespace
}  // namespace safeboard::governance
