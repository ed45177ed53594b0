#include "performance/indicator_import.h"

#include <gtest/gtest.h>

namespace safeboard::performance {
namespace {

IndicatorImportContext Board() {
  IndicatorImportContext c;
  c.choices.clusters = {{1, "Staying safe", 1}};
  c.choices.agencies = {10, 11};
  c.choices.groups = {20};
  c.choices.codes_taken = {"NI 63"};
  c.agency_names = {{"Thames Valley Police", 10}, {"TVP", 10}, {"Milton Keynes Council", 11}};
  c.group_names = {{"Quality Assurance Sub-Group", 20}, {"QA", 20}};
  return c;
}

const std::vector<std::string> kHeader = {"Code", "Name", "Cluster", "Responsible", "Agency", "Group",
                                          "Unit", "Better", "Frequency", "Target year", "Target"};

TEST(IndicatorImport, ReadsNamesAndWordsIntoIndicators) {
  auto result = CheckIndicatorImport(
      {kHeader,
       {"LSCB 1", "Referrals", "staying safe", "", "TVP", "", "Count", "Lower", "Quarterly", "", ""},
       {"LSCB 2", "Audits", "Quality", "", "tvp; Milton Keynes Council", "", "Percentage", "Higher", "Annual",
        "2025-26", "80"},
       {"LSCB 3", "Reviews", "Quality", "", "", "QA", "count", "higher", "annual", "", ""},
       {"LSCB 4", "Training", "Quality", "All agencies", "", "", "Count", "Higher", "Annual", "", ""}},
      Board());
  ASSERT_TRUE(result.errors.empty()) << result.errors[0].column << ": " << result.errors[0].message;
  ASSERT_EQ(result.rows.size(), 4u);
  EXPECT_EQ(result.rows[0].indicator.cluster_id, 1);
  EXPECT_EQ(result.rows[0].indicator.responsible, Responsible::kAgency);
  EXPECT_EQ(result.rows[0].indicator.agency_id, 10);
  EXPECT_EQ(result.rows[1].new_cluster, "Quality");
  EXPECT_EQ(result.rows[1].indicator.responsible, Responsible::kAgencies);
  EXPECT_EQ(result.rows[1].indicator.agency_ids, (std::vector<std::int64_t>{10, 11}));
  ASSERT_TRUE(result.rows[1].target);
  EXPECT_EQ(result.rows[1].target->value, 80);
  EXPECT_EQ(result.rows[2].indicator.responsible, Responsible::kGroup);
  EXPECT_EQ(result.rows[2].indicator.group_id, 20);
  EXPECT_EQ(result.rows[3].indicator.responsible, Responsible::kAllAgencies);
}

TEST(IndicatorImport, EveryBadRowIsReportedWithTheNearestName) {
  auto result = CheckIndicatorImport(
      {kHeader,
       {"NI 63", "Placements", "Staying safe", "", "TVP", "", "Percentage", "Higher", "Annual", "", ""},
       {"LSCB 1", "Referrals", "Staying safe", "", "Thames Valley Polise", "", "Count", "Lower", "Annual", "", ""},
       {"LSCB 1", "Again", "Staying safe", "", "TVP", "", "Lots", "Lower", "Annual", "", ""},
       {"LSCB 2", "Nobody", "Staying safe", "", "", "", "Count", "Lower", "Annual", "", ""}},
      Board());
  ASSERT_EQ(result.errors.size(), 5u);
  EXPECT_EQ(result.errors[0].row, 2);
  EXPECT_EQ(result.errors[0].column, "Code");  // already in the catalogue
  EXPECT_EQ(result.errors[1].column, "Agency");
  EXPECT_NE(result.errors[1].message.find("did you mean \"Thames Valley Police\""), std::string::npos);
  EXPECT_EQ(result.errors[2].row, 4);
  EXPECT_EQ(result.errors[2].column, "Unit");
  EXPECT_EQ(result.errors[3].column, "Code");  // also on row 3
  EXPECT_EQ(result.errors[4].column, "Responsible");
}

TEST(IndicatorImport, AColumnItDoesNotReadIsRefused) {
  auto result = CheckIndicatorImport({{"Code", "Name", "Cluster", "Unit", "Better", "Frequency", "Colour"}}, Board());
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_NE(result.errors[0].message.find("does not read a column called \"Colour\""), std::string::npos);
}

}  // namespace
}  // namespace safeboard::performance
