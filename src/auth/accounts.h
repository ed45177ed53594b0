// User accounts, password hashing (Argon2id via libsodium), database-backed sessions and the
// throttling of repeated failed sign-ins.
#pragma once
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "storage/database.h"

namespace safeboard::auth {

struct User {
  std::int64_t id = 0;
  std::string email;
  std::string display_name;
  bool is_admin = false;
  bool disabled = false;
};

// Argon2id at libsodium's INTERACTIVE limits (~70 ms). Slow on purpose: call off the network
// threads.
std::string HashPassword(const std::string& password);
bool VerifyPassword(const std::string& hash, const std::string& password);

// RULE: ASVS 2.1.1 - passwords of at least 10 characters. Returns an error message or "".
std::string CheckNewPassword(const std::string& password);

// Creates an account; returns its id. Emails are stored lower-cased. Throws DatabaseError
// (constraint) when the email is taken. REQUIRES: inside a transaction the caller commits.
std::int64_t CreateUser(storage::Connection& db, const core::Clock& clock, const std::string& email,
                        const std::string& display_name, const std::string& password,
                        bool is_admin);
// An account that cannot sign in until its invitation is accepted (no password yet). REQUIRES:
// inside a transaction the caller commits.
std::int64_t CreateInvitedUser(storage::Connection& db, const core::Clock& clock, const std::string& email,
                               const std::string& display_name);
std::optional<User> FindUserByEmail(storage::Connection& db, const std::string& email);
std::optional<User> FindUser(storage::Connection& db, std::int64_t id);
// False for an invited account that has not set its password yet.
bool HasPassword(storage::Connection& db, std::int64_t id);
void SetUserDisabled(storage::Connection& db, std::int64_t id, bool disabled);

struct SignInResult {
  enum class Outcome { kSignedIn, kWrongDetails, kThrottled } outcome;
  std::optional<User> user;
  std::chrono::seconds wait{0};  // kThrottled: how long until an attempt is allowed
  bool known_browser = false;    // the attempt came with this account's known-browser cookie
};

// RULE: issue 12 - the throttle (auth/throttle.h) slows guessing but locks nobody out: a client
// is made to wait after repeated failures at one account, or at any accounts from one address,
// and a browser that signed in as the account before (its known-browser cookie,
// `known_browser_token`, may be "") is judged on its own failures only. Records each failure.
SignInResult CheckSignIn(storage::Connection& db, const core::Clock& clock, const std::string& email,
                         const std::string& password, const std::string& remote_address,
                         const std::string& known_browser_token);

// A known-browser cookie's value for this user after a good sign-in; its hash is stored until it
// expires (the user's expired ones are deleted here).
constexpr std::chrono::days kKnownBrowserLifetime{180};
std::string RememberBrowser(storage::Connection& db, const core::Clock& clock, std::int64_t user_id);
// Failures are kept one day: long enough for the throttle's window and an investigation.
constexpr std::chrono::hours kFailureRetention{24};

struct Session {
  std::string token;  // goes in the cookie; only its hash is stored
  std::string csrf_token;
  User user;
};

constexpr std::chrono::hours kSessionLifetime{12};

Session StartSession(storage::Connection& db, const core::Clock& clock, const User& user);
// The live session for a cookie token, or nullopt (unknown, expired, or user disabled).
std::optional<Session> FindSession(storage::Connection& db, const core::Clock& clock,
                                   const std::string& token);
void EndSession(storage::Connection& db, const std::string& token);

// The private address of a user's calendar feed (/calendar/<token>.ics), made on request.
std::optional<std::string> CalendarTokenOf(storage::Connection& db, std::int64_t user_id);
void CreateCalendarToken(storage::Connection& db, std::int64_t user_id);
// The enabled user whose feed this is.
std::optional<std::int64_t> UserOfCalendarToken(storage::Connection& db, const std::string& token);

// RULE: issue 14 - an invitation is a one-time link to set the account's password. It expires
// after 7 days; only its hash is stored; a new invitation replaces the user's earlier ones.
constexpr std::chrono::days kInvitationLifetime{7};
struct Invitation {
  std::string token;  // goes in the link /invitations/<token>; shown once
  core::TimePoint expires_at;
};
Invitation Invite(storage::Connection& db, const core::Clock& clock, std::int64_t user_id);
// The enabled user a live (unexpired, unused) invitation is for.
std::optional<User> InvitedUser(storage::Connection& db, const core::Clock& clock, const std::string& token);
// Sets the password of the invitation's user and uses the invitation up (hashing: call off the
// network threads). Returns the user, or nullopt when the invitation is not live.
std::optional<User> AcceptInvitation(storage::Connection& db, const core::Clock& clock, const std::string& token,
                                     const std::string& password);

// Every account, by email, with how many people records are linked to it.
struct UserSummary {
  User user;
  int linked_people = 0;
  bool invited = false;  // no password yet: waiting for an invitation to be accepted
};
std::vector<UserSummary> ListUsers(storage::Connection& db);

// A random token of 32 bytes as hex.
std::string RandomToken();
// What is stored of a token sent by email or kept in a cookie: its BLAKE2b hash as hex, so the
// database alone never lets anyone use it.
std::string HashToken(const std::string& token);
// Constant-time comparison.
bool SameToken(const std::string& a, const std::string& b);

}  // namespace safeboard::auth
