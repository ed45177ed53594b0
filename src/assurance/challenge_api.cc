// The reports-received and remedial-plan API (issue 16): a year's reports with their summary
// sheets, recording one through the page's reader, and the remedial plans with their reviews.
#include "api/json_io.h"
#include "assurance/api.h"
#include "assurance/challenge.h"
#include "assurance/challenge_store.h"
#include "assurance/pages/challenge_shared.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/financial_year.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using http::Context;
using http::Response;

json::object ReportJson(const assurance::AgencyReport& r) {
  return {{"id", r.id},
          {"kind", CodeJson(assurance::ReportKinds(), r.kind)},
          {"title", r.title},
          {"agency_id", IdJson(r.agency_id)},
          {"from_name", r.from_name},
          {"period", r.period},
          {"received_on", core::FormatDate(r.received_on)},
          {"considered_at_meeting_id", IdJson(r.considered_at_meeting_id)},
          {"purpose", r.purpose},
          {"key_findings", r.key_findings},
          {"strengths", r.strengths},
          {"shortcomings", r.shortcomings},
          {"actions_for_board", r.actions_for_board},
          {"comment", r.comment},
          {"assurance", r.assurance ? CodeJson(assurance::Assurances(), *r.assurance) : json::value(nullptr)}};
}

}  // namespace

Response GetReportsReceived(Context& ctx) {
  core::FieldErrors errors;
  auto year = ui::pages::assurance_pages::YearAskedOfApi(ctx, errors);
  if (!year) return FieldErrorsResponse(errors);
  int y = *year;
  auto [from, to] = core::FinancialYearDates(y);
  json::array reports;
  for (const auto& r : assurance::ChallengeStore(ctx.db).ReportsBetween(ctx.partnership_id(), from, to))
    reports.push_back(ReportJson(r));
  return Json(200, json::object{{"year", core::FinancialYearLabel(y)}, {"reports", reports}});
}

Response AddReportReceived(Context& ctx) {
  static constexpr std::string_view kFields[] = {"kind", "title", "agency_id", "from_name", "period", "received_on",
                                                 "considered_at_meeting_id", "purpose", "key_findings", "strengths",
                                                 "shortcomings", "actions_for_board", "comment", "assurance"};
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kFields); !unknown.empty()) return FieldErrorsResponse(unknown);
  auto received = core::ParseDate(core::ValueOf(*values, "received_on"));
  std::vector<std::int64_t> meetings;
  if (received) meetings = ui::pages::assurance_pages::MeetingIds(ctx, core::FinancialYearOf(*received));
  assurance::AgencyReport report;
  auto errors = assurance::ReadAgencyReport(*values, ui::pages::challenge_pages::AgencyIds(ctx), meetings,
                                            core::DateOf(ctx.clock.Now()), report);
  if (!errors.empty()) return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  assurance::ChallengeStore store(ctx.db);
  report.id = store.AddReport(ctx.partnership_id(), report);
  ctx.Audit(auth::AuditAction::kCreate, "agency-report", report.id, "api");
  tx.Commit();
  return Json(201, ReportJson(*store.FindReport(ctx.partnership_id(), report.id)));
}

Response GetRemedialPlans(Context& ctx) {
  auto today = core::DateOf(ctx.clock.Now());
  json::array plans;
  for (const auto& p : assurance::ChallengeStore(ctx.db).Plans(ctx.partnership_id())) {
    json::array reviews;
    for (const auto& r : p.reviews)
      reviews.push_back(json::object{{"reviewed_on", core::FormatDate(r.reviewed_on)},
                                     {"meeting_id", IdJson(r.meeting_id)},
                                     {"outcome", CodeJson(assurance::ReviewOutcomes(), r.outcome)},
                                     {"impact", r.impact}});
    plans.push_back(json::object{{"id", p.id},
                                 {"agency_id", p.agency_id},
                                 {"agency", p.agency_name},
                                 {"agency_report_id", IdJson(p.agency_report_id)},
                                 {"shortcomings", p.shortcomings},
                                 {"plan", p.plan},
                                 {"agreed_on", core::FormatDate(p.agreed_on)},
                                 {"review_due_on", core::FormatDate(p.review_due_on)},
                                 {"escalated_on", DateJson(p.escalated_on)},
                                 {"dcs_consulted_on", DateJson(p.dcs_consulted_on)},
                                 {"concerns_explained_on", DateJson(p.concerns_explained_on)},
                                 {"closed_on", DateJson(p.closed_on)},
                                 {"standing", CodeJson(assurance::PlanStandings(), assurance::StandingOf(p, today))},
                                 {"reviews", reviews}});
  }
  return Json(200, json::object{{"plans", plans}});
}

}  // namespace safeboard::api
