// The partnership's overview page (its groups, the duties due, the way into the case records)
// and its audit log; and the governance area's navigation entries and success messages.
#include "governance/pages/pages.h"

#include "auth/audit.h"
#include "duties/pages/pages.h"
#include "governance/pages/shared.h"
#include "ui/area_registry.h"

namespace safeboard::ui::pages {

using namespace governance_pages;

namespace {

// The partnership's structure: its overview, groups, people and agencies, and the audit log.
const AreaRegistration kGovernanceArea{
    {{10, "Overview", ""},
     {20, "Groups", "/groups"},
     {60, "People", "/people"},
     {70, "Agencies", "/agencies"},
     {80, "Audit log", "/audit", auth::Permission::kManagePartnership}},
    {{"agency-added", "Agency added"}, {"agency-saved", "Agency saved"}, {"agency-ended", "Agency ended"},
     {"person-added", "Person added"}, {"person-saved", "Person saved"}, {"person-ended", "Involvement ended"},
     {"group-added", "Group added"}, {"group-saved", "Group saved"}, {"group-ended", "Group ended"},
     {"member-added", "Member added"}, {"membership-saved", "Membership saved"},
     {"membership-ended", "Membership ended"}, {"agencies-imported", "Agencies imported"},
     {"people-imported", "People imported"}, {"groups-imported", "Groups imported"},
     {"memberships-imported", "Memberships imported"}}};

}  // namespace

Response PartnershipHome(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  auto groups = store.ListGroups(ctx.partnership_id());
  Html h;
  h.Element("p", {{"class", "govuk-body-l"}}, ctx.partnership->area);
  SetUpChecklist(ctx, h);
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& g : groups) {
    if (g.ended_on) continue;
    auto members = store.MembersOfGroup(ctx.partnership_id(), g.id, today);
    rows.push_back({LinkCell(ctx.PartnershipPath("/groups/" + std::to_string(g.id)), g.name),
                    TextCell(std::string(core::LabelOf(governance::GroupKinds(), g.kind))),
                    TextCell(std::to_string(members.size()))});
  }
  Table(h, "Groups", {"Group", "Kind", "Members today"}, rows);
  DutiesDueSummary(ctx, h);
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Child deaths and serious case reviews");
  h.Open("ul", {{"class", "govuk-list"}});
  h.Open("li");
  Link(h, ctx.PartnershipPath("/child-deaths"), "Child death review statistics");
  h.Close("li").Open("li");
  Link(h, ctx.PartnershipPath("/case-reviews"), "Serious case reviews, and referring a case to the panel");
  h.Close("li").Close("ul");
  auto chrome = Chrome(ctx, ctx.partnership->name, "Overview");
  return Page(ctx, std::move(chrome), std::move(h));
}

Response ShowAuditLog(Context& ctx) {
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "The newest 200 entries for this partnership. Entries cannot be changed or deleted.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& e : auth::RecentAudit(ctx.db, ctx.partnership_id(), 200))
    rows.push_back({TextCell(e.at), TextCell(e.user), TextCell(e.action), TextCell(e.record_type),
                    TextCell(e.record_id ? std::to_string(*e.record_id) : ""), TextCell(e.detail)});
  Table(h, "", {"When (UTC)", "Who", "What", "Record", "Id", "Detail"}, rows);
  return Page(ctx, ChromeWithCrumbs(ctx, "Audit log", "Audit log", {}), std::move(h));
}

}  // namespace safeboard::ui::pages
