// The business plan's records for search (issue 15): all of this area's search SQL.
#include <map>

#include "plan/store.h"

namespace safeboard::plan {

std::vector<search::SearchDocument> PlanStore::SearchDocuments(std::int64_t partnership_id) {
  std::vector<search::SearchDocument> out;
  std::map<std::int64_t, std::string> plans;
  for (const auto& r : db_.Query("SELECT id, title, priorities FROM plans WHERE partnership_id = ?", {partnership_id})) {
    plans[r.Int(0)] = r.Text(1);
    out.push_back({"plan", r.Int(0), r.Text(1), r.Text(2), "", "/plans/" + std::to_string(r.Int(0))});
  }
  std::map<std::int64_t, std::string> objectives;  // id: "plan title, objective 3"
  for (const auto& r : db_.Query("SELECT id, plan_id, number, outcome FROM objectives WHERE partnership_id = ?",
                                 {partnership_id})) {
    std::string context = plans[r.Int(1)] + (r.Text(2).empty() ? "" : ", objective " + r.Text(2));
    objectives[r.Int(0)] = context;
    out.push_back({"plan", r.Int(0), r.Text(3), "", "Objective: " + context, "/plans/" + std::to_string(r.Int(1))});
  }
  std::map<std::int64_t, std::string> updates;  // each action's progress updates, oldest first
  for (const auto& r : db_.Query("SELECT action_id, text FROM progress_updates WHERE partnership_id = ? ORDER BY updated_on, id",
                                 {partnership_id}))
    updates[r.Int(0)] += r.Text(1) + "\n";
  for (const auto& r : db_.Query("SELECT id, objective_id, activity, measure, resources, evidence FROM plan_actions "
                                 "WHERE partnership_id = ?",
                                 {partnership_id}))
    out.push_back({"plan-action", r.Int(0), r.Text(2),
                   r.Text(3) + "\n" + r.Text(4) + "\n" + r.Text(5) + "\n" + updates[r.Int(0)],
                   objectives[r.Int(1)], "/plan-actions/" + std::to_string(r.Int(0))});
  return out;
}

}  // namespace safeboard::plan
