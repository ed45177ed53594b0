// Reports received and remedial plans (issue 16) on both backends: annual report appendix 2 from
// the demo, a report updated, a plan reviewed until it closes and its escalation kept.
#include <gtest/gtest.h>

#include "assurance/challenge.h"
#include "assurance/challenge_store.h"
#include "cli/commands.h"
#include "governance/store.h"
#include "storage_fixture.h"

namespace safeboard::assurance {
namespace {

class ChallengeStoreTest : public storage::StorageTest {};

Date D(const char* iso) { return *core::ParseDate(iso); }

TEST_F(ChallengeStoreTest, TheDemoHasAppendixTwosReports) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  ChallengeStore store(connection());
  std::map<ReportKind, int> kinds;
  for (const auto& r : store.ReportsBetween(partnership, D("2011-04-01"), D("2012-03-31"))) ++kinds[r.kind];
  // "six 2010-11 annual reports, three updates, two Ofsted reports"
  EXPECT_EQ(kinds[ReportKind::kAnnualReport], 6);
  EXPECT_EQ(kinds[ReportKind::kUpdate], 3);
  EXPECT_EQ(kinds[ReportKind::kInspection], 2);
  auto plans = store.Plans(partnership);
  ASSERT_EQ(plans.size(), 1u);
  EXPECT_EQ(plans[0].agency_name, "Oakhill Secure Training Centre");
  EXPECT_EQ(store.PlansOfReport(partnership, *plans[0].agency_report_id).size(), 1u);
}

TEST_F(ChallengeStoreTest, APlanIsReviewedUntilItClosesAndKeepsItsEscalation) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "northshire", "Northshire Safeguarding Children Board", "Northshire"},
                                                  "2012-01-01T00:00:00Z");
  governance::Agency police{0, partnership, "Northshire Police", governance::Sector::kPolice, true};
  police.id = governance.CreateAgency(police);
  ChallengeStore store(connection());
  AgencyReport report;
  ASSERT_TRUE(ReadAgencyReport({{"kind", "single_agency_audit"}, {"title", "Custody audit"}, {"agency_id", std::to_string(police.id)},
                                {"received_on", "2012-04-10"}, {"assurance", "not_assured"}, {"shortcomings", "No referrals"}},
                               {police.id}, {}, D("2012-05-01"), report)
                  .empty());
  report.id = store.AddReport(partnership, report);
  report.comment = "Plan requested";
  store.UpdateReport(partnership, report);
  EXPECT_EQ(store.FindReport(partnership, report.id)->comment, "Plan requested");
  EXPECT_EQ(store.FindReport(partnership, report.id)->agency_name, "Northshire Police");
  RemedialPlan plan{0, police.id, report.id, "No referrals", "Refer every child in custody", D("2012-05-01"), D("2012-07-01")};
  plan.id = store.AddPlan(partnership, plan);
  store.AddReview(partnership, plan.id, {0, D("2012-07-01"), std::nullopt, ReviewOutcome::kNotConvinced, "Few referrals"},
                  D("2012-09-01"));
  auto saved = *store.FindPlan(partnership, plan.id);
  EXPECT_EQ(saved.review_due_on, D("2012-09-01"));
  saved.escalated_on = D("2012-07-05");
  saved.dcs_consulted_on = D("2012-07-06");
  store.SaveEscalation(partnership, saved);
  store.AddReview(partnership, plan.id, {0, D("2012-09-01"), std::nullopt, ReviewOutcome::kCompleted, "All referred"},
                  std::nullopt);
  saved = *store.FindPlan(partnership, plan.id);
  EXPECT_EQ(saved.closed_on, D("2012-09-01"));
  EXPECT_EQ(saved.dcs_consulted_on, D("2012-07-06"));
  ASSERT_EQ(saved.reviews.size(), 2u);
  EXPECT_EQ(saved.reviews[0].outcome, ReviewOutcome::kNotConvinced);
  EXPECT_FALSE(store.FindPlan(partnership + 1000, plan.id));
}

}  // namespace
}  // namespace safeboard::assurance
