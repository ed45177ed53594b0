// The performance records as stored: indicators and their series.
// Plain values: no storage here, so rules and reports can use them without a store.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "performance/performance.h"

namespace safeboard::performance {

struct Indicator {
  std::int64_t id = 0;
  std::string code;
  std::string name;
  Cluster cluster = Cluster::kStayingSafe;
  std::string agency_name;
  Unit unit = Unit::kPercentage;
  Better better = Better::kHigher;
  Frequency frequency = Frequency::kAnnual;
};

struct SeriesPoint {
  std::string period;
  double value = 0;
  std::optional<double> target;
  std::optional<double> national;
  std::optional<double> neighbours;
};

}  // namespace safeboard::performance
