#include "assurance/api.h"

#include <algorithm>

#include "api/json_io.h"
#include "assurance/assurance.h"
#include "assurance/pages/shared.h"
#include "assurance/store.h"
#include "core/financial_year.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using http::Context;
using http::Response;

json::object AuditJson(const assurance::PlannedAudit& a, const core::Date& today) {
  return {{"id", a.id},
          {"title", a.title},
          {"kind", std::string(core::CodeOf(assurance::AuditKinds(), a.kind))},
          {"themes", a.themes},
          {"lead_group_id", IdJson(a.lead_group_id)},
          {"starts_on", core::FormatDate(a.starts_on)},
          {"report_due_on", core::FormatDate(a.report_due_on)},
          {"reported_on", DateJson(a.reported_on)},
          {"reported_at_meeting_id", IdJson(a.reported_at_meeting_id)},
          {"findings", a.findings},
          {"follows_audit_id", IdJson(a.follows_audit_id)},
          {"standing", std::string(core::CodeOf(assurance::AuditStandings(), assurance::StandingOn(a, today)))}};
}

}  // namespace

Response GetAuditProgramme(Context& ctx) {
  auto today = core::DateOf(ctx.clock.Now());
  core::FieldErrors errors;
  auto asked = ui::pages::assurance_pages::YearAskedOfApi(ctx, errors);
  if (!asked) return FieldErrorsResponse(errors);
  int year = *asked;
  assurance::AssuranceStore store(ctx.db);
  auto programme = store.FindProgramme(ctx.partnership_id(), year);
  json::array audits;
  if (programme)
    for (const auto& a : store.AuditsOf(ctx.partnership_id(), programme->id)) audits.push_back(AuditJson(a, today));
  return Json(200, json::object{{"year", core::FinancialYearLabel(year)},
                                {"priorities", programme ? programme->priorities : ""},
                                {"agreed_at_meeting_id", programme ? IdJson(programme->agreed_at_meeting_id) : nullptr},
                                {"audits", audits}});
}

Response AddPlannedAudit(Context& ctx) {
  static constexpr std::string_view kFields[] = {"year", "title", "kind", "themes", "lead_group_id", "starts_on",
                                                 "report_due_on", "reported_on", "reported_at_meeting_id", "findings",
                                                 "follows_audit_id"};
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kFields); !unknown.empty()) return FieldErrorsResponse(unknown);
  auto year = core::ParseFinancialYearStart(core::ValueOf(*values, "year"));
  core::FieldErrors errors;
  if (!year) errors.Add("year", "Give the financial year by its first calendar year, like 2011 for 2011-12");
  // The same choices of group and meeting as the page's form.
  std::vector<std::int64_t> meetings;
  if (year) meetings = ui::pages::assurance_pages::MeetingIds(ctx, *year);
  assurance::PlannedAudit audit;
  errors.Merge(assurance::ReadPlannedAudit(*values, ui::pages::assurance_pages::GroupIds(ctx), meetings,
                                           ui::pages::assurance_pages::AuditIds(ctx), audit));
  if (!errors.empty()) return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  assurance::AssuranceStore store(ctx.db);
  audit.programme_id = store.ProgrammeOf(ctx.partnership_id(), *year).id;
  audit.id = store.AddAudit(ctx.partnership_id(), audit);
  ctx.Audit(auth::AuditAction::kCreate, "planned-audit", audit.id, "api");
  tx.Commit();
  auto saved = store.FindAudit(ctx.partnership_id(), audit.id);
  return Json(201, AuditJson(*saved, core::DateOf(ctx.clock.Now())));
}

}  // namespace safeboard::api
