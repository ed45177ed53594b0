#include "assurance/case_audits_store.h"
#include "core/text.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace safeboard::assurance {
namespace {

constexpr const char* kCaseFileKind = "case_file";

}  // namespace

std::optional<int> CaseAuditStore::Target(std::int64_t partnership_id) {
  auto r = db_.QueryOne("SELECT cases_per_quarter FROM case_audit_targets WHERE partnership_id = ?", {partnership_id});
  if (!r) return std::nullopt;
  return static_cast<int>(r->Int(0));
}

void CaseAuditStore::SaveTarget(std::int64_t partnership_id, int cases_per_quarter) {
  db_.Exec("INSERT INTO case_audit_targets (partnership_id, cases_per_quarter) VALUES (?, ?) "
           "ON CONFLICT (partnership_id) DO UPDATE SET cases_per_quarter = excluded.cases_per_quarter",
           {partnership_id, std::int64_t{cases_per_quarter}});
}

std::vector<CaseAuditStore::CaseFileAudit> CaseAuditStore::CaseFileAudits(std::int64_t partnership_id) {
  std::vector<CaseFileAudit> out;
  for (const auto& r : db_.Query("SELECT id, title, lead_group_id FROM planned_audits "
                                 "WHERE partnership_id = ? AND kind = ? ORDER BY starts_on DESC, id DESC",
                                 {partnership_id, std::string(kCaseFileKind)}))
    out.push_back({r.Int(0), r.Text(1), r.OptInt(2)});
  return out;
}

std::vector<std::string> CaseAuditStore::References(std::int64_t partnership_id) {
  std::vector<std::string> out;
  for (const auto& r : db_.Query("SELECT reference FROM audited_cases WHERE partnership_id = ?", {partnership_id}))
    out.push_back(r.Text(0));
  return out;
}

std::vector<AuditedCase> CaseAuditStore::CasesWhere(const std::string& condition, const storage::Params& params) {
  std::vector<AuditedCase> cases;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : db_.Query("SELECT c.id, c.planned_audit_id, c.reference, c.selected_on, c.focus, c.discussed_on, "
                                 "a.title, a.lead_group_id FROM audited_cases c "
                                 "JOIN planned_audits a ON a.id = c.planned_audit_id WHERE " +
                                     condition + " ORDER BY c.selected_on, c.id",
                                 params)) {
    AuditedCase c;
    c.id = r.Int(0);
    c.planned_audit_id = r.Int(1);
    c.reference = r.Text(2);
    c.selected_on = *r.OptDate(3);
    c.focus = r.Text(4);
    c.discussed_on = r.OptDate(5);
    c.audit_title = r.Text(6);
    c.audit_group_id = r.OptInt(7);
    index[c.id] = cases.size();
    cases.push_back(std::move(c));
  }
  if (cases.empty()) return cases;
  // The cases' parts, grades and findings in three queries, whatever the number of cases.
  std::string chosen = " IN (SELECT c.id FROM audited_cases c JOIN planned_audits a ON a.id = c.planned_audit_id WHERE " +
                       condition + ")";
  for (const auto& r : db_.Query("SELECT p.case_id, p.id, p.agency_id, p.summary, p.completed_on, ag.name "
                                 "FROM audited_case_parts p JOIN agencies ag ON ag.id = p.agency_id WHERE p.case_id" +
                                     chosen + " ORDER BY ag.name, p.id",
                                 params)) {
    CasePart part{r.Int(1), r.Int(2), r.Text(3), r.OptDate(4), r.Text(5)};
    cases[index.at(r.Int(0))].parts.push_back(std::move(part));
  }
  for (const auto& r : db_.Query("SELECT case_id, domain, grade FROM audited_case_grades WHERE case_id" + chosen, params)) {
    auto domain = core::ParseCode(AuditDomains(), r.Text(1));
    auto grade = core::ParseCode(CaseGrades(), r.Text(2));
    if (domain && grade) cases[index.at(r.Int(0))].grades[*domain] = *grade;
  }
  for (const auto& r : db_.Query("SELECT f.case_id, f.id, f.agency_id, f.kind, f.text, f.follow_up, f.follow_up_text, "
                                 "f.due_on, f.completed_on, COALESCE(ag.name, '') FROM audited_case_findings f "
                                 "LEFT JOIN agencies ag ON ag.id = f.agency_id WHERE f.case_id" +
                                     chosen + " ORDER BY f.id",
                                 params)) {
    CaseFinding f;
    f.id = r.Int(1);
    f.agency_id = r.OptInt(2);
    f.kind = core::ParseCode(FindingKinds(), r.Text(3)).value_or(FindingKind::kDeficit);
    f.text = r.Text(4);
    f.follow_up = core::ParseCode(FindingFollowUps(), r.Text(5)).value_or(FindingFollowUp::kNoted);
    f.follow_up_text = r.Text(6);
    f.due_on = r.OptDate(7);
    f.completed_on = r.OptDate(8);
    f.agency_name = r.Text(9);
    cases[index.at(r.Int(0))].findings.push_back(std::move(f));
  }
  return cases;
}

std::vector<AuditedCase> CaseAuditStore::CasesBetween(std::int64_t partnership_id, const Date& from, const Date& to) {
  return CasesWhere("c.partnership_id = ? AND c.selected_on >= ? AND c.selected_on <= ?",
                    {partnership_id, core::FormatDate(from), core::FormatDate(to)});
}

std::optional<AuditedCase> CaseAuditStore::FindCase(std::int64_t partnership_id, std::int64_t id) {
  auto found = CasesWhere("c.partnership_id = ? AND c.id = ?", {partnership_id, id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<std::int64_t> CaseAuditStore::CaseOfFinding(std::int64_t partnership_id, std::int64_t finding_id) {
  auto r = db_.QueryOne("SELECT f.case_id FROM audited_case_findings f JOIN audited_cases c ON c.id = f.case_id "
                        "WHERE c.partnership_id = ? AND f.id = ?",
                        {partnership_id, finding_id});
  if (!r) return std::nullopt;
  return r->Int(0);
}

std::int64_t CaseAuditStore::AddCase(std::int64_t partnership_id, const AuditedCase& c) {
  auto id = db_.Insert("INSERT INTO audited_cases (partnership_id, planned_audit_id, reference, reference_key, selected_on, "
                       "focus) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                       {partnership_id, c.planned_audit_id, c.reference, core::AsciiLower(c.reference),
                        core::FormatDate(c.selected_on), c.focus});
  for (const auto& p : c.parts)
    db_.Exec("INSERT INTO audited_case_parts (case_id, agency_id, summary, completed_on) VALUES (?, ?, ?, ?)",
             {id, p.agency_id, p.summary, storage::NullableDate(p.completed_on)});
  return id;
}

void CaseAuditStore::SavePart(std::int64_t case_id, const CasePart& part) {
  db_.Exec("UPDATE audited_case_parts SET summary = ?, completed_on = ? WHERE case_id = ? AND agency_id = ?",
           {part.summary, storage::NullableDate(part.completed_on), case_id, part.agency_id});
}

void CaseAuditStore::SaveDiscussion(std::int64_t partnership_id, const AuditedCase& c) {
  db_.Exec("UPDATE audited_cases SET discussed_on = ? WHERE partnership_id = ? AND id = ?",
           {storage::NullableDate(c.discussed_on), partnership_id, c.id});
  db_.Exec("DELETE FROM audited_case_grades WHERE case_id = ?", {c.id});
  for (const auto& [domain, grade] : c.grades)
    db_.Exec("INSERT INTO audited_case_grades (case_id, domain, grade) VALUES (?, ?, ?)",
             {c.id, std::string(core::CodeOf(AuditDomains(), domain)), std::string(core::CodeOf(CaseGrades(), grade))});
}

std::int64_t CaseAuditStore::AddFinding(std::int64_t case_id, const CaseFinding& f) {
  return db_.Insert("INSERT INTO audited_case_findings (case_id, agency_id, kind, text, follow_up, follow_up_text, due_on) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {case_id, storage::Nullable(f.agency_id), std::string(core::CodeOf(FindingKinds(), f.kind)), f.text,
                     std::string(core::CodeOf(FindingFollowUps(), f.follow_up)), f.follow_up_text,
                     storage::NullableDate(f.due_on)});
}

void CaseAuditStore::CompleteFinding(std::int64_t case_id, std::int64_t finding_id, const Date& on) {
  db_.Exec("UPDATE audited_case_findings SET completed_on = ? WHERE case_id = ? AND id = ?",
           {core::FormatDate(on), case_id, finding_id});
}

}  // namespace safeboard::assurance
