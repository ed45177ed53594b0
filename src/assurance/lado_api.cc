// The LADO figures' API (issue 16): a year's measures (as the page shows them, or the publication
// version) with the quarters recorded, and the board team saving a quarter through the page's
// reader.
#include "api/json_io.h"
#include "assurance/api.h"
#include "assurance/lado.h"
#include "assurance/lado_store.h"
#include "assurance/pages/shared.h"
#include "core/financial_year.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using http::Context;
using http::Response;

json::object QuarterJson(const assurance::LadoReturn& r) {
  json::object sectors, outcomes;
  for (const auto& [k, n] : r.by_sector) sectors[std::string(core::CodeOf(assurance::EmployerSectors(), k))] = n;
  for (const auto& [k, n] : r.outcomes) outcomes[std::string(core::CodeOf(assurance::AllegationOutcomes(), k))] = n;
  return {{"quarter", r.quarter},
          {"contacts", r.Contacts()},
          {"referrals", r.referrals},
          {"advice", r.advice},
          {"police_involved", r.police_involved},
          {"considered_within_1_day", r.considered_within_1_day},
          {"concluded", r.Concluded()},
          {"concluded_within_3_months", r.concluded_within_3_months},
          {"delay_reasons", r.delay_reasons},
          {"reported_at_meeting_id", IdJson(r.reported_at_meeting_id)},
          {"sectors", sectors},
          {"outcomes", outcomes}};
}

}  // namespace

Response GetLadoReturns(Context& ctx) {
  core::FieldErrors errors;
  auto year = ui::pages::assurance_pages::YearAskedOfApi(ctx, errors);
  if (!year) return FieldErrorsResponse(errors);
  int y = *year;
  bool publication = ctx.query.Get("publication") == "yes";
  assurance::LadoStore store(ctx.db);
  auto returns = store.ReturnsOf(ctx.partnership_id(), y);
  json::array measures, quarters;
  for (const auto& m : assurance::LadoMeasures(returns, store.ReturnsOf(ctx.partnership_id(), y - 1))) {
    json::array by_quarter;
    for (const auto& cell : m.quarter) by_quarter.push_back(json::value(assurance::CellText(cell, m.percentage, publication)));
    measures.push_back(json::object{{"measure", m.label},
                                    {"quarters", by_quarter},
                                    {"year", assurance::CellText(m.year, m.percentage, publication)},
                                    {"previous_year", assurance::CellText(m.previous_year, m.percentage, publication)}});
  }
  json::object out{{"year", core::FinancialYearLabel(y)}, {"publication", publication}, {"measures", measures}};
  // The publication version is the table alone: the quarters' raw counts would undo it.
  if (!publication) {
    for (const auto& r : returns) quarters.push_back(QuarterJson(r));
    out["quarters"] = quarters;
  }
  return Json(200, out);
}

Response SaveLadoReturn(Context& ctx) {
  std::vector<std::string> names = {"year", "quarter", "referrals", "advice", "police_involved", "considered_within_1_day",
                                    "concluded_within_3_months", "delay_reasons", "reported_at_meeting_id"};
  for (const auto& t : assurance::EmployerSectors()) names.push_back("sector_" + std::string(t.code));
  for (const auto& t : assurance::AllegationOutcomes()) names.push_back("outcome_" + std::string(t.code));
  std::vector<std::string_view> writable(names.begin(), names.end());
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, writable); !unknown.empty()) return FieldErrorsResponse(unknown);
  auto year = core::ParseFinancialYearStart(core::ValueOf(*values, "year"));
  std::vector<std::int64_t> meetings;
  if (year) meetings = ui::pages::assurance_pages::MeetingIds(ctx, *year);
  assurance::LadoReturn lado;
  auto errors = assurance::ReadLadoReturn(*values, meetings, lado);
  if (!errors.empty()) return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  assurance::LadoStore store(ctx.db);
  auto id = store.Save(ctx.partnership_id(), lado);
  ctx.Audit(auth::AuditAction::kUpdate, "lado-return", id, "api");
  tx.Commit();
  for (const auto& r : store.ReturnsOf(ctx.partnership_id(), lado.year_start))
    if (r.quarter == lado.quarter) return Json(200, QuarterJson(r));
  return Error(500, "The quarter was not saved");
}

}  // namespace safeboard::api
