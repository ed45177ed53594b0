// RULE: issue 6 - `safeboard backup` takes an online backup; restoring it gives every table back
// exactly. SQLite only (PostgreSQL deployments use pg_dump).
#include <gtest/gtest.h>

#include <filesystem>

#include "cli/commands.h"
#include "storage/sqlite/sqlite_database.h"

namespace safeboard::storage {
namespace {

// Every table's rows, in a stable order, as text.
std::map<std::string, std::vector<std::string>> Contents(Connection& db) {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& t : db.Query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
    auto& rows = out[t.Text(0)];
    for (const auto& r : db.Query("SELECT * FROM " + t.Text(0) + " ORDER BY 1")) {
      std::string line;
      for (std::size_t i = 0; i < r.size(); ++i) line += (r.IsNull(i) ? std::string("NULL") : r.Text(i)) + "|";
      rows.push_back(line);
    }
  }
  return out;
}

TEST(Backup, ARestoredBackupHasEveryTableExactly) {
  char tmpl[] = "/tmp/safeboard-backup-XXXXXX";
  std::string dir = ::mkdtemp(tmpl);
  auto database = cli::OpenAndMigrate("sqlite:" + dir + "/live.db");
  ASSERT_TRUE(cli::LoadDemo(*database));
  auto live = database->Connect();
  // A write that lands while the backup is being taken is fine either way; take it, then compare.
  SqliteOnlineBackup(dir + "/live.db", dir + "/backup.db");
  auto restored = OpenDatabase("sqlite:" + dir + "/backup.db")->Connect();
  EXPECT_EQ(SqliteIntegrityCheck(*restored), "ok");
  auto expected = Contents(*live);
  auto actual = Contents(*restored);
  EXPECT_GT(expected.size(), 20u);
  EXPECT_EQ(actual, expected);
  EXPECT_THROW(SqliteOnlineBackup(dir + "/missing.db", dir + "/x.db"), DatabaseError);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace safeboard::storage
