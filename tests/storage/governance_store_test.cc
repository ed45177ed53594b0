// The governance store, run against both backends by the storage suite.
#include <gtest/gtest.h>

#include "governance/store.h"
#include "storage_fixture.h"

namespace safeboard::governance {
namespace {

using namespace std::chrono;

class GovernanceStoreTest : public storage::StorageTest {
 protected:
  void SetUp() override {
    storage::StorageTest::SetUp();
    if (HasFatalFailure()) return;
    GovernanceStore store(connection());
    storage::Transaction tx(connection());
    first_ = store.CreatePartnership({0, "first", "First Board", "First"}, "2011-04-01T00:00:00Z");
    second_ = store.CreatePartnership({0, "second", "Second Board", "Second"}, "2011-04-01T00:00:00Z");
    Agency police;
    police.partnership_id = first_;
    police.name = "Thames Valley Police";
    police.sector = Sector::kPolice;
    police.statutory = true;
    police.other_names = {"TVP", "Thames Valley Constabulary"};
    police_ = store.CreateAgency(police);
    Person person;
    person.partnership_id = first_;
    person.full_name = "Richard North";
    person.agency_id = police_;
    richard_ = store.CreatePerson(person);
    Group board;
    board.partnership_id = first_;
    board.name = "The Board";
    board.kind = GroupKind::kBoard;
    board.cadence = Cadence::kQuarterly;
    board_ = store.CreateGroup(board);
    tx.Commit();
  }

  std::int64_t AddMembership(Date start, std::optional<Date> end) {
    GovernanceStore store(connection());
    Membership m;
    m.partnership_id = first_;
    m.group_id = board_;
    m.person_id = richard_;
    m.agency_id = police_;
    m.started_on = start;
    m.ended_on = end;
    storage::Transaction tx(connection());
    auto id = store.CreateMembership(m);
    tx.Commit();
    return id;
  }

  std::int64_t first_ = 0, second_ = 0, police_ = 0, richard_ = 0, board_ = 0;
};

TEST_F(GovernanceStoreTest, RecordsRoundTrip) {
  GovernanceStore store(connection());
  auto agency = store.FindAgency(first_, police_);
  ASSERT_TRUE(agency);
  EXPECT_EQ(agency->name, "Thames Valley Police");
  EXPECT_EQ(agency->sector, Sector::kPolice);
  EXPECT_TRUE(agency->statutory);
  EXPECT_EQ(agency->other_names, (std::vector<std::string>{"TVP", "Thames Valley Constabulary"}));
  EXPECT_EQ(store.ListAgencies(first_).front().other_names.size(), 2u);
  agency->other_names = {"TVP"};
  store.UpdateAgency(*agency);
  EXPECT_EQ(store.FindAgency(first_, police_)->other_names, std::vector<std::string>{"TVP"});
  // Another partnership cannot change them.
  agency->partnership_id = second_;
  agency->other_names = {"Stolen"};
  store.UpdateAgency(*agency);
  EXPECT_EQ(store.FindAgency(first_, police_)->other_names, std::vector<std::string>{"TVP"});
  auto group = store.FindGroup(first_, board_);
  ASSERT_TRUE(group);
  EXPECT_EQ(group->kind, GroupKind::kBoard);
  EXPECT_EQ(group->cadence, Cadence::kQuarterly);
  EXPECT_EQ(store.ListPeople(first_).size(), 1u);
}

TEST_F(GovernanceStoreTest, AnotherPartnershipsRecordsAreNotFound) {
  GovernanceStore store(connection());
  EXPECT_FALSE(store.FindAgency(second_, police_));
  EXPECT_FALSE(store.FindPerson(second_, richard_));
  EXPECT_FALSE(store.FindGroup(second_, board_));
  EXPECT_TRUE(store.ListAgencies(second_).empty());
  EXPECT_TRUE(store.KnownIdsOf(second_).people.empty());
  // An update addressed through the wrong partnership changes nothing.
  Agency renamed = *store.FindAgency(first_, police_);
  renamed.partnership_id = second_;
  renamed.name = "Hijacked";
  store.UpdateAgency(renamed);
  EXPECT_EQ(store.FindAgency(first_, police_)->name, "Thames Valley Police");
}

TEST_F(GovernanceStoreTest, MembersOfAGroupAsAtADate) {
  AddMembership(year(2009) / 10 / 1, year(2011) / 8 / 31);
  GovernanceStore store(connection());
  EXPECT_EQ(store.MembersOfGroup(first_, board_, year(2011) / 8 / 31).size(), 1u);
  EXPECT_EQ(store.MembersOfGroup(first_, board_, year(2011) / 9 / 1).size(), 0u);
  EXPECT_EQ(store.MembersOfGroup(first_, board_, year(2009) / 9 / 30).size(), 0u);
  EXPECT_EQ(store.MembersOfGroup(first_, board_, std::nullopt).size(), 1u);
  auto listing = store.MembersOfGroup(first_, board_, year(2010) / 1 / 1);
  EXPECT_EQ(listing[0].person_name, "Richard North");
  EXPECT_EQ(listing[0].agency_name, "Thames Valley Police");
}

TEST_F(GovernanceStoreTest, EndingAMembershipKeepsIt) {
  auto id = AddMembership(year(2009) / 10 / 1, std::nullopt);
  GovernanceStore store(connection());
  {
    storage::Transaction tx(connection());
    store.EndMembership(first_, id, year(2012) / 3 / 31);
    tx.Commit();
  }
  auto m = store.FindMembership(first_, id);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->ended_on, year(2012) / 3 / 31);
  EXPECT_EQ(store.MembersOfGroup(first_, board_, std::nullopt).size(), 1u);
}

TEST_F(GovernanceStoreTest, TheDatabaseRefusesAnEndBeforeTheStart) {
  EXPECT_THROW(AddMembership(year(2011) / 10 / 1, year(2011) / 9 / 1), storage::DatabaseError);
  EXPECT_TRUE(GovernanceStore(connection()).MembersOfGroup(first_, board_, std::nullopt).empty());
}

TEST_F(GovernanceStoreTest, DuplicateAgencyNamesAreAConstraintError) {
  GovernanceStore store(connection());
  Agency again;
  again.partnership_id = first_;
  again.name = "Thames Valley Police";
  try {
    storage::Transaction tx(connection());
    store.CreateAgency(again);
    tx.Commit();
    FAIL() << "duplicate accepted";
  } catch (const storage::DatabaseError& e) {
    EXPECT_TRUE(e.constraint());
  }
  // The same name in another partnership is fine.
  again.partnership_id = second_;
  storage::Transaction tx(connection());
  EXPECT_GT(store.CreateAgency(again), 0);
  tx.Commit();
}

TEST_F(GovernanceStoreTest, RolesComeFromCurrentMemberships) {
  GovernanceStore store(connection());
  auto user = connection().Insert(
      "INSERT INTO users (email, display_name, password_hash, created_at) "
      "VALUES ('r@example.org', 'R', 'x', '2011-01-01T00:00:00Z') RETURNING id");
  store.LinkPersonToUser(first_, richard_, user);
  AddMembership(year(2009) / 10 / 1, year(2011) / 8 / 31);
  EXPECT_EQ(store.CurrentMembershipsOfUser(first_, user, year(2011) / 8 / 1).size(), 1u);
  EXPECT_TRUE(store.CurrentMembershipsOfUser(first_, user, year(2011) / 9 / 1).empty());
  EXPECT_TRUE(store.CurrentMembershipsOfUser(second_, user, year(2011) / 8 / 1).empty());
  EXPECT_EQ(store.PartnershipsOfUser(user, false).size(), 1u);
  EXPECT_EQ(store.PartnershipsOfUser(user, true).size(), 2u);
}

}  // namespace
}  // namespace safeboard::governance
