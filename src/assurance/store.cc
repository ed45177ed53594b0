#include "assurance/store.h"

#include "assurance/assurance.h"
#include "core/financial_year.h"

namespace safeboard::assurance {
namespace {

constexpr const char* kAuditColumns =
    "a.id, a.programme_id, a.title, a.kind, a.themes, a.lead_group_id, COALESCE(g.name, ''), a.starts_on, "
    "a.report_due_on, a.reported_on, a.reported_at_meeting_id, a.findings, a.follows_audit_id";

PlannedAudit AuditFromRow(const storage::Row& r) {
  PlannedAudit a;
  a.id = r.Int(0);
  a.programme_id = r.Int(1);
  a.title = r.Text(2);
  a.kind = core::ParseCode(AuditKinds(), r.Text(3)).value_or(AuditKind::kThematic);
  a.themes = r.Text(4);
  a.lead_group_id = r.OptInt(5);
  a.lead_group_name = r.Text(6);
  a.starts_on = *core::ParseDate(r.Text(7));
  a.report_due_on = *core::ParseDate(r.Text(8));
  if (auto on = r.OptText(9)) a.reported_on = core::ParseDate(*on);
  a.reported_at_meeting_id = r.OptInt(10);
  a.findings = r.Text(11);
  a.follows_audit_id = r.OptInt(12);
  return a;
}

}  // namespace

std::optional<AuditProgramme> AssuranceStore::FindProgramme(std::int64_t partnership_id, int year_start) {
  auto r = db_.QueryOne("SELECT id, year_start, priorities, agreed_at_meeting_id FROM audit_programmes "
                        "WHERE partnership_id = ? AND year_start = ?",
                        {partnership_id, std::int64_t{year_start}});
  if (!r) return std::nullopt;
  return AuditProgramme{r->Int(0), static_cast<int>(r->Int(1)), r->Text(2), r->OptInt(3)};
}

AuditProgramme AssuranceStore::ProgrammeOf(std::int64_t partnership_id, int year_start) {
  if (auto found = FindProgramme(partnership_id, year_start)) return *found;
  auto id = db_.Insert("INSERT INTO audit_programmes (partnership_id, year_start) VALUES (?, ?) RETURNING id",
                       {partnership_id, std::int64_t{year_start}});
  return AuditProgramme{id, year_start, "", std::nullopt};
}

void AssuranceStore::SaveProgramme(std::int64_t partnership_id, const AuditProgramme& p) {
  db_.Exec("UPDATE audit_programmes SET priorities = ?, agreed_at_meeting_id = ? WHERE partnership_id = ? AND id = ?",
           {p.priorities, storage::Nullable(p.agreed_at_meeting_id), partnership_id, p.id});
}

std::optional<int> AssuranceStore::YearOfProgramme(std::int64_t partnership_id, std::int64_t programme_id) {
  auto r = db_.QueryOne("SELECT year_start FROM audit_programmes WHERE partnership_id = ? AND id = ?",
                        {partnership_id, programme_id});
  if (!r) return std::nullopt;
  return static_cast<int>(r->Int(0));
}

std::vector<int> AssuranceStore::ProgrammeYears(std::int64_t partnership_id) {
  std::vector<int> years;
  for (const auto& r : db_.Query("SELECT year_start FROM audit_programmes WHERE partnership_id = ? ORDER BY year_start DESC",
                                 {partnership_id}))
    years.push_back(static_cast<int>(r.Int(0)));
  return years;
}

std::vector<PlannedAudit> AssuranceStore::AuditsWhere(const std::string& condition, const storage::Params& params) {
  std::vector<PlannedAudit> out;
  for (const auto& r : db_.Query(std::string("SELECT ") + kAuditColumns +
                                     " FROM planned_audits a LEFT JOIN partnership_groups g ON g.id = a.lead_group_id WHERE " +
                                     condition + " ORDER BY a.starts_on, a.id",
                                 params))
    out.push_back(AuditFromRow(r));
  return out;
}

std::vector<PlannedAudit> AssuranceStore::AuditsOf(std::int64_t partnership_id, std::int64_t programme_id) {
  return AuditsWhere("a.partnership_id = ? AND a.programme_id = ?", {partnership_id, programme_id});
}

std::vector<PlannedAudit> AssuranceStore::AllAudits(std::int64_t partnership_id) {
  return AuditsWhere("a.partnership_id = ?", {partnership_id});
}

std::vector<PlannedAudit> AssuranceStore::FollowUpsOf(std::int64_t partnership_id, std::int64_t audit_id) {
  return AuditsWhere("a.partnership_id = ? AND a.follows_audit_id = ?", {partnership_id, audit_id});
}

std::optional<PlannedAudit> AssuranceStore::FindAudit(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string("SELECT ") + kAuditColumns +
                            " FROM planned_audits a LEFT JOIN partnership_groups g ON g.id = a.lead_group_id "
                            "WHERE a.partnership_id = ? AND a.id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  return AuditFromRow(*r);
}

std::int64_t AssuranceStore::AddAudit(std::int64_t partnership_id, const PlannedAudit& a) {
  return db_.Insert(
      "INSERT INTO planned_audits (partnership_id, programme_id, title, kind, themes, lead_group_id, starts_on, "
      "report_due_on, reported_on, reported_at_meeting_id, findings, follows_audit_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, a.programme_id, a.title, std::string(core::CodeOf(AuditKinds(), a.kind)), a.themes,
       storage::Nullable(a.lead_group_id), core::FormatDate(a.starts_on), core::FormatDate(a.report_due_on),
       storage::NullableDate(a.reported_on), storage::Nullable(a.reported_at_meeting_id), a.findings,
       storage::Nullable(a.follows_audit_id)});
}

void AssuranceStore::UpdateAudit(std::int64_t partnership_id, const PlannedAudit& a) {
  db_.Exec(
      "UPDATE planned_audits SET title = ?, kind = ?, themes = ?, lead_group_id = ?, starts_on = ?, report_due_on = ?, "
      "reported_on = ?, reported_at_meeting_id = ?, findings = ?, follows_audit_id = ? WHERE partnership_id = ? AND id = ?",
      {a.title, std::string(core::CodeOf(AuditKinds(), a.kind)), a.themes, storage::Nullable(a.lead_group_id),
       core::FormatDate(a.starts_on), core::FormatDate(a.report_due_on), storage::NullableDate(a.reported_on),
       storage::Nullable(a.reported_at_meeting_id), a.findings, storage::Nullable(a.follows_audit_id), partnership_id, a.id});
}

std::vector<search::SearchDocument> AssuranceStore::SearchDocuments(std::int64_t partnership_id) {
  std::vector<search::SearchDocument> out;
  for (const auto& r : db_.Query("SELECT a.id, a.title, a.themes, a.findings, p.year_start FROM planned_audits a "
                                 "JOIN audit_programmes p ON p.id = a.programme_id WHERE a.partnership_id = ?",
                                 {partnership_id}))
    out.push_back({"audit", r.Int(0), r.Text(1), r.Text(2) + "\n" + r.Text(3),
                   "Audit programme " + core::FinancialYearLabel(static_cast<int>(r.Int(4))),
                   "/assurance/audits/" + std::to_string(r.Int(0))});
  return out;
}

}  // namespace safeboard::assurance
