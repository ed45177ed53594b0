// The access policy: roles from memberships, and which role holds which permission.
#include "auth/policy.h"

#include <array>

namespace safeboard::auth {

using governance::RoleCategory;
using governance::Sector;

namespace {
constexpr std::array<Role, 6> kRoles = {Role::kAnonymous,       Role::kOutsider,
                                        Role::kLayMember,       Role::kMember,
                                        Role::kBusinessManager, Role::kAdmin};
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
    else if (m.agency_sector == Sector::kLay ||
             m.role_category == RoleCategory::kParticipantObserver)
      from_this = Role::kLayMember;
    if (from_this > role) role = from_this;
  }
  return role;
}

bool Allows(Role role, Permission permission) {
  switch (permission) {
    case Permission::kPublic: return true;
    case Permission::kSignedIn: return role != Role::kAnonymous;
    case Permission::kReadPartnership: return role >= Role::kLayMember;
    case Permission::kManagePartnership: return role >= Role::kBusinessManager;
    case Permission::kAdmin: return role == Role::kAdmin;
  }
  return false;
}

}  // namespace safeboard::auth
