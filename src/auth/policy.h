// Who may do what. Roles derive from a user's current memberships in a partnership plus the
// deployment-wide admin flag; each route names the Permission it needs (http/routes.cc), and
// Allows() is the one place that decides. Deny by default.
#pragma once
#include <span>
#include <string_view>
#include <vector>

#include "governance/model.h"

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
  kChildDeathRecords,  // child death case records: CDOP panel members and the board team
  kCaseReviewRecords,  // case review records: case review panel members and the board team
};

std::string_view RoleName(Role role);
std::string_view PermissionName(Permission permission);
std::span<const Role> AllRoles();

// What a user's current memberships say about them (governance's record, read by its store).
using CurrentMembership = governance::CurrentMembership;

// What a user may do in one partnership: their role, and the confidential records their
// memberships open to them.
struct Access {
  Role role = Role::kAnonymous;
  bool board_administration = false;  // a current board administration membership
  bool child_death_panel = false;     // a current (not lay) member of a child death panel
  bool case_review_panel = false;     // a current (not lay) member of a case review panel
  std::vector<std::int64_t> groups;   // the groups the user is a current member of (any role)
};
// RULE: issue 12 - a confidential agenda item (its title, minute text and papers) is for the
// group's own current members and the board team only.
bool SeesConfidentialItemsOf(const Access& access, std::int64_t group_id);
// The access a role alone gives (no panel memberships): what the route-by-role walk expects.
Access AccessOfRole(Role role);

// RULE: roles derive from memberships plus an admin flag (issue 2). Board administration makes a
// business manager; a lay member or participant observer (Lead Member) sees board business but
// not what members see; anyone else with a current membership is a member.
Role DeriveRole(bool signed_in, bool is_admin, std::span<const CurrentMembership> memberships);
// RULE: issue 5 - only members of the CDOP see child death case records, only members of the
// case review panel see case review records, and the board team administers both. Lay members
// and participant observers (the Lead Member) see only the statistics, even on a panel. The
// deployment administrator runs accounts, not cases: being admin opens no case record.
Access DeriveAccess(bool signed_in, bool is_admin, std::span<const CurrentMembership> memberships);

// RULE: deny by default - only the grants listed here exist.
bool Allows(const Access& access, Permission permission);
inline bool Allows(Role role, Permission permission) { return Allows(AccessOfRole(role), permission); }

}  // namespace safeboard::auth
