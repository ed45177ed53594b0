// A fresh database per test, on either backend.
#include "storage_fixture.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <random>

#include "storage/migrations.h"

namespace safeboard::storage {
namespace {

std::string BackendName() {
  const char* name = std::getenv("SAFEBOARD_TEST_BACKEND");
  return name ? name : "sqlite";
}

// Replaces the database name at the end of a postgresql:// URL.
std::string WithDatabase(const std::string& url, const std::string& name) {
  auto slash = url.rfind('/');
  auto query = url.find('?', slash);
  return url.substr(0, slash + 1) + name + (query == std::string::npos ? "" : url.substr(query));
}

}  // namespace

void StorageTest::SetUp() {
  std::string backend = BackendName();
  if (backend == "postgres") {
    const char* url = std::getenv("SAFEBOARD_TEST_POSTGRES_URL");
    ASSERT_NE(url, nullptr) << "SAFEBOARD_TEST_POSTGRES_URL is not set: run "
                               "scripts/start-postgres-for-tests (scripts/test does it for you)";
    admin_url_ = url;
    std::mt19937_64 random(std::random_device{}());
    cleanup_ = "t_" + std::to_string(::getpid()) + "_" + std::to_string(random() % 1000000000);
    auto admin = OpenDatabase(admin_url_)->Connect();
    admin->ExecScript("CREATE DATABASE " + cleanup_);
    database_ = OpenDatabase(WithDatabase(admin_url_, cleanup_));
  } else {
    ASSERT_EQ(backend, "sqlite") << "unknown SAFEBOARD_TEST_BACKEND " << backend;
    char tmpl[] = "/tmp/safeboard-storage-XXXXXX";
    cleanup_ = ::mkdtemp(tmpl);
    database_ = OpenDatabase("sqlite:" + cleanup_ + "/test.db");
  }
  connection_ = database_->Connect();
  ApplyMigrations(*connection_, EmbeddedMigrations());
}

void StorageTest::TearDown() {
  connection_.reset();
  database_.reset();
  if (cleanup_.empty()) return;
  if (BackendName() == "postgres") {
    auto admin = OpenDatabase(admin_url_)->Connect();
    admin->ExecScript("DROP DATABASE IF EXISTS " + cleanup_ + " WITH (FORCE)");
  } else {
    std::error_code ec;
    std::filesystem::remove_all(cleanup_, ec);
  }
}

}  // namespace safeboard::storage
