#include "assurance/pages/workforce_shared.h"

#include <algorithm>

#include "assurance/safer_workforce_store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::workforce_pages {

std::string AssessmentPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/assurance/safer-workforce/" + std::to_string(id));
}

std::string ReturnPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/assurance/safer-workforce/returns/" + std::to_string(id));
}

assurance::WorkforceAssessment AssessmentOf(http::Context& ctx, std::int64_t id) {
  auto found = assurance::WorkforceStore(ctx.db).FindAssessment(ctx.partnership_id(), id);
  if (!found) throw http::NotFound{};
  return *found;
}

assurance::WorkforceReturn ReturnOf(http::Context& ctx, std::int64_t id) {
  auto found = assurance::WorkforceStore(ctx.db).FindReturn(ctx.partnership_id(), id);
  if (!found) throw http::NotFound{};
  return *found;
}

bool MayWorkOn(const http::Context& ctx, const assurance::WorkforceAssessment& assessment) {
  if (CanManage(ctx)) return true;
  if (!assessment.lead_group_id || ctx.role < auth::Role::kMember) return false;
  const auto& groups = ctx.access.groups;
  return std::find(groups.begin(), groups.end(), *assessment.lead_group_id) != groups.end();
}

}  // namespace safeboard::ui::pages::workforce_pages
