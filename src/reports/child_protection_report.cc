// Building the child protection table.
#include "reports/child_protection_report.h"

#include "performance/performance.h"

namespace safeboard::reports {

ChildProtectionTable BuildChildProtectionTable(const std::vector<int>& years,
                                               const std::map<int, std::map<std::string, std::int64_t>>& figures,
                                               const std::map<int, std::int64_t>& populations) {
  ChildProtectionTable table{years, {}};
  auto value_of = [&](int year, const std::string& code) -> std::optional<std::int64_t> {
    auto y = figures.find(year);
    if (y == figures.end()) return std::nullopt;
    auto v = y->second.find(code);
    if (v == y->second.end()) return std::nullopt;
    return v->second;
  };
  for (const auto& m : performance::ChildProtectionMeasures()) {
    ChildProtectionRow row{std::string(m.code), std::string(m.label), {}};
    for (int year : years) {
      auto v = value_of(year, row.code);
      row.values.push_back(v ? std::optional(std::to_string(*v)) : std::nullopt);
    }
    table.rows.push_back(std::move(row));
    // RULE: the rate per 10,000 is computed, never typed in.
    if (m.code == "plans_at_year_end") {
      ChildProtectionRow rate{"plans_per_10000", "Children subject to a child protection plan at 31 March per 10,000 aged 0-17", {}};
      for (int year : years) {
        auto count = value_of(year, "plans_at_year_end");
        auto population = populations.find(year);
        std::optional<std::int64_t> tenths;
        if (count && population != populations.end())
          tenths = performance::RateTenthsPer10000(*count, population->second);
        rate.values.push_back(tenths ? std::optional(performance::FormatTenths(*tenths)) : std::nullopt);
      }
      table.rows.push_back(std::move(rate));
    }
  }
  // Category and age shares of the children who became subject to a plan.
  for (const auto& [prefix, measures] : {std::pair{std::string("category:"), performance::PlanCategories()},
                                         std::pair{std::string("age:"), performance::AgeBands()}}) {
    std::vector<std::vector<std::int64_t>> counts(years.size());
    bool any = false;
    for (std::size_t y = 0; y < years.size(); ++y)
      for (const auto& m : measures) {
        auto v = value_of(years[y], prefix + std::string(m.code));
        counts[y].push_back(v.value_or(0));
        any = any || v.has_value();
      }
    if (!any) continue;
    std::vector<std::vector<int>> shares;
    for (const auto& c : counts) shares.push_back(performance::Shares(c));
    for (std::size_t i = 0; i < measures.size(); ++i) {
      ChildProtectionRow row{prefix + std::string(measures[i].code),
                             (prefix == "age:" ? "Aged " : "Category: ") + std::string(measures[i].label) +
                                 " (% of children becoming subject)",
                             {}};
      for (std::size_t y = 0; y < years.size(); ++y) {
        bool recorded = value_of(years[y], prefix + std::string(measures[i].code)).has_value();
        row.values.push_back(recorded ? std::optional(std::to_string(counts[y][i]) + " (" + std::to_string(shares[y][i]) + "%)")
                                      : std::nullopt);
      }
      table.rows.push_back(std::move(row));
    }
  }
  return table;
}

}  // namespace safeboard::reports
