#include "assurance/imr_plans_store.h"
#include "core/text.h"

#include <cctype>
#include <map>

namespace safeboard::assurance {
std::vector<ImrActionPlan> ImrPlanStore::PlansWhere(const std::string& condition, const storage::Params& params) {
  std::vector<ImrActionPlan> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : db_.Query("SELECT p.id, p.case_label, p.referral_id, p.agency_id, p.received_on, p.signed_off_on, "
                                 "p.signed_off_meeting_id, p.sign_off_note, a.name, COALESCE(c.reference, '') "
                                 "FROM imr_action_plans p JOIN agencies a ON a.id = p.agency_id "
                                 "LEFT JOIN case_referrals c ON c.id = p.referral_id WHERE " +
                                     condition + " ORDER BY p.case_key, a.name, p.id",
                                 params)) {
    ImrActionPlan p;
    p.id = r.Int(0);
    p.case_label = r.Text(1);
    p.referral_id = r.OptInt(2);
    p.agency_id = r.Int(3);
    p.received_on = *r.OptDate(4);
    p.signed_off_on = r.OptDate(5);
    p.signed_off_meeting_id = r.OptInt(6);
    p.sign_off_note = r.Text(7);
    p.agency_name = r.Text(8);
    p.referral_reference = r.Text(9);
    index[p.id] = out.size();
    out.push_back(std::move(p));
  }
  if (out.empty()) return out;
  for (const auto& r : db_.Query("SELECT x.plan_id, x.id, x.action, x.due_on, x.completed_on FROM imr_plan_actions x "
                                 "WHERE x.plan_id IN (SELECT p.id FROM imr_action_plans p WHERE " +
                                     condition + ") ORDER BY x.due_on, x.id",
                                 params))
    out[index.at(r.Int(0))].actions.push_back({r.Int(1), r.Text(2), *r.OptDate(3), r.OptDate(4)});
  return out;
}

std::vector<ImrActionPlan> ImrPlanStore::Plans(std::int64_t partnership_id) {
  return PlansWhere("p.partnership_id = ?", {partnership_id});
}

std::optional<ImrActionPlan> ImrPlanStore::FindPlan(std::int64_t partnership_id, std::int64_t id) {
  auto found = PlansWhere("p.partnership_id = ? AND p.id = ?", {partnership_id, id});
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<std::int64_t> ImrPlanStore::PlanOfAction(std::int64_t partnership_id, std::int64_t action_id) {
  auto r = db_.QueryOne("SELECT x.plan_id FROM imr_plan_actions x JOIN imr_action_plans p ON p.id = x.plan_id "
                        "WHERE p.partnership_id = ? AND x.id = ?",
                        {partnership_id, action_id});
  if (!r) return std::nullopt;
  return r->Int(0);
}

std::vector<std::pair<std::int64_t, std::string>> ImrPlanStore::Referrals(std::int64_t partnership_id) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  for (const auto& r : db_.Query("SELECT id, reference FROM case_referrals WHERE partnership_id = ? ORDER BY reference",
                                 {partnership_id}))
    out.emplace_back(r.Int(0), r.Text(1));
  return out;
}

std::int64_t ImrPlanStore::AddPlan(std::int64_t partnership_id, const ImrActionPlan& p) {
  return db_.Insert("INSERT INTO imr_action_plans (partnership_id, case_label, case_key, referral_id, agency_id, received_on) "
                    "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    {partnership_id, p.case_label, core::AsciiLower(p.case_label), storage::Nullable(p.referral_id), p.agency_id,
                     core::FormatDate(p.received_on)});
}

std::int64_t ImrPlanStore::AddAction(std::int64_t plan_id, const ImrAction& a) {
  return db_.Insert("INSERT INTO imr_plan_actions (plan_id, action, due_on) VALUES (?, ?, ?) RETURNING id",
                    {plan_id, a.action, core::FormatDate(a.due_on)});
}

void ImrPlanStore::CompleteAction(std::int64_t plan_id, std::int64_t action_id, const Date& on) {
  db_.Exec("UPDATE imr_plan_actions SET completed_on = ? WHERE plan_id = ? AND id = ?",
           {core::FormatDate(on), plan_id, action_id});
}

void ImrPlanStore::SignOff(std::int64_t partnership_id, const ImrActionPlan& p) {
  db_.Exec("UPDATE imr_action_plans SET signed_off_on = ?, signed_off_meeting_id = ?, sign_off_note = ? "
           "WHERE partnership_id = ? AND id = ?",
           {storage::NullableDate(p.signed_off_on), storage::Nullable(p.signed_off_meeting_id), p.sign_off_note,
            partnership_id, p.id});
}

}  // namespace safeboard::assurance
