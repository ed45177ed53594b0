#include "governance/group_save.h"

#include "governance/store.h"
#include "meetings/store.h"
#include "storage/database.h"

namespace safeboard::governance {

void AddQuorumFields(const http::Context& ctx, std::int64_t group_id, core::FieldValues& values) {
  meetings::MeetingStore store(ctx.db);
  auto rule = store.QuorumRuleOf(ctx.partnership_id(), group_id);
  auto number = [](int n) { return n ? std::to_string(n) : std::string(); };
  values["quorum_min_members"] = number(rule.min_members);
  values["quorum_min_agencies"] = number(rule.min_agencies);
  for (auto agency : rule.required_agencies) values["quorum_agency-" + std::to_string(agency)] = "yes";
  for (auto sector : rule.required_sectors)
    values["quorum_sector-" + std::string(core::CodeOf(Sectors(), sector))] = "yes";
  values["procedure_approval_agencies"] = number(store.ProcedureApprovalAgencies(ctx.partnership_id(), group_id));
}

core::FieldErrors SaveGroupWithQuorum(http::Context& ctx, const core::FieldValues& values, GroupWithQuorum& g,
                                      const std::string& audit_detail) {
  GovernanceStore store(ctx.db);
  auto known = store.KnownIdsOf(ctx.partnership_id());
  auto errors = ReadGroup(values, known, g.group);
  auto quorum_errors = meetings::ReadQuorumRule(values, known.agencies, g.quorum, g.procedure_approval_agencies);
  for (const auto& e : quorum_errors.all()) errors.Add(e.field, e.message);
  if (!errors.empty()) return errors;
  bool creating = g.group.id == 0;
  try {
    storage::Transaction tx(ctx.db);
    if (creating)
      g.group.id = store.CreateGroup(g.group);
    else
      store.UpdateGroup(g.group);
    meetings::MeetingStore meetings(ctx.db);
    meetings.SetQuorumRule(ctx.partnership_id(), g.group.id, g.quorum);
    meetings.SetProcedureApprovalAgencies(ctx.partnership_id(), g.group.id, g.procedure_approval_agencies);
    ctx.Audit(creating ? auth::AuditAction::kCreate : auth::AuditAction::kUpdate, "group", g.group.id, audit_detail);
    tx.Commit();
  } catch (const storage::DatabaseError& e) {
    if (!e.constraint()) throw;
    if (creating) g.group.id = 0;
    errors.Add("name", "A group with this name already exists");
  }
  return errors;
}

}  // namespace safeboard::governance
