// The performance part of the demo board (populations, child protection figures, indicators),
// through the area's store.
#include "performance/demo.h"

#include "performance/store.h"

#include <map>
#include <vector>

namespace safeboard::performance {

using demo::OptDate;
using demo::OptRef;
using demo::Ref;
using demo::Str;
using demo::Vocab;
namespace json = boost::json;

void LoadDemo(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  {
    PerformanceStore performance(load.db);
    for (const auto& [year, population] : file.at("populations").as_object())
      performance.SetPopulation(partnership_id, std::stoi(std::string(year)), population.as_int64());
    for (const auto& [year, figures] : file.at("child_protection").as_object())
      for (const auto& [measure, value] : figures.as_object())
        performance.SetFigure(partnership_id, std::stoi(std::string(year)), std::string(measure), value.as_int64());
    auto number = [](const json::value& v) { return v.is_double() ? v.as_double() : static_cast<double>(v.as_int64()); };
    // The demo board's own clusters, in its order, by the codes its file uses.
    const std::vector<std::pair<std::string, std::string>> kDemoClusters = {
        {"staying_safe", "Staying safe"},
        {"prevention", "Engagement with prevention"},
        {"child_protection", "Engagement with child protection"},
        {"quality", "Quality and improvement"}};
    std::map<std::string, std::int64_t> clusters;
    for (const auto& [code, name] : kDemoClusters) clusters[code] = performance.CreateCluster(partnership_id, name);
    for (const auto& v : file.at("indicators").as_array()) {
      const auto& o = v.as_object();
      Indicator indicator;
      indicator.code = Str(o, "code");
      indicator.name = Str(o, "name");
      indicator.cluster_id = clusters.at(Str(o, "cluster"));
      indicator.unit = Vocab(Units(), o, "unit");
      indicator.better = Vocab(Betters(), o, "better");
      indicator.responsible = Responsible::kAgency;
      indicator.agency_id = OptRef(load.agencies, o, "agency", "agency");
      auto id = performance.CreateIndicator(partnership_id, indicator);
      for (const auto& [period, value] : o.at("values").as_object()) performance.SetValue(id, std::string(period), number(value));
      // Rates are computed from counts and the year's population, never typed in.
      if (auto counts = o.find("counts"); counts != o.end())
        for (const auto& [period, count] : counts->value().as_object()) {
          std::string p(period);
          auto population = performance.Population(partnership_id, YearOfPeriod(p));
          if (!population) throw std::runtime_error("demo data: no population for " + p);
          performance.SetValue(id, p, static_cast<double>(*RateTenthsPer10000(count.as_int64(), *population)) / 10.0);
        }
      for (const auto& [year, value] : o.at("targets").as_object()) performance.SetTarget(id, std::string(year), number(value));
      for (const auto& [year, value] : o.at("national").as_object())
        performance.SetComparator(id, std::string(year), "national", number(value));
    }
  }
}

}  // namespace safeboard::performance
