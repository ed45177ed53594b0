#include "ui/pages/record_views.h"

#include "auth/audit.h"
#include "governance/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {
constexpr const char* kNav = "Overview";
}  // namespace

bool ChairsPanelOrAdministers(const Context& ctx, governance::ConfidentialArea area) {
  if (ctx.access.board_administration) return true;
  if (!ctx.session) return false;
  return governance::GovernanceStore(ctx.db).ChairsGroupHolding(ctx.partnership_id(), area, ctx.session->user.id);
}

Response RecordViewsPage(Context& ctx, const std::string& record_type, std::int64_t id, const std::string& reference,
                   const std::string& back, const std::string& nav_crumb, const std::string& crumb_href) {
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Everyone who opened, exported or changed this record, oldest first. The audit log cannot be "
            "edited.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& e : auth::AuditOfRecord(ctx.db, ctx.partnership_id(), record_type, id))
    rows.push_back({TextCell(e.at), TextCell(e.user.empty() ? "Unknown" : e.user), TextCell(e.action)});
  Table(h, "", {"When (UTC)", "Who", "What"}, rows);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, back, "Back to " + reference);
  h.Close("p");
  ctx.Audit(auth::AuditAction::kViewedAudit, record_type, id);
  return Page(ctx, ChromeWithCrumbs(ctx, "Who has seen " + reference, kNav, {{nav_crumb, crumb_href}, {reference, back}}),
              std::move(h));
}

}  // namespace safeboard::ui::pages
