// JSON handlers for child death reviews: the statistics for every member, the case records for
// the CDOP and the board team only, with the same audit as the pages.
#include "cdop/api.h"

#include "api/json_io.h"
#include "cdop/store.h"
#include "core/financial_year.h"
#include "core/small_numbers.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using http::Context;
using http::Response;

json::object CaseJson(const cdop::Case& c, const std::optional<cdop::CaseReview>& review) {
  json::object o{{"id", c.id},
                 {"reference", c.reference},
                 {"date_of_birth", core::FormatDate(c.date_of_birth)},
                 {"date_of_death", core::FormatDate(c.date_of_death)},
                 {"age_at_death", cdop::AgeAtDeath(c.date_of_birth, c.date_of_death)},
                 {"sex", CodeJson(cdop::Sexes(), c.sex)},
                 {"normally_resident", c.normally_resident},
                 {"place_of_death", CodeJson(cdop::PlacesOfDeath(), c.place_of_death)},
                 {"expected", CodeJson(cdop::Expectations(), c.expected)},
                 {"notified_by", c.notified_by},
                 {"notified_on", core::FormatDate(c.notified_on)},
                 {"review", nullptr}};
  if (review) {
    json::array areas;
    for (auto area : review->recommendation_areas) areas.push_back(CodeJson(cdop::RecommendationAreas(), area));
    o["review"] = json::object{{"meeting_id", IdJson(review->meeting_id)},
                               {"reviewed_on", core::FormatDate(review->reviewed_on)},
                               {"category", CodeJson(cdop::Categories(), review->category)},
                               {"modifiable", CodeJson(cdop::ModifiableFindings(), review->modifiable)},
                               {"modifiable_factors", review->modifiable_factors},
                               {"sudi", review->sudi},
                               {"safeguarding_concern", review->safeguarding_concern},
                               {"lessons", review->lessons},
                               {"recommendation_areas", areas}};
  }
  return o;
}

}  // namespace

Response GetChildDeathStatistics(Context& ctx) {
  cdop::CdopStore store(ctx.db);
  auto [notifications, reviews] = store.StatisticsInputs(ctx.partnership_id());
  auto years = cdop::YearsWithRecords(notifications, reviews);
  int year = years.empty() ? core::FinancialYearOf(core::DateOf(ctx.clock.Now())) : years.back();
  if (std::string asked = ctx.query.Get("year"); !asked.empty()) {
    auto parsed = cdop::ParseYear(asked);
    if (!parsed) return Error(400, "year must be the starting year of a financial year, for example 2011");
    year = *parsed;
  }
  bool suppress = cdop::SuppressSmallCounts(ctx.Can(auth::Permission::kChildDeathRecords),
                                            ctx.query.Get("suppress") == "yes");
  auto s = cdop::YearStatistics(year, notifications, reviews);
  // Counts are numbers, or "1-5" when suppressed for publication; shares of suppressed counts are null.
  auto count = [&](int n) {
    auto text = core::PublishableCount(n, suppress);
    return text == std::to_string(n) ? json::value(n) : json::value(text);
  };
  auto percent = [&](int n, int p) { return suppress && n >= 1 && n <= 5 ? json::value(nullptr) : json::value(p); };
  json::object history;
  for (const auto& h : store.History(ctx.partnership_id())) history[h.period] = count(h.deaths);
  for (const auto& [y, n] : s.notified_by_year)
    if (y <= year) history[core::FinancialYearLabel(y)] = count(n);
  json::object by_death_year;
  for (const auto& [y, n] : s.reviews_by_death_year) by_death_year[core::FinancialYearLabel(y)] = count(n);
  json::object categories;
  for (const auto& t : cdop::Categories()) {
    auto it = s.categories.find(t.value);
    int n = it == s.categories.end() ? 0 : it->second.count;
    int p = it == s.categories.end() ? 0 : it->second.percent;
    categories[t.code] = json::object{{"count", count(n)}, {"percent", percent(n, p)}};
  }
  json::object modifiable;
  for (const auto& t : cdop::ModifiableFindings()) {
    const auto& m = s.modifiable[t.value];
    modifiable[t.code] = json::object{{"count", count(m.count)}, {"percent", percent(m.count, m.percent)}};
  }
  json::array areas;
  for (auto area : s.recommendation_areas) areas.push_back(CodeJson(cdop::RecommendationAreas(), area));
  return Json(200, json::object{{"year", core::FinancialYearLabel(year)},
                                {"suppressed", suppress},
                                {"rounding", "Whole percentages of the reviews completed in the year, halves rounded up"},
                                {"notified", count(s.notified)},
                                {"notified_not_resident", count(s.notified_not_resident)},
                                {"notified_by_year", history},
                                {"reviews", count(s.reviews)},
                                {"reviews_by_death_year", by_death_year},
                                {"categories", categories},
                                {"modifiable", modifiable},
                                {"recommendation_areas", areas}});
}

Response ListChildDeaths(Context& ctx) {
  cdop::CdopStore store(ctx.db);
  auto reviews = store.Reviews(ctx.partnership_id());
  json::array out;
  for (const auto& c : store.Cases(ctx.partnership_id())) {
    auto it = reviews.find(c.id);
    out.push_back(CaseJson(c, it == reviews.end() ? std::nullopt : std::optional(it->second)));
  }
  ctx.Audit(auth::AuditAction::kListed, "child-deaths", std::nullopt, "api");
  return Json(200, json::object{{"cases", out}});
}

Response CreateChildDeath(Context& ctx) {
  std::string body_error;
  auto values = ReadBody(ctx, body_error);
  if (!values) return Error(400, body_error);
  cdop::Case c;
  if (auto errors = cdop::ReadNotification(*values, core::DateOf(ctx.clock.Now()), c); !errors.empty())
    return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  auto id = cdop::CdopStore(ctx.db).Notify(ctx.partnership_id(), c);
  ctx.Audit(auth::AuditAction::kCreate, "child-death", id, "api");
  tx.Commit();
  return Json(201, CaseJson(c, std::nullopt));
}

Response GetChildDeath(Context& ctx) {
  cdop::CdopStore store(ctx.db);
  auto c = store.FindCase(ctx.partnership_id(), ctx.Id("id"));
  if (!c) throw http::NotFound{};
  // RULE: issue 5 - every view of a case record is written to the audit log.
  ctx.Audit(auth::AuditAction::kViewed, "child-death", c->id, "api");
  return Json(200, CaseJson(*c, store.ReviewOf(c->id)));
}

}  // namespace safeboard::api
