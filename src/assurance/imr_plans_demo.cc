// The demo's IMR action plans: Health's and Probation's plans for case CD, signed off during
// 2011-12 (annual report 2.1; their actions and dates are invented: demo/NOTES.md), through the
// pages' readers.
#include "assurance/demo.h"
#include "assurance/imr_plans.h"
#include "assurance/imr_plans_store.h"

namespace safeboard::assurance {

using demo::Ref;
using demo::Str;

void LoadImrPlanDemo(demo::DemoLoad& load) {
  if (!load.file.contains("imr_action_plans")) return;
  ImrPlanStore store(load.db);
  auto today = core::DateOf(load.clock.Now());
  std::vector<std::int64_t> agencies;
  for (const auto& [key, id] : load.agencies) agencies.push_back(id);
  auto check = [](const core::FieldErrors& errors, const std::string& what) {
    if (!errors.empty()) throw std::runtime_error("demo data: IMR action plan " + what + ": " + errors.all().front().message);
  };
  for (const auto& v : load.file.at("imr_action_plans").as_array()) {
    const auto& o = v.as_object();
    auto what = Str(o, "case_label") + " " + Str(o, "agency");
    ImrActionPlan plan;
    check(ReadImrPlan({{"case_label", Str(o, "case_label")},
                       {"agency_id", std::to_string(Ref(load.agencies, Str(o, "agency"), "agency"))},
                       {"received_on", Str(o, "received_on")}},
                      {}, agencies, store.Plans(load.partnership_id), today, plan),
          what);
    plan.id = store.AddPlan(load.partnership_id, plan);
    for (const auto& a : o.at("actions").as_array()) {
      const auto& ao = a.as_object();
      ImrAction action;
      check(ReadImrAction({{"action", Str(ao, "action")}, {"due_on", Str(ao, "due_on")}}, plan, action), what);
      action.id = store.AddAction(plan.id, action);
      if (Str(ao, "completed_on").empty()) continue;
      core::Date on;
      check(ReadImrActionCompleted({{"completed_on", Str(ao, "completed_on")}}, plan, action, today, on), what);
      store.CompleteAction(plan.id, action.id, on);
    }
    if (Str(o, "signed_off_on").empty()) continue;
    auto current = *store.FindPlan(load.partnership_id, plan.id);
    check(ReadImrSignOff({{"signed_off_on", Str(o, "signed_off_on")}, {"sign_off_note", Str(o, "sign_off_note")}}, current,
                         {}, today, current),
          what);
    store.SignOff(load.partnership_id, current);
  }
}

}  // namespace safeboard::assurance
