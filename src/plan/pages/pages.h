// Business plan pages: plans, a plan's objectives and actions, an action with its progress
// updates, a group's work plan, importing a plan, and the progress report for a meeting.
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response ListPlans(http::Context& ctx);
http::Response CreatePlan(http::Context& ctx);
http::Response ShowPlan(http::Context& ctx);
http::Response ShowPlanAction(http::Context& ctx);
http::Response AddProgressUpdate(http::Context& ctx);
http::Response ShowWorkPlan(http::Context& ctx);
http::Response ImportPlanForm(http::Context& ctx);
http::Response ImportPlan(http::Context& ctx);
http::Response UndoPlanImport(http::Context& ctx);
http::Response NewObjective(http::Context& ctx);
http::Response CreateObjective(http::Context& ctx);
http::Response RemoveObjective(http::Context& ctx);
http::Response NewPlanAction(http::Context& ctx);
http::Response CreatePlanAction(http::Context& ctx);
http::Response RemovePlanAction(http::Context& ctx);
http::Response ShowProgressReport(http::Context& ctx);
http::Response ExportProgressReportCsv(http::Context& ctx);
http::Response ExportProgressReportXlsx(http::Context& ctx);
http::Response AttachProgressReport(http::Context& ctx);
http::Response ExportPlanCsv(http::Context& ctx);
http::Response EditObjective(http::Context& ctx);
http::Response EditPlanAction(http::Context& ctx);
http::Response UpdatePlanAction(http::Context& ctx);
http::Response UpdateObjective(http::Context& ctx);
http::Response AddObjectiveRisk(http::Context& ctx);
http::Response RemoveObjectiveRisk(http::Context& ctx);
http::Response ExportPlanXlsx(http::Context& ctx);

// The approved business plans on the public site (public_plan.cc; issue 18).
http::Response ShowPublicBusinessPlan(http::Context& ctx);

}  // namespace safeboard::ui::pages
