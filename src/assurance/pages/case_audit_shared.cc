#include "assurance/pages/case_audit_shared.h"

#include "assurance/case_audits_store.h"
#include "governance/store.h"

namespace safeboard::ui::pages::case_audit_pages {

assurance::CaseAuditReader ReaderOf(http::Context& ctx) {
  assurance::CaseAuditReader reader;
  reader.board_team = ctx.access.board_administration;
  // Lay members and participant observers (the Lead Member) see no case records.
  reader.lay = ctx.role < auth::Role::kMember;
  reader.groups = ctx.access.groups;
  if (auto user = ctx.user_id())
    for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id()))
      if (p.user_id == *user && p.agency_id) reader.agencies.push_back(*p.agency_id);
  return reader;
}

std::string ListPath(const http::Context& ctx, int year) {
  return ctx.PartnershipPath("/assurance/case-audits?year=" + std::to_string(year));
}

std::string CasePath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/assurance/case-audits/" + std::to_string(id));
}

std::optional<assurance::AuditedCase> CaseOf(http::Context& ctx, std::int64_t id) {
  auto found = assurance::CaseAuditStore(ctx.db).FindCase(ctx.partnership_id(), id);
  if (!found) throw http::NotFound{};
  if (!assurance::MaySeeCase(ReaderOf(ctx), found->audit_group_id)) return std::nullopt;
  return found;
}

}  // namespace safeboard::ui::pages::case_audit_pages
