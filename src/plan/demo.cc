// The business plan part of the demo board (the 2010-11 and 2011-13 plans, imported through the
// same checks as a user's import), through the area's store.
#include "plan/demo.h"

#include "core/embedded_files.h"
#include "meetings/store.h"
#include "plan/store.h"

namespace safeboard::plan {

using demo::OptDate;
using demo::OptRef;
using demo::Ref;
using demo::Str;
using demo::Vocab;
namespace json = boost::json;

void LoadDemo(demo::DemoLoad& load) {
  const std::int64_t partnership_id = load.partnership_id;
  // The 2010-11 business plan, loaded through the same checks as a user's import.
  {
    PlanStore plans(load.db);
    Plan p{0, "MKSCB Business Plan 2010-11", std::chrono::year(2010) / 1 / 20,
                 std::chrono::year(2011) / 3 / 31, std::nullopt, ""};
    auto plan_id = plans.CreatePlan(partnership_id, p);
    auto table = ParseCsv(core::EmbeddedFiles().at("mkscb-business-plan-2010-11.csv"));
    auto checked = CheckPlanImport(table, plans.LeadNames(partnership_id));
    if (!checked.errors.empty())
      throw std::runtime_error("demo plan: row " + std::to_string(checked.errors[0].row) + ", " +
                               checked.errors[0].column + ": " + checked.errors[0].message);
    plans.SaveImport(partnership_id, plan_id, checked, std::chrono::year(2010) / 11 / 15);
    // The 2011-13 plan (annual report appendix 6), approved at the Board of 14 April 2011.
    Plan next{0, "MKSCB Business Plan 2011-13", std::chrono::year(2011) / 4 / 1,
                     std::chrono::year(2013) / 3 / 31, std::nullopt,
                     "The impact on children and young people of:\n\n1. domestic abuse\n2. parental substance "
                     "misuse\n3. parental mental ill-health\n"};
    for (const auto& m : meetings::MeetingStore(load.db).BoardMeetings(partnership_id, 1000))
      if (m.meets_on == std::chrono::year(2011) / 4 / 14) next.approved_at_meeting_id = m.id;
    auto next_id = plans.CreatePlan(partnership_id, next);
    auto next_checked = CheckPlanImport(ParseCsv(core::EmbeddedFiles().at("mkscb-business-plan-2011-13.csv")),
                                              plans.LeadNames(partnership_id));
    if (!next_checked.errors.empty())
      throw std::runtime_error("demo plan 2011-13: row " + std::to_string(next_checked.errors[0].row) + ", " +
                               next_checked.errors[0].column + ": " + next_checked.errors[0].message);
    plans.SaveImport(partnership_id, next_id, next_checked, std::chrono::year(2012) / 3 / 1);
    // A risk assessment for the first objective (invented: see demo/NOTES.md).
    auto first = plans.ObjectivesOf(partnership_id, next_id).front();
    plans.AddRisk(partnership_id, first.id,
                  {0, "Partners' capacity falls with budget reductions", "Actions slip and the Board cannot show progress",
                   3, 4});
    plans.AddRisk(partnership_id, first.id,
                  {0, "Sub-groups do not report to each Board meeting", "Gaps in assurance go unnoticed", 2, std::nullopt});
  }
}

}  // namespace safeboard::plan
