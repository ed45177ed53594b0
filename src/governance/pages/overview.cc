// The partnership's dashboard (issue 15): the set-up checklist while the board is new, then each
// area's panel of what needs the signed-in user's attention; the audit log; and the governance
// area's navigation entries and success messages.
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
    {{10, "Dashboard", ""},
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
     {"memberships-imported", "Memberships imported"}},
    {},
    {[](storage::Connection& db, std::int64_t partnership_id) {
      return governance::GovernanceStore(db).SearchDocuments(partnership_id);
    }}};

}  // namespace

Response PartnershipHome(Context& ctx) {
  Html h;
  h.Element("p", {{"class", "govuk-body-l"}}, ctx.partnership->area);
  SetUpChecklist(ctx, h);
  for (const auto& panel : DashboardPanels()) {
    Html part;
    panel.render(ctx, part);
    auto built = part.Build();
    if (built.str().empty()) continue;  // nothing in this area needs the user
    h.Open("section", {{"class", "app-dashboard-panel"}});
    h.Append(built);
    h.Close("section");
  }
  return Page(ctx, Chrome(ctx, ctx.partnership->name, "Dashboard"), std::move(h));
}

}  // namespace safeboard::ui::pages
