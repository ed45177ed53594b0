// The meeting store on both backends: standing agenda items, locked minutes, matters arising.
#include <gtest/gtest.h>

#include "cli/commands.h"
#include "governance/store.h"
#include "meetings/store.h"
#include "storage_fixture.h"

namespace safeboard::meetings {
namespace {

using namespace std::chrono;

class MeetingStoreTest : public storage::StorageTest {
 protected:
  void SetUp() override {
    storage::StorageTest::SetUp();
    if (HasFatalFailure()) return;
    ASSERT_TRUE(cli::LoadDemo(database()));
    partnership_ = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
    board_ = connection().QueryOne("SELECT id FROM partnership_groups WHERE kind = 'board'")->Int(0);
  }
  std::int64_t partnership_ = 0, board_ = 0;
};

TEST_F(MeetingStoreTest, ANewMeetingGetsThePreviousMinutesAndMattersArising) {
  MeetingStore store(connection());
  Meeting m;
  m.partnership_id = partnership_;
  m.group_id = board_;
  m.title = "Board meeting";
  m.meets_on = year(2012) / 6 / 14;
  storage::Transaction tx(connection());
  m.id = store.CreateMeeting(m);
  store.PrepareAgenda(m, governance::GroupKind::kBoard);
  tx.Commit();
  auto agenda = store.AgendaOf(partnership_, m.id);
  ASSERT_GE(agenda.size(), 2u);
  EXPECT_EQ(agenda[0].title, "Minutes of the meeting of 15 March 2012");
  EXPECT_EQ(agenda[0].purpose, AgendaPurpose::kMinutes);
  EXPECT_EQ(agenda[1].purpose, AgendaPurpose::kMattersArising);
  // The open action from December is still open: it is a matter arising.
  auto arising = store.OpenActionsBefore(partnership_, board_, m.meets_on);
  ASSERT_EQ(arising.size(), 1u);
  EXPECT_EQ(arising[0].owner_name, "Zareen Hayat");
}

// RULE: Constitution 6h - approved minutes are a permanent record.
TEST_F(MeetingStoreTest, ApprovedMinutesCannotBeOverwritten) {
  MeetingStore store(connection());
  auto approved = connection().QueryOne("SELECT MIN(meeting_id) FROM minutes WHERE status = 'approved'")->Int(0);
  auto before = store.MinutesOf(partnership_, approved);
  Minutes rewrite = *before;
  rewrite.body = "Rewritten";
  rewrite.status = MinutesStatus::kDraft;
  EXPECT_THROW(
      {
        storage::Transaction tx(connection());
        store.SaveMinutes(partnership_, rewrite);
        tx.Commit();
      },
      storage::DatabaseError);
  EXPECT_EQ(store.MinutesOf(partnership_, approved)->body, before->body);
}

}  // namespace
}  // namespace safeboard::meetings
