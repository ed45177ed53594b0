// Business plans in SQL that runs on SQLite and PostgreSQL alike.
#include "plan/store.h"
#include "governance/post_store.h"
#include "governance/store.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/fold_case.h"

namespace safeboard::plan {
namespace {

using storage::Nullable;
using storage::Row;

Date DateAt(const Row& r, std::size_t i) { return core::ParseDate(r.Text(i)).value_or(Date{}); }

constexpr const char* kActionSelect =
    "SELECT a.id, a.objective_id, a.position, a.activity, a.measure, a.resources, a.cost_pence, a.by_when, "
    "a.triggered_on, a.evidence FROM plan_actions a ";

PlanAction ActionFromRow(const Row& r) {
  PlanAction a;
  a.id = r.Int(0);
  a.objective_id = r.Int(1);
  a.position = static_cast<int>(r.Int(2));
  a.activity = r.Text(3);
  a.measure = r.Text(4);
  a.resources = r.Text(5);
  a.cost_pence = r.Int(6);
  a.by_when = DecodeByWhen(r.Text(7)).value_or(ByWhen{});
  if (auto t = r.OptText(8)) a.by_when.triggered_on = core::ParseDate(*t);
  a.evidence = r.Text(9);
  return a;
}

// "?, ?, ?" for the ids of actions[from, to).
std::string Placeholders(const std::vector<PlanAction>& actions, std::size_t from, std::size_t to,
                         storage::Params& ids) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) {
    out += i == from ? "?" : ", ?";
    ids.push_back(actions[i].id);
  }
  return out;
}

}  // namespace

std::vector<ProgressUpdate> PlanAction::Updates() const {
  std::vector<ProgressUpdate> out;
  for (const auto& u : updates) out.push_back(u.update);
  return out;
}

int PlanStore::CountPlans(std::int64_t partnership_id) {
  return static_cast<int>(db_.QueryOne("SELECT COUNT(*) FROM plans WHERE partnership_id = ?", {partnership_id})->Int(0));
}

std::vector<Plan> PlanStore::ListPlans(std::int64_t partnership_id) {
  std::vector<Plan> out;
  for (const auto& r : db_.Query(
           "SELECT id, title, starts_on, ends_on, approved_at_meeting_id, priorities FROM plans "
           "WHERE partnership_id = ? ORDER BY starts_on DESC, id DESC",
           {partnership_id}))
    out.push_back({r.Int(0), r.Text(1), DateAt(r, 2), DateAt(r, 3), r.OptInt(4), r.Text(5)});
  return out;
}

std::optional<Plan> PlanStore::FindPlan(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(
      "SELECT id, title, starts_on, ends_on, approved_at_meeting_id, priorities FROM plans "
      "WHERE partnership_id = ? AND id = ?",
      {partnership_id, id});
  if (!r) return std::nullopt;
  return Plan{r->Int(0), r->Text(1), DateAt(*r, 2), DateAt(*r, 3), r->OptInt(4), r->Text(5)};
}

std::int64_t PlanStore::CreatePlan(std::int64_t partnership_id, const Plan& p) {
  return db_.Insert(
      "INSERT INTO plans (partnership_id, title, starts_on, ends_on, approved_at_meeting_id, "
      "priorities) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, p.title, core::FormatDate(p.starts_on), core::FormatDate(p.ends_on),
       Nullable(p.approved_at_meeting_id), p.priorities});
}

namespace {
constexpr const char* kObjectiveSelect =
    "SELECT o.id, o.plan_id, o.position, o.outcome, o.lead_group_id, COALESCE(g.name, ''), o.number "
    "FROM objectives o LEFT JOIN partnership_groups g ON g.id = o.lead_group_id ";
Objective ObjectiveFromRow(const Row& r) {
  return Objective{r.Int(0), r.Int(1), static_cast<int>(r.Int(2)), r.Text(3), r.OptInt(4), r.Text(5), r.Text(6), {}};
}
std::optional<int> ScoreAt(const Row& r, std::size_t i) {
  if (auto v = r.OptInt(i)) return static_cast<int>(*v);
  return std::nullopt;
}
}  // namespace

void PlanStore::LoadRisks(std::int64_t partnership_id, std::vector<Objective>& objectives) {
  if (objectives.empty()) return;
  std::unordered_map<std::int64_t, Objective*> by_id;
  for (auto& o : objectives) by_id[o.id] = &o;
  for (const auto& r : db_.Query(
           "SELECT r.objective_id, r.id, r.description, r.impact, r.likelihood, r.severity FROM objective_risks r "
           "JOIN objectives o ON o.id = r.objective_id WHERE o.partnership_id = ? AND o.plan_id = ? "
           "ORDER BY r.objective_id, r.position, r.id",
           {partnership_id, objectives.front().plan_id}))
    if (auto found = by_id.find(r.Int(0)); found != by_id.end())
      found->second->risks.push_back({r.Int(1), r.Text(2), r.Text(3), ScoreAt(r, 4), ScoreAt(r, 5)});
}

std::vector<Objective> PlanStore::ObjectivesOf(std::int64_t partnership_id, std::int64_t plan_id) {
  std::vector<Objective> out;
  for (const auto& r : db_.Query(std::string(kObjectiveSelect) +
                                     "WHERE o.partnership_id = ? AND o.plan_id = ? ORDER BY o.position, o.id",
                                 {partnership_id, plan_id}))
    out.push_back(ObjectiveFromRow(r));
  LoadRisks(partnership_id, out);
  return out;
}

std::optional<Objective> PlanStore::FindObjective(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string(kObjectiveSelect) + "WHERE o.partnership_id = ? AND o.id = ?", {partnership_id, id});
  if (!r) return std::nullopt;
  std::vector<Objective> one{ObjectiveFromRow(*r)};
  LoadRisks(partnership_id, one);
  return one.front();
}

void PlanStore::UpdateObjective(std::int64_t partnership_id, const Objective& o) {
  db_.Exec("UPDATE objectives SET outcome = ?, lead_group_id = ?, number = ? WHERE partnership_id = ? AND id = ?",
           {o.outcome, Nullable(o.lead_group_id), o.number, partnership_id, o.id});
}

std::int64_t PlanStore::AddRisk(std::int64_t partnership_id, std::int64_t objective_id, const Risk& risk) {
  auto next = db_.QueryOne("SELECT COALESCE(MAX(position), 0) + 1 FROM objective_risks WHERE objective_id = ?",
                           {objective_id})->Int(0);
  auto score = [](const std::optional<int>& v) -> storage::Value {
    if (v) return std::int64_t{*v};
    return nullptr;
  };
  return db_.Insert(
      "INSERT INTO objective_risks (objective_id, position, description, impact, likelihood, severity) "
      "SELECT id, ?, ?, ?, ?, ? FROM objectives WHERE partnership_id = ? AND id = ? RETURNING id",
      {next, risk.description, risk.impact, score(risk.likelihood), score(risk.severity), partnership_id, objective_id});
}

std::optional<std::int64_t> PlanStore::ObjectiveOfRisk(std::int64_t partnership_id, std::int64_t risk_id) {
  auto r = db_.QueryOne("SELECT r.objective_id FROM objective_risks r JOIN objectives o ON o.id = r.objective_id "
                        "WHERE o.partnership_id = ? AND r.id = ?",
                        {partnership_id, risk_id});
  if (!r) return std::nullopt;
  return r->Int(0);
}

void PlanStore::RemoveRisk(std::int64_t partnership_id, std::int64_t risk_id) {
  db_.Exec("DELETE FROM objective_risks WHERE id = ? AND objective_id IN (SELECT id FROM objectives WHERE "
           "partnership_id = ?)",
           {risk_id, partnership_id});
}

std::int64_t PlanStore::CreateObjective(std::int64_t partnership_id, const Objective& o) {
  auto next = db_.QueryOne("SELECT COALESCE(MAX(position), 0) + 1 FROM objectives WHERE partnership_id = ? AND plan_id = ?",
                           {partnership_id, o.plan_id})->Int(0);
  // Only into a plan of this partnership.
  return db_.Insert(
      "INSERT INTO objectives (partnership_id, plan_id, position, outcome, lead_group_id, number) "
      "SELECT ?, id, ?, ?, ?, ? FROM plans WHERE partnership_id = ? AND id = ? RETURNING id",
      {partnership_id, next, o.outcome, Nullable(o.lead_group_id), o.number, partnership_id, o.plan_id});
}

int PlanStore::CountActionsOf(std::int64_t partnership_id, std::int64_t objective_id) {
  return static_cast<int>(db_.QueryOne("SELECT COUNT(*) FROM plan_actions WHERE partnership_id = ? AND objective_id = ?",
                                       {partnership_id, objective_id})->Int(0));
}

void PlanStore::RemoveObjective(std::int64_t partnership_id, std::int64_t id) {
  db_.Exec("DELETE FROM objective_risks WHERE objective_id IN (SELECT o.id FROM objectives o WHERE o.partnership_id = ? "
           "AND o.id = ? AND NOT EXISTS (SELECT 1 FROM plan_actions a WHERE a.objective_id = o.id))",
           {partnership_id, id});
  db_.Exec("DELETE FROM objectives WHERE partnership_id = ? AND id = ? AND NOT EXISTS "
           "(SELECT 1 FROM plan_actions a WHERE a.objective_id = objectives.id)",
           {partnership_id, id});
}

std::int64_t PlanStore::CreateAction(std::int64_t partnership_id, std::int64_t objective_id, const ActionFields& f,
                                     const std::vector<Lead>& leads) {
  auto next = db_.QueryOne("SELECT COALESCE(MAX(position), 0) + 1 FROM plan_actions WHERE partnership_id = ? AND "
                           "objective_id = ?",
                           {partnership_id, objective_id})->Int(0);
  storage::Value triggered = nullptr;
  if (f.by_when.triggered_on) triggered = core::FormatDate(*f.by_when.triggered_on);
  auto id = db_.Insert(
      "INSERT INTO plan_actions (partnership_id, objective_id, position, activity, measure, resources, cost_pence, "
      "by_when, triggered_on, evidence) "
      "SELECT ?, id, ?, ?, ?, ?, ?, ?, ?, ? FROM objectives WHERE partnership_id = ? AND id = ? RETURNING id",
      {partnership_id, next, f.activity, f.measure, f.resources, f.cost_pence, EncodeByWhen(f.by_when), triggered,
       f.evidence, partnership_id, objective_id});
  SetLeads(partnership_id, id, leads);
  return id;
}

void PlanStore::RemoveAction(std::int64_t partnership_id, std::int64_t id) {
  db_.Exec("DELETE FROM progress_updates WHERE partnership_id = ? AND action_id = ?", {partnership_id, id});
  SetLeads(partnership_id, id, {});
  db_.Exec("DELETE FROM plan_actions WHERE partnership_id = ? AND id = ?", {partnership_id, id});
}

// One query per 200 actions, not one per action: a plan's progress report lists every action.
void PlanStore::LoadUpdatesAndLeads(std::vector<PlanAction>& actions) {
  constexpr std::size_t kBatch = 200;
  std::unordered_map<std::int64_t, PlanAction*> by_id;
  for (auto& a : actions) by_id[a.id] = &a;
  for (std::size_t from = 0; from < actions.size(); from += kBatch) {
    std::size_t to = std::min(actions.size(), from + kBatch);
    storage::Params ids;
    std::string in = Placeholders(actions, from, to, ids);
    for (const auto& r : db_.Query("SELECT action_id, id, updated_on, text, rag, by_name FROM progress_updates "
                                   "WHERE action_id IN (" + in + ") ORDER BY action_id, updated_on, id",
                                   ids))
      by_id.at(r.Int(0))->updates.push_back(
          {r.Int(1), {DateAt(r, 2), r.Text(3), core::ParseCode(Rags(), r.Text(4)).value_or(Rag::kAmber), r.Text(5)}});
    for (const auto& r : db_.Query(
             "SELECT l.action_id, l.group_id, l.post_id, l.person_id, g.name, po.title, COALESCE(ag.name, ''), "
             "pe.full_name FROM plan_action_leads l LEFT JOIN partnership_groups g ON g.id = l.group_id "
             "LEFT JOIN posts po ON po.id = l.post_id LEFT JOIN agencies ag ON ag.id = po.agency_id "
             "LEFT JOIN people pe ON pe.id = l.person_id WHERE l.action_id IN (" + in + ") "
             "ORDER BY l.action_id, l.position",
             ids)) {
      Lead lead;
      if (auto group = r.OptInt(1)) {
        lead = {LeadKind::kGroup, *group, r.Text(4)};
      } else if (auto post = r.OptInt(2)) {
        governance::Post p;
        p.title = r.Text(5);
        p.agency_name = r.Text(6);
        lead = {LeadKind::kPost, *post, governance::PostName(p)};
      } else {
        lead = {LeadKind::kPerson, r.Int(3), r.Text(7)};
      }
      by_id.at(r.Int(0))->leads.push_back(std::move(lead));
    }
  }
}

void PlanStore::SetLeads(std::int64_t partnership_id, std::int64_t action_id, const std::vector<Lead>& leads) {
  db_.Exec("DELETE FROM plan_action_leads WHERE action_id IN (SELECT id FROM plan_actions WHERE partnership_id = ? "
           "AND id = ?)",
           {partnership_id, action_id});
  std::int64_t position = 0;
  for (const auto& lead : leads) {
    storage::Value group = nullptr, post = nullptr, person = nullptr;
    (lead.kind == LeadKind::kGroup ? group : lead.kind == LeadKind::kPost ? post : person) = lead.id;
    db_.Exec("INSERT INTO plan_action_leads (action_id, position, group_id, post_id, person_id) "
             "SELECT id, ?, ?, ?, ? FROM plan_actions WHERE partnership_id = ? AND id = ?",
             {++position, group, post, person, partnership_id, action_id});
  }
}

std::vector<PlanAction> PlanStore::ActionsOfPlan(std::int64_t partnership_id, std::int64_t plan_id) {
  std::vector<PlanAction> out;
  for (const auto& r : db_.Query(std::string(kActionSelect) +
                                     "JOIN objectives o ON o.id = a.objective_id WHERE a.partnership_id = ? "
                                     "AND o.plan_id = ? ORDER BY o.position, a.position, a.id",
                                 {partnership_id, plan_id}))
    out.push_back(ActionFromRow(r));
  LoadUpdatesAndLeads(out);
  return out;
}

std::optional<PlanAction> PlanStore::FindAction(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string(kActionSelect) + "WHERE a.partnership_id = ? AND a.id = ?",
                        {partnership_id, id});
  if (!r) return std::nullopt;
  std::vector<PlanAction> one = {ActionFromRow(*r)};
  LoadUpdatesAndLeads(one);
  return one[0];
}

void PlanStore::UpdateAction(std::int64_t partnership_id, std::int64_t id, const ActionFields& f) {
  storage::Value triggered = nullptr;
  if (f.by_when.triggered_on) triggered = core::FormatDate(*f.by_when.triggered_on);
  db_.Exec("UPDATE plan_actions SET activity = ?, measure = ?, resources = ?, cost_pence = ?, by_when = ?, "
           "triggered_on = ?, evidence = ? WHERE partnership_id = ? AND id = ?",
           {f.activity, f.measure, f.resources, f.cost_pence, EncodeByWhen(f.by_when), triggered, f.evidence,
            partnership_id, id});
}

std::optional<std::int64_t> PlanStore::PlanOfAction(std::int64_t partnership_id, std::int64_t action_id) {
  auto r = db_.QueryOne(
      "SELECT o.plan_id FROM plan_actions a JOIN objectives o ON o.id = a.objective_id "
      "WHERE a.partnership_id = ? AND a.id = ?",
      {partnership_id, action_id});
  if (!r) return std::nullopt;
  return r->Int(0);
}

std::vector<PlanAction> PlanStore::ActionsLedBy(std::int64_t partnership_id, std::int64_t group_id) {
  std::vector<PlanAction> out;
  for (const auto& r : db_.Query(std::string(kActionSelect) +
                                     "WHERE a.partnership_id = ? AND EXISTS (SELECT 1 FROM plan_action_leads l "
                                     "WHERE l.action_id = a.id AND l.group_id = ?) ORDER BY a.id",
                                 {partnership_id, group_id}))
    out.push_back(ActionFromRow(r));
  LoadUpdatesAndLeads(out);
  return out;
}

std::int64_t PlanStore::AddUpdate(std::int64_t partnership_id, std::int64_t action_id,
                                  const ProgressUpdate& u, std::optional<std::int64_t> user_id) {
  return db_.Insert(
      "INSERT INTO progress_updates (partnership_id, action_id, updated_on, text, rag, by_user_id, "
      "by_name) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, action_id, core::FormatDate(u.on), u.text,
       std::string(core::CodeOf(Rags(), u.rag)), Nullable(user_id), u.by});
}

namespace {

// Every name an action's lead may be known by in an import, with the lead it names, in the
// order that wins when two share a name: groups by name and short name, then posts by PostName
// and (when no other post has it) by title alone, then people by full name.
std::vector<std::pair<std::string, Lead>> NamedLeads(storage::Connection& db, std::int64_t partnership_id) {
  std::vector<std::pair<std::string, Lead>> out;
  for (const auto& r : db.Query("SELECT id, name, short_name FROM partnership_groups WHERE partnership_id = ? "
                                "ORDER BY id",
                                {partnership_id})) {
    Lead group{LeadKind::kGroup, r.Int(0), r.Text(1)};
    out.emplace_back(r.Text(1), group);
    if (!r.Text(2).empty()) out.emplace_back(r.Text(2), group);
  }
  auto posts = governance::PostStore(db).ListPosts(partnership_id);
  std::map<std::string, int> titles;
  for (const auto& p : posts) ++titles[core::FoldCase(p.title)];
  for (const auto& p : posts) {
    Lead post{LeadKind::kPost, p.id, governance::PostName(p)};
    out.emplace_back(post.name, post);
    if (titles[core::FoldCase(p.title)] == 1 && !p.agency_name.empty()) out.emplace_back(p.title, post);
  }
  for (const auto& r : db.Query("SELECT id, full_name FROM people WHERE partnership_id = ? ORDER BY id",
                                {partnership_id}))
    out.emplace_back(r.Text(1), Lead{LeadKind::kPerson, r.Int(0), r.Text(1)});
  return out;
}

}  // namespace

std::vector<std::string> PlanStore::LeadNames(std::int64_t partnership_id) {
  std::vector<std::string> out;
  for (const auto& [name, lead] : NamedLeads(db_, partnership_id)) out.push_back(name);
  return out;
}

bool PlanStore::LeadsAction(const PlanAction& action, std::int64_t user_id, const Date& today) {
  std::string day = core::FormatDate(today);
  for (const auto& lead : action.leads) {
    bool leads = false;
    switch (lead.kind) {
      case LeadKind::kPerson:
        leads = db_.QueryOne("SELECT 1 FROM people WHERE id = ? AND user_id = ?", {lead.id, user_id}).has_value();
        break;
      case LeadKind::kPost:
        leads = db_.QueryOne("SELECT 1 FROM post_holdings h JOIN people p ON p.id = h.person_id WHERE h.post_id = ? "
                             "AND p.user_id = ? AND h.started_on <= ? AND (h.ended_on IS NULL OR h.ended_on >= ?)",
                             {lead.id, user_id, day, day})
                    .has_value();
        break;
      case LeadKind::kGroup:
        leads = db_.QueryOne("SELECT 1 FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.group_id = ? AND "
                             "p.user_id = ? AND " + governance::MembershipCurrentOnSql(),
                             {lead.id, user_id, day, day})
                    .has_value();
        break;
    }
    if (leads) return true;
  }
  return false;
}

int PlanStore::SaveImport(std::int64_t partnership_id, std::int64_t plan_id, const ImportResult& result,
                          const Date& imported_on, const std::function<void(int, int)>& progress,
                          std::optional<std::int64_t> import_id) {
  std::map<std::string, std::int64_t> objectives;
  int objective_position = 0, saved = 0;
  std::map<std::int64_t, int> action_positions;
  // Leads are matched as the check matched them: case-folded in any script (core::FoldCase),
  // which SQL's LOWER does not do on SQLite.
  std::map<std::string, Lead> leads_by_name;
  for (auto& [name, lead] : NamedLeads(db_, partnership_id)) leads_by_name.emplace(core::FoldCase(name), std::move(lead));
  for (const auto& a : result.actions) {
    std::vector<Lead> leads;
    for (const auto& name : a.leads)
      if (auto l = leads_by_name.find(core::FoldCase(name)); l != leads_by_name.end()) leads.push_back(l->second);
    auto found = objectives.find(a.objective);
    if (found == objectives.end()) {
      // The objective's lead group is its first action's first lead, when that is a group.
      std::optional<std::int64_t> group;
      if (!leads.empty() && leads.front().kind == LeadKind::kGroup) group = leads.front().id;
      auto id = db_.Insert(
          "INSERT INTO objectives (partnership_id, plan_id, position, outcome, lead_group_id, import_id) "
          "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
          {partnership_id, plan_id, std::int64_t{++objective_position}, a.objective, Nullable(group),
           Nullable(import_id)});
      found = objectives.emplace(a.objective, id).first;
    }
    auto action_id = db_.Insert(
        "INSERT INTO plan_actions (partnership_id, objective_id, position, activity, measure, resources, by_when, "
        "import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {partnership_id, found->second, std::int64_t{++action_positions[found->second]}, a.activity,
         a.measure, a.resources, EncodeByWhen(a.by_when), Nullable(import_id)});
    SetLeads(partnership_id, action_id, leads);
    if (a.rag || !a.progress.empty())
      AddUpdate(partnership_id, action_id,
                {imported_on, a.progress.empty() ? "Imported" : a.progress, a.rag.value_or(Rag::kAmber), "Import"},
                std::nullopt);
    ++saved;
    if (progress) progress(saved, static_cast<int>(result.actions.size()));
  }
  return saved;
}

std::map<std::string, std::string> PlanStore::RememberedHeadings(std::int64_t partnership_id) {
  std::map<std::string, std::string> out;
  for (const auto& r : db_.Query("SELECT heading, field FROM plan_import_headings WHERE partnership_id = ?",
                                 {partnership_id}))
    out[r.Text(0)] = r.Text(1);
  return out;
}

void PlanStore::RememberHeadings(std::int64_t partnership_id, const std::vector<std::string>& header,
                                 const ColumnMapping& mapping) {
  for (const auto& [field, column] : mapping) {
    if (column >= header.size()) continue;
    std::string heading = core::FoldCase(core::Trim(header[column]));
    if (heading.empty()) continue;
    db_.Exec("DELETE FROM plan_import_headings WHERE partnership_id = ? AND heading = ?", {partnership_id, heading});
    db_.Exec("INSERT INTO plan_import_headings (partnership_id, heading, field) VALUES (?, ?, ?)",
             {partnership_id, heading, field});
  }
}

namespace {
constexpr const char* kImportColumnsSql =
    "SELECT id, plan_id, file_name, actions, imported_at, undone_at FROM plan_imports ";
PlanImport ImportFromRow(const storage::Row& r) {
  PlanImport out{r.Int(0), r.Int(1), r.Text(2), static_cast<int>(r.Int(3)), r.Text(4), std::nullopt};
  if (!r.IsNull(5)) out.undone_at = r.Text(5);
  return out;
}
}  // namespace

std::int64_t PlanStore::RecordImport(std::int64_t partnership_id, std::int64_t plan_id, const std::string& file_name,
                                     const std::string& fingerprint, int actions, const std::string& at) {
  return db_.Insert(
      "INSERT INTO plan_imports (partnership_id, plan_id, file_name, fingerprint, actions, imported_at) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, plan_id, file_name, fingerprint, std::int64_t{actions}, at});
}

std::optional<PlanImport> PlanStore::StandingImportWithFingerprint(std::int64_t partnership_id, std::int64_t plan_id,
                                                                   const std::string& fingerprint) {
  auto r = db_.QueryOne(std::string(kImportColumnsSql) +
                            "WHERE partnership_id = ? AND plan_id = ? AND fingerprint = ? AND undone_at IS NULL",
                        {partnership_id, plan_id, fingerprint});
  if (!r) return std::nullopt;
  return ImportFromRow(*r);
}

std::vector<PlanImport> PlanStore::ImportsOf(std::int64_t partnership_id, std::int64_t plan_id) {
  std::vector<PlanImport> out;
  for (const auto& r : db_.Query(std::string(kImportColumnsSql) + "WHERE partnership_id = ? AND plan_id = ? ORDER BY id",
                                 {partnership_id, plan_id}))
    out.push_back(ImportFromRow(r));
  return out;
}

std::optional<PlanImport> PlanStore::FindImport(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string(kImportColumnsSql) + "WHERE partnership_id = ? AND id = ?", {partnership_id, id});
  if (!r) return std::nullopt;
  return ImportFromRow(*r);
}

int PlanStore::ActionsUpdatedSince(std::int64_t partnership_id, std::int64_t import_id) {
  return static_cast<int>(
      db_.QueryOne("SELECT COUNT(DISTINCT a.id) FROM plan_actions a JOIN progress_updates u ON u.action_id = a.id "
                   "WHERE a.partnership_id = ? AND a.import_id = ? AND u.by_name <> 'Import'",
                   {partnership_id, import_id})
          ->Int(0));
}

void PlanStore::UndoImport(std::int64_t partnership_id, std::int64_t import_id, const std::string& at) {
  db_.Exec("DELETE FROM progress_updates WHERE partnership_id = ? AND action_id IN "
           "(SELECT id FROM plan_actions WHERE partnership_id = ? AND import_id = ?)",
           {partnership_id, partnership_id, import_id});
  db_.Exec("DELETE FROM plan_action_leads WHERE action_id IN "
           "(SELECT id FROM plan_actions WHERE partnership_id = ? AND import_id = ?)",
           {partnership_id, import_id});
  db_.Exec("DELETE FROM plan_actions WHERE partnership_id = ? AND import_id = ?", {partnership_id, import_id});
  db_.Exec("DELETE FROM objective_risks WHERE objective_id IN (SELECT o.id FROM objectives o WHERE "
           "o.partnership_id = ? AND o.import_id = ? AND NOT EXISTS (SELECT 1 FROM plan_actions a WHERE "
           "a.objective_id = o.id))",
           {partnership_id, import_id});
  db_.Exec("DELETE FROM objectives WHERE partnership_id = ? AND import_id = ? AND NOT EXISTS "
           "(SELECT 1 FROM plan_actions a WHERE a.objective_id = objectives.id)",
           {partnership_id, import_id});
  db_.Exec("UPDATE plan_imports SET undone_at = ? WHERE partnership_id = ? AND id = ?", {at, partnership_id, import_id});
}

}  // namespace safeboard::plan
