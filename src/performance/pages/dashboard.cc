// The performance dashboard: indicators by cluster with their latest values against target.
#include <map>

#include "performance/pages/pages.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/csv.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "performance/pages/shared.h"
#include "performance/store.h"
#include "reports/child_protection_report.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace performance_pages;

namespace {

// The dashboard's panel (issue 15): the current indicators' latest values against target, the
// ones off target named.
void IndicatorsPanel(Context& ctx, Html& h) {
  PerformanceStore store(ctx.db);
  auto latest_points = store.LatestPoints(ctx.partnership_id());
  auto targets = store.TargetsByIndicator(ctx.partnership_id());
  std::map<performance::AgainstTarget, int> counts;
  std::vector<std::vector<TrustedHtml>> off_target;
  int current = 0;
  for (const auto& i : store.ListIndicators(ctx.partnership_id())) {
    if (i.retired_on) continue;
    ++current;
    auto point = latest_points.find(i.id);
    if (point == latest_points.end()) continue;
    auto target = performance::TargetForValue(point->second.period, targets[i.id]);
    auto against = performance::Compare(point->second.value, target.value, i.better);
    ++counts[against];
    if (against == performance::AgainstTarget::kNotMet)
      off_target.push_back({LinkCell(ctx.PartnershipPath("/indicators/" + std::to_string(i.id)), i.code + " " + i.name),
                            TextCell(WithUnit(point->second.value, i.unit) + " (" + point->second.period + ")" +
                                     (target.later ? ", against the " + target.year + " target of " +
                                                         WithUnit(*target.value, i.unit)
                                                   : ""))});
  }
  if (current == 0) return;
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "indicators"}}, "Performance against target");
  h.Open("ul", {{"class", "govuk-list app-standing"}});
  for (auto against : {performance::AgainstTarget::kNotMet, performance::AgainstTarget::kMet,
                       performance::AgainstTarget::kNoTarget}) {
    h.Open("li");
    StatusTag(h, performance::StatusOf(against));
    h.Text(" " + std::to_string(counts[against]));
    h.Close("li");
  }
  h.Close("ul");
  if (!off_target.empty()) Table(h, "", {"Indicator off target", "Latest value"}, off_target);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/performance"), "All indicators");
  h.Close("p");
}

const AreaRegistration kPerformanceArea{
    {{50, "Performance", "/performance"}},
    {{"value-recorded", "Value recorded"}, {"values-imported", "Values imported"},
     {"targets-saved", "Targets and comparators saved"}, {"population-saved", "Child population saved"},
     {"indicator-added", "Indicator added"}, {"indicator-saved", "Indicator saved"},
     {"indicator-retired", "Indicator retired"}, {"indicator-restored", "Indicator brought back"},
     {"indicators-imported", "Indicators imported"}},
    {{50, IndicatorsPanel}}};

}  // namespace

Response ShowPerformanceDashboard(Context& ctx) {
  PerformanceStore store(ctx.db);
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/child-protection"), "Child protection data set");
  h.Text(" | ");
  Link(h, ctx.PartnershipPath("/child-population"), "Child population");
  h.Text(" | ");
  Link(h, ctx.PartnershipPath("/indicators.csv"), "Download values as CSV");
  h.Text(" | ");
  Link(h, ctx.PartnershipPath("/indicators.xlsx"), "Download values as Excel");
  h.Close("p");
  if (CanManage(ctx))
    ButtonLink(h, ctx.PartnershipPath("/indicators/import"), "Import values from a spreadsheet", true);
  auto indicators = store.ListIndicators(ctx.partnership_id());
  auto latest_points = store.LatestPoints(ctx.partnership_id());
  auto targets = store.TargetsByIndicator(ctx.partnership_id());
  if (CanManage(ctx)) {
    ButtonLink(h, ctx.PartnershipPath("/indicators/new"), "Add an indicator", true);
    ButtonLink(h, ctx.PartnershipPath("/indicator-import"), "Import indicators from a spreadsheet", true);
  }
  if (indicators.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No indicators yet. The board team adds the indicators the board watches.");
  // The board's clusters in its order; retired indicators after the current ones.
  auto clusters = store.ListClusters(ctx.partnership_id());
  clusters.push_back({0, "Retired indicators", 0});
  for (const auto& cluster : clusters) {
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& i : indicators) {
      bool in_table = cluster.id == 0 ? i.retired_on.has_value() : (!i.retired_on && i.cluster_id == cluster.id);
      if (!in_table) continue;
      Html latest, against;
      if (auto point = latest_points.find(i.id); point == latest_points.end()) {
        latest.Text("No values yet");
      } else {
        latest.Text(WithUnit(point->second.value, i.unit) + " (" + point->second.period + ")");
        LatestAgainstTarget(against, i, point->second, targets[i.id]);
      }
      rows.push_back({LinkCell(ctx.PartnershipPath("/indicators/" + std::to_string(i.id)), i.code + " " + i.name),
                      TextCell(i.responsible_name), latest.Build(),
                      TextCell(std::string(core::LabelOf(performance::Betters(), i.better))), against.Build()});
    }
    if (!rows.empty())
      Table(h, cluster.name, {"Indicator", "Responsible", "Latest", "Direction", "Against target"}, rows);
  }
  auto chrome = Chrome(ctx, "Performance", "Performance");
  chrome.success = SuccessMessage(ctx);
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
