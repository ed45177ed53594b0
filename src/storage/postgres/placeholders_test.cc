// Unit tests of the `?` to $n rewrite the PostgreSQL backend applies to every statement.
#include <gtest/gtest.h>

#include "storage/postgres/postgres_database.h"

namespace safeboard::storage {
namespace {

TEST(Placeholders, AreNumberedInOrder) {
  EXPECT_EQ(RewritePlaceholders("SELECT * FROM t WHERE a = ? AND b = ?"),
            "SELECT * FROM t WHERE a = $1 AND b = $2");
  EXPECT_EQ(RewritePlaceholders("VALUES (?,?,?)"), "VALUES ($1,$2,$3)");
  EXPECT_EQ(RewritePlaceholders("SELECT 1"), "SELECT 1");
  EXPECT_EQ(RewritePlaceholders(""), "");
}

TEST(Placeholders, InsideStringsIdentifiersAndCommentsAreLeftAlone) {
  EXPECT_EQ(RewritePlaceholders("SELECT '?', 'it''s ?', \"odd?\" FROM t -- why?\nWHERE a = ?"),
            "SELECT '?', 'it''s ?', \"odd?\" FROM t -- why?\nWHERE a = $1");
  EXPECT_EQ(RewritePlaceholders("SELECT ? /* what? */, ?"), "SELECT $1 /* what? */, $2");
  EXPECT_EQ(RewritePlaceholders("SELECT $$a?b$$, $tag$ ? $$ ? $tag$, ?"),
            "SELECT $$a?b$$, $tag$ ? $$ ? $tag$, $1");
  EXPECT_EQ(RewritePlaceholders("SELECT '' , ? , \"\"\"?\""), "SELECT '' , $1 , \"\"\"?\"");
}

TEST(Placeholders, AdjacentQuotesAndComments) {
  EXPECT_EQ(RewritePlaceholders("SELECT 'a'?"), "SELECT 'a'$1");
  EXPECT_EQ(RewritePlaceholders("SELECT 'a''?'||?"), "SELECT 'a''?'||$1");
  EXPECT_EQ(RewritePlaceholders("SELECT ? -- trailing ?"), "SELECT $1 -- trailing ?");
  EXPECT_EQ(RewritePlaceholders("SELECT 1 - ?"), "SELECT 1 - $1");
  EXPECT_EQ(RewritePlaceholders("SELECT 2 / ?"), "SELECT 2 / $1");
}

TEST(Placeholders, UnterminatedQuotesAndCommentsAreCopiedAsTheyAre) {
  EXPECT_EQ(RewritePlaceholders("SELECT ?, 'open ?"), "SELECT $1, 'open ?");
  EXPECT_EQ(RewritePlaceholders("SELECT ?, \"open ?"), "SELECT $1, \"open ?");
  EXPECT_EQ(RewritePlaceholders("SELECT ? /* open ?"), "SELECT $1 /* open ?");
  EXPECT_EQ(RewritePlaceholders("SELECT ?, $$ open ?"), "SELECT $1, $$ open ?");
}

TEST(Placeholders, ExistingNumberedParametersAndDollarIdentifiersAreNotQuotes) {
  EXPECT_EQ(RewritePlaceholders("SELECT a$b, ?"), "SELECT a$b, $1");
  EXPECT_EQ(RewritePlaceholders("SELECT $1$ , ?"), "SELECT $1$ , $1");
}

}  // namespace
}  // namespace safeboard::storage
