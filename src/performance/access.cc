#include "performance/access.h"

#include "performance/store.h"

namespace safeboard::performance {

bool MayRecordValues(const http::Context& ctx, const Indicator& indicator) {
  return ctx.Can(auth::Permission::kManagePartnership) ||
         (ctx.session && PerformanceStore(ctx.db).IsOfResponsibleAgency(ctx.partnership_id(), indicator.id,
                                                                        ctx.session->user.id,
                                                                        core::FormatDate(core::DateOf(ctx.clock.Now()))));
}

}  // namespace safeboard::performance
