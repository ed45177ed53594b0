// The storage suite's fixture: a fresh, empty, migrated database per test, on the backend
// named by SAFEBOARD_TEST_BACKEND ("sqlite", the default, or "postgres", which needs
// SAFEBOARD_TEST_POSTGRES_URL from scripts/start-postgres-for-tests).
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "storage/database.h"

namespace safeboard::storage {

class StorageTest : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;
  Database& database() { return *database_; }
  Connection& connection() { return *connection_; }
  Backend backend() const { return database_->backend(); }

 private:
  std::string cleanup_;  // a temp dir (SQLite) or a database name (PostgreSQL)
  std::string admin_url_;
  std::unique_ptr<Database> database_;
  std::unique_ptr<Connection> connection_;
};

}  // namespace safeboard::storage
