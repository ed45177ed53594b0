// The search index's SQL (issue 15): SQLite's FTS5 or PostgreSQL's tsvector, behind one
// interface, always scoped by partnership.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "search/document.h"
#include "storage/database.h"

namespace safeboard::search {

// What the reader may see beyond the partnership's ordinary records.
struct SearchAccess {
  bool drafts = false;                       // the board team: minutes in draft
  bool all_confidential = false;             // the board team: every confidential item
  std::vector<std::int64_t> confidential_groups;  // groups whose confidential items the reader sees
};

struct SearchHit {
  std::string kind;
  std::int64_t record_id = 0;
  std::string title;
  std::string context;
  std::string link;
  std::string snippet;  // matches between kMatchStart and kMatchEnd
};

class SearchStore {
 public:
  explicit SearchStore(storage::Connection& db) : db_(db) {}

  // Whether the partnership has had a write (an audit entry that is not a read or a sign-in)
  // since its index was built; true when it has never been built.
  bool IndexIsStale(std::int64_t partnership_id);
  // Makes two builders of one partnership's index take turns, until the transaction ends.
  void LockIndex(std::int64_t partnership_id);
  // Replaces the partnership's index with `documents` and records the audit log's latest entry
  // as the point it was built at. Call inside a transaction, after LockIndex.
  void ReplaceIndex(std::int64_t partnership_id, const std::vector<SearchDocument>& documents,
                    const std::string& built_at);
  // Up to `limit` records holding every word, best first, that `access` allows; only of `kind`
  // when given.
  std::vector<SearchHit> Search(std::int64_t partnership_id, const std::vector<std::string>& words,
                                const SearchAccess& access, const std::optional<std::string>& kind, int limit);
  // How many records the partnership's index holds (0 when never built).
  std::int64_t IndexedDocuments(std::int64_t partnership_id);

 private:
  storage::Connection& db_;
};

}  // namespace safeboard::search
