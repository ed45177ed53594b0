#include "performance/forms.h"

#include <algorithm>

#include "core/financial_year.h"
#include "core/fold_case.h"
#include "core/form_fields.h"

namespace safeboard::performance {

core::FieldErrors ReadIndicator(const core::FieldValues& in, const IndicatorChoices& choices, Indicator& out,
                                std::string& new_cluster, std::optional<IndicatorTarget>& target) {
  core::FieldErrors errors;
  out.code = core::RequiredText(in, "code", "the indicator's code, like NI 63 or LSCB 4", errors, 20);
  if (!out.code.empty() && std::any_of(choices.codes_taken.begin(), choices.codes_taken.end(),
                                       [&](const auto& c) { return core::SameName(c, out.code); }))
    errors.Add("code", "Another indicator has the code " + out.code + ": codes must be different");
  out.name = core::RequiredText(in, "name", "the indicator's name", errors, 500);

  // The cluster: one of the board's, or a new one named here.
  new_cluster = core::OptionalText(in, "new_cluster", "The new cluster's name", core::kMaxNameLength, errors);
  std::string cluster_text = core::Trim(core::ValueOf(in, "cluster_id"));
  if (!new_cluster.empty()) {
    auto same = std::find_if(choices.clusters.begin(), choices.clusters.end(),
                             [&](const auto& c) { return core::SameName(c.name, new_cluster); });
    if (same != choices.clusters.end()) {  // a name the board already has is that cluster
      out.cluster_id = same->id;
      new_cluster.clear();
    }
  } else if (cluster_text.empty()) {
    errors.Add("cluster_id", choices.clusters.empty() ? "Enter a name for the indicator's cluster"
                                                       : "Select the indicator's cluster, or name a new one");
  } else {
    auto cluster = std::find_if(choices.clusters.begin(), choices.clusters.end(),
                                [&](const auto& c) { return std::to_string(c.id) == cluster_text; });
    if (cluster == choices.clusters.end())
      errors.Add("cluster_id", "Select the indicator's cluster from the list");
    else
      out.cluster_id = cluster->id;
  }

  // Who is responsible.
  out.responsible = core::RequiredChoice(Responsibles(), in, "responsible", "who is responsible for it", errors);
  out.agency_id.reset();
  out.agency_ids.clear();
  out.group_id.reset();
  switch (out.responsible) {
    case Responsible::kAgency:
      out.agency_id = core::ReadReference(in, "agency_id", "the responsible agency", choices.agencies, true, errors);
      break;
    case Responsible::kAgencies: {
      auto lines = core::SplitList(core::ValueOf(in, "agency_ids"), "\n");
      for (auto agency : choices.agencies) {
        bool chosen = core::ValueOf(in, "agency_ids-" + std::to_string(agency)) == "yes" ||
                      std::find(lines.begin(), lines.end(), std::to_string(agency)) != lines.end();
        if (chosen) out.agency_ids.push_back(agency);
      }
      if (out.agency_ids.size() < 2) errors.Add("agency_ids", "Select at least two agencies, or choose One agency");
      break;
    }
    case Responsible::kAllAgencies: break;
    case Responsible::kGroup:
      out.group_id = core::ReadReference(in, "group_id", "the responsible group", choices.groups, true, errors);
      break;
  }
  out.unit = core::RequiredChoice(Units(), in, "unit", "the unit", errors);
  out.better = core::RequiredChoice(Betters(), in, "better", "which direction is better", errors);
  out.frequency = core::RequiredChoice(Frequencies(), in, "frequency", "how often it is measured", errors);
  out.outcome = core::OptionalText(in, "outcome", "Intended outcome", 2000, errors);

  // An optional target for a year.
  std::string target_year = core::Trim(core::ValueOf(in, "target_year"));
  std::string target_text = core::Trim(core::ValueOf(in, "target"));
  target.reset();
  if (!target_year.empty() || !target_text.empty()) {
    char* end = nullptr;
    double value = std::strtod(target_text.c_str(), &end);
    bool number = !target_text.empty() && end && *end == '\0';
    if (!core::ParseFinancialYearLabel(target_year))
      errors.Add("target_year", "Enter the target's year as a financial year, like 2025-26");
    if (!number || value < 0 || (out.unit == Unit::kPercentage && value > 100))
      errors.Add("target", out.unit == Unit::kPercentage ? "Enter the target as a percentage from 0 to 100"
                                                         : "Enter the target as a number, like 12.5");
    if (!errors.For("target_year") && !errors.For("target")) target = IndicatorTarget{target_year, value};
  }
  return errors;
}

}  // namespace safeboard::performance
