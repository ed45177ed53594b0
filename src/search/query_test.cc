#include "search/query.h"

#include <gtest/gtest.h>

namespace safeboard::search {
namespace {

TEST(QueryWords, LowerCaseWordsWithoutSyntaxOrRepeats) {
  EXPECT_EQ(QueryWords("Budget AND (2011"), (std::vector<std::string>{"budget", "and", "2011"}));
  EXPECT_EQ(QueryWords("  \"early help\" -help* NEAR/3 "), (std::vector<std::string>{"early", "help", "near", "3"}));
  EXPECT_EQ(QueryWords("Ofsted ofsted OFSTED"), (std::vector<std::string>{"ofsted"}));
  EXPECT_EQ(QueryWords("Łódź café"), (std::vector<std::string>{"łódź", "café"}));
  EXPECT_TRUE(QueryWords("\"*()-:^").empty());
  EXPECT_EQ(QueryWords("a b c d e f g h i j").size(), kMaxQueryWords);
}

TEST(SnippetRuns, SplitsTheMarkedMatchesFromTheText) {
  std::string snippet = "the " + std::string(kMatchStart) + "budget" + std::string(kMatchEnd) + " for <2011>";
  auto runs = SnippetRuns(snippet);
  ASSERT_EQ(runs.size(), 3u);
  EXPECT_EQ(runs[0], (std::pair<std::string, bool>{"the ", false}));
  EXPECT_EQ(runs[1], (std::pair<std::string, bool>{"budget", true}));
  EXPECT_EQ(runs[2], (std::pair<std::string, bool>{" for <2011>", false}));
  EXPECT_TRUE(SnippetRuns("").empty());
}

}  // namespace
}  // namespace safeboard::search
