// The meeting pages' shared lookups and access checks.
#include "meetings/pages/shared.h"

#include "auth/policy.h"
#include "governance/store.h"

namespace safeboard::ui::pages::meeting_pages {

governance::Group GroupOrNotFound(Context& ctx, std::int64_t id) {
  auto group = governance::GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), id);
  if (!group) throw http::NotFound{};
  return *group;
}

Meeting MeetingOrNotFound(Context& ctx) {
  auto meeting = MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), ctx.Id("id"));
  if (!meeting) throw http::NotFound{};
  return *meeting;
}

Meeting MeetingById(Context& ctx, std::int64_t id) {
  auto meeting = MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), id);
  if (!meeting) throw http::NotFound{};
  return *meeting;
}

meetings::AgendaItem ItemOrNotFound(Context& ctx) {
  auto item = MeetingStore(ctx.db).FindAgendaItem(ctx.partnership_id(), ctx.Id("id"));
  if (!item) throw http::NotFound{};
  return *item;
}

std::string GroupPath(const Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/groups/" + std::to_string(id));
}

std::string MeetingPath(const Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/meetings/" + std::to_string(id));
}

bool IsChairOf(const Context& ctx, const governance::Group& group) {
  if (!ctx.session || !group.chair_person_id) return false;
  return governance::GovernanceStore(ctx.db).IsPersonOfUser(ctx.partnership_id(), *group.chair_person_id,
                                                            ctx.session->user.id);
}

bool SeesConfidentialItems(const Context& ctx, std::int64_t group_id) {
  return auth::SeesConfidentialItemsOf(ctx.access, group_id);
}

void AuditConfidentialView(const Context& ctx, const meetings::AgendaItem& item, const char* part) {
  if (item.confidential) ctx.Audit(auth::AuditAction::kView, "agenda-item", item.id, part);
}

// RULE: Constitution appendix 4 - how many agencies must be present to approve a procedure
// document at this group's meetings (0: the group does not approve procedures).
int ProcedureApprovalAgencies(Context& ctx, std::int64_t group_id) {
  return MeetingStore(ctx.db).ProcedureApprovalAgencies(ctx.partnership_id(), group_id);
}

meetings::QuorumResult QuorumOf(Context& ctx, const Meeting& meeting) {
  MeetingStore store(ctx.db);
  return meetings::CheckQuorum(store.QuorumRuleOf(ctx.partnership_id(), meeting.group_id),
                               meetings::AttendeesFrom(store.AttendanceOf(meeting)));
}

}  // namespace safeboard::ui::pages::meeting_pages
