// PostgreSQL through libpqxx 6: prepared statements with text parameters, transactions driven by
// plain BEGIN/COMMIT/ROLLBACK so storage::Transaction works exactly as it does on SQLite.
#include "storage/postgres/postgres_database.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <pqxx/pqxx>
#include <unordered_map>

namespace safeboard::storage {

std::string RewritePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  // Copies sql[i, end) unchanged and continues after it.
  std::size_t i = 0;
  auto copy_to = [&](std::size_t end) {
    end = std::min(end, sql.size());
    out.append(sql.substr(i, end - i));
    i = end;
  };
  while (i < sql.size()) {
    char c = sql[i];
    if (c == '\'' || c == '"') {
      // A quoted string or identifier; a doubled quote inside it is an escaped quote.
      std::size_t end = i + 1;
      while (true) {
        end = sql.find(c, end);
        if (end == std::string_view::npos) break;
        if (end + 1 < sql.size() && sql[end + 1] == c) {
          end += 2;
          continue;
        }
        ++end;
        break;
      }
      copy_to(end);
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      auto end = sql.find('\n', i);
      copy_to(end == std::string_view::npos ? sql.size() : end + 1);
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      auto end = sql.find("*/", i + 2);
      copy_to(end == std::string_view::npos ? sql.size() : end + 2);
    } else if (c == '$' && (i == 0 || !(std::isalnum(static_cast<unsigned char>(sql[i - 1])) ||
                                        sql[i - 1] == '_'))) {
      // A dollar-quoted string: $$...$$ or $tag$...$tag$.
      std::size_t tag_end = i + 1;
      while (tag_end < sql.size() &&
             (std::isalnum(static_cast<unsigned char>(sql[tag_end])) || sql[tag_end] == '_'))
        ++tag_end;
      bool is_quote = tag_end < sql.size() && sql[tag_end] == '$' &&
                      !(tag_end > i + 1 && std::isdigit(static_cast<unsigned char>(sql[i + 1])));
      if (is_quote) {
        std::string_view tag = sql.substr(i, tag_end - i + 1);
        auto close = sql.find(tag, tag_end + 1);
        copy_to(close == std::string_view::npos ? sql.size() : close + tag.size());
      } else {
        copy_to(i + 1);
      }
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++n);
      ++i;
    } else {
      out += c;
      ++i;
    }
  }
  return out;
}

namespace {

// Every failure leaves as a DatabaseError. SQLSTATE class 23 is "integrity constraint
// violation" (pqxx::integrity_constraint_violation and its subclasses: unique, foreign key,
// not null, check).
[[noreturn]] void Rethrow(std::string_view sql) {
  std::string where = sql.empty() ? "" : " in: " + std::string(sql.substr(0, 200));
  try {
    throw;
  } catch (const pqxx::integrity_constraint_violation& e) {
    throw DatabaseError(e.what() + where, true);
  } catch (const pqxx::sql_error& e) {
    throw DatabaseError(e.what() + where, e.sqlstate().starts_with("23"));
  } catch (const pqxx::broken_connection& e) {
    throw DatabaseError(std::string("lost the PostgreSQL connection: ") + e.what());
  } catch (const DatabaseError&) {
    throw;
  } catch (const std::exception& e) {
    throw DatabaseError(e.what() + where);
  }
}

std::string FormatReal(double value) {
  char buffer[32];
  auto [ptr, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, ptr);
}

pqxx::connection OpenConnection(const std::string& url) try {
  return pqxx::connection(url);
} catch (const std::exception& e) {
  throw DatabaseError(std::string("cannot connect to PostgreSQL: ") + e.what());
}

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(const std::string& url)
      : connection_(OpenConnection(url)), raw_(connection_) {
    // NOTICEs ("relation already exists, skipping", ...) would otherwise go to stderr.
    ExecScript("SET client_min_messages TO warning");
  }

  Backend backend() const override { return Backend::kPostgres; }

  void Exec(std::string_view sql, const Params& params) override { Run(sql, params); }

  std::vector<Row> Query(std::string_view sql, const Params& params) override {
    pqxx::result result = Run(sql, params);
    std::vector<Row> rows;
    rows.reserve(result.size());
    for (const auto& r : result) {
      std::vector<Value> values;
      values.reserve(r.size());
      for (const auto& field : r) {
        if (field.is_null())
          values.emplace_back(nullptr);
        else
          values.emplace_back(std::string(field.c_str(), field.size()));
      }
      rows.emplace_back(std::move(values));
    }
    return rows;
  }

  void ExecScript(std::string_view sql) override { Direct(sql); }

  void Begin() override {
    Direct("BEGIN");
    in_transaction_ = true;
    failed_ = false;
  }

  // After a failed statement PostgreSQL answers COMMIT with a silent ROLLBACK, not an error;
  // the caller must hear that nothing was saved.
  void Commit() override {
    if (failed_) {
      Rollback();
      throw DatabaseError("transaction rolled back: an earlier statement in it failed");
    }
    in_transaction_ = false;  // a failed COMMIT ends the transaction too
    Direct("COMMIT");
  }

  void Rollback() override {
    // Only when a transaction is open: a stray ROLLBACK draws a WARNING on stderr.
    if (!in_transaction_) return;
    in_transaction_ = false;
    failed_ = false;
    Direct("ROLLBACK");
  }

 private:
  static constexpr std::size_t kMaxCachedStatements = 1000;

  void ForgetPrepared() {
    while (!prepared_.empty()) {
      auto node = prepared_.extract(prepared_.begin());  // forgotten even if DEALLOCATE fails
      try {
        connection_.unprepare(node.mapped());
      } catch (...) {
        Rethrow("DEALLOCATE " + node.mapped());
      }
    }
  }

  pqxx::result Direct(std::string_view sql) {
    try {
      return raw_.exec(std::string(sql));
    } catch (...) {
      failed_ = in_transaction_;
      Rethrow(sql);
    }
  }

  pqxx::result Run(std::string_view sql, const Params& params) {
    std::string key(sql);
    auto it = prepared_.find(key);
    if (it == prepared_.end()) {
      // Statements are meant to be a fixed set; should SQL text ever be built from values, start
      // the cache afresh rather than let it grow without bound on the server.
      if (prepared_.size() >= kMaxCachedStatements && !in_transaction_) ForgetPrepared();
      std::string name = "s" + std::to_string(++statements_named_);
      try {
        connection_.prepare(name, RewritePlaceholders(sql));
      } catch (...) {
        Rethrow(sql);
      }
      it = prepared_.emplace(std::move(key), std::move(name)).first;
    }
    // Every parameter goes as text (PostgreSQL casts it to the column's type); NULL as nullopt.
    std::vector<std::optional<std::string>> texts;
    texts.reserve(params.size());
    for (const Value& v : params) {
      if (std::holds_alternative<std::nullptr_t>(v))
        texts.emplace_back(std::nullopt);
      else if (auto p = std::get_if<std::int64_t>(&v))
        texts.emplace_back(std::to_string(*p));
      else if (auto p = std::get_if<double>(&v))
        texts.emplace_back(FormatReal(*p));
      else
        texts.emplace_back(std::get<std::string>(v));
    }
    try {
      return raw_.exec_prepared(it->second, pqxx::prepare::make_dynamic_params(texts));
    } catch (...) {
      failed_ = in_transaction_;
      Rethrow(sql);
    }
  }

  pqxx::connection connection_;
  // One long-lived nontransaction: statements run as sent, so our own BEGIN/COMMIT delimit
  // transactions (libpqxx's transaction objects cannot outlive a Connection method call).
  pqxx::nontransaction raw_;
  std::unordered_map<std::string, std::string> prepared_;  // SQL text -> statement name
  std::size_t statements_named_ = 0;                       // names are never reused
  bool in_transaction_ = false;  // between Begin() and Commit()/Rollback()
  bool failed_ = false;          // a statement failed since Begin()
};

class PostgresDatabase final : public Database {
 public:
  explicit PostgresDatabase(std::string url) : url_(std::move(url)) {
    PostgresConnection probe(url_);  // fail early, with a clear message, on a bad URL
  }
  Backend backend() const override { return Backend::kPostgres; }
  std::unique_ptr<Connection> Connect() override {
    return std::make_unique<PostgresConnection>(url_);
  }

 private:
  std::string url_;
};

}  // namespace

std::unique_ptr<Database> OpenPostgres(const std::string& url) {
  return std::make_unique<PostgresDatabase>(url);
}

}  // namespace safeboard::storage
