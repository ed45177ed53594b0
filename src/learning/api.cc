#include "learning/api.h"

#include "api/json_io.h"
#include "learning/store.h"

namespace safeboard::api {

namespace json = boost::json;

http::Response GetLearningReferrals(http::Context& ctx) {
  std::optional<learning::ReferralKind> kind;
  if (ctx.query.Has("kind")) {
    kind = core::ParseCode(learning::ReferralKinds(), ctx.query.Get("kind"));
    if (!kind) {
      core::FieldErrors errors;
      errors.Add("kind", "Give the kind as training_need or procedure_review");
      return FieldErrorsResponse(errors);
    }
  }
  json::array list;
  for (const auto& r : learning::LearningStore(ctx.db).List(ctx.partnership_id(), kind))
    list.push_back(json::object{{"id", r.id},
                                {"kind", CodeJson(learning::ReferralKinds(), r.kind)},
                                {"source", CodeJson(learning::ReferralSources(), r.source)},
                                {"source_id", r.source_id},
                                {"source_label", r.source_label},
                                {"need", r.need},
                                {"raised_on", core::FormatDate(r.raised_on)},
                                {"for_group_id", IdJson(r.for_group_id)},
                                {"standing", CodeJson(learning::ReferralStandings(), learning::StandingOf(r))},
                                {"responded_on", DateJson(r.responded_on)},
                                {"response", r.response}});
  return Json(200, json::object{{"referrals", list}});
}

}  // namespace safeboard::api
