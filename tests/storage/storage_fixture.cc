// A fresh, empty, migrated database per test, on either backend.
//
// Migrating means a dozen synced transactions, and CREATE DATABASE on PostgreSQL copies a whole
// catalog (~200 ms each), so neither is done per test:
// - SQLite: a template file is migrated once per process; each test gets a copy of it in a new
//   temp directory, removed afterwards.
// - PostgreSQL: each test process migrates a database of its own once (t_<pid>_<random>); after
//   each test every table is emptied and every sequence restarted (~10 ms), which leaves it
//   exactly as migrated. If a test changed the schema itself (a fingerprint of the catalog
//   differs), left a connection open, or the reset fails, the database is dropped and the next
//   test gets a newly created one. The database is dropped when the test program ends.
#include "storage_fixture.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <thread>

#include "storage/migrations.h"

namespace safeboard::storage {
namespace {

std::string Env(const char* name) {
  const char* value = std::getenv(name);
  return value ? value : "";
}

std::string BackendName() {
  std::string name = Env("SAFEBOARD_TEST_BACKEND");
  return name.empty() ? "sqlite" : name;
}

// A database name no other test process on the server is using.
std::string UniqueName(const std::string& prefix) {
  static std::mt19937_64 random(std::random_device{}());
  return prefix + std::to_string(::getpid()) + "_" + std::to_string(random() % 1'000'000'000);
}

// Everything in the public schema a test could change besides rows: relations and their columns
// and defaults, constraints, triggers, functions, and which migrations are recorded.
constexpr const char* kFingerprintSql = R"(
SELECT md5(string_agg(item, ',' ORDER BY item)) FROM (
  SELECT c.relname || ':' || c.relkind::text || ':' || coalesce(a.attname, '') || ':' ||
         coalesce(a.atttypid::text, '') || ':' || coalesce(a.attnotnull::text, '') || ':' ||
         coalesce(pg_get_expr(d.adbin, d.adrelid), '') AS item
    FROM pg_class c
    LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
   WHERE c.relnamespace = 'public'::regnamespace
  UNION ALL SELECT conname || pg_get_constraintdef(oid) FROM pg_constraint
   WHERE connamespace = 'public'::regnamespace
  UNION ALL SELECT tgname || tgrelid::regclass::text || tgenabled::text FROM pg_trigger
   WHERE NOT tgisinternal
  UNION ALL SELECT proname || prosrc FROM pg_proc WHERE pronamespace = 'public'::regnamespace
  UNION ALL SELECT 'migration ' || number || ' ' || name FROM schema_migrations
) AS catalog)";

// The PostgreSQL server the tests run against, and this process's test database on it.
class PostgresServer {
 public:
  static PostgresServer& Get() {
    static PostgresServer server;
    return server;
  }

  const std::string& url() const { return url_; }

  // The URL of an empty, migrated database for the next test.
  std::string Acquire() {
    if (name_.empty()) CreateDatabase();
    return PostgresUrlWithDatabase(url_, name_);
  }

  // Empties the database after a test, or drops it so the next test gets a new one.
  void Release() {
    if (name_.empty()) return;
    try {
      if (Reset()) return;
    } catch (const DatabaseError&) {
      // Fall through: start again from a new database.
    }
    Drop();
  }

  // Drops the database; the next Acquire() creates a new one.
  void Drop() {
    if (name_.empty()) return;
    std::string name = name_;
    name_.clear();
    reset_connection_.reset();
    // FORCE: a connection a test leaked must not keep the database alive.
    Admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  // At the end of the run. The throwaway server may already be gone: nothing to clean up then.
  void Finish() {
    try {
      Drop();
    } catch (const DatabaseError&) {
    }
    admin_.reset();
  }

 private:
  PostgresServer() : url_(Env("SAFEBOARD_TEST_POSTGRES_URL")) {}

  // CREATE/DROP DATABASE run on one connection kept for the whole run.
  void Admin(const std::string& sql) {
    if (!admin_) admin_ = OpenDatabase(url_)->Connect();
    admin_->ExecScript(sql);
  }

  void CreateDatabase() {
    std::string name = UniqueName("t_");
    Admin("CREATE DATABASE " + name);
    name_ = name;  // from here on, dropped at the end even if migrating fails
    reset_connection_ = OpenDatabase(PostgresUrlWithDatabase(url_, name_))->Connect();
    Connection& c = *reset_connection_;
    ApplyMigrations(c, EmbeddedMigrations());
    fingerprint_ = c.QueryOne(kFingerprintSql)->Text(0);
    // session_replication_role=replica skips triggers (the audit log refuses DELETE) and
    // foreign key checks, so tables can be emptied in any order. It needs a superuser, which
    // the server of scripts/start-postgres-for-tests provides; without one, Reset() fails and
    // every test gets a newly created database instead (slower, same result).
    reset_sql_ = "SET session_replication_role = replica;\n";
    for (const Row& row : c.Query("SELECT quote_ident(tablename) FROM pg_tables "
                                  "WHERE schemaname = 'public' AND tablename <> 'schema_migrations' "
                                  "ORDER BY tablename"))
      reset_sql_ += "DELETE FROM " + row.Text(0) + ";\n";
    for (const Row& row : c.Query("SELECT quote_ident(sequencename) FROM pg_sequences "
                                  "WHERE schemaname = 'public' ORDER BY sequencename"))
      reset_sql_ += "ALTER SEQUENCE " + row.Text(0) + " RESTART;\n";
    reset_sql_ += "RESET session_replication_role;\n";
  }

  // True if the database is as migrated again; false if it must be replaced.
  bool Reset() {
    Connection& c = *reset_connection_;
    // The test's connections are closed, but their server processes take a moment to exit. One
    // still there after a second was leaked: it could hold locks, or write after the reset.
    for (int wait = 0;; ++wait) {
      if (!c.QueryOne("SELECT 1 FROM pg_stat_activity WHERE datname = current_database() "
                      "AND pid <> pg_backend_pid() LIMIT 1"))
        break;
      if (wait == 200) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (c.QueryOne(kFingerprintSql)->Text(0) != fingerprint_) return false;
    c.ExecScript(reset_sql_);  // one simple query: all of it, or none of it
    return true;
  }

  std::string url_;
  std::unique_ptr<Connection> admin_;             // to the server's own database
  std::string name_;                              // this process's test database, if created
  std::unique_ptr<Connection> reset_connection_;  // to name_
  std::string fingerprint_;                       // of name_'s catalog when migrated
  std::string reset_sql_;                         // empties name_
};

// A migrated SQLite database file the tests copy.
class SqliteTemplate {
 public:
  static SqliteTemplate& Get() {
    static SqliteTemplate instance;
    return instance;
  }

  // Creates the template on first use.
  const std::filesystem::path& File() {
    if (file_.empty()) {
      std::string pattern = std::filesystem::temp_directory_path() / "safeboard-template-XXXXXX";
      if (!::mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temp directory");
      dir_ = pattern;
      auto path = dir_ / "template.db";
      {
        auto database = OpenDatabase("sqlite:" + path.string());
        ApplyMigrations(*database->Connect(), EmbeddedMigrations());
      }  // the last connection to close checkpoints the WAL into the file, so it copies whole
      file_ = path;
    }
    return file_;
  }

  void Remove() {
    std::error_code ec;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ec);
    dir_.clear();
    file_.clear();
  }

 private:
  std::filesystem::path dir_;
  std::filesystem::path file_;
};

// Removes the databases when every test has run (inside RUN_ALL_TESTS, not during static
// destruction, when libraries may already be gone).
class CleanUpAtEnd : public ::testing::Environment {
 public:
  void TearDown() override {
    PostgresServer::Get().Finish();
    SqliteTemplate::Get().Remove();
  }
};
[[maybe_unused]] ::testing::Environment* const kCleanUpAtEnd =
    ::testing::AddGlobalTestEnvironment(new CleanUpAtEnd);

}  // namespace

void StorageTest::SetUp() {
  std::string backend = BackendName();
  if (backend == "postgres") {
    PostgresServer& server = PostgresServer::Get();
    ASSERT_FALSE(server.url().empty())
        << "SAFEBOARD_TEST_BACKEND=postgres but SAFEBOARD_TEST_POSTGRES_URL is not set. Start a "
           "throwaway server with\n  export \"$(scripts/start-postgres-for-tests)\"\nand stop it "
           "afterwards with scripts/stop-postgres-for-tests (scripts/test does both).";
    postgres_ = true;
    database_ = OpenDatabase(server.Acquire());
  } else {
    ASSERT_EQ(backend, "sqlite") << "SAFEBOARD_TEST_BACKEND must be sqlite or postgres, not "
                                 << backend;
    std::string pattern = std::filesystem::temp_directory_path() / "safeboard-storage-XXXXXX";
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr) << "cannot create a temp directory " << pattern;
    temp_dir_ = pattern;
    std::string file = temp_dir_ + "/test.db";
    std::filesystem::copy_file(SqliteTemplate::Get().File(), file);
    database_ = OpenDatabase("sqlite:" + file);
  }
  connection_ = database_->Connect();
}

void StorageTest::TearDown() {
  connection_.reset();
  database_.reset();
  if (postgres_) {
    postgres_ = false;
    PostgresServer::Get().Release();
  }
  if (!temp_dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(temp_dir_, ec);
    temp_dir_.clear();
  }
}

}  // namespace safeboard::storage
