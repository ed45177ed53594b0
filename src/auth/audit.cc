// Writing and reading the audit log.
#include "auth/audit.h"

#include "core/date.h"

namespace safeboard::auth {

std::span<const core::Term<AuditAction>> AuditActions() {
  static constexpr core::Term<AuditAction> kTerms[] = {
      {AuditAction::kCreate, "create", "Created"},
      {AuditAction::kUpdate, "update", "Updated"},
      {AuditAction::kEnd, "end", "Ended"},
      {AuditAction::kViewed, "viewed", "Viewed a case record"},
      {AuditAction::kView, "view", "Viewed a confidential item"},
      {AuditAction::kListed, "listed", "Listed case records"},
      {AuditAction::kExported, "exported", "Exported case records"},
      {AuditAction::kImport, "import", "Imported"},
      {AuditAction::kViewedAudit, "viewed-audit", "Read who has seen a record"},
      {AuditAction::kReview, "review", "Recorded a review"},
      {AuditAction::kDecision, "decision", "Recorded the panel's decision"},
      {AuditAction::kRatify, "ratify", "Ratified"},
      {AuditAction::kMove, "move", "Moved"},
      {AuditAction::kCorrect, "correct", "Corrected"},
      {AuditAction::kCirculate, "circulate", "Circulated"},
      {AuditAction::kCancel, "cancel", "Cancelled"},
      {AuditAction::kApprove, "approve", "Approved"},
      {AuditAction::kApologies, "apologies", "Sent apologies"},
      {AuditAction::kAcceptLate, "accept-late", "Accepted a late paper"},
      {AuditAction::kSignIn, "sign-in", "Signed in"},
      {AuditAction::kSignInFailed, "sign-in-failed", "Sign-in failed"},
      {AuditAction::kSignInThrottled, "sign-in-throttled", "Sign-in slowed by the throttle"},
      {AuditAction::kSignOut, "sign-out", "Signed out"},
      {AuditAction::kDenied, "denied", "Refused"},
      {AuditAction::kDisable, "disable", "Disabled"},
      {AuditAction::kLoadDemo, "load-demo", "Loaded the demo board"},
      {AuditAction::kInvite, "invite", "Sent an invitation to set a password"},
      {AuditAction::kAcceptInvitation, "accept-invitation", "Accepted an invitation and set a password"}};
  return kTerms;
}

void Audit(storage::Connection& db, const core::Clock& clock, const AuditEntry& entry) {
  db.Exec(
      "INSERT INTO audit_log (at, user_id, partnership_id, action, record_type, record_id, detail, "
      "remote_address) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {core::FormatTimestamp(clock.Now()), storage::Nullable(entry.user_id),
       storage::Nullable(entry.partnership_id), std::string(core::CodeOf(AuditActions(), entry.action)), entry.record_type,
       storage::Nullable(entry.record_id), entry.detail, entry.remote_address});
}

std::vector<AuditRecord> RecentAudit(storage::Connection& db, std::int64_t partnership_id,
                                     int limit) {
  std::vector<AuditRecord> out;
  for (const auto& row : db.Query(
           "SELECT a.id, a.at, COALESCE(u.display_name, ''), a.action, a.record_type, "
           "a.record_id, a.detail FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
           "WHERE a.partnership_id = ? ORDER BY a.id DESC LIMIT ?",
           {partnership_id, std::int64_t{limit}}))
    out.push_back({row.Int(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4), row.OptInt(5),
                   row.Text(6)});
  return out;
}

std::vector<AuditRecord> FilteredAudit(storage::Connection& db, std::int64_t partnership_id, const AuditFilter& filter) {
  std::string sql =
      "SELECT a.id, a.at, COALESCE(u.display_name, ''), a.action, a.record_type, a.record_id, a.detail "
      "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE a.partnership_id = ?";
  storage::Params params = {partnership_id};
  if (filter.user_id) {
    sql += " AND a.user_id = ?";
    params.push_back(*filter.user_id);
  }
  if (!filter.record_type.empty()) {
    sql += " AND a.record_type = ?";
    params.push_back(filter.record_type);
  }
  // Stored times are ISO UTC text, which sorts as time does.
  if (filter.from) {
    sql += " AND a.at >= ?";
    params.push_back(core::FormatTimestamp(*filter.from));
  }
  if (filter.before) {
    sql += " AND a.at < ?";
    params.push_back(core::FormatTimestamp(*filter.before));
  }
  sql += " ORDER BY a.id DESC LIMIT ?";
  params.push_back(std::int64_t{filter.limit});
  std::vector<AuditRecord> out;
  for (const auto& row : db.Query(sql, params))
    out.push_back({row.Int(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4), row.OptInt(5), row.Text(6)});
  return out;
}

std::vector<std::pair<std::int64_t, std::string>> AuditedUsers(storage::Connection& db, std::int64_t partnership_id) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& row : db.Query("SELECT u.id, u.display_name FROM users u WHERE u.id IN "
                                  "(SELECT user_id FROM audit_log WHERE partnership_id = ?) ORDER BY u.display_name, u.id",
                                  {partnership_id}))
    out.emplace_back(row.Int(0), row.Text(1));
  return out;
}

std::vector<std::string> AuditedRecordTypes(storage::Connection& db, std::int64_t partnership_id) {
  std::vector<std::string> out;
  for (const auto& row : db.Query("SELECT DISTINCT record_type FROM audit_log WHERE partnership_id = ? AND "
                                  "record_type <> '' ORDER BY record_type",
                                  {partnership_id}))
    out.push_back(row.Text(0));
  return out;
}

std::vector<AuditRecord> AuditOfRecord(storage::Connection& db, std::int64_t partnership_id,
                                       const std::string& record_type, std::int64_t record_id) {
  std::vector<AuditRecord> out;
  for (const auto& row : db.Query(
           "SELECT a.id, a.at, COALESCE(u.display_name, ''), a.action, a.record_type, "
           "a.record_id, a.detail FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
           "WHERE a.partnership_id = ? AND a.record_type = ? AND a.record_id = ? ORDER BY a.id",
           {partnership_id, record_type, record_id}))
    out.push_back({row.Int(0), row.Text(1), row.Text(2), row.Text(3), row.Text(4), row.OptInt(5),
                   row.Text(6)});
  return out;
}

}  // namespace safeboard::auth
