#include <gtest/gtest.h>

#include "storage/postgres/postgres_database.h"

namespace safeboard::storage {
namespace {

TEST(Placeholders, AreNumberedInOrder) {
  EXPECT_EQ(RewritePlaceholders("SELECT * FROM t WHERE a = ? AND b = ?"),
            "SELECT * FROM t WHERE a = $1 AND b = $2");
}

TEST(Placeholders, InsideStringsIdentifiersAndCommentsAreLeftAlone) {
  EXPECT_EQ(RewritePlaceholders("SELECT '?', 'it''s ?', \"odd?\" FROM t -- why?\nWHERE a = ?"),
            "SELECT '?', 'it''s ?', \"odd?\" FROM t -- why?\nWHERE a = $1");
}

}  // namespace
}  // namespace safeboard::storage
