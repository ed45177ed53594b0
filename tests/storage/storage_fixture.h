// The storage suite's fixture: a fresh, empty, migrated database per test, on the backend
// named by SAFEBOARD_TEST_BACKEND ("sqlite", the default, or "postgres", which needs
// SAFEBOARD_TEST_POSTGRES_URL from scripts/start-postgres-for-tests). Test files in
// tests/storage/ derive from StorageTest and are written once for both backends.
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "storage/database.h"

namespace safeboard::storage {

class StorageTest : public ::testing::Test {
 protected:
  // Subclasses overriding these must call them (SetUp first, TearDown last).
  void SetUp() override;
  void TearDown() override;

  Database& database() { return *database_; }
  Connection& connection() { return *connection_; }
  Backend backend() const { return database_->backend(); }

 private:
  std::string temp_dir_;   // SQLite: the directory holding the test's database file
  bool postgres_ = false;  // PostgreSQL: a database was acquired, to be reset afterwards
  std::unique_ptr<Database> database_;
  std::unique_ptr<Connection> connection_;
};

}  // namespace safeboard::storage
