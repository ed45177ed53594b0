// SQLite through its C API.
#include "storage/sqlite/sqlite_database.h"

#include <sqlite3.h>

#include <unordered_map>

namespace safeboard::storage {
namespace {

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(const std::string& path) {
    int rc = sqlite3_open_v2(path.c_str(), &db_,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    if (rc != SQLITE_OK) {
      std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw DatabaseError("cannot open SQLite database " + path + ": " + message);
    }
    sqlite3_busy_timeout(db_, 5000);
    // RULE: DESIGN - WAL + synchronous=FULL loses nothing on a crash; foreign keys enforced.
    ExecScript("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
  }
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  Backend backend() const override { return Backend::kSqlite; }

  void Exec(std::string_view sql, const Params& params) override { Run(sql, params, nullptr); }

  std::vector<Row> Query(std::string_view sql, const Params& params) override {
    std::vector<Row> rows;
    Run(sql, params, &rows);
    return rows;
  }

  void ExecScript(std::string_view sql) override {
    char* error = nullptr;
    std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "unknown error";
      sqlite3_free(error);
      throw DatabaseError(message, IsConstraint(sqlite3_extended_errcode(db_)));
    }
  }

  // BEGIN IMMEDIATE takes the write lock up front, so two writers never deadlock upgrading.
  void Begin() override { Exec("BEGIN IMMEDIATE", {}); }
  void Commit() override { Exec("COMMIT", {}); }
  void Rollback() override {
    if (!sqlite3_get_autocommit(db_)) Exec("ROLLBACK", {});
  }

 private:
  static bool IsConstraint(int code) { return (code & 0xff) == SQLITE_CONSTRAINT; }

  [[noreturn]] void Fail(int rc, std::string_view sql) {
    throw DatabaseError(std::string(sqlite3_errmsg(db_)) + " in: " + std::string(sql.substr(0, 200)),
                        IsConstraint(sqlite3_extended_errcode(db_)) || IsConstraint(rc));
  }

  sqlite3_stmt* Prepare(std::string_view sql) {
    auto it = statements_.find(std::string(sql));
    if (it != statements_.end()) return it->second;
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) Fail(rc, sql);
    statements_.emplace(std::string(sql), stmt);
    return stmt;
  }

  void Run(std::string_view sql, const Params& params, std::vector<Row>* rows) {
    sqlite3_stmt* stmt = Prepare(sql);
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{stmt};
    if (static_cast<int>(params.size()) != sqlite3_bind_parameter_count(stmt))
      throw DatabaseError("expected " + std::to_string(sqlite3_bind_parameter_count(stmt)) +
                          " parameters, got " + std::to_string(params.size()) + " in: " +
                          std::string(sql));
    for (std::size_t i = 0; i < params.size(); ++i) {
      int index = static_cast<int>(i + 1);
      const Value& v = params[i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::nullptr_t>(v))
        rc = sqlite3_bind_null(stmt, index);
      else if (auto p = std::get_if<std::int64_t>(&v))
        rc = sqlite3_bind_int64(stmt, index, *p);
      else if (auto p = std::get_if<double>(&v))
        rc = sqlite3_bind_double(stmt, index, *p);
      else {
        const auto& s = std::get<std::string>(v);
        rc = sqlite3_bind_text64(stmt, index, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
      }
      if (rc != SQLITE_OK) Fail(rc, sql);
    }
    int columns = sqlite3_column_count(stmt);
    while (true) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) Fail(rc, sql);
      if (!rows) continue;
      std::vector<Value> values;
      values.reserve(static_cast<std::size_t>(columns));
      for (int c = 0; c < columns; ++c) {
        switch (sqlite3_column_type(stmt, c)) {
          case SQLITE_NULL: values.emplace_back(nullptr); break;
          case SQLITE_INTEGER: values.emplace_back(std::int64_t{sqlite3_column_int64(stmt, c)}); break;
          case SQLITE_FLOAT: values.emplace_back(sqlite3_column_double(stmt, c)); break;
          default: {
            auto text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            values.emplace_back(std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(stmt, c))));
          }
        }
      }
      rows->emplace_back(std::move(values));
    }
  }

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(std::string path) : path_(std::move(path)) {
    SqliteConnection probe(path_);  // fail early with a clear message
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
