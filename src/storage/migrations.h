// Numbered schema migrations (storage/migrations/NNNN_verb_phrase.sql), embedded in the binary
// and applied in order by `safeboard migrate` and at start-up.
//
// A line "-- @sqlite" or "-- @postgres" makes the statements after it (until the next such line,
// or "-- @both") apply to that backend only.
//
// Migration SQL is portable between SQLite and PostgreSQL except for one token: {{ID}} becomes
// the backend's auto-increment integer primary key. Use BIGINT for integers and foreign keys,
// INTEGER 0/1 for booleans, TEXT for dates ("YYYY-MM-DD") and UTC timestamps.
#pragma once
#include <string>
#include <vector>

#include "storage/database.h"

namespace safeboard::storage {

struct Migration {
  int number;
  std::string name;
  std::string sql;
};

const std::vector<Migration>& EmbeddedMigrations();

// Applies every migration not yet recorded in schema_migrations, each in its own transaction.
// Returns the number applied.
int ApplyMigrations(Connection& connection, const std::vector<Migration>& migrations);

}  // namespace safeboard::storage

namespace safeboard::storage {

// The statements of `sql` that apply to `backend` (honouring -- @sqlite / -- @postgres /
// -- @both section lines), with {{ID}} replaced by the backend's identity primary key.
std::string MigrationSqlFor(Backend backend, const std::string& sql);

}  // namespace safeboard::storage
