#include "mail/sender.h"

#include <iostream>
#include <random>

#include "core/date.h"
#include "mail/store.h"

namespace safeboard::mail {
namespace {

// "<32 hex>@<the sender's domain>"
std::string NewMessageId(const std::string& from_address) {
  static thread_local std::mt19937_64 random{std::random_device{}()};
  char id[40];
  std::snprintf(id, sizeof id, "%016llx%016llx", static_cast<unsigned long long>(random()),
                static_cast<unsigned long long>(random()));
  auto at = from_address.find('@');
  return std::string(id) + (at == std::string::npos ? "@safeboard" : from_address.substr(at));
}

}  // namespace

MailSender::MailSender(storage::Database& database, SmtpSettings settings, const core::Clock& clock,
                       std::chrono::milliseconds interval)
    : database_(database), settings_(std::move(settings)), clock_(clock), interval_(interval) {}

MailSender::~MailSender() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void MailSender::Start() {
  connection_ = database_.Connect();
  thread_ = std::thread([this] { Run(); });
}

int MailSender::SendDue() {
  if (!connection_) connection_ = database_.Connect();
  Outbox outbox(*connection_);
  auto now = clock_.Now();
  std::string at = core::FormatTimestamp(now);
  // Messages are kept kMessageRetention after they were sent or given up; the sweep runs
  // hourly, not on every pass.
  if (now - last_cleanup_ >= std::chrono::hours(1)) {
    outbox.DeleteFinishedBefore(core::FormatTimestamp(now - kMessageRetention));
    last_cleanup_ = now;
  }
  if (auto today = core::DateOf(now); daily_task_ && last_daily_ != today) {
    daily_task_(*connection_, today);
    last_daily_ = today;
  }
  int sent = 0;
  for (const auto& queued : outbox.Due(at, 50)) {
    std::string rendered =
        RenderMessage(queued.message, settings_.from, NewMessageId(settings_.from.address), now);
    try {
      SendRendered(settings_, queued.message.to_address, rendered);
      outbox.MarkSent(queued.id, at);
      ++sent;
    } catch (const MailError& e) {
      auto retry = RetryAfter(queued.attempts + 1);
      std::optional<std::string> retry_at;
      if (retry) retry_at = core::FormatTimestamp(now + *retry);
      outbox.MarkFailed(queued.id, e.what(), retry_at, at);
      std::cerr << "mail: message " << queued.id << " not sent (" << e.what() << ")"
                << (retry ? "; trying again later" : "; given up") << std::endl;
    }
  }
  return sent;
}

void MailSender::Run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      SendDue();
    } catch (const std::exception& e) {
      std::cerr << "mail: " << e.what() << std::endl;
    }
    lock.lock();
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace safeboard::mail
