#include "core/fold_case.h"

#include <gtest/gtest.h>

namespace safeboard::core {
namespace {

// RULE: issue 14 - case-insensitive matching of names works beyond ASCII.
TEST(FoldCase, MatchesNamesInAnyCaseAndScript) {
  EXPECT_TRUE(SameName("zoë ångström", "ZOË ÅNGSTRÖM"));
  EXPECT_TRUE(SameName("Ólafur Þórsson", "óLAFUR þÓRSSON"));
  EXPECT_TRUE(SameName("Straße", "STRASSE"));
  EXPECT_TRUE(SameName("Αθηνά", "ΑΘΗΝΆ"));
  // An accent typed as a separate combining mark is the same letter.
  EXPECT_TRUE(SameName("Zoe\xCC\x88", "zoë"));
  EXPECT_FALSE(SameName("Zoe", "Zoë"));
  EXPECT_EQ(FoldCase("Thames Valley Police"), "thames valley police");
}

}  // namespace
}  // namespace safeboard::core
