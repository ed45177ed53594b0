// The outbox: messages queued by a write, in its transaction, and their delivery. All of the
// mail module's SQL.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "mail/message.h"
#include "storage/database.h"

namespace safeboard::mail {

struct QueuedMessage {
  std::int64_t id = 0;
  std::optional<std::int64_t> partnership_id;
  MailMessage message;
  int attempts = 0;
  std::string queued_at;
  std::optional<std::string> sent_at;
  std::optional<std::string> failed_at;
  std::string last_error;
};

// How long a sent or given-up message stays in the outbox (the privacy notice states it).
inline constexpr std::chrono::days kMessageRetention{90};

class Outbox {
 public:
  explicit Outbox(storage::Connection& db) : db_(db) {}
  // Queues a message to send from `at` (a UTC timestamp "2026-12-03T19:22:00Z").
  // REQUIRES: !MailProblem(message).
  std::int64_t Queue(const MailMessage& message, std::optional<std::int64_t> partnership_id, const std::string& at);
  // Messages not sent nor given up whose next attempt is due by `at`, oldest first.
  std::vector<QueuedMessage> Due(const std::string& at, int limit);
  void MarkSent(std::int64_t id, const std::string& at);
  // A failed attempt: tried again from `retry_at`, or given up when it is nullopt.
  void MarkFailed(std::int64_t id, const std::string& error, const std::optional<std::string>& retry_at,
                  const std::string& at);
  // RULE: issue 15 - a message is kept kMessageRetention after it was sent or given up: deletes
  // those finished before `before`; how many.
  int DeleteFinishedBefore(const std::string& before);
  // The latest messages, newest first (for the administrator and the tests).
  std::vector<QueuedMessage> Latest(int limit);

 private:
  storage::Connection& db_;
};

}  // namespace safeboard::mail
