#include "training/api.h"

#include "api/json_io.h"
#include "core/financial_year.h"
#include "training/store.h"

namespace safeboard::api {

namespace json = boost::json;

http::Response GetTrainingFigures(http::Context& ctx) {
  int year = core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
  if (ctx.query.Has("year")) {
    auto asked = core::ParseFinancialYearStart(ctx.query.Get("year"));
    if (!asked) {
      core::FieldErrors errors;
      errors.Add("year", "Give the financial year by its first calendar year, like 2011 for 2011-12");
      return FieldErrorsResponse(errors);
    }
    year = *asked;
  }
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
