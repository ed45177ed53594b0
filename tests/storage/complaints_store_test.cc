// Complaints (issue 16) on both backends: the board's deadlines (defaults until set), a complaint
// recorded and updated, the year's list and the open ones for the governance calendar.
#include <gtest/gtest.h>

#include "assurance/complaints.h"
#include "assurance/complaints_store.h"
#include "cli/commands.h"
#include "governance/store.h"
#include "storage_fixture.h"

namespace safeboard::assurance {
namespace {

class ComplaintStoreTest : public storage::StorageTest {};

TEST_F(ComplaintStoreTest, AComplaintKeepsWhatWasRecordedAndTheBoardsDeadlines) {
  auto partnership = governance::GovernanceStore(connection()).CreatePartnership(
      {0, "northshire", "Northshire Safeguarding Children Board", "Northshire"}, "2012-01-01T00:00:00Z");
  ComplaintStore store(connection());
  EXPECT_EQ(store.DeadlinesOf(partnership).respond_working_days, 20);
  store.SaveDeadlines(partnership, {2, 15});
  store.SaveDeadlines(partnership, {2, 10});
  EXPECT_EQ(store.DeadlinesOf(partnership).respond_working_days, 10);
  Complaint c;
  ASSERT_TRUE(ReadComplaint({{"received_on", "2012-05-01"}, {"channel", "phone"}, {"complainant", "young_person"},
                             {"summary", "Leaflet hard to read"}},
                            *core::ParseDate("2012-06-01"), c)
                  .empty());
  c.id = store.Add(partnership, c);
  EXPECT_EQ(store.Open(partnership).size(), 1u);
  c.responded_on = core::ParseDate("2012-05-10");
  c.outcome = ComplaintOutcome::kPartlyUpheld;
  c.learning = "Easy-read version made";
  store.Update(partnership, c);
  auto saved = store.Find(partnership, c.id);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->complainant, Complainant::kYoungPerson);
  EXPECT_EQ(saved->outcome, ComplaintOutcome::kPartlyUpheld);
  EXPECT_EQ(saved->learning, "Easy-read version made");
  EXPECT_TRUE(store.Open(partnership).empty());
  EXPECT_EQ(store.List(partnership, core::ParseDate("2012-04-01"), core::ParseDate("2013-03-31")).size(), 1u);
  EXPECT_TRUE(store.List(partnership, core::ParseDate("2013-04-01"), std::nullopt).empty());
  EXPECT_FALSE(store.Find(partnership + 1000, c.id));
}

TEST_F(ComplaintStoreTest, TheDemosComplaintsOf2011To12) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  ComplaintStore store(connection());
  auto year = store.List(partnership, core::ParseDate("2011-04-01"), core::ParseDate("2012-03-31"));
  auto f = CountComplaints(year, store.DeadlinesOf(partnership));
  EXPECT_EQ(f.received, 5);
  EXPECT_EQ(f.redirected, 2);
  EXPECT_EQ(f.responded_in_time, 2);
  EXPECT_EQ(store.Open(partnership).size(), 1u);
}

}  // namespace
}  // namespace safeboard::assurance
