// PostgreSQL through libpqxx.
#include "storage/postgres/postgres_database.h"

#include <pqxx/pqxx>
#include <unordered_map>

namespace safeboard::storage {

std::string RewritePlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '\'' || c == '"') {
      auto end = sql.find(c, i + 1);
      while (end != std::string_view::npos && end + 1 < sql.size() && sql[end + 1] == c)
        end = sql.find(c, end + 2);  // doubled quote is an escaped quote
      if (end == std::string_view::npos) end = sql.size() - 1;
      out.append(sql.substr(i, end - i + 1));
      i = end;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      auto end = sql.find('\n', i);
      if (end == std::string_view::npos) end = sql.size() - 1;
      out.append(sql.substr(i, end - i + 1));
      i = end;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

bool IsConstraint(const pqxx::sql_error& e) {
  // SQLSTATE class 23: integrity constraint violation.
  return e.sqlstate().starts_with("23");
}

class PostgresConnection final : public Connection {
 public:
  explicit PostgresConnection(const std::string& url) try : connection_(url), raw_(connection_) {
  } catch (const std::exception& e) {
    throw DatabaseError(std::string("cannot connect to PostgreSQL: ") + e.what());
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

  void ExecScript(std::string_view sql) override {
    try {
      raw_.exec(std::string(sql));
    } catch (const pqxx::sql_error& e) {
      throw DatabaseError(e.what(), IsConstraint(e));
    } catch (const std::exception& e) {
      throw DatabaseError(e.what());
    }
  }

  void Begin() override { ExecScript("BEGIN"); }
  void Commit() override { ExecScript("COMMIT"); }
  void Rollback() override { ExecScript("ROLLBACK"); }

 private:
  pqxx::result Run(std::string_view sql, const Params& params) {
    std::string key(sql);
    auto it = prepared_.find(key);
    if (it == prepared_.end()) {
      std::string name = "s" + std::to_string(prepared_.size() + 1);
      try {
        connection_.prepare(name, RewritePlaceholders(sql));
      } catch (const pqxx::sql_error& e) {
        throw DatabaseError(std::string(e.what()) + " in: " + key.substr(0, 200));
      }
      it = prepared_.emplace(key, name).first;
    }
    std::vector<std::optional<std::string>> texts;
    texts.reserve(params.size());
    for (const Value& v : params) {
      if (std::holds_alternative<std::nullptr_t>(v))
        texts.emplace_back(std::nullopt);
      else if (auto p = std::get_if<std::int64_t>(&v))
        texts.emplace_back(std::to_string(*p));
      else if (auto p = std::get_if<double>(&v))
        texts.emplace_back(pqxx::to_string(*p));
      else
        texts.emplace_back(std::get<std::string>(v));
    }
    try {
      // libpqxx 6's invocation takes a parameter count known only at run time.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
      pqxx::prepare::invocation call = raw_.prepared(it->second);
#pragma GCC diagnostic pop
      for (const auto& t : texts) {
        if (t)
          call(*t);
        else
          call();
      }
      return call.exec();
    } catch (const pqxx::sql_error& e) {
      throw DatabaseError(std::string(e.what()) + " in: " + key.substr(0, 200), IsConstraint(e));
    } catch (const pqxx::broken_connection& e) {
      throw DatabaseError(std::string("lost the PostgreSQL connection: ") + e.what());
    }
  }

  pqxx::connection connection_;
  pqxx::nontransaction raw_;
  std::unordered_map<std::string, std::string> prepared_;
};

class PostgresDatabase final : public Database {
 public:
  explicit PostgresDatabase(std::string url) : url_(std::move(url)) {
    PostgresConnection probe(url_);  // fail early with a clear message
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
