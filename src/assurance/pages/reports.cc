// Reports received (issue 16; annual report appendix 2): the year's annual reports, updates,
// inspection reports and single-agency audits, each with whether the board is assured; the
// board team records one with its summary sheet; CSV.
#include "assurance/challenge_store.h"
#include "assurance/pages/challenge_shared.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace challenge_pages;
using http::Context;
using http::Response;

namespace {

std::vector<assurance::AgencyReport> ReportsOfYear(Context& ctx, int year) {
  auto [from, to] = core::FinancialYearDates(year);
  return assurance::ChallengeStore(ctx.db).ReportsBetween(ctx.partnership_id(), from, to);
}

std::string From(const assurance::AgencyReport& r) { return r.agency_name.empty() ? r.from_name : r.agency_name; }
std::string AssuranceText(const assurance::AgencyReport& r) {
  return r.assurance ? std::string(core::LabelOf(assurance::Assurances(), *r.assurance)) : "Not judged yet";
}

Response RenderReports(Context& ctx, int year, const FormState& form, int status) {
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ReportsPath(ctx, year - 1), "Previous year");
  h.Text(" · ");
  Link(h, ReportsPath(ctx, year + 1), "Next year");
  h.Text(" · ");
  Link(h, PlansPath(ctx), "Remedial action plans");
  h.Close("p");
  auto reports = ReportsOfYear(ctx, year);
  for (const auto& kind : assurance::ReportKinds()) {
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& r : reports)
      if (r.kind == kind.value)
        rows.push_back({LinkCell(ReportPath(ctx, r.id), r.title), TextCell(From(r)), TextCell(r.period),
                        TextCell(core::FormatDateLong(r.received_on)), TextCell(AssuranceText(r))});
    if (!rows.empty())
      Table(h, std::string(kind.label) + "s: " + std::to_string(rows.size()),
            {"Report", "From", "Period", "Received", "Assurance"}, rows);
  }
  if (reports.empty()) h.Element("p", {{"class", "govuk-body"}}, "No reports received in " + core::FinancialYearLabel(year) + ".");
  DownloadLinks(h, ctx.PartnershipPath("/assurance/reports"), "?year=" + std::to_string(year), "Download the year's reports");
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "record-a-report"}}, "Record a report received");
    OpenForm(h, ctx, ctx.PartnershipPath("/assurance/reports"), form);
    ReportFields(ctx, h, form, year);
    Button(h, "Record report");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Reports received " + core::FinancialYearLabel(year), "Quality assurance",
                                 {{"Quality assurance", ctx.PartnershipPath("/assurance")}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowReportsReceived(Context& ctx) { return RenderReports(ctx, assurance_pages::YearAsked(ctx), {}, 200); }

Response AddReportReceived(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  auto today = core::DateOf(ctx.clock.Now());
  auto received = core::ParseDate(core::ValueOf(form.values, "received_on"));
  int year = received ? core::FinancialYearOf(*received) : assurance_pages::YearAsked(ctx);
  assurance::AgencyReport report;
  form.errors = assurance::ReadAgencyReport(form.values, AgencyIds(ctx), assurance_pages::MeetingIds(ctx, year), today, report);
  if (!form.errors.empty()) return RenderReports(ctx, year, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = assurance::ChallengeStore(ctx.db).AddReport(ctx.partnership_id(), report);
  ctx.Audit(auth::AuditAction::kCreate, "agency-report", id);
  tx.Commit();
  return http::Redirect(ReportPath(ctx, id) + "?done=report-recorded");
}

Response ExportReportsReceived(Context& ctx) {
  int year = assurance_pages::YearAsked(ctx);
  TableRows rows;
  for (const auto& r : ReportsOfYear(ctx, year))
    rows.push_back({std::string(core::LabelOf(assurance::ReportKinds(), r.kind)), r.title, From(r), r.period,
                    core::FormatDate(r.received_on), r.key_findings, r.shortcomings, r.comment, AssuranceText(r)});
  return DownloadAsAsked(ctx.request, {"reports-received-" + core::FinancialYearLabel(year), "Reports received",
                                       {"Kind", "Report", "From", "Period", "Received", "Key findings", "Shortcomings",
                                        "Comment", "Assurance"},
                                       rows});
}

}  // namespace safeboard::ui::pages
