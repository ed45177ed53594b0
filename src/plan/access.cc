#include "plan/access.h"

#include "plan/store.h"

namespace safeboard::plan {

bool MayUpdate(const http::Context& ctx, const PlanAction& action) {
  return ctx.Can(auth::Permission::kManagePartnership) ||
         (ctx.session && PlanStore(ctx.db).LeadsAction(action, ctx.session->user.id, core::DateOf(ctx.clock.Now())));
}

}  // namespace safeboard::plan
