// Training needs and procedure reviews (issue 16) on both backends: the demo's three, from an
// audit, the safer recruitment self-assessment and the Child B review; and one raised, answered
// and listed by kind and by its source, out of another board's reach.
#include <gtest/gtest.h>

#include "cli/commands.h"
#include "governance/store.h"
#include "learning/learning.h"
#include "learning/store.h"
#include "storage_fixture.h"

namespace safeboard::learning {
namespace {

class LearningStoreTest : public storage::StorageTest {};

Date D(const char* iso) { return *core::ParseDate(iso); }

TEST_F(LearningStoreTest, TheDemoRaisesLearningFromAuditsACaseReviewAndAProcedureChange) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  LearningStore store(connection());
  auto all = store.List(partnership);
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(store.List(partnership, ReferralKind::kTrainingNeed).size(), 3u);
  EXPECT_EQ(store.List(partnership, ReferralKind::kProcedureReview).size(), 1u);
  int from_reviews = 0, from_procedures = 0;
  for (const auto& r : all) {
    from_reviews += r.source == ReferralSource::kCaseReview;
    from_procedures += r.source == ReferralSource::kProcedureChange;
  }
  EXPECT_EQ(from_reviews, 1);
  EXPECT_EQ(from_procedures, 1);  // the briefing on the revised allegations chapter (issue 18)
  EXPECT_EQ(all[0].for_group_name, "Training and Development Sub-Group");
}

TEST_F(LearningStoreTest, AReferralIsRaisedFromARecordAndAnswered) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "northshire", "Northshire Safeguarding Children Board", "Northshire"},
                                                  "2012-01-01T00:00:00Z");
  auto other = governance.CreatePartnership({0, "southshire", "Southshire Safeguarding Children Board", "Southshire"},
                                            "2012-01-01T00:00:00Z");
  LearningStore store(connection());
  Referral r{.kind = ReferralKind::kProcedureReview, .source = ReferralSource::kPlannedAudit, .source_id = 41,
             .source_label = "Neglect audit", .need = "Review the neglect chapter", .raised_on = D("2012-05-01")};
  r.id = store.Add(partnership, r);
  EXPECT_EQ(store.From(partnership, ReferralSource::kPlannedAudit, 41).size(), 1u);
  EXPECT_TRUE(store.From(partnership, ReferralSource::kCaseReview, 41).empty());
  EXPECT_TRUE(store.From(other, ReferralSource::kPlannedAudit, 41).empty());
  r.responded_on = D("2012-06-01");
  r.response = "Chapter 5 put under review";
  store.SaveResponse(partnership, r);
  store.SaveResponse(other, Referral{.id = r.id, .responded_on = D("2012-07-01"), .response = "Not theirs"});
  auto saved = *store.Find(partnership, r.id);
  EXPECT_EQ(saved.response, "Chapter 5 put under review");
  EXPECT_EQ(saved.source_label, "Neglect audit");
  EXPECT_EQ(StandingOf(saved), ReferralStanding::kAnswered);
  EXPECT_FALSE(store.Find(other, r.id));
}

}  // namespace
}  // namespace safeboard::learning
