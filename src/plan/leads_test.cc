#include <gtest/gtest.h>

#include "plan/plan.h"

namespace safeboard::plan {
namespace {

const std::vector<std::string> kKnown = {"Business Management Group", "Learning and Improvement Sub-Group",
                                         "Head of Safeguarding (NHS Milton Keynes)", "Head of Safeguarding",
                                         "Training Sub-Group", "Zoë Ångström"};

TEST(Leads, OneKnownNameInAnyCase) {
  auto leads = SplitLeads("  business management group ", kKnown);
  ASSERT_TRUE(leads);
  EXPECT_EQ(*leads, std::vector<std::string>{"Business Management Group"});
  EXPECT_EQ(*SplitLeads("ZOË ÅNGSTRÖM", kKnown), std::vector<std::string>{"Zoë Ångström"});
}

TEST(Leads, SeveralNamesJoinedInTheWaysBoardsWriteThem) {
  std::vector<std::string> two = {"Head of Safeguarding", "Training Sub-Group"};
  EXPECT_EQ(*SplitLeads("Head of Safeguarding; Training Sub-Group", kKnown), two);
  EXPECT_EQ(*SplitLeads("Head of Safeguarding and Training Sub-Group", kKnown), two);
  EXPECT_EQ(*SplitLeads("Head of Safeguarding / Training Sub-Group", kKnown), two);
  EXPECT_EQ(*SplitLeads("Head of Safeguarding\nTraining Sub-Group", kKnown), two);
  std::vector<std::string> three = {"Business Management Group", "Head of Safeguarding", "Training Sub-Group"};
  EXPECT_EQ(*SplitLeads("Business Management Group, Head of Safeguarding & Training Sub-Group", kKnown), three);
}

TEST(Leads, ANameHoldingASeparatorIsKeptWhole) {
  EXPECT_EQ(*SplitLeads("Learning and Improvement Sub-Group", kKnown),
            std::vector<std::string>{"Learning and Improvement Sub-Group"});
  std::vector<std::string> two = {"Learning and Improvement Sub-Group", "Training Sub-Group"};
  EXPECT_EQ(*SplitLeads("Learning and Improvement Sub-Group and Training Sub-Group", kKnown), two);
}

TEST(Leads, AnUnknownPartRefusesTheCell) {
  EXPECT_FALSE(SplitLeads("Head of Safeguarding; Finance Sub-Group", kKnown));
  EXPECT_FALSE(SplitLeads("Learning & Improvement", kKnown));
  EXPECT_FALSE(SplitLeads("", kKnown));
  EXPECT_FALSE(SplitLeads(";", kKnown));
}

TEST(Leads, CodesRoundTrip) {
  EXPECT_EQ(LeadCode(LeadKind::kPost, 5), "post-5");
  auto parsed = ParseLeadCode("person-12");
  ASSERT_TRUE(parsed);
  EXPECT_EQ(parsed->first, LeadKind::kPerson);
  EXPECT_EQ(parsed->second, 12);
  EXPECT_FALSE(ParseLeadCode("team-1"));
  EXPECT_FALSE(ParseLeadCode("group-"));
  EXPECT_FALSE(ParseLeadCode("group-1x"));
  EXPECT_FALSE(ParseLeadCode("group-99999999999999999999"));
}

TEST(Leads, AFormNamesOneOrSeveralKnownLeadsEachOnce) {
  KnownLeads known{{1, 2}, {5}, {9}};
  std::vector<Lead> leads;
  EXPECT_TRUE(ReadActionLeads({{"lead-1", "group-2"}, {"lead-2", "post-5"}, {"lead-3", ""}}, known, leads).empty());
  ASSERT_EQ(leads.size(), 2u);
  EXPECT_EQ(leads[1].kind, LeadKind::kPost);
  EXPECT_EQ(leads[1].id, 5);
  EXPECT_NE(ReadActionLeads({}, known, leads).For("lead-1"), nullptr);
  EXPECT_NE(ReadActionLeads({{"lead-1", "post-5"}, {"lead-2", "post-5"}}, known, leads).For("lead-2"), nullptr);
  EXPECT_NE(ReadActionLeads({{"lead-1", "person-10"}}, known, leads).For("lead-1"), nullptr);
  EXPECT_NE(ReadActionLeads({{"lead-1", "post-1"}}, known, leads).For("lead-1"), nullptr);
}

TEST(Leads, SeveralReadAsOneLine) {
  std::vector<Lead> leads = {{LeadKind::kGroup, 1, "Training Sub-Group"}, {LeadKind::kPost, 5, "Designated Nurse"}};
  EXPECT_EQ(LeadNames(leads), "Training Sub-Group; Designated Nurse");
}

}  // namespace
}  // namespace safeboard::plan
