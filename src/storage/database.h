// The one storage interface. Domain stores (governance/store.h, ...) are written once against
// it in portable SQL; sqlite/ and postgres/ implement it. SQL uses `?` placeholders; the
// PostgreSQL backend rewrites them to $1, $2, ...
#pragma once
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/date.h"

namespace safeboard::storage {

enum class Backend { kSqlite, kPostgres };

// A parameter or a column value. Booleans are stored as 0/1 integers; dates and timestamps as
// ISO 8601 text; money as integer pence.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
using Params = std::vector<Value>;

// Wraps an optional into a Value (nullopt -> NULL).
template <typename T>
Value Nullable(const std::optional<T>& v) {
  if (!v) return nullptr;
  return Value(*v);
}

// A date as its ISO text, or NULL.
Value NullableDate(const std::optional<core::Date>& d);

// Thrown for any database failure. `constraint()` is true when a UNIQUE, FOREIGN KEY, NOT NULL or
// CHECK constraint refused the write, so callers can report it as bad input.
class DatabaseError : public std::runtime_error {
 public:
  DatabaseError(const std::string& what, bool constraint = false)
      : std::runtime_error(what), constraint_(constraint) {}
  bool constraint() const { return constraint_; }

 private:
  bool constraint_;
};

class Row {
 public:
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}
  std::size_t size() const { return values_.size(); }
  bool IsNull(std::size_t i) const;
  std::int64_t Int(std::size_t i) const;            // REQUIRES: not null
  double Real(std::size_t i) const;                 // REQUIRES: not null
  std::string Text(std::size_t i) const;            // null reads as ""
  bool Bool(std::size_t i) const { return Int(i) != 0; }
  std::optional<std::int64_t> OptInt(std::size_t i) const;
  std::optional<std::string> OptText(std::size_t i) const;
  // A date stored as ISO text; nullopt when NULL (or not a date).
  std::optional<core::Date> OptDate(std::size_t i) const;
  const Value& value(std::size_t i) const { return values_.at(i); }

 private:
  std::vector<Value> values_;
};

// One connection; not thread-safe. Use one per thread (see ConnectionPool).
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Backend backend() const = 0;
  // Runs one statement (any number of `?` parameters), discarding rows.
  virtual void Exec(std::string_view sql, const Params& params = {}) = 0;
  // Runs a query and returns every row.
  virtual std::vector<Row> Query(std::string_view sql, const Params& params = {}) = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual void ExecScript(std::string_view sql) = 0;
  virtual void Begin() = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;
  // A read snapshot: the reads until EndReadSnapshot() see the database as of the first of them,
  // in one read transaction instead of one per statement. A write, or Begin(), ends the snapshot
  // first (it never writes inside it); later statements run as usual. A no-op where one
  // statement's transaction costs nothing extra (PostgreSQL: a round trip either way).
  virtual void BeginReadSnapshot() {}
  virtual void EndReadSnapshot() {}

  // Runs an INSERT ... RETURNING id and returns the id.
  std::int64_t Insert(std::string_view sql_with_returning_id, const Params& params = {});
  // Returns the first row, or nullopt.
  std::optional<Row> QueryOne(std::string_view sql, const Params& params = {});
};

// Every write is one transaction: construct, do the writes, Commit(). If Commit() is not
// reached (an exception, an early return) the destructor rolls back.
class Transaction {
 public:
  explicit Transaction(Connection& connection) : connection_(connection) { connection_.Begin(); }
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void Commit();

 private:
  Connection& connection_;
  bool done_ = false;
};

// A read snapshot for a scope (a GET request): BeginReadSnapshot(), then EndReadSnapshot() on
// every exit path.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(Connection& connection) : connection_(connection) { connection_.BeginReadSnapshot(); }
  ~ReadSnapshot();
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;

 private:
  Connection& connection_;
};

// A database to open connections to: "sqlite:/path/to/file.db" or "postgresql://..." (any libpq
// connection string starting "postgresql:" or "host=").
class Database {
 public:
  virtual ~Database() = default;
  virtual Backend backend() const = 0;
  virtual std::unique_ptr<Connection> Connect() = 0;
};

// Opens the database named by `url`. Throws DatabaseError if it cannot.
std::unique_ptr<Database> OpenDatabase(const std::string& url);
// A PostgreSQL connection string with its database replaced by `name`. Handles URLs
// ("postgresql://u@h:p/db?x=y", with or without the /db) and keyword strings ("host=h dbname=db":
// a later keyword wins, so appending one is enough).
std::string PostgresUrlWithDatabase(const std::string& url, const std::string& name);

// Hands out connections to threads; a connection returns to the pool when its lease ends.
class ConnectionPool {
 public:
  explicit ConnectionPool(Database& database) : database_(database) {}
  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<Connection> c) : pool_(&pool), c_(std::move(c)) {}
    Lease(Lease&&) = default;
    ~Lease();
    Connection& operator*() { return *c_; }
    Connection* operator->() { return c_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<Connection> c_;
  };
  Lease Acquire();
  Database& database() { return database_; }

 private:
  friend class Lease;
  void Release(std::unique_ptr<Connection> c);
  Database& database_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace safeboard::storage
