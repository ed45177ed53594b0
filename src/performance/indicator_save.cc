#include "performance/indicator_save.h"

#include "core/date.h"
#include "governance/store.h"
#include "performance/forms.h"
#include "performance/store.h"
#include "storage/database.h"

namespace safeboard::performance {

core::FieldErrors SaveIndicator(http::Context& ctx, const core::FieldValues& values, Indicator& indicator,
                                const std::string& audit_detail) {
  PerformanceStore store(ctx.db);
  const auto partnership_id = ctx.partnership_id();
  IndicatorChoices choices;
  choices.clusters = store.ListClusters(partnership_id);
  auto known = governance::GovernanceStore(ctx.db).KnownIdsOf(partnership_id);
  choices.agencies = known.agencies;
  choices.groups = known.groups;
  for (const auto& other : store.ListIndicators(partnership_id))
    if (other.id != indicator.id) choices.codes_taken.push_back(other.code);
  std::string new_cluster;
  std::optional<IndicatorTarget> target;
  auto errors = ReadIndicator(values, choices, indicator, new_cluster, target);
  if (!errors.empty()) return errors;
  bool creating = indicator.id == 0;
  storage::Transaction tx(ctx.db);
  if (!new_cluster.empty()) indicator.cluster_id = store.CreateCluster(partnership_id, new_cluster);
  if (creating)
    indicator.id = store.CreateIndicator(partnership_id, indicator);
  else
    store.UpdateIndicator(partnership_id, indicator);
  if (target) store.SetTarget(indicator.id, target->year, target->value);
  ctx.Audit(creating ? auth::AuditAction::kCreate : auth::AuditAction::kUpdate, "indicator", indicator.id,
            audit_detail);
  tx.Commit();
  return errors;
}

void ToggleRetired(http::Context& ctx, Indicator& indicator, const std::string& audit_detail) {
  std::optional<core::Date> retired_on;
  if (!indicator.retired_on) retired_on = core::DateOf(ctx.clock.Now());
  storage::Transaction tx(ctx.db);
  PerformanceStore(ctx.db).RetireIndicator(ctx.partnership_id(), indicator.id, retired_on);
  ctx.Audit(retired_on ? auth::AuditAction::kEnd : auth::AuditAction::kUpdate, "indicator", indicator.id,
            audit_detail.empty() ? std::string(retired_on ? "retired" : "brought back") : audit_detail);
  tx.Commit();
  indicator.retired_on = retired_on;
}

}  // namespace safeboard::performance
