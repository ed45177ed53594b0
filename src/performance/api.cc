// JSON handlers for performance indicators and their values; validation shared with the pages.
#include "performance/api.h"

#include <boost/json.hpp>

#include "api/json_io.h"
#include "core/date.h"
#include "performance/access.h"
#include "performance/indicator_save.h"
#include "performance/store.h"

namespace safeboard::api {

namespace json = boost::json;
using http::Context;
using http::Response;

namespace {

json::object IndicatorJson(const performance::Indicator& i) {
  json::array agency_ids;
  for (auto a : i.agency_ids) agency_ids.push_back(a);
  return {{"id", i.id},
          {"code", i.code},
          {"name", i.name},
          {"cluster_id", i.cluster_id},
          {"cluster", i.cluster_name},
          {"responsible", CodeJson(performance::Responsibles(), i.responsible)},
          {"agency_id", IdJson(i.agency_id)},
          {"agency_ids", agency_ids},
          {"group_id", IdJson(i.group_id)},
          {"responsible_name", i.responsible_name},
          {"unit", CodeJson(performance::Units(), i.unit)},
          {"better", CodeJson(performance::Betters(), i.better)},
          {"frequency", CodeJson(performance::Frequencies(), i.frequency)},
          {"outcome", i.outcome},
          {"retired_on", DateJson(i.retired_on)}};
}

// The fields a write reads (new_cluster names a new cluster; target_year with target sets a
// year's target); what GET returns besides may come back unchanged.
constexpr std::string_view kIndicatorFields[] = {"code", "name", "cluster_id", "new_cluster", "responsible",
                                                 "agency_id", "agency_ids", "group_id", "unit", "better",
                                                 "frequency", "outcome", "target_year", "target"};

Response SaveIndicator(Context& ctx, performance::Indicator indicator, int status) {
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  core::FieldValues read_only;
  if (indicator.id) {
    read_only = {{"id", std::to_string(indicator.id)},
                 {"cluster", indicator.cluster_name},
                 {"responsible_name", indicator.responsible_name},
                 {"retired_on", indicator.retired_on ? core::FormatDate(*indicator.retired_on) : ""}};
  }
  if (auto unknown = UnknownFields(*values, kIndicatorFields, read_only); !unknown.empty())
    return FieldErrorsResponse(unknown);
  if (auto errors = performance::SaveIndicator(ctx, *values, indicator, "api"); !errors.empty())
    return FieldErrorsResponse(errors);
  auto saved = performance::PerformanceStore(ctx.db).FindIndicator(ctx.partnership_id(), indicator.id);
  return Json(status, IndicatorJson(*saved));
}

}  // namespace

Response ListIndicators(Context& ctx) {
  performance::PerformanceStore store(ctx.db);
  json::array out;
  auto latest = store.LatestPoints(ctx.partnership_id());
  for (const auto& i : store.ListIndicators(ctx.partnership_id())) {
    json::object o = IndicatorJson(i);
    auto point = latest.find(i.id);
    o["latest"] = point == latest.end()
                      ? json::value(nullptr)
                      : json::value(json::object{{"period", point->second.period}, {"value", point->second.value}});
    out.push_back(o);
  }
  return Json(200, json::object{{"indicators", out}});
}

Response CreateIndicator(Context& ctx) { return SaveIndicator(ctx, performance::Indicator{}, 201); }

Response UpdateIndicator(Context& ctx) {
  auto i = performance::PerformanceStore(ctx.db).FindIndicator(ctx.partnership_id(), ctx.Id("id"));
  if (!i) throw http::NotFound{};
  return SaveIndicator(ctx, *i, 200);
}

Response RetireIndicator(Context& ctx) {
  auto i = performance::PerformanceStore(ctx.db).FindIndicator(ctx.partnership_id(), ctx.Id("id"));
  if (!i) throw http::NotFound{};
  if (i->retired_on) return Error(409, "The indicator was retired on " + core::FormatDate(*i->retired_on));
  performance::ToggleRetired(ctx, *i, "api");
  return Json(200, IndicatorJson(*i));
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
