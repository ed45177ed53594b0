// The child protection data set as the annual report prints it (appendix 3), one column per
// year, with the rate per 10,000 children computed from the count and the child population,
// and the category and age shares of children becoming subject to a plan.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace safeboard::reports {

struct ChildProtectionRow {
  std::string code;
  std::string label;
  std::vector<std::optional<std::string>> values;  // one per year, as displayed
};

struct ChildProtectionTable {
  std::vector<int> years;  // financial years by their starting year
  std::vector<ChildProtectionRow> rows;
};

// `figures[year]` maps measure codes to values; `populations[year]` is the 0-17 population.
ChildProtectionTable BuildChildProtectionTable(const std::vector<int>& years,
                                               const std::map<int, std::map<std::string, std::int64_t>>& figures,
                                               const std::map<int, std::int64_t>& populations);

}  // namespace safeboard::reports
