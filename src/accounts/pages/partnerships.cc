// The partnerships a signed-in user may open.
#include "accounts/pages/pages.h"

#include "governance/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

Response ListPartnerships(Context& ctx) {
  governance::GovernanceStore store(ctx.db);
  auto partnerships = store.PartnershipsOfUser(ctx.session->user.id, ctx.session->user.is_admin);
  // RULE: issue 15 - someone in one partnership lands on its dashboard, not a one-row list.
  if (partnerships.size() == 1 && !ctx.session->user.is_admin) return http::Redirect("/p/" + partnerships[0].slug);
  Html h;
  if (ctx.session->user.is_admin) ButtonLink(h, "/admin/partnerships/new", "Create a partnership");
  if (partnerships.empty())
    h.Element("p", {{"class", "govuk-body"}},
              "Your account is not linked to a member of any partnership yet. Ask your board's "
              "business manager to link it.");
  h.Open("ul", {{"class", "govuk-list"}});
  for (const auto& p : partnerships) {
    h.Open("li");
    Link(h, "/p/" + p.slug, p.name);
    h.Close("li");
  }
  h.Close("ul");
  return Page(ctx, Chrome(ctx, "Your partnerships", "Partnerships"), std::move(h));
}

}  // namespace safeboard::ui::pages
