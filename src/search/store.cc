#include "search/store.h"

#include "search/query.h"

namespace safeboard::search {
namespace {

// Audit actions that change nothing searchable.
constexpr const char* kReadActions =
    "('view', 'viewed', 'listed', 'exported', 'viewed-audit', 'sign-in', 'sign-in-failed', 'sign-in-throttled', "
    "'sign-out', 'denied')";

// The access filter, with its parameters appended to `params`.
std::string AccessFilter(const SearchAccess& access, storage::Params& params) {
  std::string sql = " AND (board_team_only = 0 OR ? = 1) AND (confidential = 0 OR ? = 1";
  params.emplace_back(std::int64_t{access.drafts});
  params.emplace_back(std::int64_t{access.all_confidential});
  if (!access.confidential_groups.empty()) {
    sql += " OR group_id IN (";
    for (std::size_t i = 0; i < access.confidential_groups.size(); ++i) {
      sql += i ? ", ?" : "?";
      params.push_back(access.confidential_groups[i]);
    }
    sql += ")";
  }
  return sql + ")";
}

}  // namespace

bool SearchStore::IndexIsStale(std::int64_t partnership_id) {
  auto state = db_.QueryOne("SELECT indexed_through_audit_id FROM search_index_state WHERE partnership_id = ?",
                            {partnership_id});
  if (!state) return true;
  // PostgreSQL may commit a lower audit id after a higher one: such a write shows in the index
  // at the next write after it. (SQLite commits one writer at a time.)
  return db_.QueryOne(std::string("SELECT 1 FROM audit_log WHERE partnership_id = ? AND id > ? AND action NOT IN ") +
                          kReadActions + " LIMIT 1",
                      {partnership_id, state->Int(0)})
      .has_value();
}

void SearchStore::LockIndex(std::int64_t partnership_id) {
  // SQLite's transactions already take the one writer lock; PostgreSQL needs its own.
  if (db_.backend() == storage::Backend::kPostgres) db_.Exec("SELECT pg_advisory_xact_lock(?)", {partnership_id});
}

void SearchStore::ReplaceIndex(std::int64_t partnership_id, const std::vector<SearchDocument>& documents,
                               const std::string& built_at) {
  auto mark = db_.QueryOne("SELECT COALESCE(MAX(id), 0) FROM audit_log WHERE partnership_id = ?", {partnership_id});
  db_.Exec("DELETE FROM search_index WHERE partnership_id = ?", {partnership_id});
  for (const auto& d : documents)
    db_.Exec(
        "INSERT INTO search_index (partnership_id, kind, record_id, title, body, context, group_id, confidential, "
        "board_team_only, link) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {partnership_id, d.kind, d.record_id, d.title, d.body, d.context, storage::Nullable(d.group_id),
         std::int64_t{d.confidential}, std::int64_t{d.board_team_only}, d.link});
  db_.Exec(
      "INSERT INTO search_index_state (partnership_id, indexed_through_audit_id, indexed_at, documents) "
      "VALUES (?, ?, ?, ?) ON CONFLICT (partnership_id) DO UPDATE SET indexed_through_audit_id = "
      "excluded.indexed_through_audit_id, indexed_at = excluded.indexed_at, documents = excluded.documents",
      {partnership_id, mark->Int(0), built_at, static_cast<std::int64_t>(documents.size())});
}

std::vector<SearchHit> SearchStore::Search(std::int64_t partnership_id, const std::vector<std::string>& words,
                                           const SearchAccess& access, const std::optional<std::string>& kind,
                                           int limit) {
  std::vector<SearchHit> hits;
  if (words.empty()) return hits;
  std::string sql;
  storage::Params params;
  if (db_.backend() == storage::Backend::kSqlite) {
    // Each word quoted: an FTS5 string, never an operator. Every word must match.
    std::string match;
    for (const auto& w : words) match += (match.empty() ? "\"" : " \"") + w + "\"";
    sql = "SELECT kind, record_id, title, context, link, snippet(search_index, 1, ?, ?, '…', 24) "
          "FROM search_index WHERE search_index MATCH ? AND partnership_id = ?";
    params = {std::string(kMatchStart), std::string(kMatchEnd), match, partnership_id};
    sql += AccessFilter(access, params);
    if (kind) {
      sql += " AND kind = ?";
      params.push_back(*kind);
    }
    // Title matches count eight times a body match.
    sql += " ORDER BY bm25(search_index, 8.0, 1.0), record_id LIMIT ?";
  } else {
    std::string phrase;
    for (const auto& w : words) phrase += (phrase.empty() ? "" : " ") + w;
    sql = "SELECT kind, record_id, title, context, link, ts_headline('english', body, q, ?) "
          "FROM search_index, plainto_tsquery('english', ?) q WHERE document @@ q AND partnership_id = ?";
    params = {"StartSel=" + std::string(kMatchStart) + ", StopSel=" + std::string(kMatchEnd) +
                  ", MaxWords=30, MinWords=12, MaxFragments=1",
              phrase, partnership_id};
    sql += AccessFilter(access, params);
    if (kind) {
      sql += " AND kind = ?";
      params.push_back(*kind);
    }
    sql += " ORDER BY ts_rank(document, q) DESC, record_id LIMIT ?";
  }
  params.push_back(std::int64_t{limit});
  for (const auto& r : db_.Query(sql, params))
    hits.push_back({r.Text(0), r.Int(1), r.Text(2), r.Text(3), r.Text(4), r.Text(5)});
  return hits;
}

std::int64_t SearchStore::IndexedDocuments(std::int64_t partnership_id) {
  auto r = db_.QueryOne("SELECT documents FROM search_index_state WHERE partnership_id = ?", {partnership_id});
  return r ? r->Int(0) : 0;
}

}  // namespace safeboard::search
