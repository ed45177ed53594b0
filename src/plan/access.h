// Who may update a plan action: the record check the action's page and the API share.
#pragma once
#include "http/context.h"
#include "plan/model.h"

namespace safeboard::plan {

// RULE: issue 4 - the board team, or a current member of the action's lead group or the lead
// person, updates an action's progress.
bool MayUpdate(const http::Context& ctx, const PlanAction& action);

}  // namespace safeboard::plan
