// IMR action plans (issue 16) on both backends: the demo's case CD plans, signed off, and a new
// board's plan from receipt to sign-off, refused a second time by the database too, and out of
// another board's reach.
#include <gtest/gtest.h>

#include "assurance/imr_plans.h"
#include "assurance/imr_plans_store.h"
#include "cli/commands.h"
#include "governance/store.h"
#include "storage_fixture.h"

namespace safeboard::assurance {
namespace {

class ImrPlanStoreTest : public storage::StorageTest {};

Date D(const char* iso) { return *core::ParseDate(iso); }

TEST_F(ImrPlanStoreTest, TheDemosCaseCdPlansAreSignedOff) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  auto plans = ImrPlanStore(connection()).Plans(partnership);
  ASSERT_EQ(plans.size(), 2u);
  for (const auto& p : plans) {
    EXPECT_EQ(p.case_label, "Case CD");
    EXPECT_EQ(StandingOf(p, D("2012-03-31")), ImrPlanStanding::kSignedOff) << p.agency_name;
  }
  EXPECT_EQ(plans[0].agency_name, "NHS Milton Keynes");
  EXPECT_EQ(plans[0].actions.size(), 3u);
  EXPECT_EQ(plans[1].agency_name, "Thames Valley Probation");
}

TEST_F(ImrPlanStoreTest, APlanFromReceiptToSignOffScopedToItsBoard) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "northshire", "Northshire Safeguarding Children Board", "Northshire"},
                                                  "2012-01-01T00:00:00Z");
  auto other = governance.CreatePartnership({0, "southshire", "Southshire Safeguarding Children Board", "Southshire"},
                                            "2012-01-01T00:00:00Z");
  governance::Agency health{0, partnership, "Northshire Health", governance::Sector::kHealth, true};
  health.id = governance.CreateAgency(health);
  ImrPlanStore store(connection());
  ImrActionPlan plan{.case_label = "Case 12", .agency_id = health.id, .received_on = D("2012-05-01")};
  plan.id = store.AddPlan(partnership, plan);
  ImrActionPlan again = plan;
  again.case_label = "CASE 12";
  try {
    store.AddPlan(partnership, again);
    ADD_FAILURE() << "a second plan of one agency for one case was stored";
  } catch (const storage::DatabaseError& e) {
    EXPECT_TRUE(e.constraint());
  }
  auto action = store.AddAction(plan.id, {0, "Train staff", D("2012-09-30"), std::nullopt});
  EXPECT_EQ(store.PlanOfAction(partnership, action), plan.id);
  EXPECT_FALSE(store.PlanOfAction(other, action));
  store.CompleteAction(plan.id, action, D("2012-09-20"));
  auto saved = *store.FindPlan(partnership, plan.id);
  EXPECT_EQ(StandingOf(saved, D("2012-10-01")), ImrPlanStanding::kReadyToSignOff);
  ASSERT_TRUE(ReadImrSignOff({{"signed_off_on", "2012-10-01"}, {"sign_off_note", "Complete"}}, saved, {}, D("2012-12-31"),
                             saved)
                  .empty());
  store.SignOff(partnership, saved);
  saved = *store.FindPlan(partnership, plan.id);
  EXPECT_EQ(saved.signed_off_on, D("2012-10-01"));
  EXPECT_EQ(saved.sign_off_note, "Complete");
  EXPECT_EQ(saved.agency_name, "Northshire Health");
  EXPECT_FALSE(store.FindPlan(other, plan.id));
  EXPECT_TRUE(store.Plans(other).empty());
}

}  // namespace
}  // namespace safeboard::assurance
