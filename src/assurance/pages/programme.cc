// The year's audit programme (issue 16): its priorities and where they were agreed, every planned
// audit with where it stands (planned, running, report overdue, reported), the counts, adding an
// audit, and the programme as CSV.
#include <algorithm>

#include "assurance/assurance.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/section11_pages.h"
#include "assurance/pages/shared.h"
#include "assurance/store.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "meetings/store.h"
#include "ui/area_registry.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace assurance_pages;
using http::Context;
using http::Response;

namespace {

const AreaRegistration kAssuranceArea{
    {{55, "Quality assurance", "/assurance"}},
    {{"programme-saved", "Programme saved"}, {"audit-added", "Audit added"}, {"audit-saved", "Audit saved"},
     {"template-saved", "Template saved"}, {"round-opened", "Round opened: each agency's lead can now fill in its return"},
     {"return-added", "Return asked for"}, {"return-saved", "Return saved"}, {"return-submitted", "Return submitted"},
     {"return-reopened", "Return handed back to the agency"}, {"lead-saved", "Lead saved"},
     {"evidence-added", "Evidence file added"}, {"challenge-recorded", "Challenge recorded"},
     {"action-raised", "Action raised"}, {"section11-action-saved", "Progress saved"},
     {"lado-saved", "Quarter saved"}, {"complaint-recorded", "Complaint recorded"}, {"complaint-saved", "Complaint saved"},
     {"complaint-deadlines-saved", "Deadlines saved"}, {"report-recorded", "Report recorded"},
     {"report-saved", "Report saved"}, {"plan-recorded", "Remedial action plan recorded"}, {"plan-reviewed", "Review recorded"},
     {"plan-escalated", "Escalation saved"}, {"case-target-saved", "Target saved"},
     {"case-added", "Case added: each agency can now complete its part"}, {"case-part-saved", "Part saved"},
     {"case-discussed", "Discussion recorded"}, {"case-finding-added", "Finding added"},
     {"case-action-completed", "Action recorded as completed"}, {"workforce-opened", "Self-assessment opened"},
     {"workforce-saved", "Self-assessment saved"}, {"workforce-return-added", "Return added"},
     {"workforce-support-added", "Support added"}, {"workforce-support-completed", "Support recorded as completed"},
     {"imr-plan-recorded", "IMR action plan recorded"}, {"imr-action-added", "Action added"},
     {"imr-action-completed", "Action recorded as completed"}, {"imr-plan-signed-off", "IMR action plan signed off"}},
    {{55, Section11Panel}},
    {[](storage::Connection& db, std::int64_t partnership_id) {
      return assurance::AssuranceStore(db).SearchDocuments(partnership_id);
    }},
    {ComplaintDeadlinesDue, RemedialPlanReviewsDue}};

void RenderYearPicker(Context& ctx, Html& h, int year) {
  auto years = assurance::AssuranceStore(ctx.db).ProgrammeYears(ctx.partnership_id());
  int today = core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
  for (int y : {today, year})
    if (std::find(years.begin(), years.end(), y) == years.end()) years.push_back(y);
  std::sort(years.rbegin(), years.rend());
  h.Open("form", {{"method", "get"}, {"action", ctx.PartnershipPath("/assurance")}, {"class", "app-year-picker"}});
  FormState picker;
  picker.values["year"] = std::to_string(year);
  Options options;
  for (int y : years) options.emplace_back(std::to_string(y), core::FinancialYearLabel(y));
  Select(h, picker, "year", "Financial year", options);
  Button(h, "Show year", true);
  h.Close("form");
}

void RenderAudits(Context& ctx, Html& h, const std::vector<assurance::PlannedAudit>& audits, const core::Date& today) {
  auto counts = assurance::CountStandings(audits, today);
  h.Open("ul", {{"class", "govuk-list app-standing"}});
  for (const auto& term : assurance::AuditStandings()) {
    h.Open("li");
    StatusTag(h, assurance::StatusOf(term.value));
    h.Text(" " + std::to_string(counts[term.value]));
    h.Close("li");
  }
  h.Close("ul");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& a : audits) {
    Html standing;
    StatusTag(standing, assurance::StatusOf(assurance::StandingOn(a, today)));
    rows.push_back({LinkCell(AuditPath(ctx, a.id), a.title),
                    TextCell(std::string(core::LabelOf(assurance::AuditKinds(), a.kind))), TextCell(a.lead_group_name),
                    TextCell(core::FormatDateLong(a.starts_on)), TextCell(core::FormatDateLong(a.report_due_on)),
                    standing.Build()});
  }
  if (audits.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No audits planned for this year yet.");
  else
    Table(h, "Planned audits", {"Audit", "Kind", "Lead", "Starts", "Report due", "Where it stands"}, rows);
}

Response RenderProgramme(Context& ctx, int year, const FormState& programme_form, const FormState& audit_form,
                         int status) {
  assurance::AssuranceStore store(ctx.db);
  auto programme = store.FindProgramme(ctx.partnership_id(), year);
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  RenderYearPicker(ctx, h, year);
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Priorities");
  if (programme && !programme->priorities.empty())
    h.Append(TrustedHtml::FromMarkdown(programme->priorities, 2));
  else
    h.Element("p", {{"class", "govuk-body"}}, "No priorities recorded for this year.");
  if (programme && programme->agreed_at_meeting_id)
    if (auto m = meetings::MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), *programme->agreed_at_meeting_id)) {
      h.Open("p", {{"class", "govuk-body"}});
      h.Text("Agreed at ");
      Link(h, ctx.PartnershipPath("/meetings/" + std::to_string(m->id)), "the meeting of " + core::FormatDateLong(m->meets_on));
      h.Close("p");
    }
  std::vector<assurance::PlannedAudit> audits;
  if (programme) audits = store.AuditsOf(ctx.partnership_id(), programme->id);
  RenderAudits(ctx, h, audits, today);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/assurance/section-11"), "Section 11 self-assessment: rounds, returns and actions");
  h.Close("p");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/assurance/case-audits?year=" + std::to_string(year)),
       "Multi-agency case file audits: cohorts, grades and findings");
  h.Close("p");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/assurance/safer-workforce"), "Safer workforce self-assessment: returns, deficits and support");
  h.Close("p");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/assurance/lado?year=" + std::to_string(year)), "LADO figures: allegations against people who work with children");
  h.Close("p");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/assurance/reports?year=" + std::to_string(year)),
       "Reports received: partners' annual reports, updates, inspections and audits");
  h.Close("p");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/assurance/remedial-plans"), "Remedial action plans and escalation");
  h.Close("p");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/learning"), "Training needs and procedure reviews raised from audits and case reviews");
  h.Close("p");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/assurance/imr-action-plans"), "IMR action plans: agencies' plans from their management reviews");
  h.Close("p");
  if (CanManage(ctx)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, ctx.PartnershipPath("/assurance/complaints?year=" + std::to_string(year)), "Complaints about the board's functions");
    h.Close("p");
  }
  DownloadLinks(h, ctx.PartnershipPath("/assurance"), "?year=" + std::to_string(year), "Download the programme");
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add-an-audit"}}, "Add an audit to the programme");
    OpenForm(h, ctx, ctx.PartnershipPath("/assurance/audits"), audit_form);
    h.Void("input", {{"type", "hidden"}, {"name", "year"}, {"value", std::to_string(year)}});
    PlannedAuditFields(ctx, h, audit_form, year, false);
    Button(h, "Add audit");
    h.Close("form");
    FormState editing = programme_form;
    if (editing.values.empty() && programme) {
      editing.values["priorities"] = programme->priorities;
      if (programme->agreed_at_meeting_id) editing.values["agreed_at_meeting_id"] = std::to_string(*programme->agreed_at_meeting_id);
    }
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "priorities"}}, "Change the priorities");
    OpenForm(h, ctx, ctx.PartnershipPath("/assurance/programme"), editing);
    h.Void("input", {{"type", "hidden"}, {"name", "year"}, {"value", std::to_string(year)}});
    FormattedTextarea(h, editing, "priorities", "The year's audit priorities", "", 5);
    Select(h, editing, "agreed_at_meeting_id", "Agreed at (optional)", MeetingOptions(ctx, year), "Not agreed yet");
    Button(h, "Save priorities", true);
    h.Close("form");
  }
  auto chrome = Chrome(ctx, "Audit programme " + core::FinancialYearLabel(year), "Quality assurance");
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !programme_form.errors.empty() || !audit_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

int YearPosted(Context& ctx) {
  if (auto posted = core::ParseFinancialYearStart(ctx.form.Get("year"))) return *posted;
  return core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
}

}  // namespace

Response ShowAuditProgramme(Context& ctx) { return RenderProgramme(ctx, YearAsked(ctx), {}, {}, 200); }

Response SaveAuditProgramme(Context& ctx) {
  int year = YearPosted(ctx);
  FormState form{Submitted(ctx), {}};
  assurance::AuditProgramme read;
  form.errors = assurance::ReadProgramme(form.values, MeetingIds(ctx, year), read);
  if (!form.errors.empty()) return RenderProgramme(ctx, year, form, {}, 422);
  storage::Transaction tx(ctx.db);
  assurance::AssuranceStore store(ctx.db);
  auto programme = store.ProgrammeOf(ctx.partnership_id(), year);
  programme.priorities = read.priorities;
  programme.agreed_at_meeting_id = read.agreed_at_meeting_id;
  store.SaveProgramme(ctx.partnership_id(), programme);
  ctx.Audit(auth::AuditAction::kUpdate, "audit-programme", programme.id);
  tx.Commit();
  return http::Redirect(ProgrammePath(ctx, year) + "&done=programme-saved");
}

Response AddPlannedAudit(Context& ctx) {
  int year = YearPosted(ctx);
  FormState form{Submitted(ctx), {}};
  form.values.erase("year");
  assurance::PlannedAudit audit;
  form.errors = assurance::ReadPlannedAudit(form.values, GroupIds(ctx), MeetingIds(ctx, year), AuditIds(ctx), audit);
  if (!form.errors.empty()) return RenderProgramme(ctx, year, {}, form, 422);
  storage::Transaction tx(ctx.db);
  assurance::AssuranceStore store(ctx.db);
  audit.programme_id = store.ProgrammeOf(ctx.partnership_id(), year).id;
  auto id = store.AddAudit(ctx.partnership_id(), audit);
  ctx.Audit(auth::AuditAction::kCreate, "planned-audit", id);
  tx.Commit();
  return http::Redirect(ProgrammePath(ctx, year) + "&done=audit-added");
}

Response ExportAuditProgramme(Context& ctx) {
  int year = YearAsked(ctx);
  assurance::AssuranceStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  TableRows rows;
  if (auto programme = store.FindProgramme(ctx.partnership_id(), year))
    for (const auto& a : store.AuditsOf(ctx.partnership_id(), programme->id))
      rows.push_back({a.title, std::string(core::LabelOf(assurance::AuditKinds(), a.kind)), a.themes, a.lead_group_name,
                      core::FormatDate(a.starts_on), core::FormatDate(a.report_due_on),
                      a.reported_on ? core::FormatDate(*a.reported_on) : "",
                      std::string(core::LabelOf(assurance::AuditStandings(), assurance::StandingOn(a, today)))});
  return DownloadAsAsked(ctx.request, {"audit-programme-" + core::FinancialYearLabel(year), "Audit programme",
                                       {"Audit", "Kind", "Themes", "Lead", "Starts", "Report due", "Reported", "Where it stands"},
                                       rows});
}

}  // namespace safeboard::ui::pages
