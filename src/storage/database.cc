// Row accessors, transactions, the connection pool, and opening a database by URL.
#include "storage/database.h"

#include <charconv>

#include "storage/postgres/postgres_database.h"
#include "storage/sqlite/sqlite_database.h"

namespace safeboard::storage {
namespace {

// PostgreSQL hands every value back as text, so the accessors parse it. from_chars, not stoll or
// stod: it ignores the locale and lets us insist the whole text is the number.
std::optional<double> ParseRealOrNull(const std::string& text) {
  double value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) return std::nullopt;
  return value;
}

double ParseReal(const std::string& text) {
  auto value = ParseRealOrNull(text);
  if (!value) throw DatabaseError("expected a number, got '" + text + "'");
  return *value;
}

std::int64_t ParseInt(const std::string& text) {
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc() && ptr == text.data() + text.size()) return value;
  // A NUMERIC such as AVG(...) or ROUND(...) comes back as "2.50"; SQLite would hand over a
  // REAL, which Int() truncates, so do the same.
  auto real = ParseRealOrNull(text);
  if (real && *real > -9.2e18 && *real < 9.2e18) return static_cast<std::int64_t>(*real);
  throw DatabaseError("expected an integer, got '" + text + "'");
}

// The shortest text that reads back as the same double ("0.1", not "0.100000").
std::string FormatReal(double value) {
  char buffer[32];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, ptr);
}

[[noreturn]] void ThrowNull(std::size_t i) {
  throw DatabaseError("column " + std::to_string(i) + " is NULL");
}

}  // namespace

bool Row::IsNull(std::size_t i) const { return std::holds_alternative<std::nullptr_t>(values_.at(i)); }

std::int64_t Row::Int(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::int64_t>(&v)) return *p;
  if (auto p = std::get_if<std::string>(&v)) {
    if (*p == "t") return 1;  // PostgreSQL booleans as text
    if (*p == "f") return 0;
    return ParseInt(*p);
  }
  if (auto p = std::get_if<double>(&v)) return static_cast<std::int64_t>(*p);
  ThrowNull(i);
}

double Row::Real(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<double>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return static_cast<double>(*p);
  if (auto p = std::get_if<std::string>(&v)) return ParseReal(*p);
  ThrowNull(i);
}

std::string Row::Text(std::size_t i) const {
  const Value& v = values_.at(i);
  if (auto p = std::get_if<std::string>(&v)) return *p;
  if (auto p = std::get_if<std::int64_t>(&v)) return std::to_string(*p);
  if (auto p = std::get_if<double>(&v)) return FormatReal(*p);
  return "";
}

std::optional<std::int64_t> Row::OptInt(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Int(i);
}

std::optional<std::string> Row::OptText(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return Text(i);
}

std::optional<core::Date> Row::OptDate(std::size_t i) const {
  if (IsNull(i)) return std::nullopt;
  return core::ParseDate(Text(i));
}

Value NullableDate(const std::optional<core::Date>& d) {
  if (!d) return nullptr;
  return Value(core::FormatDate(*d));
}

std::int64_t Connection::Insert(std::string_view sql, const Params& params) {
  auto rows = Query(sql, params);
  if (rows.empty() || rows.front().size() == 0 || rows.front().IsNull(0))
    throw DatabaseError("INSERT ... RETURNING id returned no id: " + std::string(sql.substr(0, 200)));
  return rows.front().Int(0);
}

std::optional<Row> Connection::QueryOne(std::string_view sql, const Params& params) {
  auto rows = Query(sql, params);
  if (rows.empty()) return std::nullopt;
  return std::move(rows.front());
}

Transaction::~Transaction() {
  if (done_) return;
  try {
    connection_.Rollback();
  } catch (...) {
    // The connection is broken; its owner will find out on next use.
  }
}

void Transaction::Commit() {
  connection_.Commit();
  done_ = true;
}

ReadSnapshot::~ReadSnapshot() {
  try {
    connection_.EndReadSnapshot();
  } catch (const std::exception&) {
    // Ending a transaction that wrote nothing cannot lose data (and a destructor must not throw).
  }
}

ConnectionPool::Lease::~Lease() {
  if (pool_ && c_) pool_->Release(std::move(c_));
}

ConnectionPool::Lease ConnectionPool::Acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto c = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(c));
    }
  }
  return Lease(*this, database_.Connect());
}

void ConnectionPool::Release(std::unique_ptr<Connection> c) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(c));
}

std::unique_ptr<Database> OpenDatabase(const std::string& url) {
  if (url.starts_with("sqlite:")) {
    // An empty path would make SQLite open a private temporary database: never what was meant.
    if (url.size() == 7) throw DatabaseError("sqlite: needs a file path, e.g. sqlite:safeboard.db");
    return OpenSqlite(url.substr(7));
  }
  if (url.ends_with(".db") || url.ends_with(".sqlite")) return OpenSqlite(url);
  if (url.starts_with("postgresql://") || url.starts_with("postgres://") ||
      url.starts_with("host=") || url.starts_with("dbname="))
    return OpenPostgres(url);
  throw DatabaseError("unknown database '" + url +
                      "': use sqlite:PATH or postgresql://user@host:port/dbname");
}

std::string PostgresUrlWithDatabase(const std::string& url, const std::string& name) {
  auto scheme = url.find("://");
  if (scheme == std::string::npos) return url + " dbname=" + name;
  auto query = url.find('?', scheme + 3);
  auto path = url.find('/', scheme + 3);
  if (path == std::string::npos || (query != std::string::npos && path > query)) path = query;
  std::string base = url.substr(0, path == std::string::npos ? url.size() : path);
  std::string rest = query == std::string::npos ? "" : url.substr(query);
  return base + "/" + name + rest;
}

}  // namespace safeboard::storage
