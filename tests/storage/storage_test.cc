// The storage interface itself, written once and run against both backends (ctest runs this
// binary with SAFEBOARD_TEST_BACKEND=sqlite and =postgres).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <limits>
#include <regex>

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
  // Runs `write` and returns the DatabaseError it throws (failing the test if it does not).
  template <typename Fn>
  DatabaseError ErrorFrom(Fn&& write) {
    try {
      write();
    } catch (const DatabaseError& e) {
      return e;
    }
    ADD_FAILURE() << "no DatabaseError thrown";
    return DatabaseError("none");
  }
};

// Declared first and last, so it runs before and after the others have written and changed
// the schema: nothing they did may show.
void ExpectFresh(Connection& connection) {
  EXPECT_EQ(connection.QueryOne("SELECT COUNT(*) FROM partnerships")->Int(0), 0);
  EXPECT_EQ(connection.QueryOne("SELECT COUNT(*) FROM audit_log")->Int(0), 0);
  EXPECT_EQ(connection.QueryOne("SELECT COUNT(*) FROM schema_migrations")->Int(0),
            static_cast<std::int64_t>(EmbeddedMigrations().size()));
  EXPECT_THROW(connection.Query("SELECT * FROM extra"), DatabaseError);
  // Ids start again from 1.
  EXPECT_EQ(connection.Insert("INSERT INTO partnerships (slug, name, created_at) "
                              "VALUES ('first', 'First', '2011-04-01T00:00:00Z') RETURNING id"),
            1);
}

TEST_F(DatabaseTest, EachTestStartsWithAnEmptyMigratedDatabase) {
  ExpectFresh(connection());
  EXPECT_EQ(connection().backend(), database().backend());
}

TEST_F(DatabaseTest, MigrationsAreRecordedAndApplyOnce) {
  EXPECT_EQ(ApplyMigrations(connection(), EmbeddedMigrations()), 0);
  auto rows = connection().Query(
      "SELECT number, name, applied_at FROM schema_migrations ORDER BY number");
  ASSERT_EQ(rows.size(), EmbeddedMigrations().size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i].Int(0), EmbeddedMigrations()[i].number);
    EXPECT_EQ(rows[i].Text(1), EmbeddedMigrations()[i].name);
    EXPECT_TRUE(std::regex_match(rows[i].Text(2), std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
        << rows[i].Text(2);
  }
}

TEST_F(DatabaseTest, ANewMigrationIsAppliedAfterTheOthers) {
  auto migrations = EmbeddedMigrations();
  migrations.push_back({9999, "9999_create_extra",
                        "CREATE TABLE extra (id {{ID}}, note TEXT);\n"
                        "-- @sqlite\nINSERT INTO extra (note) VALUES ('sqlite');\n"
                        "-- @postgres\nINSERT INTO extra (note) VALUES ('postgres');\n"});
  EXPECT_EQ(ApplyMigrations(connection(), migrations), 1);
  EXPECT_EQ(ApplyMigrations(connection(), migrations), 0);
  EXPECT_EQ(connection().QueryOne("SELECT note FROM extra")->Text(0),
            backend() == Backend::kSqlite ? "sqlite" : "postgres");
  EXPECT_GT(connection().Insert("INSERT INTO extra (note) VALUES (?) RETURNING id",
                                {std::string("x")}),
            1);
}

TEST_F(DatabaseTest, AFailingMigrationLeavesNoTrace) {
  auto migrations = EmbeddedMigrations();
  migrations.push_back({9999, "9999_broken", "CREATE TABLE half (id {{ID}});\nNOT SQL AT ALL;\n"});
  auto error = ErrorFrom([&] { ApplyMigrations(connection(), migrations); });
  EXPECT_NE(std::string(error.what()).find("9999_broken"), std::string::npos) << error.what();
  EXPECT_EQ(Count("schema_migrations"), static_cast<std::int64_t>(EmbeddedMigrations().size()));
  EXPECT_THROW(Count("half"), DatabaseError);
}

TEST_F(DatabaseTest, InsertReturnsIncreasingIds) {
  auto a = AddPartnership("a");
  auto b = AddPartnership("b");
  auto c = AddPartnership("c");
  EXPECT_GT(a, 0);
  EXPECT_GT(b, a);
  EXPECT_GT(c, b);
  EXPECT_EQ(connection().QueryOne("SELECT slug FROM partnerships WHERE id = ?", {b})->Text(0), "b");
}

TEST_F(DatabaseTest, AnUncommittedTransactionLeavesNothing) {
  {
    Transaction tx(connection());
    AddPartnership("gone");
  }
  EXPECT_EQ(Count("partnerships"), 0);
  try {
    Transaction tx(connection());
    AddPartnership("thrown");
    throw std::runtime_error("the handler gave up");
  } catch (const std::runtime_error&) {
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
  auto unique = ErrorFrom([&] {
    Transaction tx(connection());
    AddPartnership("other");
    AddPartnership("same");
    tx.Commit();
  });
  EXPECT_TRUE(unique.constraint()) << unique.what();
  EXPECT_EQ(Count("partnerships"), 1);

  auto foreign_key = ErrorFrom([&] {
    connection().Exec("INSERT INTO agencies (partnership_id, name, sector) VALUES (?, ?, ?)",
                      {std::int64_t{999}, std::string("Nowhere"), std::string("police")});
  });
  EXPECT_TRUE(foreign_key.constraint()) << foreign_key.what();
  EXPECT_EQ(Count("agencies"), 0);

  auto not_null = ErrorFrom([&] {
    connection().Exec("INSERT INTO partnerships (slug, name, created_at) VALUES (?, ?, ?)",
                      {std::string("x"), nullptr, std::string("2011-04-01T00:00:00Z")});
  });
  EXPECT_TRUE(not_null.constraint()) << not_null.what();

  auto check = ErrorFrom([&] {
    connection().Exec("INSERT INTO users (email, display_name, password_hash, is_admin, created_at) "
                      "VALUES (?, ?, ?, ?, ?)",
                      {std::string("a@example.org"), std::string("A"), std::string("h"),
                       std::int64_t{2}, std::string("2011-04-01T00:00:00Z")});
  });
  EXPECT_TRUE(check.constraint()) << check.what();
  EXPECT_EQ(Count("partnerships"), 1);
  EXPECT_EQ(Count("users"), 0);
}

TEST_F(DatabaseTest, OtherErrorsAreNotConstraintErrors) {
  EXPECT_FALSE(ErrorFrom([&] { connection().Exec("SELECT * FROM no_such_table"); }).constraint());
  EXPECT_FALSE(ErrorFrom([&] { connection().Exec("NOT SQL"); }).constraint());
  EXPECT_FALSE(ErrorFrom([&] { connection().ExecScript("NOT SQL"); }).constraint());
  // Too few and too many parameters.
  EXPECT_THROW(connection().Query("SELECT ? + ?", {std::int64_t{1}}), DatabaseError);
  EXPECT_THROW(connection().Query("SELECT 1", {std::int64_t{1}}), DatabaseError);
  // One statement at a time; scripts go through ExecScript.
  EXPECT_THROW(connection().Exec("SELECT 1; SELECT 2"), DatabaseError);
  // The connection is still usable after all that.
  EXPECT_EQ(connection().QueryOne("SELECT 1 + 1")->Int(0), 2);
  EXPECT_EQ(connection().QueryOne("SELECT 2 -- a trailing comment\n")->Int(0), 2);
}

// PostgreSQL abandons a transaction once a statement in it fails; SQLite is made to match, so a
// caller that swallows an error mid-transaction cannot commit half a change on either backend.
TEST_F(DatabaseTest, AFailedStatementAbortsItsTransaction) {
  AddPartnership("taken");
  Transaction tx(connection());
  AddPartnership("first-half");
  EXPECT_THROW(AddPartnership("taken"), DatabaseError);
  EXPECT_THROW(AddPartnership("second-half"), DatabaseError);
  auto commit = ErrorFrom([&] { tx.Commit(); });
  EXPECT_FALSE(commit.constraint());
  EXPECT_EQ(Count("partnerships"), 1);
  // And the connection carries on normally afterwards.
  Transaction next(connection());
  AddPartnership("later");
  next.Commit();
  EXPECT_EQ(Count("partnerships"), 2);
}

TEST_F(DatabaseTest, TheAuditLogIsAppendOnly) {
  connection().Exec("INSERT INTO audit_log (at, action) VALUES (?, ?)",
                    {std::string("2011-04-01T00:00:00Z"), std::string("create")});
  auto update = ErrorFrom([&] { connection().Exec("UPDATE audit_log SET action = 'forged'"); });
  EXPECT_NE(std::string(update.what()).find("append-only"), std::string::npos) << update.what();
  EXPECT_FALSE(update.constraint());  // tampering is not bad input
  EXPECT_THROW(connection().Exec("DELETE FROM audit_log"), DatabaseError);
  EXPECT_EQ(Count("audit_log"), 1);
  EXPECT_EQ(connection().QueryOne("SELECT action FROM audit_log")->Text(0), "create");
}

TEST_F(DatabaseTest, QuestionMarksInLiteralsAndCommentsAreNotPlaceholders) {
  auto row = connection().QueryOne("SELECT '?', ? /* why? */, 'it''s ?' -- really?\n, ?",
                                   {std::string("x"), std::string("y")});
  ASSERT_TRUE(row);
  EXPECT_EQ(row->Text(0), "?");
  EXPECT_EQ(row->Text(1), "x");
  EXPECT_EQ(row->Text(2), "it's ?");
  EXPECT_EQ(row->Text(3), "y");
}

TEST_F(DatabaseTest, ValuesRoundTripThroughColumns) {
  const std::int64_t big = 5'000'000'000;  // above 2^31 and 2^32
  const std::string unicode = "Zeinab Sulemani — café ✓ 𝄞 ‘quoted’";
  connection().Exec(
      "INSERT INTO audit_log (at, user_id, partnership_id, action, record_id, detail) "
      "VALUES (?, ?, ?, ?, ?, ?)",
      {std::string("2011-04-01T00:00:00Z"), nullptr, big, unicode, -big, std::string("")});
  auto row = connection().QueryOne(
      "SELECT user_id, partnership_id, action, record_id, detail FROM audit_log");
  ASSERT_TRUE(row);
  EXPECT_TRUE(row->IsNull(0));
  EXPECT_FALSE(row->OptInt(0));
  EXPECT_FALSE(row->OptText(0));
  EXPECT_EQ(row->Text(0), "");
  EXPECT_EQ(row->Int(1), big);
  EXPECT_EQ(row->OptInt(1), big);
  EXPECT_EQ(row->Text(2), unicode);
  EXPECT_EQ(row->Int(3), -big);
  EXPECT_EQ(row->OptText(4), "");
  EXPECT_FALSE(row->IsNull(4));
  // Found again by a parameter of each kind.
  EXPECT_TRUE(connection().QueryOne("SELECT 1 FROM audit_log WHERE partnership_id = ? AND action = ?",
                                    {big, unicode}));
  EXPECT_TRUE(connection().QueryOne("SELECT 1 FROM audit_log WHERE user_id IS NULL"));
}

TEST_F(DatabaseTest, RowAccessorsConvertBetweenKinds) {
  auto row = connection().QueryOne("SELECT ?, ?, ?, ?, ?",
                                   {std::int64_t{42}, 0.1, std::string("7"), std::int64_t{1},
                                    std::int64_t{std::numeric_limits<std::int64_t>::min()}});
  ASSERT_TRUE(row);
  EXPECT_EQ(row->Int(0), 42);
  EXPECT_EQ(row->Text(0), "42");
  EXPECT_DOUBLE_EQ(row->Real(0), 42.0);
  EXPECT_EQ(row->Real(1), 0.1);
  EXPECT_EQ(row->Text(1), "0.1");
  EXPECT_EQ(row->Int(2), 7);  // text parsed, as PostgreSQL returns everything as text
  EXPECT_TRUE(row->Bool(3));
  EXPECT_EQ(row->Int(4), std::numeric_limits<std::int64_t>::min());
  EXPECT_THROW(connection().QueryOne("SELECT 'seven'")->Int(0), DatabaseError);
  EXPECT_THROW(connection().QueryOne("SELECT '7 days'")->Int(0), DatabaseError);
  EXPECT_THROW(connection().QueryOne("SELECT 'x'")->Real(0), DatabaseError);
  // A fractional result (REAL on SQLite, NUMERIC text on PostgreSQL) reads the same on both.
  auto average = connection().QueryOne("SELECT AVG(x) FROM (SELECT 2 AS x UNION ALL SELECT 3) AS t");
  EXPECT_EQ(average->Real(0), 2.5);
  EXPECT_EQ(average->Int(0), 2);
  EXPECT_THROW(connection().QueryOne("SELECT NULL")->Int(0), DatabaseError);
  EXPECT_FALSE(connection().QueryOne("SELECT 1 FROM partnerships"));
}

TEST_F(DatabaseTest, RealsRoundTripThroughColumns) {
  auto partnership = AddPartnership("p");
  auto indicator = connection().Insert(
      "INSERT INTO indicators (partnership_id, code, name, unit, better, frequency) "
      "VALUES (?, 'NI 59', 'Initial assessments', 'percent', 'higher', 'annual') "
      "RETURNING id",
      {partnership});
  connection().Exec("INSERT INTO indicator_values (indicator_id, period, value) VALUES (?, ?, ?)",
                    {indicator, std::string("2010-11"), 1.0 / 3.0});
  auto row = connection().QueryOne("SELECT value FROM indicator_values WHERE indicator_id = ?",
                                   {indicator});
  ASSERT_TRUE(row);
  EXPECT_EQ(row->Real(0), 1.0 / 3.0);
}

TEST_F(DatabaseTest, ManyDistinctStatementsDoNotExhaustTheStatementCache) {
  for (int i = 0; i < 1100; ++i)
    ASSERT_EQ(connection().QueryOne("SELECT " + std::to_string(i) + " + ?", {std::int64_t{1}})->Int(0),
              i + 1);
  EXPECT_EQ(connection().QueryOne("SELECT 0 + ?", {std::int64_t{1}})->Int(0), 1);
  if (backend() == Backend::kPostgres) {
    EXPECT_LE(connection().QueryOne("SELECT COUNT(*) FROM pg_prepared_statements")->Int(0), 1000);
  }
  Transaction tx(connection());
  AddPartnership("after");
  tx.Commit();
  EXPECT_EQ(Count("partnerships"), 1);
}

TEST_F(DatabaseTest, CommittedWritesAreSeenByOtherConnections) {
  auto other = database().Connect();
  {
    Transaction tx(connection());
    AddPartnership("shared");
    tx.Commit();
  }
  EXPECT_EQ(other->QueryOne("SELECT COUNT(*) FROM partnerships")->Int(0), 1);
}

TEST_F(DatabaseTest, ThePoolReusesConnections) {
  ConnectionPool pool(database());
  Connection* first = nullptr;
  {
    auto lease = pool.Acquire();
    first = &*lease;
    EXPECT_EQ(lease->QueryOne("SELECT 1")->Int(0), 1);
  }
  auto again = pool.Acquire();
  EXPECT_EQ(&*again, first);
  auto second = pool.Acquire();
  EXPECT_NE(&*second, first);
  {
    auto moved = std::move(second);  // a moved-from lease returns nothing to the pool
  }
  auto third = pool.Acquire();
  EXPECT_NE(&*third, first);
  EXPECT_EQ(&pool.database(), &database());
}

TEST_F(DatabaseTest, EachTestStartsWithAnEmptyMigratedDatabaseEvenAfterOthers) {
  ExpectFresh(connection());
}

// Not a fixture test: how OpenDatabase reads its argument, the same whichever backend is chosen.
TEST(OpenDatabase, NamesTheBackendOrExplainsWhatItWants) {
  auto dir = std::filesystem::temp_directory_path() /
             ("safeboard-open-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  EXPECT_EQ(OpenDatabase("sqlite:" + (dir / "a.db").string())->backend(), Backend::kSqlite);
  EXPECT_EQ(OpenDatabase((dir / "b.db").string())->backend(), Backend::kSqlite);
  EXPECT_EQ(OpenDatabase((dir / "c.sqlite").string())->backend(), Backend::kSqlite);
  std::filesystem::remove_all(dir);

  for (std::string url : {"mysql://localhost/x", "", "safeboard", "sqlite:"}) {
    try {
      OpenDatabase(url);
      ADD_FAILURE() << "accepted '" << url << "'";
    } catch (const DatabaseError& e) {
      EXPECT_NE(std::string(e.what()).find("sqlite:"), std::string::npos) << e.what();
    }
  }
  // Port 1 on loopback: nothing listens, so the refusal is immediate.
  for (std::string url : {"postgresql://nobody@127.0.0.1:1/x", "postgres://nobody@127.0.0.1:1/x",
                          "host=127.0.0.1 port=1 user=nobody dbname=x"}) {
    try {
      OpenDatabase(url);
      ADD_FAILURE() << "connected to '" << url << "'";
    } catch (const DatabaseError& e) {
      EXPECT_NE(std::string(e.what()).find("PostgreSQL"), std::string::npos) << e.what();
    }
  }
}

// RULE: issue 6 - a GET's reads share one snapshot, and a write never happens inside it (a WAL
// read transaction cannot be upgraded once another connection has committed).
TEST_F(DatabaseTest, AReadSnapshotSeesOneMomentAndAWriteEndsItInsteadOfFailing) {
  AddPartnership("first");
  auto other = database().Connect();
  {
    ReadSnapshot snapshot(connection());
    EXPECT_EQ(Count("partnerships"), 1);
    other->Exec("INSERT INTO partnerships (slug, name, area, created_at) VALUES ('second', 'x', 'x', '2026-01-01')");
    // SQLite: the snapshot still sees one partnership. PostgreSQL has no snapshot here (each
    // statement is its own transaction) and sees two.
    EXPECT_EQ(Count("partnerships"), backend() == Backend::kSqlite ? 1 : 2);
    // A write in the snapshot's scope ends the snapshot and succeeds, though another connection
    // committed since the snapshot began; it then sees every row.
    connection().Exec("INSERT INTO partnerships (slug, name, area, created_at) VALUES ('third', 'x', 'x', '2026-01-01')");
    EXPECT_EQ(Count("partnerships"), 3);
    // So does a transaction.
    other->Exec("INSERT INTO partnerships (slug, name, area, created_at) VALUES ('fourth', 'x', 'x', '2026-01-01')");
    Transaction tx(connection());
    AddPartnership("fifth");
    tx.Commit();
  }
  EXPECT_EQ(Count("partnerships"), 5);
  // Ended, the snapshot leaves no read transaction open: the next read sees a later commit.
  {
    ReadSnapshot snapshot(connection());
    EXPECT_EQ(Count("partnerships"), 5);
  }
  Transaction tx(*other);
  other->Exec("DELETE FROM partnerships WHERE slug = 'fifth'");
  tx.Commit();
  EXPECT_EQ(Count("partnerships"), 4);
}

}  // namespace
}  // namespace safeboard::storage
