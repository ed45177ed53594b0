// Business plans in the database: plans, objectives, actions and progress updates, scoped by
// partnership. Writes do not commit: callers wrap them in a Transaction.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plan/model.h"
#include "search/document.h"
#include "storage/database.h"

namespace safeboard::plan {

class PlanStore {
 public:
  explicit PlanStore(storage::Connection& db) : db_(db) {}
  // The partnership's plans, objectives and actions (with their progress updates' text) as search
  // documents (issue 15).
  std::vector<search::SearchDocument> SearchDocuments(std::int64_t partnership_id);
  std::vector<Plan> ListPlans(std::int64_t partnership_id);
  int CountPlans(std::int64_t partnership_id);
  std::optional<Plan> FindPlan(std::int64_t partnership_id, std::int64_t id);
  std::int64_t CreatePlan(std::int64_t partnership_id, const Plan& plan);
  std::vector<Objective> ObjectivesOf(std::int64_t partnership_id, std::int64_t plan_id);
  std::optional<Objective> FindObjective(std::int64_t partnership_id, std::int64_t id);
  void UpdateObjective(std::int64_t partnership_id, const Objective& objective);
  // An objective's risks: added last, removed one at a time (the objective must be this
  // partnership's).
  std::int64_t AddRisk(std::int64_t partnership_id, std::int64_t objective_id, const Risk& risk);
  std::optional<std::int64_t> ObjectiveOfRisk(std::int64_t partnership_id, std::int64_t risk_id);
  void RemoveRisk(std::int64_t partnership_id, std::int64_t risk_id);
  // A new objective goes last in its plan (which must be this partnership's); one may have no
  // actions. Only an objective without actions is removed.
  std::int64_t CreateObjective(std::int64_t partnership_id, const Objective& objective);
  int CountActionsOf(std::int64_t partnership_id, std::int64_t objective_id);
  void RemoveObjective(std::int64_t partnership_id, std::int64_t id);
  // A new action goes last under its objective (which must be this partnership's). Removing an
  // action removes its progress updates with it.
  std::int64_t CreateAction(std::int64_t partnership_id, std::int64_t objective_id, const ActionFields& fields,
                            const std::vector<Lead>& leads);
  // Replaces the action's leads (ids the caller checked are the partnership's), in order.
  void SetLeads(std::int64_t partnership_id, std::int64_t action_id, const std::vector<Lead>& leads);
  void RemoveAction(std::int64_t partnership_id, std::int64_t id);
  // Every action of the plan, with its leads and updates.
  std::vector<PlanAction> ActionsOfPlan(std::int64_t partnership_id, std::int64_t plan_id);
  std::optional<PlanAction> FindAction(std::int64_t partnership_id, std::int64_t id);
  void UpdateAction(std::int64_t partnership_id, std::int64_t id, const ActionFields& fields);
  std::optional<std::int64_t> PlanOfAction(std::int64_t partnership_id, std::int64_t action_id);
  // Actions a group leads, across the partnership's plans.
  std::vector<PlanAction> ActionsLedBy(std::int64_t partnership_id, std::int64_t group_id);
  std::int64_t AddUpdate(std::int64_t partnership_id, std::int64_t action_id, const ProgressUpdate& update,
                         std::optional<std::int64_t> user_id);
  // Saves checked import rows under a plan: objectives by outcome text (in order), actions with
  // their leads resolved to groups, posts and people by name, and a first update from the progress
  // report and RAG columns when given. REQUIRES: result has no errors.
  int SaveImport(std::int64_t partnership_id, std::int64_t plan_id, const ImportResult& result,
                 const Date& imported_on,
                 const std::function<void(int done, int total)>& progress = nullptr,
                 std::optional<std::int64_t> import_id = std::nullopt);
  // RULE: issue 14 - an import is recorded with a fingerprint of its rows; the same rows again
  // into the same plan are refused while that import stands; an import is undone as a whole, and
  // only while its actions have no progress but what it brought.
  std::int64_t RecordImport(std::int64_t partnership_id, std::int64_t plan_id, const std::string& file_name,
                            const std::string& fingerprint, int actions, const std::string& at);
  std::optional<PlanImport> StandingImportWithFingerprint(std::int64_t partnership_id, std::int64_t plan_id,
                                                          const std::string& fingerprint);
  std::vector<PlanImport> ImportsOf(std::int64_t partnership_id, std::int64_t plan_id);
  std::optional<PlanImport> FindImport(std::int64_t partnership_id, std::int64_t id);
  // How many of the import's actions have progress added since it.
  int ActionsUpdatedSince(std::int64_t partnership_id, std::int64_t import_id);
  void UndoImport(std::int64_t partnership_id, std::int64_t import_id, const std::string& at);
  // Names of the partnership's groups, posts and people, for checking imported leads.
  std::vector<std::string> LeadNames(std::int64_t partnership_id);
  // The headings this partnership's plan imports used for each field: case-folded heading ->
  // field heading (plan::ImportFields); remembered when an import is saved.
  std::map<std::string, std::string> RememberedHeadings(std::int64_t partnership_id);
  void RememberHeadings(std::int64_t partnership_id, const std::vector<std::string>& header,
                        const ColumnMapping& mapping);
  // RULE: issue 4 - the lead group's current members and the lead person update an action;
  // issue 14 - so does a lead post's current holder, and any of several leads.
  bool LeadsAction(const PlanAction& action, std::int64_t user_id, const Date& today);

 private:
  void LoadUpdatesAndLeads(std::vector<PlanAction>& actions);
  // Objectives of one plan.
  void LoadRisks(std::int64_t partnership_id, std::vector<Objective>& objectives);
  storage::Connection& db_;
};

}  // namespace safeboard::plan
