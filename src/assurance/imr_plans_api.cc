// The IMR action plans API (issue 16): every agency's plan with its actions and sign-off.
#include "api/json_io.h"
#include "assurance/api.h"
#include "assurance/imr_plans_store.h"
#include "core/date.h"

namespace safeboard::api {

namespace json = boost::json;

http::Response GetImrPlans(http::Context& ctx) {
  auto today = core::DateOf(ctx.clock.Now());
  json::array plans;
  for (const auto& p : assurance::ImrPlanStore(ctx.db).Plans(ctx.partnership_id())) {
    json::array actions;
    for (const auto& a : p.actions)
      actions.push_back(json::object{{"id", a.id}, {"action", a.action}, {"due_on", core::FormatDate(a.due_on)},
                                     {"completed_on", DateJson(a.completed_on)}});
    plans.push_back(json::object{{"id", p.id},
                                 {"case_label", p.case_label},
                                 {"referral_id", IdJson(p.referral_id)},
                                 {"agency_id", p.agency_id},
                                 {"agency", p.agency_name},
                                 {"received_on", core::FormatDate(p.received_on)},
                                 {"standing", CodeJson(assurance::ImrPlanStandings(), assurance::StandingOf(p, today))},
                                 {"signed_off_on", DateJson(p.signed_off_on)},
                                 {"signed_off_meeting_id", IdJson(p.signed_off_meeting_id)},
                                 {"sign_off_note", p.sign_off_note},
                                 {"actions", actions}});
  }
  return Json(200, json::object{{"plans", plans}});
}

}  // namespace safeboard::api
