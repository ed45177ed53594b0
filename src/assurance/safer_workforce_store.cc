#include "assurance/safer_workforce_store.h"

#include <map>

namespace safeboard::assurance {

std::vector<WorkforceAssessment> WorkforceStore::AssessmentsWhere(const std::string& condition,
                                                                  const storage::Params& params) {
  std::vector<WorkforceAssessment> out;
  for (const auto& r : db_.Query("SELECT w.id, w.planned_audit_id, w.title, w.opens_on, w.returns_due_on, w.reported_on, "
                                 "w.reported_at_meeting_id, w.findings, a.lead_group_id FROM workforce_assessments w "
                                 "LEFT JOIN planned_audits a ON a.id = w.planned_audit_id WHERE " +
                                     condition + " ORDER BY w.opens_on DESC, w.id DESC",
                                 params)) {
    WorkforceAssessment w;
    w.id = r.Int(0);
    w.planned_audit_id = r.OptInt(1);
    w.title = r.Text(2);
    w.opens_on = *r.OptDate(3);
    w.returns_due_on = *r.OptDate(4);
    w.reported_on = r.OptDate(5);
    w.reported_at_meeting_id = r.OptInt(6);
    w.findings = r.Text(7);
    w.lead_group_id = r.OptInt(8);
    out.push_back(std::move(w));
  }
  return out;
}

std::vector<WorkforceAssessment> WorkforceStore::Assessments(std::int64_t partnership_id) {
  return AssessmentsWhere("w.partnership_id = ?", {partnership_id});
}

std::optional<WorkforceAssessment> WorkforceStore::FindAssessment(std::int64_t partnership_id, std::int64_t id) {
  auto found = AssessmentsWhere("w.partnership_id = ? AND w.id = ?", {partnership_id, id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::int64_t WorkforceStore::AddAssessment(std::int64_t partnership_id, const WorkforceAssessment& w) {
  return db_.Insert("INSERT INTO workforce_assessments (partnership_id, planned_audit_id, title, opens_on, returns_due_on, "
                    "reported_on, reported_at_meeting_id, findings) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                    {partnership_id, storage::Nullable(w.planned_audit_id), w.title, core::FormatDate(w.opens_on),
                     core::FormatDate(w.returns_due_on), storage::NullableDate(w.reported_on),
                     storage::Nullable(w.reported_at_meeting_id), w.findings});
}

void WorkforceStore::UpdateAssessment(std::int64_t partnership_id, const WorkforceAssessment& w) {
  db_.Exec("UPDATE workforce_assessments SET planned_audit_id = ?, title = ?, opens_on = ?, returns_due_on = ?, "
           "reported_on = ?, reported_at_meeting_id = ?, findings = ? WHERE partnership_id = ? AND id = ?",
           {storage::Nullable(w.planned_audit_id), w.title, core::FormatDate(w.opens_on), core::FormatDate(w.returns_due_on),
            storage::NullableDate(w.reported_on), storage::Nullable(w.reported_at_meeting_id), w.findings, partnership_id,
            w.id});
}

std::vector<std::pair<std::int64_t, std::string>> WorkforceStore::SaferWorkforceAudits(std::int64_t partnership_id) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& r : db_.Query("SELECT id, title FROM planned_audits WHERE partnership_id = ? AND kind = 'safer_workforce' "
                                 "ORDER BY starts_on DESC, id DESC",
                                 {partnership_id}))
    out.emplace_back(r.Int(0), r.Text(1));
  return out;
}

std::vector<WorkforceReturn> WorkforceStore::ReturnsWhere(const std::string& condition, const storage::Params& params) {
  std::vector<WorkforceReturn> out;
  std::map<std::int64_t, std::size_t> index;
  const std::string from = " FROM workforce_returns r JOIN workforce_assessments w ON w.id = r.assessment_id WHERE " + condition;
  for (const auto& row : db_.Query("SELECT r.id, r.assessment_id, r.agency_id, r.organisation, r.organisation_type, "
                                   "r.returned_on, r.notes, COALESCE(ag.name, '') FROM workforce_returns r "
                                   "JOIN workforce_assessments w ON w.id = r.assessment_id "
                                   "LEFT JOIN agencies ag ON ag.id = r.agency_id WHERE " +
                                       condition + " ORDER BY COALESCE(ag.name, r.organisation), r.id",
                                   params)) {
    WorkforceReturn r;
    r.id = row.Int(0);
    r.assessment_id = row.Int(1);
    r.agency_id = row.OptInt(2);
    r.organisation = row.Text(3);
    r.type = core::ParseCode(OrganisationTypes(), row.Text(4)).value_or(OrganisationType::kOther);
    r.returned_on = *row.OptDate(5);
    r.notes = row.Text(6);
    r.agency_name = row.Text(7);
    index[r.id] = out.size();
    out.push_back(std::move(r));
  }
  if (out.empty()) return out;
  // Ratings and support for every return chosen, in two queries.
  const std::string chosen = " IN (SELECT r.id" + from + ")";
  for (const auto& row : db_.Query("SELECT return_id, domain, compliance FROM workforce_ratings WHERE return_id" + chosen, params)) {
    auto domain = core::ParseCode(WorkforceDomains(), row.Text(1));
    auto compliance = core::ParseCode(Compliances(), row.Text(2));
    if (domain && compliance) out[index.at(row.Int(0))].ratings[*domain] = *compliance;
  }
  for (const auto& row : db_.Query("SELECT id, return_id, domain, support, by_whom, due_on, completed_on "
                                   "FROM workforce_support_actions WHERE return_id" + chosen + " ORDER BY due_on, id",
                                   params)) {
    SupportAction a;
    a.id = row.Int(0);
    a.return_id = row.Int(1);
    a.domain = core::ParseCode(WorkforceDomains(), row.Text(2)).value_or(WorkforceDomain::kRecruitment);
    a.support = row.Text(3);
    a.by_whom = row.Text(4);
    a.due_on = *row.OptDate(5);
    a.completed_on = row.OptDate(6);
    out[index.at(a.return_id)].actions.push_back(std::move(a));
  }
  return out;
}

std::vector<WorkforceReturn> WorkforceStore::ReturnsOf(std::int64_t partnership_id, std::int64_t assessment_id) {
  return ReturnsWhere("w.partnership_id = ? AND r.assessment_id = ?", {partnership_id, assessment_id});
}

std::optional<WorkforceReturn> WorkforceStore::FindReturn(std::int64_t partnership_id, std::int64_t id) {
  auto found = ReturnsWhere("w.partnership_id = ? AND r.id = ?", {partnership_id, id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<std::int64_t> WorkforceStore::ReturnOfAction(std::int64_t partnership_id, std::int64_t action_id) {
  auto row = db_.QueryOne("SELECT a.return_id FROM workforce_support_actions a JOIN workforce_returns r ON r.id = a.return_id "
                          "JOIN workforce_assessments w ON w.id = r.assessment_id WHERE w.partnership_id = ? AND a.id = ?",
                          {partnership_id, action_id});
  if (!row) return std::nullopt;
  return row->Int(0);
}

std::int64_t WorkforceStore::AddReturn(const WorkforceReturn& r) {
  auto id = db_.Insert("INSERT INTO workforce_returns (assessment_id, agency_id, organisation, organisation_key, "
                       "organisation_type, returned_on, notes) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                       {r.assessment_id, storage::Nullable(r.agency_id), r.agency_id ? std::string() : r.organisation,
                        ReturnKey(r), std::string(core::CodeOf(OrganisationTypes(), r.type)),
                        core::FormatDate(r.returned_on), r.notes});
  for (const auto& [domain, compliance] : r.ratings)
    db_.Exec("INSERT INTO workforce_ratings (return_id, domain, compliance) VALUES (?, ?, ?)",
             {id, std::string(core::CodeOf(WorkforceDomains(), domain)),
              std::string(core::CodeOf(Compliances(), compliance))});
  return id;
}

std::int64_t WorkforceStore::AddAction(const SupportAction& a) {
  return db_.Insert("INSERT INTO workforce_support_actions (return_id, domain, support, by_whom, due_on) "
                    "VALUES (?, ?, ?, ?, ?) RETURNING id",
                    {a.return_id, std::string(core::CodeOf(WorkforceDomains(), a.domain)), a.support, a.by_whom,
                     core::FormatDate(a.due_on)});
}

void WorkforceStore::CompleteAction(std::int64_t return_id, std::int64_t action_id, const Date& on) {
  db_.Exec("UPDATE workforce_support_actions SET completed_on = ? WHERE return_id = ? AND id = ?",
           {core::FormatDate(on), return_id, action_id});
}

}  // namespace safeboard::assurance
