#include "ui/html.h"

#include <gtest/gtest.h>

namespace safeboard::ui {
namespace {

TEST(Html, EscapesTextAndAttributeValues) {
  Html h;
  h.Element("p", {{"title", "\"><script>"}}, "<b>Tom & 'Jerry'</b>");
  EXPECT_EQ(h.Take(),
            "<p title=\"&quot;&gt;&lt;script&gt;\">&lt;b&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;</p>");
}

// Issue 15: SVG shapes are closed where they are opened, or the browser nests what follows.
TEST(Html, SvgShapesAreSelfClosed) {
  Html h;
  h.SelfClosed("circle", {{"cx", "5"}, {"r", "2"}}).SelfClosed("line", {{"x1", "\"0"}});
  EXPECT_EQ(h.Build().str(), "<circle cx=\"5\" r=\"2\" /><line x1=\"&quot;0\" />");
}

TEST(Html, MarkdownDropsRawHtmlAndScriptLinks) {
  auto html = TrustedHtml::FromMarkdown(
      "# Terms\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) **bold**");
  EXPECT_NE(html.str().find("<h1>Terms</h1>"), std::string::npos);
  EXPECT_NE(html.str().find("<strong>bold</strong>"), std::string::npos);
  EXPECT_EQ(html.str().find("<script"), std::string::npos);
  EXPECT_EQ(html.str().find("javascript:"), std::string::npos);
}

TEST(Html, MarkdownHeadingsCanBeDemoted) {
  auto html = TrustedHtml::FromMarkdown("# Terms\n\n## Membership\n\n###### Deep\n", 2);
  EXPECT_NE(html.str().find("<h3>Terms</h3>"), std::string::npos);
  EXPECT_NE(html.str().find("<h4>Membership</h4>"), std::string::npos);
  EXPECT_NE(html.str().find("<h6>Deep</h6>"), std::string::npos);
}

TEST(Html, FlagsAreAddedBare) {
  Html h;
  h.OpenWithFlags("option", {{"value", "1"}}, {"selected", ""});
  EXPECT_EQ(h.Take(), "<option value=\"1\" selected>");
}

}  // namespace
}  // namespace safeboard::ui
