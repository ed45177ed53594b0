// What the governance store reads back: a group's members on a date, a person's memberships.
// Plain values: no storage here, so rules and reports can use them without a store.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "governance/governance.h"

namespace safeboard::governance {

// A member as listed on a group page.
struct MemberListing {
  Membership membership;
  std::string person_name;
  std::string job_title;
  std::string agency_name;
};

// A person's membership as listed on their page.
struct PersonMembership {
  Membership membership;
  std::string group_name;
  std::string agency_name;
};

// What a user's current memberships say about them in one partnership.
struct CurrentMembership {
  RoleCategory role_category;
  Sector agency_sector;
  ConfidentialArea group_area = ConfidentialArea::kNone;
  std::int64_t group_id = 0;
};

}  // namespace safeboard::governance
