// The outbox in SQL that runs on SQLite and PostgreSQL alike.
#include "mail/store.h"

namespace safeboard::mail {
namespace {

constexpr const char* kSelect =
    "SELECT id, partnership_id, to_address, to_name, subject, body, attempts, queued_at, sent_at, failed_at, "
    "last_error FROM outbox ";

QueuedMessage FromRow(const storage::Row& r) {
  QueuedMessage q;
  q.id = r.Int(0);
  q.partnership_id = r.OptInt(1);
  q.message = {r.Text(2), r.Text(3), r.Text(4), r.Text(5)};
  q.attempts = static_cast<int>(r.Int(6));
  q.queued_at = r.Text(7);
  q.sent_at = r.OptText(8);
  q.failed_at = r.OptText(9);
  q.last_error = r.Text(10);
  return q;
}

}  // namespace

std::int64_t Outbox::Queue(const MailMessage& m, std::optional<std::int64_t> partnership_id, const std::string& at) {
  return db_.Insert(
      "INSERT INTO outbox (partnership_id, to_address, to_name, subject, body, queued_at, next_attempt_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {storage::Nullable(partnership_id), m.to_address, m.to_name, m.subject, m.body, at, at});
}

std::vector<QueuedMessage> Outbox::Due(const std::string& at, int limit) {
  std::vector<QueuedMessage> out;
  for (const auto& r : db_.Query(std::string(kSelect) +
                                     "WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ? "
                                     "ORDER BY next_attempt_at, id LIMIT ?",
                                 {at, std::int64_t{limit}}))
    out.push_back(FromRow(r));
  return out;
}

void Outbox::MarkSent(std::int64_t id, const std::string& at) {
  db_.Exec("UPDATE outbox SET sent_at = ?, attempts = attempts + 1, last_error = '' WHERE id = ?", {at, id});
}

void Outbox::MarkFailed(std::int64_t id, const std::string& error, const std::optional<std::string>& retry_at,
                        const std::string& at) {
  if (retry_at)
    db_.Exec("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?",
             {error, *retry_at, id});
  else
    db_.Exec("UPDATE outbox SET attempts = attempts + 1, last_error = ?, failed_at = ? WHERE id = ?", {error, at, id});
}

int Outbox::DeleteFinishedBefore(const std::string& before) {
  constexpr const char* kFinished = "FROM outbox WHERE (sent_at IS NOT NULL AND sent_at < ?) OR "
                                    "(failed_at IS NOT NULL AND failed_at < ?)";
  auto count = db_.QueryOne(std::string("SELECT COUNT(*) ") + kFinished, {before, before})->Int(0);
  db_.Exec(std::string("DELETE ") + kFinished, {before, before});
  return static_cast<int>(count);
}

std::vector<QueuedMessage> Outbox::Latest(int limit) {
  std::vector<QueuedMessage> out;
  for (const auto& r : db_.Query(std::string(kSelect) + "ORDER BY id DESC LIMIT ?", {std::int64_t{limit}}))
    out.push_back(FromRow(r));
  return out;
}

}  // namespace safeboard::mail
