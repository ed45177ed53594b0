// Communications and the public site (issue 18) on both backends: the demo's publications and
// activities of annual report 3.1, which of them the site shows; a new board's are its own.
#include <gtest/gtest.h>

#include "cli/commands.h"
#include "governance/store.h"
#include "publishing/store.h"
#include "storage_fixture.h"

namespace safeboard::publishing {
namespace {

class PublishingStoreTest : public storage::StorageTest {};

Date D(const char* iso) { return *core::ParseDate(iso); }

TEST_F(PublishingStoreTest, TheDemosPublicationsAndWhichTheSiteShows) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  PublishingStore store(connection());
  auto publications = store.Publications(partnership);
  ASSERT_EQ(publications.size(), 7u);
  EXPECT_EQ(publications.front().title, "Communication Survey 2012: results");  // newest first
  int on_site = 0;
  for (const auto& p : publications) on_site += OnPublicSite(p, D("2012-03-31"));
  EXPECT_EQ(on_site, 4);
  auto activities = store.Activities(partnership);
  ASSERT_EQ(activities.size(), 4u);
  EXPECT_EQ(activities.back().kind, ActivityKind::kStrategyReview);  // "reviewed and revised (May 2011)"
  EXPECT_EQ(activities.back().held_on, D("2011-05-26"));
  EXPECT_TRUE(store.Settings(partnership));
}

TEST_F(PublishingStoreTest, ANewBoardsPublicationsAreItsOwn) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "northshire", "Northshire Safeguarding Children Board", "Northshire"},
                                                  "2012-01-01T00:00:00Z");
  auto other = governance.CreatePartnership({0, "southshire", "Southshire Safeguarding Children Board", "Southshire"},
                                            "2012-01-01T00:00:00Z");
  PublishingStore store(connection());
  Publication p{.title = "Leaflet", .published_on = D("2012-02-01"), .on_public_site = true};
  p.id = store.AddPublication(partnership, p);
  store.SaveWithdrawal(other, p.id, D("2012-03-01"));  // another board's: nothing
  EXPECT_FALSE(store.FindPublication(partnership, p.id)->withdrawn_on);
  EXPECT_FALSE(store.FindPublication(other, p.id));
  store.SaveWithdrawal(partnership, p.id, D("2012-03-01"));
  EXPECT_EQ(store.FindPublication(partnership, p.id)->withdrawn_on, D("2012-03-01"));
  // The database refuses a public publication with no day published.
  try {
    store.AddPublication(partnership, {.title = "No day", .on_public_site = true});
    ADD_FAILURE() << "a public publication with no day was stored";
  } catch (const storage::DatabaseError& e) {
    EXPECT_TRUE(e.constraint());
  }
  store.SaveSettings(partnership, {"About", "Call 01632 960 000"});
  store.SaveSettings(partnership, {"About us", "Call 01632 960 000"});
  EXPECT_EQ(store.Settings(partnership)->about, "About us");
  EXPECT_FALSE(store.Settings(other));
  store.AddActivity(partnership, {0, ActivityKind::kCampaign, "Safe sleep", D("2012-02-01"), "", "", "", false});
  EXPECT_TRUE(store.Activities(other).empty());
  EXPECT_EQ(store.Activities(partnership).size(), 1u);
}

}  // namespace
}  // namespace safeboard::publishing
