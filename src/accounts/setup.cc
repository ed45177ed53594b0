#include "accounts/setup.h"

#include "auth/audit.h"
#include "core/date.h"
#include "governance/store.h"
#include "performance/store.h"

namespace safeboard::accounts {

PartnershipSetUp SetUpPartnership(storage::Connection& db, const core::Clock& clock,
                                  const governance::NewPartnership& request,
                                  std::optional<std::int64_t> actor_user_id, const std::string& remote_address) {
  governance::GovernanceStore store(db);
  PartnershipSetUp out;
  out.partnership = request.partnership;
  out.partnership.id = store.CreatePartnership(out.partnership, core::FormatTimestamp(clock.Now()));
  const std::int64_t partnership_id = out.partnership.id;
  performance::PerformanceStore performance(db);
  for (const auto& population : request.child_populations)
    performance.SetPopulation(partnership_id, population.year_start, population.children);

  governance::Group board;
  board.partnership_id = partnership_id;
  board.name = out.partnership.name;
  board.kind = governance::GroupKind::kBoard;
  board.cadence = governance::Cadence::kQuarterly;
  out.board_group_id = store.CreateGroup(board);

  const auto& manager = request.business_manager;
  governance::Person person;
  person.partnership_id = partnership_id;
  person.full_name = manager.full_name;
  person.job_title = manager.job_title;
  person.email = manager.email;
  out.manager_person_id = store.CreatePerson(person);

  // RULE: roles derive from memberships (issue 2): board administration makes a business manager.
  governance::Membership membership;
  membership.partnership_id = partnership_id;
  membership.group_id = out.board_group_id;
  membership.person_id = out.manager_person_id;
  membership.role_category = governance::RoleCategory::kBoardAdministration;
  membership.started_on = core::DateOf(clock.Now());
  store.CreateMembership(membership);

  if (auto existing = auth::FindUserByEmail(db, manager.email)) {
    out.manager_user_id = existing->id;
  } else {
    out.manager_user_id = auth::CreateInvitedUser(db, clock, manager.email, manager.full_name);
    out.invitation = auth::Invite(db, clock, out.manager_user_id);
  }
  store.LinkPersonToUser(partnership_id, out.manager_person_id, out.manager_user_id);

  std::string detail = actor_user_id ? "" : "cli";
  auth::Audit(db, clock, {actor_user_id, partnership_id, auth::AuditAction::kCreate, "partnership", partnership_id,
                          detail, remote_address});
  if (out.invitation)
    auth::Audit(db, clock, {actor_user_id, partnership_id, auth::AuditAction::kInvite, "user", out.manager_user_id,
                            detail, remote_address});
  return out;
}

std::string InvitationPath(const auth::Invitation& invitation) { return "/invitations/" + invitation.token; }

}  // namespace safeboard::accounts
