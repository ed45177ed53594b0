// The storage interface itself, run against both backends.
#include <gtest/gtest.h>

#include "storage/migrations.h"
#include "storage_fixture.h"

namespace safeboard::storage {
namespace {

class DatabaseTest : public StorageTest {
 protected:
  std::int64_t AddPartnership(const std::string& slug) {
    return connection().Insert(
        "INSERT INTO partnerships (slug, name, created_at) VALUES (?, ?, ?) RETURNING id",
        {slug, "Board " + slug, std::string("2011-04-01T00:00:00Z")});
  }
  std::int64_t Count(const std::string& table) {
    return connection().QueryOne("SELECT COUNT(*) FROM " + table)->Int(0);
  }
};

TEST_F(DatabaseTest, MigrationsApplyOnce) {
  EXPECT_EQ(ApplyMigrations(connection(), EmbeddedMigrations()), 0);
  EXPECT_EQ(Count("schema_migrations"), static_cast<std::int64_t>(EmbeddedMigrations().size()));
}

TEST_F(DatabaseTest, InsertReturnsIncreasingIds) {
  auto a = AddPartnership("a");
  auto b = AddPartnership("b");
  EXPECT_GT(a, 0);
  EXPECT_GT(b, a);
}

TEST_F(DatabaseTest, AnUncommittedTransactionLeavesNothing) {
  {
    Transaction tx(connection());
    AddPartnership("gone");
  }
  EXPECT_EQ(Count("partnerships"), 0);
  {
    Transaction tx(connection());
    AddPartnership("kept");
    tx.Commit();
  }
  EXPECT_EQ(Count("partnerships"), 1);
}

TEST_F(DatabaseTest, ConstraintViolationsAreReportedAndChangeNothing) {
  AddPartnership("same");
  try {
    Transaction tx(connection());
    AddPartnership("other");
    AddPartnership("same");
    tx.Commit();
    FAIL() << "duplicate slug accepted";
  } catch (const DatabaseError& e) {
    EXPECT_TRUE(e.constraint()) << e.what();
  }
  EXPECT_EQ(Count("partnerships"), 1);
  try {
    connection().Exec("INSERT INTO agencies (partnership_id, name, sector) VALUES (?, ?, ?)",
                      {std::int64_t{999}, std::string("Nowhere"), std::string("police")});
    FAIL() << "foreign key not enforced";
  } catch (const DatabaseError& e) {
    EXPECT_TRUE(e.constraint()) << e.what();
  }
  EXPECT_EQ(Count("agencies"), 0);
}

TEST_F(DatabaseTest, TheAuditLogIsAppendOnly) {
  connection().Exec("INSERT INTO audit_log (at, action) VALUES (?, ?)",
                    {std::string("2011-04-01T00:00:00Z"), std::string("create")});
  EXPECT_THROW(connection().Exec("UPDATE audit_log SET action = 'forged'"), DatabaseError);
  EXPECT_THROW(connection().Exec("DELETE FROM audit_log"), DatabaseError);
  EXPECT_EQ(connection().QueryOne("SELECT action FROM audit_log")->Text(0), "create");
}

TEST_F(DatabaseTest, ValuesRoundTrip) {
  auto row = connection().QueryOne("SELECT ?, ?, ?, '?', ?",
                                   {std::int64_t{5'000'000'000}, nullptr,
                                    std::string("Zeinab Sulemani — café ✓"), std::string("x")});
  ASSERT_TRUE(row);
  EXPECT_EQ(row->Int(0), 5'000'000'000);
  EXPECT_TRUE(row->IsNull(1));
  EXPECT_FALSE(row->OptInt(1));
  EXPECT_EQ(row->Text(2), "Zeinab Sulemani — café ✓");
  EXPECT_EQ(row->Text(3), "?");
  EXPECT_EQ(row->Text(4), "x");
}

TEST_F(DatabaseTest, ThePoolReusesConnections) {
  ConnectionPool pool(database());
  Connection* first = nullptr;
  {
    auto lease = pool.Acquire();
    first = &*lease;
  }
  auto again = pool.Acquire();
  EXPECT_EQ(&*again, first);
  auto second = pool.Acquire();
  EXPECT_NE(&*second, first);
}

}  // namespace
}  // namespace safeboard::storage
