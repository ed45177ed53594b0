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

}  // namespace
}  // namespace safeboard::auth
