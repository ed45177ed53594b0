#include "ui/status_tags.h"

#include <gtest/gtest.h>

#include <set>

#include "duties/duties.h"
#include "meetings/meetings.h"
#include "performance/performance.h"
#include "plan/plan.h"

namespace safeboard::ui {
namespace {

TEST(StatusTags, EachToneHasItsOwnGovukColour) {
  std::set<std::string_view> colours;
  for (auto tone : {core::Tone::kNeutral, core::Tone::kGood, core::Tone::kWarning, core::Tone::kBad,
                    core::Tone::kInfo, core::Tone::kSensitive, core::Tone::kPlain})
    colours.insert(TagColour(tone));
  EXPECT_EQ(colours.size(), 7u);
  EXPECT_EQ(TagColour(core::Tone::kPlain), "");
}

TEST(StatusTags, RagIsRedAmberGreenAsTheBoardReadsIt) {
  EXPECT_EQ(TagColour(plan::StatusOf(plan::Rag::kRed).tone), "red");
  EXPECT_EQ(TagColour(plan::StatusOf(plan::Rag::kAmber).tone), "yellow");
  EXPECT_EQ(TagColour(plan::StatusOf(plan::Rag::kGreen).tone), "green");
}

TEST(StatusTags, StoredStatusesOfEveryAreaHaveATag) {
  EXPECT_EQ(TagColour(duties::StatusOf(duties::DutyStatus::kOverdue).tone), "red");
  EXPECT_EQ(TagColour(duties::StatusOf(duties::DutyStatus::kDueSoon).tone), "yellow");
  EXPECT_EQ(TagColour(performance::StatusOf(performance::AgainstTarget::kMet).tone), "green");
  for (const auto& t : meetings::MinutesStatuses()) EXPECT_FALSE(meetings::StatusOf(t.value).label.empty());
  EXPECT_EQ(TagColour(meetings::QuorumStatus(false).tone), "red");
  EXPECT_EQ(TagColour(meetings::LatePaperStatus(false).tone), "red");
}

TEST(StatusTags, RenderAsAnEscapedGovukTag) {
  Html h;
  StatusTag(h, {"Late <paper>", core::Tone::kBad});
  EXPECT_EQ(h.Build().str(), "<strong class=\"govuk-tag govuk-tag--red\">Late &lt;paper&gt;</strong>");
  Html plain;
  StatusTag(plain, {"Held", core::Tone::kPlain});
  EXPECT_EQ(plain.Build().str(), "<strong class=\"govuk-tag\">Held</strong>");
}

}  // namespace
}  // namespace safeboard::ui
