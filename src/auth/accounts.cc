// User accounts, passwords and sessions.
#include "auth/accounts.h"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "auth/throttle.h"
#include "core/date.h"
#include "core/text.h"

namespace safeboard::auth {
namespace {

void EnsureSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium failed to initialise");
}

std::string Hex(const unsigned char* data, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, size);
  out.pop_back();
  return out;
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

User UserFromRow(const storage::Row& row) {
  return User{row.Int(0), row.Text(1), row.Text(2), row.Bool(3), row.Bool(4)};
}

constexpr const char* kUserColumns = "id, email, display_name, is_admin, disabled";

}  // namespace

std::string HashPassword(const std::string& password) {
  EnsureSodium();
  char hash[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(hash, password.data(), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
    throw std::runtime_error("out of memory hashing a password");
  return hash;
}

bool VerifyPassword(const std::string& hash, const std::string& password) {
  EnsureSodium();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string CheckNewPassword(const std::string& password) {
  if (core::CharacterCount(password) < 10) return "Password must be 10 characters or more";
  if (core::CharacterCount(password) > 200) return core::TooLongMessage("Password", 200);
  return "";
}

std::int64_t CreateUser(storage::Connection& db, const core::Clock& clock, const std::string& email,
                        const std::string& display_name, const std::string& password,
                        bool is_admin) {
  return db.Insert(
      "INSERT INTO users (email, display_name, password_hash, is_admin, disabled, created_at) "
      "VALUES (?, ?, ?, ?, 0, ?) RETURNING id",
      {Lower(email), display_name, HashPassword(password), std::int64_t{is_admin},
       core::FormatTimestamp(clock.Now())});
}

std::int64_t CreateInvitedUser(storage::Connection& db, const core::Clock& clock, const std::string& email,
                               const std::string& display_name) {
  return db.Insert(
      "INSERT INTO users (email, display_name, password_hash, is_admin, disabled, created_at) "
      "VALUES (?, ?, '', 0, 0, ?) RETURNING id",
      {Lower(email), display_name, core::FormatTimestamp(clock.Now())});
}

std::optional<User> FindUserByEmail(storage::Connection& db, const std::string& email) {
  auto row = db.QueryOne(std::string("SELECT ") + kUserColumns + " FROM users WHERE email = ?",
                         {Lower(email)});
  if (!row) return std::nullopt;
  return UserFromRow(*row);
}

std::optional<User> FindUser(storage::Connection& db, std::int64_t id) {
  auto row = db.QueryOne(std::string("SELECT ") + kUserColumns + " FROM users WHERE id = ?", {id});
  if (!row) return std::nullopt;
  return UserFromRow(*row);
}

bool HasPassword(storage::Connection& db, std::int64_t id) {
  return db.QueryOne("SELECT 1 FROM users WHERE id = ? AND password_hash <> ''", {id}).has_value();
}

void SetUserDisabled(storage::Connection& db, std::int64_t id, bool disabled) {
  db.Exec("UPDATE users SET disabled = ? WHERE id = ?", {std::int64_t{disabled}, id});
  if (disabled) db.Exec("DELETE FROM sessions WHERE user_id = ?", {id});
}

namespace {

FailureCount CountFailures(storage::Connection& db, const std::string& where,
                           std::vector<storage::Value> params) {
  auto row = db.QueryOne("SELECT COUNT(*), MAX(at) FROM sign_in_failures WHERE " + where, params);
  FailureCount count{static_cast<int>(row->Int(0)), std::nullopt};
  if (!row->IsNull(1)) count.last = core::ParseTimestamp(row->Text(1));
  return count;
}

}  // namespace

SignInResult CheckSignIn(storage::Connection& db, const core::Clock& clock, const std::string& email,
                         const std::string& password, const std::string& remote_address,
                         const std::string& known_browser_token) {
  std::string since = core::FormatTimestamp(clock.Now() - kThrottleWindow);
  std::string lower = Lower(email);
  auto row = db.QueryOne(
      std::string("SELECT ") + kUserColumns + ", password_hash FROM users WHERE email = ?",
      {lower});
  std::optional<std::string> browser_hash;
  if (row && known_browser_token.size() == 64 &&
      db.QueryOne("SELECT 1 FROM known_browsers WHERE token_hash = ? AND user_id = ? AND expires_at > ?",
                  {HashToken(known_browser_token), row->Int(0), core::FormatTimestamp(clock.Now())}))
    browser_hash = HashToken(known_browser_token);

  SignInHistory history;
  history.known_browser = browser_hash.has_value();
  if (browser_hash) {
    history.account_from_client =
        CountFailures(db, "email = ? AND browser_hash = ? AND at > ?", {lower, *browser_hash, since});
  } else {
    history.account_from_client =
        CountFailures(db, "email = ? AND remote_address = ? AND at > ?", {lower, remote_address, since});
    history.from_address = CountFailures(db, "remote_address = ? AND at > ?", {remote_address, since});
    history.account_from_unknown_browsers =
        CountFailures(db, "email = ? AND browser_hash IS NULL AND at > ?", {lower, since});
  }
  auto decision = DecideSignInAttempt(history, clock.Now());
  if (!decision.allowed) return {SignInResult::Outcome::kThrottled, std::nullopt, decision.wait};

  // Verify against a dummy hash when the user is unknown, so timing does not reveal accounts.
  static const std::string kDummyHash = HashPassword("not-a-real-password");
  // An invited account has no password yet (an empty hash): nothing signs in as it.
  bool has_password = row && !row->Text(5).empty();
  bool ok = VerifyPassword(has_password ? row->Text(5) : kDummyHash, password) && has_password && !row->Bool(4);
  if (!ok) {
    db.Exec("DELETE FROM sign_in_failures WHERE at < ?",
            {core::FormatTimestamp(clock.Now() - kFailureRetention)});
    db.Exec("INSERT INTO sign_in_failures (email, remote_address, at, browser_hash) VALUES (?, ?, ?, ?)",
            {lower, remote_address, core::FormatTimestamp(clock.Now()),
             browser_hash ? storage::Value(*browser_hash) : storage::Value(nullptr)});
    return {SignInResult::Outcome::kWrongDetails, std::nullopt};
  }
  return {SignInResult::Outcome::kSignedIn, UserFromRow(*row), std::chrono::seconds(0),
          browser_hash.has_value()};
}

std::string RememberBrowser(storage::Connection& db, const core::Clock& clock, std::int64_t user_id) {
  std::string now = core::FormatTimestamp(clock.Now());
  db.Exec("DELETE FROM known_browsers WHERE user_id = ? AND expires_at <= ?", {user_id, now});
  std::string token = RandomToken();
  db.Exec("INSERT INTO known_browsers (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
          {HashToken(token), user_id, now, core::FormatTimestamp(clock.Now() + kKnownBrowserLifetime)});
  return token;
}

std::string HashToken(const std::string& token) {
  unsigned char hash[32];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return Hex(hash, sizeof hash);
}

std::string RandomToken() {
  EnsureSodium();
  unsigned char bytes[32];
  randombytes_buf(bytes, sizeof bytes);
  return Hex(bytes, sizeof bytes);
}

bool SameToken(const std::string& a, const std::string& b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Session StartSession(storage::Connection& db, const core::Clock& clock, const User& user) {
  Session session{RandomToken(), RandomToken(), user};
  db.Exec(
      "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) "
      "VALUES (?, ?, ?, ?, ?)",
      {HashToken(session.token), user.id, session.csrf_token, core::FormatTimestamp(clock.Now()),
       core::FormatTimestamp(clock.Now() + kSessionLifetime)});
  return session;
}

std::optional<Session> FindSession(storage::Connection& db, const core::Clock& clock,
                                   const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  auto row = db.QueryOne(
      "SELECT u.id, u.email, u.display_name, u.is_admin, u.disabled, s.csrf_token "
      "FROM sessions s JOIN users u ON u.id = s.user_id "
      "WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0",
      {HashToken(token), core::FormatTimestamp(clock.Now())});
  if (!row) return std::nullopt;
  return Session{token, row->Text(5), UserFromRow(*row)};
}

void EndSession(storage::Connection& db, const std::string& token) {
  db.Exec("DELETE FROM sessions WHERE token_hash = ?", {HashToken(token)});
}

std::optional<std::string> CalendarTokenOf(storage::Connection& db, std::int64_t user_id) {
  auto row = db.QueryOne("SELECT calendar_token FROM users WHERE id = ?", {user_id});
  if (!row || row->IsNull(0)) return std::nullopt;
  return row->Text(0);
}

void CreateCalendarToken(storage::Connection& db, std::int64_t user_id) {
  db.Exec("UPDATE users SET calendar_token = ? WHERE id = ?", {RandomToken(), user_id});
}

std::optional<std::int64_t> UserOfCalendarToken(storage::Connection& db, const std::string& token) {
  auto row = db.QueryOne("SELECT id FROM users WHERE calendar_token = ? AND disabled = 0", {token});
  if (!row) return std::nullopt;
  return row->Int(0);
}

std::vector<UserSummary> ListUsers(storage::Connection& db) {
  std::vector<UserSummary> out;
  for (const auto& r : db.Query(std::string("SELECT ") + kUserColumns +
                                ", (SELECT COUNT(*) FROM people p WHERE p.user_id = users.id), "
                                "CASE WHEN password_hash = '' THEN 1 ELSE 0 END FROM users ORDER BY email"))
    out.push_back({UserFromRow(r), static_cast<int>(r.Int(5)), r.Bool(6)});
  return out;
}

Invitation Invite(storage::Connection& db, const core::Clock& clock, std::int64_t user_id) {
  Invitation invitation{RandomToken(), clock.Now() + kInvitationLifetime};
  db.Exec("DELETE FROM invitations WHERE user_id = ?", {user_id});
  db.Exec("INSERT INTO invitations (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
          {HashToken(invitation.token), user_id, core::FormatTimestamp(clock.Now()),
           core::FormatTimestamp(invitation.expires_at)});
  return invitation;
}

std::optional<User> InvitedUser(storage::Connection& db, const core::Clock& clock, const std::string& token) {
  if (token.size() != 64) return std::nullopt;
  auto row = db.QueryOne(
      "SELECT u.id, u.email, u.display_name, u.is_admin, u.disabled FROM invitations i "
      "JOIN users u ON u.id = i.user_id WHERE i.token_hash = ? AND i.expires_at > ? AND u.disabled = 0",
      {HashToken(token), core::FormatTimestamp(clock.Now())});
  if (!row) return std::nullopt;
  return UserFromRow(*row);
}

std::optional<User> AcceptInvitation(storage::Connection& db, const core::Clock& clock, const std::string& token,
                                     const std::string& password) {
  auto user = InvitedUser(db, clock, token);
  if (!user) return std::nullopt;
  db.Exec("UPDATE users SET password_hash = ? WHERE id = ?", {HashPassword(password), user->id});
  db.Exec("DELETE FROM invitations WHERE user_id = ?", {user->id});
  return user;
}

}  // namespace safeboard::auth
