// A group and its quorum rule, read and saved together: the one path the group pages and the
// JSON API share, so the API never drops the quorum rule the page keeps.
#pragma once
#include "core/field_errors.h"
#include "governance/governance.h"
#include "http/context.h"
#include "meetings/meetings.h"

namespace safeboard::governance {

struct GroupWithQuorum {
  Group group;
  meetings::QuorumRule quorum;
  int procedure_approval_agencies = 0;
};

// The stored quorum rule of a group, as the form's fields (quorum_min_members, ...).
void AddQuorumFields(const http::Context& ctx, std::int64_t group_id, core::FieldValues& values);

// Reads the group (governance::ReadGroup) and its quorum rule (meetings::ReadQuorumRule) and
// saves both with the audit entry in one transaction. The errors, if any (a name already taken
// among them); nothing is saved then. `g.group` keeps its id and partnership; it is created when
// its id is 0.
core::FieldErrors SaveGroupWithQuorum(http::Context& ctx, const core::FieldValues& values, GroupWithQuorum& g,
                                      const std::string& audit_detail = "");

}  // namespace safeboard::governance
