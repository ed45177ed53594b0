#include "core/suggest.h"

#include <gtest/gtest.h>

#include <vector>

namespace safeboard::core {
namespace {

const std::vector<std::string> kGroups = {"Learning & Improvement Sub-Group", "Quality Assurance Sub-Group",
                                          "Child Death Overview Panel", "Jo Bloggs"};

// RULE: issue 14 - import messages suggest near matches.
TEST(NearestName, IgnoresCasePunctuationAndAmpersands) {
  EXPECT_EQ(NearestName("Learning and Improvement Sub Group", kGroups), "Learning & Improvement Sub-Group");
  EXPECT_EQ(NearestName("quality assurance subgroup", kGroups), "Quality Assurance Sub-Group");
}

TEST(NearestName, ForgivesAFewTyposButNotADifferentName) {
  EXPECT_EQ(NearestName("Child Death Overveiw Panel", kGroups), "Child Death Overview Panel");
  EXPECT_EQ(NearestName("Jo Blogs", kGroups), "Jo Bloggs");
  EXPECT_FALSE(NearestName("Health Sub-Group", kGroups));
  EXPECT_FALSE(NearestName("", kGroups));
  EXPECT_FALSE(NearestName("Anything", {}));
}

}  // namespace
}  // namespace safeboard::core
