// SQLite through its C API: one sqlite3* per Connection, its prepared statements cached.
#include "storage/sqlite/sqlite_database.h"

#include <sqlite3.h>

#include <unordered_map>

namespace safeboard::storage {
namespace {

// `code` is an extended result code. A trigger's RAISE() also reports SQLITE_CONSTRAINT, but it
// is a refusal by design (the append-only audit log), not bad input; PostgreSQL reports its
// RAISE EXCEPTION the same way, so both backends agree.
bool IsConstraint(int code) {
  return (code & 0xff) == SQLITE_CONSTRAINT && code != SQLITE_CONSTRAINT_TRIGGER;
}


// Finalizes every cached statement, then closes the handle, whatever happens in between.
class SqliteHandle {
 public:
  explicit SqliteHandle(const std::string& path) {
    int rc = sqlite3_open_v2(path.c_str(), &db_,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    if (rc != SQLITE_OK) {
      std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw DatabaseError("cannot open SQLite database " + path + ": " + message);
    }
  }
  ~SqliteHandle() {
    FinalizeAll();
    sqlite3_close(db_);
  }
  void FinalizeAll() {
    for (auto& [sql, stmt] : statements) sqlite3_finalize(stmt);
    statements.clear();
  }
  SqliteHandle(const SqliteHandle&) = delete;
  SqliteHandle& operator=(const SqliteHandle&) = delete;
  sqlite3* get() const { return db_; }

  std::unordered_map<std::string, sqlite3_stmt*> statements;

 private:
  sqlite3* db_ = nullptr;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const std::string& path) : db_(path) {
    sqlite3_busy_timeout(db_.get(), 5000);
    // RULE: DESIGN - WAL + synchronous=FULL loses nothing on a crash; foreign keys enforced.
    ExecScript("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
  }

  Backend backend() const override { return Backend::kSqlite; }

  void Exec(std::string_view sql, const Params& params) override { Guarded(sql, params, nullptr); }

  std::vector<Row> Query(std::string_view sql, const Params& params) override {
    std::vector<Row> rows;
    Guarded(sql, params, &rows);
    return rows;
  }

  void ExecScript(std::string_view sql) override {
    EndReadSnapshot();
    RefuseIfAborted(sql);
    char* error = nullptr;
    std::string text(sql);
    if (sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : sqlite3_errmsg(db_.get());
      sqlite3_free(error);
      failed_ = in_transaction_;
      throw DatabaseError(message, IsConstraint(sqlite3_extended_errcode(db_.get())));
    }
  }

  // BEGIN IMMEDIATE takes the write lock up front, so two writers never deadlock upgrading a
  // read lock (a SQLITE_BUSY that busy_timeout cannot wait out).
  void Begin() override {
    EndReadSnapshot();
    Run("BEGIN IMMEDIATE", {}, nullptr);
    in_transaction_ = true;
    failed_ = false;
  }

  void Commit() override {
    if (failed_) {
      Rollback();
      throw DatabaseError("transaction rolled back: an earlier statement in it failed");
    }
    try {
      Run("COMMIT", {}, nullptr);
    } catch (const DatabaseError&) {
      in_transaction_ = InTransaction();  // still open after SQLITE_BUSY; the caller rolls back
      throw;
    }
    in_transaction_ = false;
  }

  void Rollback() override {
    in_transaction_ = false;
    failed_ = false;
    if (InTransaction()) Run("ROLLBACK", {}, nullptr);
  }

  // Each statement outside a transaction takes and releases WAL read locks (fcntl on the -shm
  // file) itself; a page's twenty reads in one deferred transaction take them once. The snapshot
  // never writes: a write would upgrade a read transaction, which WAL refuses at once
  // (SQLITE_BUSY_SNAPSHOT, no busy wait) when another connection has committed meanwhile.
  void BeginReadSnapshot() override {
    if (in_transaction_ || snapshot_) return;
    Run("BEGIN DEFERRED", {}, nullptr);
    snapshot_ = true;
  }

  void EndReadSnapshot() override {
    if (!snapshot_) return;
    snapshot_ = false;
    // Nothing was written in it, so ROLLBACK ends it as COMMIT would, and cannot fail on a lock.
    if (InTransaction()) Run("ROLLBACK", {}, nullptr);
  }

 private:
  static constexpr std::size_t kMaxCachedStatements = 1000;

  bool InTransaction() const { return !sqlite3_get_autocommit(db_.get()); }

  // PostgreSQL abandons a whole transaction once one statement in it fails (later statements
  // are refused, COMMIT rolls back), while SQLite would carry on and commit the statements that
  // worked - or, after some errors, silently run the rest outside any transaction. Behaving like
  // PostgreSQL here means code tested on one backend behaves the same on the other.
  void RefuseIfAborted(std::string_view sql) {
    if (failed_)
      throw DatabaseError("current transaction is aborted by an earlier error; roll it back: " +
                          std::string(sql.substr(0, 200)));
  }

  void Guarded(std::string_view sql, const Params& params, std::vector<Row>* rows) {
    RefuseIfAborted(sql);
    try {
      Run(sql, params, rows);
    } catch (const DatabaseError&) {
      failed_ = in_transaction_;
      throw;
    }
  }

  [[noreturn]] void Fail(int rc, std::string_view sql) {
    std::string message = sqlite3_errmsg(db_.get());
    throw DatabaseError(message + " in: " + std::string(sql.substr(0, 200)),
                        IsConstraint(sqlite3_extended_errcode(db_.get())));
  }

  // True if `tail` holds no statement (only whitespace, semicolons or comments).
  bool OnlyComments(const char* tail) {
    while (tail && *tail) {
      sqlite3_stmt* next = nullptr;
      const char* rest = nullptr;
      if (sqlite3_prepare_v2(db_.get(), tail, -1, &next, &rest) != SQLITE_OK) return false;
      if (next) {
        sqlite3_finalize(next);
        return false;
      }
      if (rest == tail) break;
      tail = rest;
    }
    return true;
  }

  sqlite3_stmt* Prepare(std::string_view sql) {
    std::string key(sql);
    auto it = db_.statements.find(key);
    if (it != db_.statements.end()) return it->second;
    // Statements are meant to be a fixed set; should SQL text ever be built from values, start
    // the cache afresh rather than let it grow without bound. None is mid-step here.
    if (db_.statements.size() >= kMaxCachedStatements) db_.FinalizeAll();
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v3(db_.get(), key.c_str(), static_cast<int>(key.size() + 1),
                                SQLITE_PREPARE_PERSISTENT, &stmt, &tail);
    if (rc != SQLITE_OK) Fail(rc, sql);
    // sqlite3_prepare compiles only the first statement; a second would be silently ignored.
    if (!stmt || !OnlyComments(tail)) {
      sqlite3_finalize(stmt);
      throw DatabaseError("expected exactly one SQL statement (use ExecScript for several) in: " +
                          key.substr(0, 200));
    }
    db_.statements.emplace(std::move(key), stmt);
    return stmt;
  }

  void Bind(sqlite3_stmt* stmt, const Params& params, std::string_view sql) {
    int expected = sqlite3_bind_parameter_count(stmt);
    if (static_cast<int>(params.size()) != expected)
      throw DatabaseError("expected " + std::to_string(expected) + " parameters, got " +
                          std::to_string(params.size()) + " in: " + std::string(sql.substr(0, 200)));
    for (std::size_t i = 0; i < params.size(); ++i) {
      int index = static_cast<int>(i + 1);
      const Value& v = params[i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::nullptr_t>(v)) {
        rc = sqlite3_bind_null(stmt, index);
      } else if (auto p = std::get_if<std::int64_t>(&v)) {
        rc = sqlite3_bind_int64(stmt, index, *p);
      } else if (auto p = std::get_if<double>(&v)) {
        rc = sqlite3_bind_double(stmt, index, *p);
      } else {
        const auto& s = std::get<std::string>(v);
        rc = sqlite3_bind_text64(stmt, index, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      }
      if (rc != SQLITE_OK) Fail(rc, sql);
    }
  }

  static Value ColumnValue(sqlite3_stmt* stmt, int c) {
    switch (sqlite3_column_type(stmt, c)) {
      case SQLITE_NULL:
        return nullptr;
      case SQLITE_INTEGER:
        return std::int64_t{sqlite3_column_int64(stmt, c)};
      case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, c);
      case SQLITE_BLOB: {
        auto data = static_cast<const char*>(sqlite3_column_blob(stmt, c));
        auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt, c));
        return data ? std::string(data, size) : std::string();
      }
      default: {
        auto text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
        auto size = static_cast<std::size_t>(sqlite3_column_bytes(stmt, c));
        return text ? std::string(text, size) : std::string();
      }
    }
  }

  void Run(std::string_view sql, const Params& params, std::vector<Row>* rows) {
    sqlite3_stmt* stmt = Prepare(sql);
    if (snapshot_ && !sqlite3_stmt_readonly(stmt)) EndReadSnapshot();
    // The cached statement must be reset (releasing its locks) and unbound on every exit path.
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{stmt};
    Bind(stmt, params, sql);
    int columns = sqlite3_column_count(stmt);
    while (true) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) Fail(rc, sql);
      if (!rows) continue;
      std::vector<Value> values;
      values.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) values.push_back(ColumnValue(stmt, c));
      rows->emplace_back(std::move(values));
    }
  }

  SqliteHandle db_;
  bool in_transaction_ = false;  // between Begin() and Commit()/Rollback()
  bool failed_ = false;          // a statement failed since Begin()
  bool snapshot_ = false;        // between BeginReadSnapshot() and EndReadSnapshot()
};

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(std::string path) : path_(std::move(path)) {
    SqliteConnection probe(path_);  // fail early, with a clear message, on a bad path
  }
  Backend backend() const override { return Backend::kSqlite; }
  std::unique_ptr<Connection> Connect() override { return std::make_unique<SqliteConnection>(path_); }

 private:
  std::string path_;
};

}  // namespace

std::unique_ptr<Database> OpenSqlite(const std::string& path) {
  return std::make_unique<SqliteDatabase>(path);
}

std::string SqliteIntegrityCheck(Connection& connection) {
  auto row = connection.QueryOne("PRAGMA integrity_check");
  return row ? row->Text(0) : "no answer";
}

}  // namespace safeboard::storage

namespace safeboard::storage {

void SqliteOnlineBackup(const std::string& source_path, const std::string& destination_path) {
  sqlite3* source = nullptr;
  sqlite3* destination = nullptr;
  auto fail = [&](const std::string& what) {
    std::string message = what + ": " + (destination ? sqlite3_errmsg(destination) : source ? sqlite3_errmsg(source) : "");
    sqlite3_close(source);
    sqlite3_close(destination);
    throw DatabaseError(message);
  };
  if (sqlite3_open_v2(source_path.c_str(), &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    fail("cannot open " + source_path);
  sqlite3_busy_timeout(source, 5000);
  if (sqlite3_open_v2(destination_path.c_str(), &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                      nullptr) != SQLITE_OK)
    fail("cannot create " + destination_path);
  sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
  if (!backup) fail("cannot start the backup");
  int rc;
  while ((rc = sqlite3_backup_step(backup, 256)) == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
    sqlite3_sleep(rc == SQLITE_OK ? 0 : 10);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) fail("the backup did not complete");
  sqlite3_close(source);
  sqlite3_close(destination);
}

}  // namespace safeboard::storage
