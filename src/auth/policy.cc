// The access policy: roles from memberships, and which role holds which permission.
#include "auth/policy.h"

#include <algorithm>

#include <array>

namespace safeboard::auth {

using governance::RoleCategory;
using governance::Sector;

namespace {
constexpr std::array<Role, 6> kRoles = {Role::kAnonymous,       Role::kOutsider,
                                        Role::kLayMember,       Role::kMember,
                                        Role::kBusinessManager, Role::kAdmin};

bool IsLay(const CurrentMembership& m) {
  return m.agency_sector == Sector::kLay || m.role_category == RoleCategory::kParticipantObserver;
}
}

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kAnonymous: return "anonymous";
    case Role::kOutsider: return "outsider";
    case Role::kLayMember: return "lay member";
    case Role::kMember: return "member";
    case Role::kBusinessManager: return "business manager";
    case Role::kAdmin: return "admin";
  }
  return "unknown";
}

std::string_view PermissionName(Permission permission) {
  switch (permission) {
    case Permission::kPublic: return "public";
    case Permission::kSignedIn: return "signed-in";
    case Permission::kReadPartnership: return "read-partnership";
    case Permission::kManagePartnership: return "manage-partnership";
    case Permission::kAdmin: return "admin";
    case Permission::kChildDeathRecords: return "child-death-records";
    case Permission::kCaseReviewRecords: return "case-review-records";
  }
  return "unknown";
}

std::span<const Role> AllRoles() { return kRoles; }

Role DeriveRole(bool signed_in, bool is_admin, std::span<const CurrentMembership> memberships) {
  if (!signed_in) return Role::kAnonymous;
  if (is_admin) return Role::kAdmin;
  Role role = Role::kOutsider;
  for (const auto& m : memberships) {
    Role from_this = Role::kMember;
    if (m.role_category == RoleCategory::kBoardAdministration)
      from_this = Role::kBusinessManager;
    else if (IsLay(m))
      from_this = Role::kLayMember;
    if (from_this > role) role = from_this;
  }
  return role;
}

Access AccessOfRole(Role role) {
  return Access{role, role == Role::kBusinessManager, false, false};
}

Access DeriveAccess(bool signed_in, bool is_admin, std::span<const CurrentMembership> memberships) {
  Access access{DeriveRole(signed_in, is_admin, memberships)};
  if (!signed_in) return access;
  for (const auto& m : memberships) {
    access.groups.push_back(m.group_id);
    if (m.role_category == RoleCategory::kBoardAdministration) access.board_administration = true;
    if (IsLay(m)) continue;
    if (m.group_area == governance::ConfidentialArea::kChildDeaths) access.child_death_panel = true;
    if (m.group_area == governance::ConfidentialArea::kCaseReviews) access.case_review_panel = true;
  }
  return access;
}

bool SeesConfidentialItemsOf(const Access& access, std::int64_t group_id) {
  return access.board_administration ||
         std::find(access.groups.begin(), access.groups.end(), group_id) != access.groups.end();
}

bool Allows(const Access& access, Permission permission) {
  Role role = access.role;
  switch (permission) {
    case Permission::kChildDeathRecords:
      return access.board_administration || access.child_death_panel;
    case Permission::kCaseReviewRecords:
      return access.board_administration || access.case_review_panel;
    case Permission::kPublic: return true;
    case Permission::kSignedIn: return role != Role::kAnonymous;
    case Permission::kReadPartnership: return role >= Role::kLayMember;
    case Permission::kManagePartnership: return role >= Role::kBusinessManager;
    case Permission::kAdmin: return role == Role::kAdmin;
  }
  return false;
}

}  // namespace safeboard::auth
