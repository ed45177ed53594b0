// The append-only audit log: who, what, when (UTC), which record. Never the content of
// sensitive fields: `detail` holds field names or short facts, not values from case records.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/vocabulary.h"
#include "storage/database.h"

namespace safeboard::auth {

// What an audit entry records: a closed list, stored by code ("create", "viewed", ...).
enum class AuditAction {
  kCreate, kUpdate, kEnd, kViewed, kView, kListed,
  kExported, kImport, kViewedAudit, kReview, kDecision, kRatify,
  kMove, kCorrect, kCirculate, kCancel, kApprove, kApologies,
  kAcceptLate, kSignIn, kSignInFailed, kSignInThrottled, kSignOut, kDenied,
  kDisable, kLoadDemo, kInvite, kAcceptInvitation
};
std::span<const core::Term<AuditAction>> AuditActions();

struct AuditEntry {
  std::optional<std::int64_t> user_id;
  std::optional<std::int64_t> partnership_id;
  AuditAction action;
  std::string record_type;  // "agency", "person", "group", "membership", "user", "route"
  std::optional<std::int64_t> record_id;
  std::string detail;
  std::string remote_address;
};

void Audit(storage::Connection& db, const core::Clock& clock, const AuditEntry& entry);

struct AuditRecord {
  std::int64_t id;
  std::string at;
  std::string user;  // display name or ""
  std::string action;  // the stored code
  std::string record_type;
  std::optional<std::int64_t> record_id;
  std::string detail;
};

// Which entries to show (issue 15): by who, by kind of record, and within [from, before).
struct AuditFilter {
  std::optional<std::int64_t> user_id;
  std::string record_type;                  // "" for every kind
  std::optional<core::TimePoint> from;      // inclusive
  std::optional<core::TimePoint> before;    // exclusive
  int limit = 200;
};
// The partnership's entries that pass the filter, newest first.
std::vector<AuditRecord> FilteredAudit(storage::Connection& db, std::int64_t partnership_id, const AuditFilter& filter);
// Who appears in the partnership's log (user id, name) and the kinds of record it names: what
// the filters offer.
std::vector<std::pair<std::int64_t, std::string>> AuditedUsers(storage::Connection& db, std::int64_t partnership_id);
std::vector<std::string> AuditedRecordTypes(storage::Connection& db, std::int64_t partnership_id);

// The newest entries of one partnership, newest first.
std::vector<AuditRecord> RecentAudit(storage::Connection& db, std::int64_t partnership_id,
                                     int limit);
// Every entry about one record, oldest first: who viewed or changed a case, for its panel chair.
std::vector<AuditRecord> AuditOfRecord(storage::Connection& db, std::int64_t partnership_id,
                                       const std::string& record_type, std::int64_t record_id);

}  // namespace safeboard::auth
