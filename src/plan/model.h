// The business plan records as stored: plans, objectives, actions and their progress updates.
// Plain values: no storage here, so rules and reports can use them without a store.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "plan/plan.h"

namespace safeboard::plan {

struct Plan {
  std::int64_t id = 0;
  std::string title;
  Date starts_on;
  Date ends_on;
  std::optional<std::int64_t> approved_at_meeting_id;
  std::string priorities;
};

// An import into a plan: the actions and objectives it made can be undone together.
struct PlanImport {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  std::string file_name;
  int actions = 0;
  std::string imported_at;  // UTC timestamp
  std::optional<std::string> undone_at;
};

struct Objective {
  std::int64_t id = 0;
  std::int64_t plan_id = 0;
  int position = 0;
  std::string outcome;
  std::optional<std::int64_t> lead_group_id;
  std::string lead_group_name;
  std::string number;  // the board's own number for it ("3", "2.1"); "" when it has none
  std::vector<Risk> risks;  // its risk assessment, in order
};

struct StoredUpdate {
  std::int64_t id = 0;
  ProgressUpdate update;
};

struct PlanAction {
  std::int64_t id = 0;
  std::int64_t objective_id = 0;
  int position = 0;
  std::string activity;
  std::string measure;
  std::vector<Lead> leads;  // in the order the board names them
  std::string resources;
  std::int64_t cost_pence = 0;
  ByWhen by_when;
  std::string evidence;
  std::vector<StoredUpdate> updates;  // oldest first

  std::vector<ProgressUpdate> Updates() const;
  std::string LeadNames() const { return plan::LeadNames(leads); }
};

}  // namespace safeboard::plan
