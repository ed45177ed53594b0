#include "performance/forms.h"

#include <gtest/gtest.h>

namespace safeboard::performance {
namespace {

IndicatorChoices Choices() {
  return {{{1, "Staying safe", 1}, {2, "Early help", 2}}, {11, 12, 13}, {21}, {"NI 63"}};
}

core::FieldValues Good() {
  return {{"code", "LSCB 4"}, {"name", "Re-referrals"}, {"cluster_id", "2"}, {"responsible", "agency"},
          {"agency_id", "11"}, {"unit", "percentage"}, {"better", "lower"}, {"frequency", "quarterly"},
          {"outcome", "Fewer children referred twice"}, {"target_year", "2025-26"}, {"target", "20"}};
}

TEST(IndicatorForm, ReadsAnIndicatorWithItsClusterResponsibilityAndTarget) {
  Indicator i;
  std::string new_cluster;
  std::optional<IndicatorTarget> target;
  auto errors = ReadIndicator(Good(), Choices(), i, new_cluster, target);
  ASSERT_TRUE(errors.empty()) << errors.all().front().message;
  EXPECT_EQ(i.cluster_id, 2);
  EXPECT_EQ(i.agency_id, 11);
  EXPECT_EQ(i.better, Better::kLower);
  ASSERT_TRUE(target);
  EXPECT_EQ(target->year, "2025-26");
  EXPECT_EQ(target->value, 20);
  EXPECT_TRUE(new_cluster.empty());
}

// RULE: issue 14 - responsible: one agency, several (two or more), all agencies, or a group.
TEST(IndicatorForm, SeveralAgenciesComeFromCheckboxesOrAListAndNeedTwo) {
  auto in = Good();
  in["responsible"] = "agencies";
  in["agency_ids-11"] = "yes";
  in["agency_ids"] = "13\n99";  // 99 is not an agency of this partnership
  Indicator i;
  std::string new_cluster;
  std::optional<IndicatorTarget> target;
  ASSERT_TRUE(ReadIndicator(in, Choices(), i, new_cluster, target).empty());
  EXPECT_EQ(i.agency_ids, (std::vector<std::int64_t>{11, 13}));
  EXPECT_FALSE(i.agency_id);
  in.erase("agency_ids");
  EXPECT_TRUE(ReadIndicator(in, Choices(), i, new_cluster, target).For("agency_ids"));
  in["responsible"] = "group";
  in["group_id"] = "21";
  ASSERT_TRUE(ReadIndicator(in, Choices(), i, new_cluster, target).empty());
  EXPECT_EQ(i.group_id, 21);
  EXPECT_TRUE(i.agency_ids.empty());
}

TEST(IndicatorForm, ANewClusterByNameAndCodesAreUnique) {
  auto in = Good();
  in.erase("cluster_id");
  in["new_cluster"] = "Neglect";
  in["code"] = "ni 63";
  in["target"] = "120";
  Indicator i;
  std::string new_cluster;
  std::optional<IndicatorTarget> target;
  auto errors = ReadIndicator(in, Choices(), i, new_cluster, target);
  EXPECT_EQ(new_cluster, "Neglect");
  EXPECT_TRUE(errors.For("code"));
  EXPECT_TRUE(errors.For("target"));  // a percentage over 100
  // A "new" cluster the board already has is that cluster.
  in["new_cluster"] = "EARLY HELP";
  ReadIndicator(in, Choices(), i, new_cluster, target);
  EXPECT_TRUE(new_cluster.empty());
  EXPECT_EQ(i.cluster_id, 2);
  in.erase("new_cluster");
  EXPECT_TRUE(ReadIndicator(in, Choices(), i, new_cluster, target).For("cluster_id"));
}

}  // namespace
}  // namespace safeboard::performance
