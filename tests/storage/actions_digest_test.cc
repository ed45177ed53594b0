// The daily actions digest (issue 15) on both backends: each owner of an action arising that is
// overdue or due within the week gets one message, never its text; a turned-off digest is not
// sent; a day's digest is queued once however often the sender runs it.
#include <gtest/gtest.h>

#include "cli/commands.h"
#include "governance/store.h"
#include "mail/choices_store.h"
#include "mail/store.h"
#include "meetings/digest.h"
#include "meetings/store.h"
#include "storage_fixture.h"

namespace safeboard::meetings {
namespace {

class ActionsDigestTest : public storage::StorageTest {};

TEST_F(ActionsDigestTest, OwnersOfActionsDueOrOverdueAreEmailedOnceADay) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  governance::GovernanceStore governance(connection());
  auto partnership = governance.FindPartnership("milton-keynes")->id;
  MeetingStore store(connection());
  auto meeting = store.BoardMeetings(partnership, 1).at(0);
  // Two people with email addresses and accounts: one with an overdue action and one due in the
  // week, the other with one due in the week and one next month (not in the digest).
  std::vector<governance::Person> owners;
  for (const auto& p : governance.ListPeople(partnership))
    if (p.user_id && !p.email.empty() && !p.ended_on && owners.size() < 2) owners.push_back(p);
  ASSERT_EQ(owners.size(), 2u);
  core::Date today = *core::ParseDate("2012-04-02");
  auto add = [&](const governance::Person& owner, const char* text, const char* due) {
    MeetingAction a;
    a.meeting_id = meeting.id;
    a.description = text;
    a.owner_person_id = owner.id;
    a.due_on = core::ParseDate(due);
    store.CreateAction(partnership, a);
  };
  {
    storage::Transaction tx(connection());
    add(owners[0], "Confidential detail one", "2012-03-30");
    add(owners[0], "Detail two", "2012-04-09");
    add(owners[1], "Detail three", "2012-04-05");
    add(owners[1], "Detail four", "2012-05-01");
    tx.Commit();
  }
  auto outbox_count = [&] { return connection().QueryOne("SELECT COUNT(*) FROM outbox")->Int(0); };
  auto before = outbox_count();
  int queued = QueueActionDigests(connection(), today, "https://board.example", "2012-04-02T00:00:01Z");
  EXPECT_GE(queued, 2);
  EXPECT_EQ(outbox_count(), before + queued);
  bool saw_overdue = false, saw_due = false;
  for (const auto& m : mail::Outbox(connection()).Latest(100)) {
    EXPECT_EQ(m.message.body.find("Detail"), std::string::npos) << "no action's text in email";
    if (m.message.to_address == owners[0].email) {
      saw_overdue = true;
      EXPECT_EQ(m.message.subject, "Your actions: 1 overdue");
      EXPECT_NE(m.message.body.find("You have 2 actions"), std::string::npos) << m.message.body;
      EXPECT_NE(m.message.body.find("https://board.example/p/milton-keynes\n"), std::string::npos);
    }
    if (m.message.to_address == owners[1].email) {
      saw_due = true;
      EXPECT_EQ(m.message.subject, "Your actions due this week");
      EXPECT_NE(m.message.body.find("You have 1 action "), std::string::npos) << m.message.body;
    }
  }
  EXPECT_TRUE(saw_overdue);
  EXPECT_TRUE(saw_due);
  // Run again the same day: nothing more.
  EXPECT_EQ(QueueActionDigests(connection(), today, "https://board.example", "2012-04-02T00:01:01Z"), 0);
  EXPECT_EQ(outbox_count(), before + queued);
  // The next day, the second owner has turned the digest off.
  {
    storage::Transaction tx(connection());
    mail::EmailChoicesStore(connection()).SetChoices(*owners[1].user_id, {{mail::MailKind::kDigest, false}});
    tx.Commit();
  }
  auto next_day = QueueActionDigests(connection(), core::AddDays(today, 1), "https://board.example", "2012-04-03T00:00:01Z");
  EXPECT_EQ(next_day, queued - 1);
}

}  // namespace
}  // namespace safeboard::meetings
