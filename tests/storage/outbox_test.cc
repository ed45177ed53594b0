// The outbox (issue 15) on both backends: queued messages come due, a failure is tried again
// later or given up, sent ones are not sent again and are deleted after their keeping time.
#include <gtest/gtest.h>

#include "mail/store.h"
#include "storage_fixture.h"

namespace safeboard::mail {
namespace {

class OutboxTest : public storage::StorageTest {};

TEST_F(OutboxTest, QueuedMessagesAreSentOnceAndFailuresRetriedLater) {
  Outbox outbox(connection());
  MailMessage m{"zoe@northshire.example", "Zoë Ångström", "Set your password", "Dear Zoë,\n"};
  std::int64_t first = 0, second = 0;
  {
    storage::Transaction tx(connection());
    first = outbox.Queue(m, std::nullopt, "2026-12-03T10:00:00Z");
    m.to_address = "sam@northshire.example";
    second = outbox.Queue(m, std::nullopt, "2026-12-03T10:00:05Z");
    tx.Commit();
  }
  {
    // A queued message in a transaction that rolls back is never sent.
    storage::Transaction tx(connection());
    outbox.Queue(m, std::nullopt, "2026-12-03T10:00:06Z");
  }
  auto due = outbox.Due("2026-12-03T10:00:10Z", 10);
  ASSERT_EQ(due.size(), 2u);
  EXPECT_EQ(due[0].id, first);
  EXPECT_EQ(due[0].message.to_name, "Zoë Ångström");
  EXPECT_TRUE(outbox.Due("2026-12-03T09:59:59Z", 10).empty());  // not due before it was queued
  outbox.MarkSent(first, "2026-12-03T10:00:11Z");
  outbox.MarkFailed(second, "421 try later", std::string("2026-12-03T10:01:11Z"), "2026-12-03T10:00:11Z");
  EXPECT_TRUE(outbox.Due("2026-12-03T10:01:00Z", 10).empty());
  due = outbox.Due("2026-12-03T10:01:11Z", 10);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].attempts, 1);
  EXPECT_EQ(due[0].last_error, "421 try later");
  outbox.MarkFailed(second, "550 no such user", std::nullopt, "2026-12-03T10:01:12Z");  // given up
  EXPECT_TRUE(outbox.Due("2026-12-04T00:00:00Z", 10).empty());
  auto latest = outbox.Latest(10);
  ASSERT_EQ(latest.size(), 2u);
  EXPECT_TRUE(latest[0].failed_at);
  // The sender deletes what finished 90 days before now: here, a cut-off between the two.
  EXPECT_EQ(outbox.DeleteFinishedBefore("2026-12-03T10:01:00Z"), 1);
  EXPECT_EQ(outbox.Latest(10).size(), 1u);  // the given-up one, finished after the cut-off, stays
  EXPECT_EQ(outbox.DeleteFinishedBefore("2026-12-03T10:01:13Z"), 1);
  EXPECT_TRUE(outbox.Latest(10).empty());
}

}  // namespace
}  // namespace safeboard::mail
