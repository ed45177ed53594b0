// The safer workforce self-assessment (issue 16) on both backends: the demo's June 2011 returns
// add up, and a new board's return keeps its ratings and support, refused a second time by the
// database too, and nothing of it reachable from another board.
#include <gtest/gtest.h>

#include "assurance/safer_workforce.h"
#include "assurance/safer_workforce_store.h"
#include "cli/commands.h"
#include "governance/store.h"
#include "storage_fixture.h"

namespace safeboard::assurance {
namespace {

class WorkforceStoreTest : public storage::StorageTest {};

Date D(const char* iso) { return *core::ParseDate(iso); }

TEST_F(WorkforceStoreTest, TheDemosJune2011SelfAssessmentAddsUp) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  WorkforceStore store(connection());
  auto assessments = store.Assessments(partnership);
  ASSERT_EQ(assessments.size(), 1u);
  EXPECT_EQ(assessments[0].reported_on, D("2011-06-16"));
  EXPECT_TRUE(assessments[0].planned_audit_id);
  EXPECT_TRUE(assessments[0].lead_group_id);
  auto returns = store.ReturnsOf(partnership, assessments[0].id);
  auto f = FiguresOf(returns);
  EXPECT_EQ(f.returns, 14);
  EXPECT_EQ(f.fully_compliant, 9);
  EXPECT_EQ(f.with_deficits, 5);
  EXPECT_EQ(f.deficits_addressed, 5);
  EXPECT_EQ(f.actions_done, 6);
  EXPECT_EQ(f.by_type[OrganisationType::kCommissioning], 1);
}

TEST_F(WorkforceStoreTest, AReturnKeepsItsRatingsAndSupportScopedToItsBoard) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "northshire", "Northshire Safeguarding Children Board", "Northshire"},
                                                  "2012-01-01T00:00:00Z");
  auto other = governance.CreatePartnership({0, "southshire", "Southshire Safeguarding Children Board", "Southshire"},
                                            "2012-01-01T00:00:00Z");
  WorkforceStore store(connection());
  WorkforceAssessment w;
  auto today = D("2012-12-31");
  ASSERT_TRUE(ReadWorkforceAssessment({{"title", "Safer recruitment 2012"}, {"opens_on", "2012-04-01"},
                                       {"returns_due_on", "2012-05-31"}},
                                      {}, {}, today, w)
                  .empty());
  w.id = store.AddAssessment(partnership, w);
  WorkforceReturn r;
  r.assessment_id = w.id;
  core::FieldValues in{{"organisation", "Northshire Nursery"}, {"type", "early_years"}, {"returned_on", "2012-05-02"},
                       {"rating_recruitment", "not_compliant"}, {"rating_induction_and_guidance", "compliant"},
                       {"rating_safe_working_culture", "compliant"}, {"rating_monitoring", "partly_compliant"}};
  ASSERT_TRUE(ReadWorkforceReturn(in, w, {}, {}, today, r).empty());
  r.id = store.AddReturn(r);
  // The same organisation again: the database refuses it too.
  WorkforceReturn again = r;
  again.organisation = "NORTHSHIRE NURSERY";
  try {
    store.AddReturn(again);
    ADD_FAILURE() << "a second return from one organisation was stored";
  } catch (const storage::DatabaseError& e) {
    EXPECT_TRUE(e.constraint());
  }
  SupportAction a;
  a.return_id = r.id;
  ASSERT_TRUE(ReadSupportAction({{"domain", "recruitment"}, {"support", "Training"}, {"due_on", "2012-07-31"}}, r, a).empty());
  a.id = store.AddAction(a);
  EXPECT_EQ(store.ReturnOfAction(partnership, a.id), r.id);
  EXPECT_FALSE(store.ReturnOfAction(other, a.id));
  store.CompleteAction(r.id, a.id, D("2012-07-20"));
  auto saved = *store.FindReturn(partnership, r.id);
  EXPECT_EQ(saved.Name(), "Northshire Nursery");
  EXPECT_EQ(saved.ratings.at(WorkforceDomain::kMonitoring), Compliance::kPartlyCompliant);
  ASSERT_EQ(saved.actions.size(), 1u);
  EXPECT_EQ(saved.actions[0].completed_on, D("2012-07-20"));
  EXPECT_FALSE(EveryDeficitAddressed(saved));  // monitoring has no support yet
  w.reported_on = D("2012-06-20");
  w.findings = "Two settings need support";
  store.UpdateAssessment(partnership, w);
  EXPECT_EQ(store.FindAssessment(partnership, w.id)->findings, "Two settings need support");
  EXPECT_FALSE(store.FindAssessment(other, w.id));
  EXPECT_FALSE(store.FindReturn(other, r.id));
  EXPECT_TRUE(store.ReturnsOf(other, w.id).empty());
  EXPECT_TRUE(store.Assessments(other).empty());
}

}  // namespace
}  // namespace safeboard::assurance
