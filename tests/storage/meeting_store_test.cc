// The meeting store on both backends: standing agenda items, locked minutes, matters arising.
#include <gtest/gtest.h>

#include <algorithm>

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
  store.PrepareAgenda(m, *governance::GovernanceStore(connection()).FindGroup(partnership_, board_));
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

// RULE: issue 14 - a group whose minutes another group approves: its meetings' minutes go on
// that group's next agenda (those since its previous meeting), not on its own.
TEST_F(MeetingStoreTest, MinutesApprovedByAnotherGroupGoOnThatGroupsAgenda) {
  MeetingStore store(connection());
  governance::GovernanceStore groups(connection());
  auto training = *groups.FindGroup(
      partnership_, connection().QueryOne("SELECT id FROM partnership_groups WHERE name LIKE 'Training%'")->Int(0));
  training.minutes_approved_by_group_id = board_;
  auto schedule = [&](std::int64_t group_id, const core::Date& on) {
    Meeting m;
    m.partnership_id = partnership_;
    m.group_id = group_id;
    m.title = "Meeting";
    m.meets_on = on;
    m.id = store.CreateMeeting(m);
    store.PrepareAgenda(m, *groups.FindGroup(partnership_, group_id));
    return m.id;
  };
  storage::Transaction tx(connection());
  groups.UpdateGroup(training);
  auto first = schedule(training.id, year(2012) / 5 / 1);
  auto second = schedule(training.id, year(2012) / 6 / 1);
  auto board = schedule(board_, year(2012) / 6 / 14);
  auto later_board = schedule(board_, year(2012) / 9 / 14);
  tx.Commit();
  for (const auto& item : store.AgendaOf(partnership_, second))
    EXPECT_NE(item.purpose, AgendaPurpose::kMinutes) << item.title;
  std::vector<std::int64_t> approving;
  for (const auto& item : store.AgendaOf(partnership_, board))
    if (item.purpose == AgendaPurpose::kMinutes) approving.push_back(*item.subject_id);
  ASSERT_EQ(approving.size(), 3u);  // the Board's own March minutes, then both training meetings
  EXPECT_EQ(approving[1], first);
  EXPECT_EQ(approving[2], second);
  auto agenda = store.AgendaOf(partnership_, board);
  EXPECT_NE(std::find_if(agenda.begin(), agenda.end(),
                         [&](const AgendaItem& i) { return i.title.starts_with("Minutes of the " + training.name); }),
            agenda.end());
  // Queued once: the next Board meeting has only the Board's own June minutes.
  int minutes_items = 0;
  for (const auto& item : store.AgendaOf(partnership_, later_board))
    minutes_items += item.purpose == AgendaPurpose::kMinutes;
  EXPECT_EQ(minutes_items, 1);
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

// The queries the pages used to run themselves (issue 13), on both backends.
TEST_F(MeetingStoreTest, BoardMeetingsDecisionsActionsAndFeedsComeFromTheStore) {
  MeetingStore store(connection());
  auto board = store.BoardMeetings(partnership_, 3);
  ASSERT_EQ(board.size(), 3u);
  EXPECT_GE(board[0].meets_on, board[1].meets_on);
  for (const auto& m : board) {
    EXPECT_EQ(m.group_id, board_);
    EXPECT_FALSE(m.cancelled);
    EXPECT_TRUE(store.FindBoardMeeting(partnership_, m.id));
  }
  auto cdop = connection().QueryOne("SELECT MIN(id) FROM meetings WHERE group_id <> ?", {board_})->Int(0);
  EXPECT_FALSE(store.FindBoardMeeting(partnership_, cdop));
  EXPECT_FALSE(store.FindBoardMeeting(partnership_ + 1000, board[0].id));

  // A decision keeps its agenda item and whether it approves a procedure.
  auto item = store.AgendaOf(partnership_, board[0].id).front();
  Decision d;
  d.meeting_id = board[0].id;
  d.group_id = board_;
  d.decided_on = board[0].meets_on;
  d.text = "Approve the neglect procedure";
  d.agenda_item_id = item.id;
  d.approves_procedure = true;
  storage::Transaction tx(connection());
  auto id = store.CreateDecision(partnership_, d);
  store.SetProcedureApprovalAgencies(partnership_, board_, 3);
  tx.Commit();
  auto saved = store.FindDecision(partnership_, id);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->agenda_item_id, item.id);
  EXPECT_TRUE(saved->approves_procedure);
  EXPECT_EQ(store.ProcedureApprovalAgencies(partnership_, board_), 3);
  EXPECT_EQ(store.ProcedureApprovalAgencies(partnership_ + 1000, board_), 0);

  auto action = connection().QueryOne("SELECT id, meeting_id FROM meeting_actions ORDER BY id");
  ASSERT_TRUE(action);
  EXPECT_EQ(store.MeetingOfAction(partnership_, action->Int(0)), action->Int(1));
  EXPECT_FALSE(store.MeetingOfAction(partnership_ + 1000, action->Int(0)));

  // The business manager's private feed: the meetings of every group they belonged to on the day.
  auto user = connection().QueryOne("SELECT id FROM users WHERE email = 'business.manager@demo.safeboard.test'")->Int(0);
  auto feed = store.MeetingsOfUserEverywhere(user);
  EXPECT_FALSE(feed.empty());
  for (const auto& [meeting, slug] : feed) EXPECT_EQ(slug, "milton-keynes");
}

}  // namespace
}  // namespace safeboard::meetings
