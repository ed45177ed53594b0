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
// Issue 15 (10): a page title does not say the service twice.
TEST(RenderPage, TheTitleNamesTheServiceOnce) {
  PageChrome chrome;
  chrome.title = "safeboard";
  EXPECT_NE(RenderPage(chrome, Html().Build()).find("<title>safeboard</title>"), std::string::npos);
  chrome.title = "Agencies";
  chrome.has_errors = true;
  EXPECT_NE(RenderPage(chrome, Html().Build()).find("<title>Error: Agencies - safeboard</title>"), std::string::npos);
}

}  // namespace safeboard::ui
