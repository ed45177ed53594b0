#include "training/api.h"

#include "api/json_io.h"
#include "core/financial_year.h"
#include "training/store.h"

namespace safeboard::api {

namespace json = boost::json;

namespace {

// ?year= or this year; nullopt (the message on `errors`) for a year that is not one.
std::optional<int> YearOf(const http::Context& ctx, core::FieldErrors& errors) {
  if (!ctx.query.Has("year")) return core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
  auto asked = core::ParseFinancialYearStart(ctx.query.Get("year"));
  if (!asked) errors.Add("year", "Give the financial year by its first calendar year, like 2011 for 2011-12");
  return asked;
}

}  // namespace

http::Response GetELearningFigures(http::Context& ctx) {
  core::FieldErrors errors;
  auto year = YearOf(ctx, errors);
  if (!year) return FieldErrorsResponse(errors);
  auto [from, to] = core::FinancialYearDates(*year);
  auto f = training::ELearningFiguresOf(training::TrainingStore(ctx.db).CompletionsBetween(ctx.partnership_id(), from, to));
  json::object modules, agencies;
  for (const auto& [module, n] : f.completions_by_module) modules[module] = n;
  for (const auto& [agency, n] : f.people_by_agency) agencies[agency] = n;
  return Json(200, json::object{{"year", core::FinancialYearLabel(*year)},
                                {"people", f.people},
                                {"completions", f.completions},
                                {"completions_by_module", modules},
                                {"people_by_agency", agencies}});
}

http::Response GetTrainingNeeds(http::Context& ctx) {
  core::FieldErrors errors;
  auto year = YearOf(ctx, errors);
  if (!year) return FieldErrorsResponse(errors);
  auto returns = training::TrainingStore(ctx.db).NeedsReturns(ctx.partnership_id(), *year);
  auto f = training::NeedsFiguresOf(returns);
  json::array list;
  for (const auto& r : returns)
    list.push_back(json::object{{"respondent", r.Name()},
                                {"agency_id", IdJson(r.agency_id)},
                                {"single_agency_in_place", r.single_agency_in_place},
                                {"accessing_inter_agency", r.accessing_inter_agency},
                                {"gaps", r.gaps},
                                {"returned_on", core::FormatDate(r.returned_on)}});
  auto percent = [](const std::optional<int>& p) { return p ? json::value(*p) : json::value(nullptr); };
  return Json(200, json::object{{"year", core::FinancialYearLabel(*year)},
                                {"respondents", f.respondents},
                                {"single_agency_in_place_percent", percent(f.SingleAgencyPercent())},
                                {"accessing_inter_agency_percent", percent(f.InterAgencyPercent())},
                                {"returns", list}});
}

http::Response GetTrainingFigures(http::Context& ctx) {
  core::FieldErrors errors;
  auto asked = YearOf(ctx, errors);
  if (!asked) return FieldErrorsResponse(errors);
  int year = *asked;
  auto [from, to] = core::FinancialYearDates(year);
  auto f = training::FiguresOf(training::TrainingStore(ctx.db).EventsWithBookings(ctx.partnership_id(), from, to));
  json::object by_agency;
  for (const auto& [agency, n] : f.attendances_by_agency) by_agency[agency] = n;
  return Json(200, json::object{{"year", core::FinancialYearLabel(year)},
                                {"events", f.events},
                                {"places_offered", f.places_offered},
                                {"places_filled", f.places_filled},
                                {"attendances", f.attendances},
                                {"attendances_without_conference", f.attendances_without_conference},
                                {"distinct_people", f.distinct_people},
                                {"distinct_people_without_conference", f.distinct_people_without_conference},
                                {"conference_delegates", f.conference_delegates},
                                {"did_not_attend", f.did_not_attend},
                                {"cancellations", f.cancellations},
                                {"attendances_by_agency", by_agency}});
}

}  // namespace safeboard::api
