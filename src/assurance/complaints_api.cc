// The complaints API (issue 16): a year's complaints with their deadlines and standing, the
// year's figures, and recording a complaint through the page's reader. The board team only.
#include "api/json_io.h"
#include "assurance/api.h"
#include "assurance/complaints.h"
#include "assurance/complaints_store.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/financial_year.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using http::Context;
using http::Response;

json::object ComplaintJson(const assurance::Complaint& c, const assurance::ComplaintDeadlines& d, const core::Date& today) {
  return {{"id", c.id},
          {"received_on", core::FormatDate(c.received_on)},
          {"channel", CodeJson(assurance::ComplaintChannels(), c.channel)},
          {"complainant", CodeJson(assurance::Complainants(), c.complainant)},
          {"summary", c.summary},
          {"acknowledge_by", core::FormatDate(assurance::AcknowledgeBy(c, d))},
          {"acknowledged_on", DateJson(c.acknowledged_on)},
          {"respond_by", core::FormatDate(assurance::RespondBy(c, d))},
          {"responded_on", DateJson(c.responded_on)},
          {"outcome", c.outcome ? CodeJson(assurance::ComplaintOutcomes(), *c.outcome) : json::value(nullptr)},
          {"learning", c.learning},
          {"redirected_to", c.redirected_to ? CodeJson(assurance::RedirectedTos(), *c.redirected_to) : json::value(nullptr)},
          {"redirected_where", c.redirected_where},
          {"redirected_on", DateJson(c.redirected_on)},
          {"standing", CodeJson(assurance::ComplaintStandings(), assurance::StandingOf(c, d, today))}};
}

}  // namespace

Response GetComplaints(Context& ctx) {
  core::FieldErrors errors;
  auto year = ui::pages::assurance_pages::YearAskedOfApi(ctx, errors);
  if (!year) return FieldErrorsResponse(errors);
  int y = *year;
  assurance::ComplaintStore store(ctx.db);
  auto deadlines = store.DeadlinesOf(ctx.partnership_id());
  auto today = core::DateOf(ctx.clock.Now());
  auto [from, to] = core::FinancialYearDates(y);
  auto complaints = store.List(ctx.partnership_id(), from, to);
  json::array list;
  for (const auto& c : complaints) list.push_back(ComplaintJson(c, deadlines, today));
  auto f = assurance::CountComplaints(complaints, deadlines);
  return Json(200, json::object{{"year", core::FinancialYearLabel(y)},
                                {"acknowledge_working_days", deadlines.acknowledge_working_days},
                                {"respond_working_days", deadlines.respond_working_days},
                                {"figures", json::object{{"received", f.received},
                                                         {"redirected", f.redirected},
                                                         {"acknowledged", f.acknowledged},
                                                         {"acknowledged_in_time", f.acknowledged_in_time},
                                                         {"responded", f.responded},
                                                         {"responded_in_time", f.responded_in_time},
                                                         {"upheld", f.upheld}}},
                                {"complaints", list}});
}

Response AddComplaint(Context& ctx) {
  static constexpr std::string_view kFields[] = {"received_on", "channel",        "complainant",   "summary",
                                                 "acknowledged_on", "responded_on", "outcome",       "learning",
                                                 "redirected_to",   "redirected_where", "redirected_on"};
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kFields); !unknown.empty()) return FieldErrorsResponse(unknown);
  auto today = core::DateOf(ctx.clock.Now());
  assurance::Complaint complaint;
  auto errors = assurance::ReadComplaint(*values, today, complaint);
  if (!errors.empty()) return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  assurance::ComplaintStore store(ctx.db);
  complaint.id = store.Add(ctx.partnership_id(), complaint);
  ctx.Audit(auth::AuditAction::kCreate, "complaint", complaint.id, "api");
  tx.Commit();
  return Json(201, ComplaintJson(complaint, store.DeadlinesOf(ctx.partnership_id()), today));
}

}  // namespace safeboard::api
