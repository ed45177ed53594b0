// Multi-agency case file audits (issue 16): a year's cohorts against the board's target, the
// grades and findings added up (aggregates, for everyone who reads the board's business), and
// the cases themselves for their audit group and the board team only, every listing logged.
// Setting the target, adding a case to a cohort, and the cases as CSV or a spreadsheet.
#include <algorithm>

#include "assurance/case_audits_store.h"
#include "assurance/lado.h"
#include "assurance/pages/case_audit_shared.h"
#include "assurance/pages/challenge_shared.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "governance/store.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace case_audit_pages;
using assurance::AuditedCase;
using http::Context;
using http::Response;

namespace {

struct YearOfCases {
  std::vector<AuditedCase> all;      // for the figures
  std::vector<AuditedCase> visible;  // the reader's audit groups' cases
};

YearOfCases CasesOfYear(Context& ctx, int year) {
  auto [from, to] = core::FinancialYearDates(year);
  YearOfCases out;
  out.all = assurance::CaseAuditStore(ctx.db).CasesBetween(ctx.partnership_id(), from, to);
  auto reader = ReaderOf(ctx);
  for (const auto& c : out.all)
    if (assurance::MaySeeCase(reader, c.audit_group_id)) out.visible.push_back(c);
  return out;
}

// The case file audits the reader may add cases to.
Options AuditOptions(Context& ctx) {
  auto reader = ReaderOf(ctx);
  Options out;
  for (const auto& a : assurance::CaseAuditStore(ctx.db).CaseFileAudits(ctx.partnership_id()))
    if (assurance::MaySeeCase(reader, a.group_id)) out.emplace_back(std::to_string(a.id), a.title);
  return out;
}

std::string PartsDone(const AuditedCase& c) {
  auto done = std::count_if(c.parts.begin(), c.parts.end(), [](const auto& p) { return p.completed_on.has_value(); });
  return std::to_string(done) + " of " + std::to_string(c.parts.size());
}

void RenderFigures(Html& h, const std::vector<AuditedCase>& cases, int year, std::optional<int> target) {
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Cohorts");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& c : assurance::CohortsOf(cases, year, target)) {
    Html met;
    if (c.target) StatusTag(met, {c.Met() ? "Target met" : "Below target", c.Met() ? core::Tone::kGood : core::Tone::kWarning});
    rows.push_back({TextCell(assurance::QuarterLabel(c.quarter)), TextCell(std::to_string(c.cases)),
                    TextCell(c.target ? std::to_string(*c.target) : "No target"), TextCell(std::to_string(c.discussed)),
                    met.Build()});
  }
  Table(h, "Cases audited each quarter against the target", {"Quarter", "Cases", "Target", "Discussed", ""}, rows);
  auto grades = assurance::GradeCounts(cases);
  if (!grades.empty()) {
    std::vector<std::string> headings = {"Domain"};
    for (const auto& g : assurance::CaseGrades()) headings.emplace_back(g.label);
    std::vector<std::vector<TrustedHtml>> grade_rows;
    for (const auto& d : assurance::AuditDomains()) {
      std::vector<TrustedHtml> row = {TextCell(std::string(d.label))};
      for (const auto& g : assurance::CaseGrades()) {
        auto domain = grades.find(d.value);
        int n = 0;
        if (domain != grades.end())
          if (auto it = domain->second.find(g.value); it != domain->second.end()) n = it->second;
        row.push_back(TextCell(std::to_string(n)));
      }
      grade_rows.push_back(std::move(row));
    }
    Table(h, "Grades of the cases discussed, by domain", headings, grade_rows);
  }
  auto tallies = assurance::FindingsByAgency(cases);
  if (!tallies.empty()) {
    std::vector<std::vector<TrustedHtml>> finding_rows;
    for (const auto& [agency, t] : tallies)
      finding_rows.push_back({TextCell(agency), TextCell(std::to_string(t.strengths)), TextCell(std::to_string(t.deficits)),
                              TextCell(std::to_string(t.actions_open)), TextCell(std::to_string(t.actions_done)),
                              TextCell(std::to_string(t.training))});
    Table(h, "Findings by agency",
          {"Agency", "Strengths", "Deficits", "Actions open", "Actions complete", "Training referrals"}, finding_rows);
  }
}

void RenderCaseForm(Context& ctx, Html& h, const FormState& form, const Options& audits, int year) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add-a-case"}}, "Add a case to a cohort");
  h.Element("p", {{"class", "govuk-body"}},
            "Give the case a pseudonymous reference only, like MACFA-2012-01: never a name, a date of birth or an "
            "agency's own case number.");
  OpenForm(h, ctx, ctx.PartnershipPath("/assurance/case-audits"), form);
  h.Void("input", {{"type", "hidden"}, {"name", "year"}, {"value", std::to_string(year)}});
  Select(h, form, "planned_audit_id", "Case file audit", audits, "Choose an audit");
  TextInput(h, form, "reference", "Reference", {.hint = "Letters, digits and hyphens", .width_class = "govuk-input--width-20"});
  DateInput(h, form, "selected_on", "Selected", "The case joins the cohort of this day's quarter. For example, 9 1 2012");
  Textarea(h, form, "focus", "Why the case was chosen (optional)", "The theme it tests, without identifying anyone", 2);
  h.Open("div", {{"class", std::string("govuk-form-group") + (form.errors.For("agencies") ? " govuk-form-group--error" : "")}});
  h.Open("fieldset", {{"class", "govuk-fieldset"}, {"id", "agencies"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}},
            "Agencies that knew the child (each completes its part)");
  if (const auto* message = form.errors.For("agencies"))
    h.Element("p", {{"class", "govuk-error-message"}}, "Error: " + *message);
  for (const auto& [id, name] : challenge_pages::AgencyOptions(ctx)) Checkbox(h, form, "agency_" + id, name);
  h.Close("fieldset").Close("div");
  Button(h, "Add case");
  h.Close("form");
}

Response RenderCaseAudits(Context& ctx, int year, const FormState& case_form, const FormState& target_form, int status) {
  assurance::CaseAuditStore store(ctx.db);
  auto target = store.Target(ctx.partnership_id());
  auto cases = CasesOfYear(ctx, year);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Each quarter a cohort of cases is audited by the agencies that knew the child; a multi-agency discussion "
            "then grades the work and records what it found. The figures count every case; the cases themselves are "
            "open to their audit group and the board team only, and every view is logged.");
  h.Open("p", {{"class", "govuk-body"}});
  h.Text(target ? "The board's target: " + std::to_string(*target) + (*target == 1 ? " case" : " cases") + " a quarter."
                : "The board has not set a target yet.");
  h.Close("p");
  h.Open("p", {{"class", "govuk-body"}});
  if (year > 1990) Link(h, ListPath(ctx, year - 1), "Previous year: " + core::FinancialYearLabel(year - 1));
  h.Text(" ");
  Link(h, ListPath(ctx, year + 1), "Next year: " + core::FinancialYearLabel(year + 1));
  h.Close("p");
  RenderFigures(h, cases.all, year, target);

  h.Element("h2", {{"class", "govuk-heading-m"}}, "Cases");
  auto audits = AuditOptions(ctx);
  if (cases.visible.empty()) {
    h.Element("p", {{"class", "govuk-body"}},
              cases.all.empty() ? "No cases audited this year." : "Only each audit's group and the board team see its cases.");
  } else {
    ctx.Audit(auth::AuditAction::kListed, "audited-cases", std::nullopt, std::to_string(cases.visible.size()) + " cases");
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& c : cases.visible) {
      Html stage;
      StatusTag(stage, assurance::StatusOf(assurance::StageOf(c)));
      rows.push_back({LinkCell(CasePath(ctx, c.id), c.reference), TextCell(c.audit_title),
                      TextCell(core::FormatDateLong(c.selected_on)), TextCell(PartsDone(c)), stage.Build()});
    }
    Table(h, "Cases in the year's cohorts", {"Reference", "Audit", "Selected", "Agencies' parts done", "Where it stands"}, rows);
    DownloadLinks(h, ctx.PartnershipPath("/assurance/case-audits"), "?year=" + std::to_string(year), "Download the cases");
  }
  if (!audits.empty()) RenderCaseForm(ctx, h, case_form, audits, year);
  if (CanManage(ctx)) {
    FormState shown = target_form;
    if (shown.values.empty() && target) shown.values["cases_per_quarter"] = std::to_string(*target);
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "target"}}, "The board's target");
    OpenForm(h, ctx, ctx.PartnershipPath("/assurance/case-audits/target"), shown);
    h.Void("input", {{"type", "hidden"}, {"name", "year"}, {"value", std::to_string(year)}});
    TextInput(h, shown, "cases_per_quarter", "Cases to audit each quarter", {.width_class = "govuk-input--width-3"});
    Button(h, "Save target", true);
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Case file audits " + core::FinancialYearLabel(year), "Quality assurance",
                                 {{"Quality assurance", assurance_pages::ProgrammePath(ctx, year)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !case_form.errors.empty() || !target_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

int YearPosted(Context& ctx) {
  if (auto posted = core::ParseFinancialYearStart(ctx.form.Get("year"))) return *posted;
  return core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
}

}  // namespace

Response ShowCaseAudits(Context& ctx) { return RenderCaseAudits(ctx, assurance_pages::YearAsked(ctx), {}, {}, 200); }

Response SaveCaseAuditTarget(Context& ctx) {
  int year = YearPosted(ctx);
  FormState form{Submitted(ctx), {}};
  form.values.erase("year");
  int target = 0;
  form.errors = assurance::ReadCaseTarget(form.values, target);
  if (!form.errors.empty()) return RenderCaseAudits(ctx, year, {}, form, 422);
  storage::Transaction tx(ctx.db);
  assurance::CaseAuditStore(ctx.db).SaveTarget(ctx.partnership_id(), target);
  ctx.Audit(auth::AuditAction::kUpdate, "case-audit-target", std::nullopt, std::to_string(target) + " a quarter");
  tx.Commit();
  return http::Redirect(ListPath(ctx, year) + "&done=case-target-saved");
}

Response AddAuditedCase(Context& ctx) {
  int year = YearPosted(ctx);
  FormState form{Submitted(ctx), {}};
  form.values.erase("year");
  assurance::CaseAuditStore store(ctx.db);
  auto reader = ReaderOf(ctx);
  std::vector<std::int64_t> audits;
  for (const auto& a : store.CaseFileAudits(ctx.partnership_id()))
    if (assurance::MaySeeCase(reader, a.group_id)) audits.push_back(a.id);
  // RULE: issue 16 - only an audit's group (and the board team) adds cases to its cohorts.
  if (audits.empty()) return ErrorPage(ctx, 403);
  AuditedCase audited;
  form.errors = assurance::ReadAuditedCase(form.values, audits, store.References(ctx.partnership_id()),
                                           challenge_pages::AgencyIds(ctx), core::DateOf(ctx.clock.Now()), audited);
  if (!form.errors.empty()) return RenderCaseAudits(ctx, year, form, {}, 422);
  storage::Transaction tx(ctx.db);
  auto id = store.AddCase(ctx.partnership_id(), audited);
  ctx.Audit(auth::AuditAction::kCreate, kAuditRecord, id);
  tx.Commit();
  return http::Redirect(CasePath(ctx, id) + "?done=case-added");
}

Response ExportCaseAudits(Context& ctx) {
  int year = assurance_pages::YearAsked(ctx);
  auto cases = CasesOfYear(ctx, year);
  TableRows rows;
  for (const auto& c : cases.visible) {
    std::vector<std::string> row = {c.reference, c.audit_title, core::FormatDate(c.selected_on),
                                    "Q" + std::to_string(assurance::QuarterOf(c.selected_on).quarter), PartsDone(c),
                                    c.discussed_on ? core::FormatDate(*c.discussed_on) : ""};
    for (const auto& d : assurance::AuditDomains()) {
      auto it = c.grades.find(d.value);
      row.push_back(it == c.grades.end() ? "" : std::string(core::LabelOf(assurance::CaseGrades(), it->second)));
    }
    int strengths = 0, deficits = 0;
    for (const auto& f : c.findings) ++(f.kind == assurance::FindingKind::kStrength ? strengths : deficits);
    row.push_back(std::to_string(strengths));
    row.push_back(std::to_string(deficits));
    row.push_back(std::string(core::LabelOf(assurance::CaseStages(), assurance::StageOf(c))));
    rows.push_back(std::move(row));
  }
  ctx.Audit(auth::AuditAction::kExported, "audited-cases", std::nullopt, std::to_string(rows.size()) + " cases");
  std::vector<std::string> headings = {"Reference", "Audit", "Selected", "Quarter", "Agencies' parts done", "Discussed"};
  for (const auto& d : assurance::AuditDomains()) headings.emplace_back(d.label);
  for (const char* more : {"Strengths", "Deficits", "Where it stands"}) headings.emplace_back(more);
  return DownloadAsAsked(ctx.request, {"case-file-audits-" + core::FinancialYearLabel(year), "Case file audits", headings, rows});
}

}  // namespace safeboard::ui::pages
