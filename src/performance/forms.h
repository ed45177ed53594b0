// Reading an indicator from the page's form, the API or a spreadsheet: the one validation path.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/field_errors.h"
#include "performance/model.h"

namespace safeboard::performance {

// What an indicator may refer to in its partnership.
struct IndicatorChoices {
  std::vector<IndicatorCluster> clusters;
  std::vector<std::int64_t> agencies;
  std::vector<std::int64_t> groups;
  std::vector<std::string> codes_taken;  // other indicators' codes
};

struct IndicatorTarget {
  std::string year;  // "2025-26"
  double value = 0;
};

// Fields: code, name; cluster_id (one of the board's clusters) or new_cluster (a name for a new
// one); responsible (agency, agencies, all_agencies, group) with agency_id, agency_ids (one id
// per line; or agency_ids-<id> = yes from checkboxes) or group_id; unit, better, frequency;
// outcome; and optionally target_year with target. `new_cluster` is set when the indicator
// starts a cluster; `target` when one was given. Keeps out.id.
core::FieldErrors ReadIndicator(const core::FieldValues& in, const IndicatorChoices& choices, Indicator& out,
                                std::string& new_cluster, std::optional<IndicatorTarget>& target);

}  // namespace safeboard::performance
