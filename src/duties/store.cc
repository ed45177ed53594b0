// Governance calendar storage.
#include "duties/store.h"

#include "casereviews/store.h"

namespace safeboard::duties {
namespace {

std::optional<Date> DateAt(const storage::Row& r, std::size_t i) {
  auto text = r.OptText(i);
  return text ? core::ParseDate(*text) : std::nullopt;
}

storage::Value DateValue(const std::optional<Date>& d) {
  if (!d) return nullptr;
  return core::FormatDate(*d);
}

}  // namespace

DutyInputs DutyStore::Inputs(std::int64_t partnership_id) {
  DutyInputs in;
  if (auto r = db_.QueryOne(
          "SELECT constitution_reviewed_on, chair_appointment_reviewed_on, lead_member_met_chair_on "
          "FROM partnerships WHERE id = ?",
          {partnership_id})) {
    in.constitution_reviewed_on = DateAt(*r, 0);
    in.chair_appointment_reviewed_on = DateAt(*r, 1);
    in.lead_member_met_chair_on = DateAt(*r, 2);
  }
  for (const auto& r : db_.Query(
           "SELECT name, terms_reviewed_on FROM partnership_groups WHERE partnership_id = ? AND "
           "ended_on IS NULL ORDER BY name",
           {partnership_id}))
    in.groups.push_back({r.Text(0), DateAt(r, 1)});
  for (const auto& r : db_.Query(
           "SELECT id, summary, raised_on, convened_on, met_on, mediator_agreed_on FROM disputes "
           "WHERE partnership_id = ? ORDER BY raised_on, id",
           {partnership_id}))
    in.disputes.push_back({r.Int(0), r.Text(1), DateAt(r, 2).value_or(Date{}), DateAt(r, 3),
                           DateAt(r, 4), DateAt(r, 5)});
  for (const auto& audit : casereviews::CaseReviewStore(db_).AuditsDue(partnership_id))
    in.case_review_audits.push_back({audit.reference, audit.due});
  return in;
}

void DutyStore::SetGovernanceDates(std::int64_t partnership_id, const std::optional<Date>& constitution,
                                   const std::optional<Date>& chair_appointment,
                                   const std::optional<Date>& lead_member_met_chair) {
  db_.Exec(
      "UPDATE partnerships SET constitution_reviewed_on = ?, chair_appointment_reviewed_on = ?, "
      "lead_member_met_chair_on = ? WHERE id = ?",
      {DateValue(constitution), DateValue(chair_appointment), DateValue(lead_member_met_chair),
       partnership_id});
}

std::int64_t DutyStore::AddDispute(std::int64_t partnership_id, const Dispute& d) {
  return db_.Insert(
      "INSERT INTO disputes (partnership_id, summary, raised_on, convened_on, met_on, "
      "mediator_agreed_on) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, d.summary, core::FormatDate(d.raised_on), DateValue(d.convened_on),
       DateValue(d.met_on), DateValue(d.mediator_agreed_on)});
}

void DutyStore::UpdateDispute(std::int64_t partnership_id, const Dispute& d) {
  db_.Exec(
      "UPDATE disputes SET convened_on = ?, met_on = ?, mediator_agreed_on = ? "
      "WHERE partnership_id = ? AND id = ?",
      {DateValue(d.convened_on), DateValue(d.met_on), DateValue(d.mediator_agreed_on),
       partnership_id, d.id});
}

}  // namespace safeboard::duties
