// One report received (issue 16): its summary sheet, the meeting that considered it, the group's
// comment and whether the board is assured; the board team changes it, and where the board is
// not assured agrees a remedial action plan with the agency (constitution 4p).
#include "assurance/challenge_store.h"
#include "assurance/pages/challenge_shared.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "meetings/store.h"

namespace safeboard::ui::pages {

using namespace challenge_pages;
using http::Context;
using http::Response;

namespace {

assurance::AgencyReport ReportOrNotFound(Context& ctx) {
  auto r = assurance::ChallengeStore(ctx.db).FindReport(ctx.partnership_id(), ctx.Id("id"));
  if (!r) throw http::NotFound{};
  return *r;
}

void RenderSheet(Context& ctx, Html& h, const assurance::AgencyReport& r) {
  std::vector<std::pair<std::string, std::string>> rows = {
      {"Kind", std::string(core::LabelOf(assurance::ReportKinds(), r.kind))},
      {"From", r.agency_name.empty() ? r.from_name : r.agency_name},
      {"Period", r.period.empty() ? "Not given" : r.period},
      {"Received", core::FormatDateLong(r.received_on)},
      {"Assurance", r.assurance ? std::string(core::LabelOf(assurance::Assurances(), *r.assurance)) : "Not judged yet"}};
  for (const auto& [label, text] : {std::pair{"Purpose", &r.purpose}, std::pair{"Key findings", &r.key_findings},
                                    std::pair{"Good practice", &r.strengths}, std::pair{"Shortcomings", &r.shortcomings},
                                    std::pair{"Actions for the board", &r.actions_for_board},
                                    std::pair{"The group's comment", &r.comment}})
    if (!text->empty()) rows.emplace_back(label, *text);
  SummaryList(h, rows);
  if (r.considered_at_meeting_id)
    if (auto m = meetings::MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), *r.considered_at_meeting_id)) {
      h.Open("p", {{"class", "govuk-body"}});
      h.Text("Considered at ");
      Link(h, ctx.PartnershipPath("/meetings/" + std::to_string(m->id)), "the meeting of " + core::FormatDateLong(m->meets_on));
      h.Close("p");
    }
}

Response RenderReport(Context& ctx, const assurance::AgencyReport& r, const FormState& form, const FormState& plan_form,
                      int status) {
  Html h;
  RenderSheet(ctx, h, r);
  auto plans = assurance::ChallengeStore(ctx.db).PlansOfReport(ctx.partnership_id(), r.id);
  if (!plans.empty()) {
    h.Element("h2", {{"class", "govuk-heading-m"}}, "Remedial action plans");
    h.Open("ul", {{"class", "govuk-list"}});
    for (const auto& p : plans) {
      h.Open("li");
      Link(h, PlanPath(ctx, p.id), "Agreed with " + p.agency_name + " on " + core::FormatDateLong(p.agreed_on));
      h.Close("li");
    }
    h.Close("ul");
  }
  if (CanManage(ctx)) {
    int year = core::FinancialYearOf(r.received_on);
    FormState editing = form;
    if (editing.values.empty()) editing.values = ReportValues(r);
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "change"}}, "Change the report or its summary sheet");
    OpenForm(h, ctx, ReportPath(ctx, r.id), editing);
    ReportFields(ctx, h, editing, year);
    Button(h, "Save report");
    h.Close("form");
    if (r.agency_id && r.assurance && *r.assurance != assurance::Assurance::kAssured) {
      FormState shown = plan_form;
      if (shown.values.empty()) shown.values["shortcomings"] = r.shortcomings;
      shown.values["agency_id"] = std::to_string(*r.agency_id);
      shown.values["agency_report_id"] = std::to_string(r.id);
      h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "remedial-plan"}}, "Agree a remedial action plan with " + r.agency_name);
      OpenForm(h, ctx, PlansPath(ctx), shown);
      PlanFields(ctx, h, shown, true);
      Button(h, "Record plan", true);
      h.Close("form");
    }
  }
  auto chrome = ChromeWithCrumbs(ctx, r.title, "Quality assurance",
                                 {{"Reports received " + core::FinancialYearLabel(core::FinancialYearOf(r.received_on)),
                                   ReportsPath(ctx, core::FinancialYearOf(r.received_on))}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty() || !plan_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowReportReceived(Context& ctx) { return RenderReport(ctx, ReportOrNotFound(ctx), {}, {}, 200); }

Response SaveReportReceived(Context& ctx) {
  auto stored = ReportOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  assurance::AgencyReport report;
  form.errors = assurance::ReadAgencyReport(form.values, AgencyIds(ctx),
                                            assurance_pages::MeetingIds(ctx, core::FinancialYearOf(stored.received_on)),
                                            core::DateOf(ctx.clock.Now()), report);
  if (!form.errors.empty()) return RenderReport(ctx, stored, form, {}, 422);
  report.id = stored.id;
  storage::Transaction tx(ctx.db);
  assurance::ChallengeStore(ctx.db).UpdateReport(ctx.partnership_id(), report);
  ctx.Audit(auth::AuditAction::kUpdate, "agency-report", report.id);
  tx.Commit();
  return http::Redirect(ReportPath(ctx, report.id) + "?done=report-saved");
}

// A refused plan agreed from a report's page goes back to that page with the plan's errors.
Response RenderReportWithPlanErrors(Context& ctx, std::int64_t report_id, const FormState& plan_form) {
  auto r = assurance::ChallengeStore(ctx.db).FindReport(ctx.partnership_id(), report_id);
  if (!r) throw http::NotFound{};
  return RenderReport(ctx, *r, {}, plan_form, 422);
}

}  // namespace safeboard::ui::pages
