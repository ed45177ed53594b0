#include "governance/partnership_form.h"

#include <gtest/gtest.h>

namespace safeboard::governance {
namespace {

core::FieldValues AGoodPartnership() {
  return {{"name", "Northshire Safeguarding Children Partnership"},
          {"slug", "northshire-scp"},
          {"area", "Northshire"},
          {"population-1-year", "2025-26"},
          {"population-1-children", "58,600"},
          {"population-2-year", ""},
          {"population-2-children", ""},
          {"population-3-year", "2026/27"},
          {"population-3-children", "59100"},
          {"manager_name", "Zoë Ångström"},
          {"manager_email", "zoe@northshire.example"},
          {"manager_job_title", "Partnership Manager"}};
}

TEST(NewPartnership, ReadsThePartnershipItsPopulationsAndItsBusinessManager) {
  NewPartnership p;
  auto errors = ReadNewPartnership(AGoodPartnership(), p);
  ASSERT_TRUE(errors.empty()) << errors.all().front().message;
  EXPECT_EQ(p.partnership.slug, "northshire-scp");
  EXPECT_EQ(p.partnership.area, "Northshire");
  ASSERT_EQ(p.child_populations.size(), 2u);  // the blank row is skipped
  EXPECT_EQ(p.child_populations[0].year_start, 2025);
  EXPECT_EQ(p.child_populations[0].children, 58600);
  EXPECT_EQ(p.child_populations[1].year_start, 2026);
  EXPECT_EQ(p.business_manager.full_name, "Zoë Ångström");
  EXPECT_EQ(p.business_manager.job_title, "Partnership Manager");
}

TEST(NewPartnership, RefusesEachBadFieldWithItsOwnMessage) {
  auto in = AGoodPartnership();
  in["name"] = "";
  in["slug"] = "Northshire SCP";
  in["manager_email"] = "zoe at northshire";
  in["population-1-year"] = "2025-27";
  in["population-3-year"] = "2025-26";
  in["population-3-children"] = "many";
  NewPartnership p;
  auto errors = ReadNewPartnership(in, p);
  EXPECT_TRUE(errors.For("name"));
  ASSERT_TRUE(errors.For("slug"));
  EXPECT_NE(errors.For("slug")->find("lower-case letters"), std::string::npos);
  EXPECT_TRUE(errors.For("manager_email"));
  EXPECT_TRUE(errors.For("population-1-year"));
  EXPECT_TRUE(errors.For("population-3-children"));
  EXPECT_FALSE(errors.For("manager_name"));
}

// RULE: issue 14 - a slug is 2 to 40 lower-case letters, digits and single hyphens, starting with
// a letter.
TEST(NewPartnership, SlugsAreShortLowerCaseAndHyphenated) {
  for (const char* good : {"ab", "northshire-scp", "lscb2", "a-b-c"}) EXPECT_EQ(SlugProblem(good), "") << good;
  for (const char* bad : {"a", "Northshire", "north shire", "2north", "north-", "north--shire", "nörth",
                          "a2345678901234567890123456789012345678901"})
    EXPECT_NE(SlugProblem(bad), "") << bad;
}

TEST(NewPartnership, AYearGivenTwiceIsRefused) {
  core::FieldValues in{{"population-1-year", "2025-26"}, {"population-1-children", "100"},
                       {"population-2-year", "2025/26"}, {"population-2-children", "200"}};
  core::FieldErrors errors;
  ReadChildPopulations(in, errors);
  ASSERT_TRUE(errors.For("population-2-year"));
  EXPECT_NE(errors.For("population-2-year")->find("given twice"), std::string::npos);
}

}  // namespace
}  // namespace safeboard::governance
