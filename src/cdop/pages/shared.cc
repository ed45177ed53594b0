#include "cdop/pages/shared.h"

namespace safeboard::ui::pages::child_death_pages {

std::string Path(const Context& ctx, const std::string& rest) { return ctx.PartnershipPath("/child-deaths" + rest); }
std::string CasePath(const Context& ctx, std::int64_t id) { return Path(ctx, "/cases/" + std::to_string(id)); }

Case CaseOrNotFound(Context& ctx) {
  auto c = CdopStore(ctx.db).FindCase(ctx.partnership_id(), ctx.Id("id"));
  if (!c) throw http::NotFound{};
  return *c;
}

}  // namespace safeboard::ui::pages::child_death_pages
