// Who may do what. Roles derive from a user's current memberships in a partnership plus the
// deployment-wide admin flag; each route names the Permission it needs (http/routes.cc), and
// Allows() is the one place that decides. Deny by default.
#pragma once
#include <span>
#include <string_view>
#include <vector>

#include "governance/governance.h"

namespace safeboard::auth {

// Ordered from least to most trusted.
enum class Role {
  kAnonymous,        // not signed in
  kOutsider,         // signed in, but no current membership of this partnership
  kLayMember,        // only lay memberships (or participant observer: sees board business only)
  kMember,           // a current member of any group of the partnership
  kBusinessManager,  // board administration: runs the partnership's records
  kAdmin,            // deployment administrator: every partnership, user accounts
};

enum class Permission {
  kPublic,             // anyone, signed in or not
  kSignedIn,           // any signed-in user
  kReadPartnership,    // read the partnership's board business (members, lay members)
  kManagePartnership,  // add, edit and end the partnership's records
  kAdmin,              // user accounts and the deployment
};

std::string_view RoleName(Role role);
std::string_view PermissionName(Permission permission);
std::span<const Role> AllRoles();

// What a user's current memberships say about them in one partnership.
struct CurrentMembership {
  governance::RoleCategory role_category;
  governance::Sector agency_sector;
};

// RULE: roles derive from memberships plus an admin flag (issue 2). Board administration makes a
// business manager; a lay member or participant observer (Lead Member) sees board business but
// not what members see; anyone else with a current membership is a member.
Role DeriveRole(bool signed_in, bool is_admin, std::span<const CurrentMembership> memberships);

// RULE: deny by default - only the grants listed here exist.
bool Allows(Role role, Permission permission);

}  // namespace safeboard::auth
