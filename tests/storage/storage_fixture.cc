// A fresh, empty, migrated database per test, on either backend.
//
// Migrating takes a dozen synced transactions, so each backend migrates a template once per
// test process and every test gets its own copy of it. SQLite: the template file copied into a
// new temp directory, removed afterwards. PostgreSQL: CREATE DATABASE ... TEMPLATE, dropped
// afterwards. The templates are removed when the test program ends.
#include "storage_fixture.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <random>

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

// A database name no other test, or other test process, is using.
std::string UniqueName(const std::string& prefix) {
  static std::mt19937_64 random(std::random_device{}());
  return prefix + std::to_string(::getpid()) + "_" + std::to_string(random() % 1'000'000'000);
}

// The server URL with its database replaced by `name`. Handles URLs
// ("postgresql://u@h:p/db?x=y", with or without the /db) and keyword strings ("host=h dbname=db":
// a later keyword wins, so appending one is enough).
std::string WithDatabase(const std::string& url, const std::string& name) {
  auto scheme = url.find("://");
  if (scheme == std::string::npos) return url + " dbname=" + name;
  auto query = url.find('?', scheme + 3);
  auto path = url.find('/', scheme + 3);
  if (path == std::string::npos || (query != std::string::npos && path > query)) path = query;
  std::string base = url.substr(0, path == std::string::npos ? url.size() : path);
  std::string rest = query == std::string::npos ? "" : url.substr(query);
  return base + "/" + name + rest;
}

// The PostgreSQL server the tests run against, and the migrated template they copy.
class PostgresServer {
 public:
  static PostgresServer& Get() {
    static PostgresServer server;
    return server;
  }

  const std::string& url() const { return url_; }

  // Creates the template on first use. Throws if the server cannot be reached.
  const std::string& Template() {
    if (template_.empty()) {
      std::string name = UniqueName("t_template_");
      Admin("CREATE DATABASE " + name);
      template_ = name;  // from here on, dropped at exit even if migrating fails
      auto database = OpenDatabase(WithDatabase(url_, name));
      ApplyMigrations(*database->Connect(), EmbeddedMigrations());
    }
    return template_;
  }

  // Runs CREATE/DROP DATABASE on one connection kept for the whole run (connecting costs more
  // than the statement).
  void Admin(const std::string& sql) {
    if (!admin_) admin_ = OpenDatabase(url_)->Connect();
    admin_->ExecScript(sql);
  }

  void DropTemplate() {
    if (template_.empty()) return;
    try {
      Admin("DROP DATABASE IF EXISTS " + template_ + " WITH (FORCE)");
    } catch (...) {
      // The throwaway server may already be gone; nothing to clean up then.
    }
    template_.clear();
    admin_.reset();
  }

 private:
  PostgresServer() : url_(Env("SAFEBOARD_TEST_POSTGRES_URL")) {}
  std::string url_;
  std::string template_;
  std::unique_ptr<Connection> admin_;
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

// Removes the templates when every test has run (inside RUN_ALL_TESTS, not during static
// destruction, when libraries may already be gone).
class DropTemplateAtEnd : public ::testing::Environment {
 public:
  void TearDown() override {
    PostgresServer::Get().DropTemplate();
    SqliteTemplate::Get().Remove();
  }
};
[[maybe_unused]] ::testing::Environment* const kDropTemplateAtEnd =
    ::testing::AddGlobalTestEnvironment(new DropTemplateAtEnd);

}  // namespace

void StorageTest::SetUp() {
  std::string backend = BackendName();
  if (backend == "postgres") {
    PostgresServer& server = PostgresServer::Get();
    ASSERT_FALSE(server.url().empty())
        << "SAFEBOARD_TEST_BACKEND=postgres but SAFEBOARD_TEST_POSTGRES_URL is not set. Start a "
           "throwaway server with\n  export \"$(scripts/start-postgres-for-tests)\"\nand stop it "
           "afterwards with scripts/stop-postgres-for-tests (scripts/test does both).";
    const std::string& template_name = server.Template();
    std::string name = UniqueName("t_");
    server.Admin("CREATE DATABASE " + name + " TEMPLATE " + template_name);
    database_name_ = name;
    database_ = OpenDatabase(WithDatabase(server.url(), name));
  } else {
    ASSERT_EQ(backend, "sqlite") << "SAFEBOARD_TEST_BACKEND must be sqlite or postgres, not "
                                 << backend;
    std::string pattern = (std::filesystem::temp_directory_path() / "safeboard-storage-XXXXXX");
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
  if (!database_name_.empty()) {
    // FORCE: a connection the test leaked must not keep its database alive.
    PostgresServer::Get().Admin("DROP DATABASE IF EXISTS " + database_name_ + " WITH (FORCE)");
    database_name_.clear();
  }
  if (!temp_dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(temp_dir_, ec);
    temp_dir_.clear();
  }
}

}  // namespace safeboard::storage
