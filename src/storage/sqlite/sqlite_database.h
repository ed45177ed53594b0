// The SQLite backend: WAL, synchronous=FULL, foreign keys on, prepared statements cached per
// connection.
#pragma once
#include <memory>
#include <string>

#include "storage/database.h"

namespace safeboard::storage {

// Opens (creating if needed) the SQLite database file at `path`.
std::unique_ptr<Database> OpenSqlite(const std::string& path);

// Runs PRAGMA integrity_check; returns "ok" when the file is sound.
std::string SqliteIntegrityCheck(Connection& connection);

// Copies the database at `source_path` into a new file at `destination_path` while it stays in
// use (SQLite's online backup API, in steps so writers are not held up). Throws DatabaseError.
void SqliteOnlineBackup(const std::string& source_path, const std::string& destination_path);

}  // namespace safeboard::storage
