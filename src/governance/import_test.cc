#include "governance/import.h"

#include <gtest/gtest.h>

namespace safeboard::governance {
namespace {

ExistingRecords ABoard() {
  ExistingRecords e;
  e.partnership_id = 7;
  Agency police;
  police.id = 11;
  police.name = "Northshire Police";
  police.other_names = {"NP"};
  Agency council;
  council.id = 12;
  council.name = "Northshire Council";
  e.agencies = {police, council};
  Person zoe;
  zoe.id = 21;
  zoe.full_name = "Zoë Ångström";
  zoe.agency_id = 12;
  e.people = {zoe};
  Group board;
  board.id = 31;
  board.name = "Northshire Safeguarding Children Partnership";
  board.short_name = "NSCP";
  board.kind = GroupKind::kBoard;
  e.groups = {board};
  return e;
}

std::string Messages(const SetUpImport& result) {
  std::string out;
  for (const auto& e : result.errors) out += std::to_string(e.row) + " " + e.column + ": " + e.message + "\n";
  return out;
}

TEST(SetUpImport, AgenciesWithSectorsByLabelOtherNamesAndSpreadsheetDates) {
  auto result = CheckSetUpImport(ImportKind::kAgencies,
                                 {{"Name *", "SECTOR", "Statutory partner (optional)", "Other names", "Joined"},
                                  {"Northshire Health Trust", "health", "Yes", "NHT; The Trust", "1/4/2011"},
                                  {"Northshire College", "Education", "no", "", "40634"},
                                  {"", "", "", "", ""}},
                                 ABoard());
  ASSERT_TRUE(result.errors.empty()) << Messages(result);
  ASSERT_EQ(result.agencies.size(), 2u);
  EXPECT_EQ(result.agencies[0].sector, Sector::kHealth);
  EXPECT_TRUE(result.agencies[0].statutory);
  EXPECT_EQ(result.agencies[0].other_names, (std::vector<std::string>{"NHT", "The Trust"}));
  EXPECT_EQ(result.agencies[0].partnership_id, 7);
  EXPECT_EQ(result.agencies[1].sector, Sector::kEducation);
  EXPECT_EQ(result.agencies[1].joined_on, std::chrono::year(2011) / 4 / 1);
}

TEST(SetUpImport, EveryBadRowIsReportedAndNothingIsReturnedAsGood) {
  auto result = CheckSetUpImport(ImportKind::kAgencies,
                                 {{"Name", "Sector", "Statutory partner"},
                                  {"northshire police", "Police", ""},
                                  {"Youth Team", "Youth Justise", ""},
                                  {"Youth Team", "youth_justice", "maybe"},
                                  {"", "Police", ""}},
                                 ABoard());
  auto messages = Messages(result);
  EXPECT_NE(messages.find("2 Name: An agency called \"northshire police\" is already in the partnership"),
            std::string::npos) << messages;
  EXPECT_NE(messages.find("3 Sector: \"Youth Justise\" is not a sector; did you mean \"Youth justice\"?"),
            std::string::npos) << messages;
  EXPECT_NE(messages.find("4 Name: An agency called \"Youth Team\" is also on row 3"), std::string::npos) << messages;
  EXPECT_NE(messages.find("4 Statutory partner: Write Yes or No"), std::string::npos) << messages;
  EXPECT_NE(messages.find("5 Name: Enter the agency's name"), std::string::npos) << messages;
  // One message per cell.
  EXPECT_EQ(messages.find("3 Sector: Select"), std::string::npos) << messages;
}

TEST(SetUpImport, AColumnItDoesNotReadIsRefusedAndOneMissingIsNamed) {
  auto result = CheckSetUpImport(ImportKind::kPeople, {{"Full name", "Agncy", "Notes"}, {"A", "B", "C"}}, ABoard());
  auto messages = Messages(result);
  EXPECT_NE(messages.find("1 Agncy: safeboard does not read a column called \"Agncy\"; did you mean \"Agency\"?"),
            std::string::npos) << messages;
  EXPECT_NE(messages.find("1 Notes: safeboard does not read a column called \"Notes\""), std::string::npos);
  EXPECT_NE(messages.find("1 Agency: The column \"Agency\" is missing"), std::string::npos);
}

TEST(SetUpImport, PeopleByTheirAgencysNameOrOtherNameWhateverTheCase) {
  auto result = CheckSetUpImport(ImportKind::kPeople,
                                 {{"Full name", "Job title", "Agency", "Email"},
                                  {"Priya Shah", "Head of Safeguarding", "np", "priya@np.example"},
                                  {"ZOË ÅNGSTRÖM", "", "Northshire Council", ""},
                                  {"Sam Smith", "", "Northshire Polise", ""}},
                                 ABoard());
  auto messages = Messages(result);
  EXPECT_NE(messages.find("3 Full name: \"ZOË ÅNGSTRÖM\" at that agency is already in the partnership"),
            std::string::npos) << messages;
  EXPECT_NE(messages.find("4 Agency: \"Northshire Polise\" is not an agency of this partnership; did you mean "
                          "\"Northshire Police\"?"),
            std::string::npos) << messages;
  ASSERT_EQ(result.people.size(), 2u);
  EXPECT_EQ(result.people[0].agency_id, 11);
}

TEST(SetUpImport, GroupsMayReportToAGroupEarlierInTheFile) {
  auto result = CheckSetUpImport(ImportKind::kGroups,
                                 {{"Name", "Short name", "Kind", "Reports to", "Chair", "Meets", "Quorum: members"},
                                  {"Business Management Group", "BMG", "Business management group", "nscp",
                                   "zoë ångström", "monthly", "4"},
                                  {"Quality Assurance Sub-Group", "QA", "sub-group", "BMG", "", "", ""},
                                  {"Audit Panel", "", "Panel", "The Audit Group", "Nobody", "", "lots"}},
                                 ABoard());
  auto messages = Messages(result);
  EXPECT_NE(messages.find("4 Reports to: \"The Audit Group\" is not a group set up already or earlier in this file"),
            std::string::npos) << messages;
  EXPECT_NE(messages.find("4 Chair: \"Nobody\" is not a person of this partnership"), std::string::npos) << messages;
  EXPECT_NE(messages.find("4 Quorum: members: Write a whole number"), std::string::npos) << messages;
  ASSERT_GE(result.groups.size(), 2u);
  EXPECT_EQ(result.groups[0].group.parent_group_id, 31);
  EXPECT_EQ(result.groups[0].group.chair_person_id, 21);
  EXPECT_EQ(result.groups[0].group.cadence, Cadence::kMonthly);
  EXPECT_EQ(result.groups[0].quorum_min_members, 4);
  EXPECT_EQ(result.groups[1].parent_row, 0u);
  EXPECT_FALSE(result.groups[1].group.parent_group_id);
  EXPECT_EQ(result.groups[1].group.cadence, Cadence::kAsRequired);
}

TEST(SetUpImport, MembershipsTakeThePersonsAgencyAndRefuseAnOverlap) {
  auto board = ABoard();
  Membership existing;
  existing.id = 41;
  existing.group_id = 31;
  existing.person_id = 21;
  existing.started_on = std::chrono::year(2011) / 1 / 1;
  board.memberships = {existing};
  auto result = CheckSetUpImport(ImportKind::kMemberships,
                                 {{"Group", "Person", "Agency represented", "Role", "Started"},
                                  {"NSCP", "Zoë Ångström", "", "Board administration", "1/4/2011"},
                                  {"Northshire Safeguarding Children Partnership", "Zoë Ångström", "NP", "", ""},
                                  {"", "Zoë Ångström", "", "", "1/4/2011"}},
                                 board);
  auto messages = Messages(result);
  EXPECT_NE(messages.find("2 Started: This person is already a member of this group"), std::string::npos) << messages;
  EXPECT_NE(messages.find("3 Started: Enter the start date"), std::string::npos) << messages;
  EXPECT_NE(messages.find("4 Group: Enter the group's name"), std::string::npos) << messages;
  ASSERT_EQ(result.memberships.size(), 2u);
  EXPECT_EQ(result.memberships[0].agency_id, 12);  // Zoë's own agency
  EXPECT_EQ(result.memberships[0].role_category, RoleCategory::kBoardAdministration);
  EXPECT_EQ(result.memberships[1].agency_id, 11);
  EXPECT_EQ(result.memberships[1].role_category, RoleCategory::kCoreMember);
}

}  // namespace
}  // namespace safeboard::governance
