// JSON handlers for performance indicators and their values; validation shared with the pages.
#include "performance/api.h"

#include <boost/json.hpp>

#include "api/json_io.h"
#include "core/date.h"
#include "performance/access.h"
#include "performance/store.h"

namespace safeboard::api {

namespace json = boost::json;
using http::Context;
using http::Response;

Response ListIndicators(Context& ctx) {
  performance::PerformanceStore store(ctx.db);
  json::array out;
  for (const auto& i : store.ListIndicators(ctx.partnership_id())) {
    auto series = store.Series(ctx.partnership_id(), i.id);
    out.push_back(json::object{
        {"id", i.id}, {"code", i.code}, {"name", i.name},
        {"cluster", core::CodeOf(performance::Clusters(), i.cluster)}, {"agency", i.agency_name},
        {"unit", core::CodeOf(performance::Units(), i.unit)}, {"better", core::CodeOf(performance::Betters(), i.better)},
        {"latest", series.empty() ? json::value(nullptr)
                                  : json::value(json::object{{"period", series.back().period}, {"value", series.back().value}})}});
  }
  return Json(200, json::object{{"indicators", out}});
}

Response GetIndicatorValues(Context& ctx) {
  performance::PerformanceStore store(ctx.db);
  auto i = store.FindIndicator(ctx.partnership_id(), ctx.Id("id"));
  if (!i) throw http::NotFound{};
  json::array out;
  auto opt = [](const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); };
  for (const auto& p : store.Series(ctx.partnership_id(), i->id))
    out.push_back(json::object{{"period", p.period}, {"value", p.value}, {"target", opt(p.target)},
                               {"national", opt(p.national)}, {"statistical_neighbours", opt(p.neighbours)}});
  return Json(200, json::object{{"indicator_id", i->id}, {"code", i->code}, {"values", out}});
}

Response RecordIndicatorValue(Context& ctx) {
  performance::PerformanceStore store(ctx.db);
  auto i = store.FindIndicator(ctx.partnership_id(), ctx.Id("id"));
  if (!i) throw http::NotFound{};
  if (!performance::MayRecordValues(ctx, *i))
    return Error(403, "Only the responsible agency's members or the board team record values");
  std::string body_error;
  auto values = ReadBody(ctx, body_error);
  if (!values) return Error(400, body_error);
  std::string period;
  double value = 0;
  if (auto errors = performance::ReadIndicatorValue(*values, i->unit, period, value); !errors.empty())
    return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  store.SetValue(i->id, period, value);
  ctx.Audit(auth::AuditAction::kUpdate, "indicator-value", i->id, "api " + period);
  tx.Commit();
  return Json(201, json::object{{"indicator_id", i->id}, {"period", period}, {"value", value}});
}

}  // namespace safeboard::api
