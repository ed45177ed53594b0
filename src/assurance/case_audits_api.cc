// The case file audits API (issue 16): a year's cohorts, grades and findings added up for every
// reader, and the cases themselves only to their audit group and the board team, each listing
// logged; adding a case through the page's reader.
#include <algorithm>

#include "api/json_io.h"
#include "assurance/api.h"
#include "assurance/case_audits_store.h"
#include "assurance/pages/case_audit_shared.h"
#include "assurance/pages/challenge_shared.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/financial_year.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;
using http::Context;
using http::Response;

json::object CaseJson(const assurance::AuditedCase& c) {
  json::array parts, findings;
  for (const auto& p : c.parts)
    parts.push_back(json::object{{"agency_id", p.agency_id}, {"agency", p.agency_name}, {"summary", p.summary},
                                 {"completed_on", DateJson(p.completed_on)}});
  json::object grades;
  for (const auto& [domain, grade] : c.grades)
    grades[core::CodeOf(assurance::AuditDomains(), domain)] = CodeJson(assurance::CaseGrades(), grade);
  for (const auto& f : c.findings)
    findings.push_back(json::object{{"id", f.id},
                                    {"agency_id", f.agency_id ? json::value(*f.agency_id) : json::value(nullptr)},
                                    {"kind", CodeJson(assurance::FindingKinds(), f.kind)},
                                    {"text", f.text},
                                    {"follow_up", CodeJson(assurance::FindingFollowUps(), f.follow_up)},
                                    {"follow_up_text", f.follow_up_text},
                                    {"due_on", DateJson(f.due_on)},
                                    {"completed_on", DateJson(f.completed_on)}});
  return {{"id", c.id},
          {"planned_audit_id", c.planned_audit_id},
          {"reference", c.reference},
          {"selected_on", core::FormatDate(c.selected_on)},
          {"quarter", assurance::QuarterOf(c.selected_on).quarter},
          {"focus", c.focus},
          {"discussed_on", DateJson(c.discussed_on)},
          {"stage", CodeJson(assurance::CaseStages(), assurance::StageOf(c))},
          {"parts", parts},
          {"grades", grades},
          {"findings", findings}};
}

}  // namespace

Response GetCaseAudits(Context& ctx) {
  core::FieldErrors errors;
  auto year = ui::pages::assurance_pages::YearAskedOfApi(ctx, errors);
  if (!year) return FieldErrorsResponse(errors);
  assurance::CaseAuditStore store(ctx.db);
  auto target = store.Target(ctx.partnership_id());
  auto [from, to] = core::FinancialYearDates(*year);
  auto cases = store.CasesBetween(ctx.partnership_id(), from, to);
  json::array cohorts, tallies, visible;
  for (const auto& c : assurance::CohortsOf(cases, *year, target))
    cohorts.push_back(json::object{{"quarter", c.quarter}, {"cases", c.cases}, {"discussed", c.discussed},
                                   {"target", c.target ? json::value(*c.target) : json::value(nullptr)},
                                   {"target_met", c.Met()}});
  json::object grades;
  for (const auto& [domain, counts] : assurance::GradeCounts(cases)) {
    json::object by_grade;
    for (const auto& g : assurance::CaseGrades()) {
      auto it = counts.find(g.value);
      by_grade[g.code] = it == counts.end() ? 0 : it->second;
    }
    grades[core::CodeOf(assurance::AuditDomains(), domain)] = by_grade;
  }
  for (const auto& [agency, t] : assurance::FindingsByAgency(cases))
    tallies.push_back(json::object{{"agency", agency}, {"strengths", t.strengths}, {"deficits", t.deficits},
                                   {"actions_open", t.actions_open}, {"actions_done", t.actions_done},
                                   {"training_referrals", t.training}});
  auto reader = ui::pages::case_audit_pages::ReaderOf(ctx);
  for (const auto& c : cases)
    if (assurance::MaySeeCase(reader, c.audit_group_id)) visible.push_back(CaseJson(c));
  // RULE: issue 16 - case file audit records are audited like case records.
  if (!visible.empty())
    ctx.Audit(auth::AuditAction::kListed, "audited-cases", std::nullopt,
              std::to_string(visible.size()) + " cases, api");
  return Json(200, json::object{{"year", core::FinancialYearLabel(*year)},
                                {"cases_per_quarter", target ? json::value(*target) : json::value(nullptr)},
                                {"cohorts", cohorts},
                                {"grades", grades},
                                {"findings_by_agency", tallies},
                                {"cases", visible}});
}

Response AddAuditedCase(Context& ctx) {
  static constexpr std::string_view kFields[] = {"planned_audit_id", "reference", "selected_on", "focus", "agencies"};
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  if (auto unknown = UnknownFields(*values, kFields); !unknown.empty()) return FieldErrorsResponse(unknown);
  // The API names the agencies as a list of ids ([3, 5]); the reader takes the form's checkboxes.
  for (const auto& id : core::SplitList(core::ValueOf(*values, "agencies"), ",; \n"))
    (*values)["agency_" + id] = "yes";
  values->erase("agencies");
  assurance::CaseAuditStore store(ctx.db);
  auto reader = ui::pages::case_audit_pages::ReaderOf(ctx);
  std::vector<std::int64_t> audits;
  for (const auto& a : store.CaseFileAudits(ctx.partnership_id()))
    if (assurance::MaySeeCase(reader, a.group_id)) audits.push_back(a.id);
  if (audits.empty()) return Error(403, "Only a case file audit's group and the board team add cases to it");
  assurance::AuditedCase audited;
  auto errors = assurance::ReadAuditedCase(*values, audits, store.References(ctx.partnership_id()),
                                           ui::pages::challenge_pages::AgencyIds(ctx), core::DateOf(ctx.clock.Now()),
                                           audited);
  if (!errors.empty()) return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  audited.id = store.AddCase(ctx.partnership_id(), audited);
  ctx.Audit(auth::AuditAction::kCreate, ui::pages::case_audit_pages::kAuditRecord, audited.id, "api");
  tx.Commit();
  return Json(201, CaseJson(*store.FindCase(ctx.partnership_id(), audited.id)));
}

}  // namespace safeboard::api
