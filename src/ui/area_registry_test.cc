#include "ui/area_registry.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace safeboard::ui {
namespace {

TEST(AreaRegistry, AreasAddNavigationInOrderAndTheirOwnMessages) {
  AreaRegistration later{{{9002, "Training", "/training"}}, {{"test-booking-made", "Booking made"}}};
  AreaRegistration earlier{{{9001, "Audits", "/audits", auth::Permission::kManagePartnership}}, {}};
  auto nav = NavEntries();
  std::vector<std::string_view> labels;
  for (const auto& e : nav)
    if (e.order >= 9001) labels.push_back(e.label);
  EXPECT_EQ(labels, (std::vector<std::string_view>{"Audits", "Training"}));
  EXPECT_EQ(SuccessMessageFor("test-booking-made"), "Booking made");
  EXPECT_FALSE(SuccessMessageFor("no-such-code"));
}

TEST(AreaRegistry, ACodeOrAPlaceRegisteredTwiceIsAnError) {
  AreaRegistration first{{{9101, "Budget", "/budget"}}, {{"test-spend-recorded", "Spend recorded"}}};
  EXPECT_THROW((AreaRegistration{{}, {{"test-spend-recorded", "Again"}}}), std::logic_error);
  EXPECT_THROW((AreaRegistration{{{9101, "Other", "/other"}}, {}}), std::logic_error);
}

void SecondPanel(http::Context&, Html& h) { h.Text("second"); }
void FirstPanel(http::Context&, Html& h) { h.Text("first"); }

TEST(AreaRegistry, DashboardPanelsComeInOrderAndAPlaceIsTakenOnce) {
  AreaRegistration later{{}, {}, {{9202, SecondPanel}}};
  AreaRegistration earlier{{}, {}, {{9201, FirstPanel}}};
  std::vector<int> orders;
  for (const auto& panel : DashboardPanels())
    if (panel.order >= 9201) orders.push_back(panel.order);
  EXPECT_EQ(orders, (std::vector<int>{9201, 9202}));
  EXPECT_THROW((AreaRegistration{{}, {}, {{9201, SecondPanel}}}), std::logic_error);
}

}  // namespace
}  // namespace safeboard::ui
