// The server's mail sender: a thread that sends the outbox's due messages and records each
// result, retrying a failed message later (mail::RetryAfter).
#pragma once
#include <atomic>
#include <condition_variable>
#include <functional>
#include <optional>
#include <mutex>
#include <thread>

#include "core/clock.h"
#include "core/date.h"
#include "mail/smtp_client.h"
#include "storage/database.h"

namespace safeboard::mail {

class MailSender {
 public:
  MailSender(storage::Database& database, SmtpSettings settings, const core::Clock& clock,
             std::chrono::milliseconds interval = std::chrono::seconds(1));
  ~MailSender();  // stops the thread
  // Work to do once a day before sending (the actions digest): run on the first pass of each day
  // (UTC). It must be idempotent for a day: a restarted server runs it again. Set before Start.
  using DailyTask = std::function<void(storage::Connection& db, const core::Date& today)>;
  void SetDailyTask(DailyTask task) { daily_task_ = std::move(task); }
  void Start();
  // One pass: sends every due message; how many were sent.
  int SendDue();

 private:
  void Run();
  storage::Database& database_;
  std::unique_ptr<storage::Connection> connection_;
  SmtpSettings settings_;
  const core::Clock& clock_;
  std::chrono::milliseconds interval_;
  core::TimePoint last_cleanup_{};
  DailyTask daily_task_;
  std::optional<core::Date> last_daily_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace safeboard::mail
