#include "ui/components.h"

#include <gtest/gtest.h>

namespace safeboard::ui {
namespace {

std::string ImportErrorsHtml(int count) {
  std::vector<core::ImportError> errors;
  for (int i = 0; i < count; ++i) errors.push_back({i + 2, "Lead", "Select a lead"});
  Html h;
  ImportErrors(h, errors);
  return h.Build().str();
}

// RULE: issue 14 - "correct these 1 problems" reads wrongly: one problem is "this problem".
TEST(ImportErrors, SayThisProblemForOneAndGroupLargeCounts) {
  EXPECT_NE(ImportErrorsHtml(1).find("correct this problem and try again"), std::string::npos);
  EXPECT_NE(ImportErrorsHtml(2).find("correct these 2 problems"), std::string::npos);
  EXPECT_NE(ImportErrorsHtml(1200).find("correct these 1,200 problems"), std::string::npos);
}

}  // namespace
}  // namespace safeboard::ui
