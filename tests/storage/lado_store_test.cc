// The LADO's quarterly returns (issue 16) on both backends: a quarter saved and replaced with its
// sector and outcome counts, and the demo's two years.
#include <gtest/gtest.h>

#include "assurance/lado.h"
#include "assurance/lado_store.h"
#include "cli/commands.h"
#include "governance/store.h"
#include "storage_fixture.h"

namespace safeboard::assurance {
namespace {

class LadoStoreTest : public storage::StorageTest {};

TEST_F(LadoStoreTest, AQuarterIsSavedAndReplacedWithItsCounts) {
  auto partnership = governance::GovernanceStore(connection()).CreatePartnership(
      {0, "northshire", "Northshire Safeguarding Children Board", "Northshire"}, "2012-01-01T00:00:00Z");
  LadoStore store(connection());
  LadoReturn q;
  ASSERT_TRUE(ReadLadoReturn({{"year", "2012"}, {"quarter", "1"}, {"referrals", "3"}, {"advice", "8"},
                              {"sector_education", "2"}, {"sector_transport", "1"}, {"outcome_malicious", "1"}},
                             {}, q)
                  .empty());
  auto id = store.Save(partnership, q);
  q.advice = 9;
  q.by_sector.erase(EmployerSector::kTransport);
  q.by_sector[EmployerSector::kEducation] = 3;
  EXPECT_EQ(store.Save(partnership, q), id);  // the same quarter: replaced
  auto saved = store.ReturnsOf(partnership, 2012);
  ASSERT_EQ(saved.size(), 1u);
  EXPECT_EQ(saved[0].advice, 9);
  EXPECT_EQ(saved[0].by_sector, (std::map<EmployerSector, int>{{EmployerSector::kEducation, 3}}));
  EXPECT_EQ(saved[0].outcomes.at(AllegationOutcome::kMalicious), 1);
  EXPECT_EQ(store.Years(partnership), std::vector<int>{2012});
  EXPECT_TRUE(store.ReturnsOf(partnership + 1000, 2012).empty());
}

TEST_F(LadoStoreTest, TheDemoHasTwoYearsOfQuarters) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  LadoStore store(connection());
  EXPECT_EQ(store.Years(partnership), (std::vector<int>{2011, 2010}));
  auto year = YearTotals(store.ReturnsOf(partnership, 2011));
  EXPECT_EQ(year.quarters, 4);
  EXPECT_EQ(year.total.referrals, 92);
  EXPECT_EQ(year.total.Contacts(), 251);
  EXPECT_EQ(year.total.Concluded(), 75);
}

}  // namespace
}  // namespace safeboard::assurance
