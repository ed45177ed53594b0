#include "auth/policy.h"

#include <gtest/gtest.h>

namespace safeboard::auth {
namespace {

using governance::RoleCategory;
using governance::Sector;

TEST(Policy, BoardAdministrationMakesABusinessManager) {
  std::vector<CurrentMembership> m = {{RoleCategory::kCoreMember, Sector::kPolice},
                                      {RoleCategory::kBoardAdministration, Sector::kLocalAuthority}};
  EXPECT_EQ(DeriveRole(true, false, m), Role::kBusinessManager);
}

TEST(Policy, LayMembersAndTheLeadMemberSeeBoardBusinessOnly) {
  std::vector<CurrentMembership> lay = {{RoleCategory::kCoreMember, Sector::kLay}};
  std::vector<CurrentMembership> lead = {{RoleCategory::kParticipantObserver,
                                          Sector::kLocalAuthority}};
  EXPECT_EQ(DeriveRole(true, false, lay), Role::kLayMember);
  EXPECT_EQ(DeriveRole(true, false, lead), Role::kLayMember);
  EXPECT_TRUE(Allows(Role::kLayMember, Permission::kReadPartnership));
  EXPECT_FALSE(Allows(Role::kLayMember, Permission::kManagePartnership));
}

TEST(Policy, NoCurrentMembershipMeansOutsider) {
  EXPECT_EQ(DeriveRole(true, false, {}), Role::kOutsider);
  EXPECT_FALSE(Allows(Role::kOutsider, Permission::kReadPartnership));
  EXPECT_TRUE(Allows(Role::kOutsider, Permission::kSignedIn));
}

TEST(Policy, AnonymousGetsOnlyPublic) {
  EXPECT_EQ(DeriveRole(false, true, {}), Role::kAnonymous);
  EXPECT_TRUE(Allows(Role::kAnonymous, Permission::kPublic));
  EXPECT_FALSE(Allows(Role::kAnonymous, Permission::kSignedIn));
}

TEST(Policy, OnlyAdminsManageAccounts) {
  for (Role role : AllRoles())
    EXPECT_EQ(Allows(role, Permission::kAdmin), role == Role::kAdmin) << RoleName(role);
  EXPECT_EQ(DeriveRole(true, true, {}), Role::kAdmin);
}

// RULE: issue 5 - case records for their panel's members and the board team only; lay members
// and participant observers see only the statistics even on a panel; admin alone opens none.
TEST(Policy, CaseRecordsOpenOnlyToTheirPanelAndTheBoardTeam) {
  using governance::ConfidentialArea;
  std::vector<CurrentMembership> cdop = {{RoleCategory::kCoreMember, Sector::kHealth, ConfidentialArea::kChildDeaths}};
  std::vector<CurrentMembership> adviser = {
      {RoleCategory::kProfessionalAdviser, Sector::kHealth, ConfidentialArea::kCaseReviews}};
  std::vector<CurrentMembership> lay_on_cdop = {{RoleCategory::kCoreMember, Sector::kLay, ConfidentialArea::kChildDeaths},
                                                {RoleCategory::kCoreMember, Sector::kLay, ConfidentialArea::kNone}};
  std::vector<CurrentMembership> observer_on_panel = {
      {RoleCategory::kParticipantObserver, Sector::kLocalAuthority, ConfidentialArea::kCaseReviews}};
  std::vector<CurrentMembership> ordinary = {{RoleCategory::kCoreMember, Sector::kPolice, ConfidentialArea::kNone}};
  std::vector<CurrentMembership> team = {{RoleCategory::kBoardAdministration, Sector::kLocalAuthority}};

  auto sees = [](const std::vector<CurrentMembership>& m, Permission p, bool admin = false) {
    return Allows(DeriveAccess(true, admin, m), p);
  };
  EXPECT_TRUE(sees(cdop, Permission::kChildDeathRecords));
  EXPECT_FALSE(sees(cdop, Permission::kCaseReviewRecords));
  EXPECT_TRUE(sees(adviser, Permission::kCaseReviewRecords));
  EXPECT_FALSE(sees(adviser, Permission::kChildDeathRecords));
  EXPECT_FALSE(sees(lay_on_cdop, Permission::kChildDeathRecords));
  EXPECT_TRUE(sees(lay_on_cdop, Permission::kReadPartnership));
  EXPECT_FALSE(sees(observer_on_panel, Permission::kCaseReviewRecords));
  EXPECT_FALSE(sees(ordinary, Permission::kChildDeathRecords));
  EXPECT_TRUE(sees(team, Permission::kChildDeathRecords));
  EXPECT_TRUE(sees(team, Permission::kCaseReviewRecords));
  EXPECT_FALSE(sees({}, Permission::kChildDeathRecords, true));  // the deployment administrator
  EXPECT_TRUE(sees(cdop, Permission::kChildDeathRecords, true));
  EXPECT_FALSE(Allows(DeriveAccess(false, false, cdop), Permission::kChildDeathRecords));
}

TEST(SeesConfidentialItemsOf, TheGroupsCurrentMembersAndTheBoardTeamOnly) {
  using governance::RoleCategory;
  using governance::Sector;
  std::vector<CurrentMembership> cdop_lay = {
      {RoleCategory::kCoreMember, Sector::kLay, governance::ConfidentialArea::kChildDeaths, 7}};
  EXPECT_TRUE(SeesConfidentialItemsOf(DeriveAccess(true, false, cdop_lay), 7));
  EXPECT_FALSE(SeesConfidentialItemsOf(DeriveAccess(true, false, cdop_lay), 8));
  std::vector<CurrentMembership> board_team = {
      {RoleCategory::kBoardAdministration, Sector::kLocalAuthority, governance::ConfidentialArea::kNone, 1}};
  EXPECT_TRUE(SeesConfidentialItemsOf(DeriveAccess(true, false, board_team), 7));
  // The deployment administrator runs accounts, not the board's confidential business.
  EXPECT_FALSE(SeesConfidentialItemsOf(DeriveAccess(true, true, {}), 7));
  EXPECT_FALSE(SeesConfidentialItemsOf(DeriveAccess(false, false, {}), 7));
}

}  // namespace
}  // namespace safeboard::auth
