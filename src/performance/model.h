// The performance records as stored: indicators and their series.
// Plain values: no storage here, so rules and reports can use them without a store.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "performance/performance.h"

namespace safeboard::performance {

// A cluster of the board's own indicator catalogue ("Staying safe"), in its order.
struct IndicatorCluster {
  std::int64_t id = 0;
  std::string name;
  int position = 0;
};

struct Indicator {
  std::int64_t id = 0;
  std::string code;
  std::string name;
  std::int64_t cluster_id = 0;
  Unit unit = Unit::kPercentage;
  Better better = Better::kHigher;
  Frequency frequency = Frequency::kAnnual;
  Responsible responsible = Responsible::kAgency;
  std::optional<std::int64_t> agency_id;  // kAgency (none on an indicator not yet assigned)
  std::vector<std::int64_t> agency_ids;   // kAgencies
  std::optional<std::int64_t> group_id;   // kGroup
  std::string outcome;                    // what the board wants it to show
  std::optional<core::Date> retired_on;
  // As read back, for display: the cluster's name and who is responsible ("Thames Valley
  // Police", "Police; Health", "All agencies", a group's name, "Not assigned").
  std::string cluster_name;
  int cluster_position = 0;
  std::string responsible_name;
};

struct SeriesPoint {
  std::string period;
  double value = 0;
  std::optional<double> target;
  std::optional<double> national;
  std::optional<double> neighbours;
};

}  // namespace safeboard::performance
