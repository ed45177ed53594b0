// Performance data in the database, scoped by partnership.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "performance/model.h"
#include "storage/database.h"

namespace safeboard::performance {

class PerformanceStore {
 public:
  explicit PerformanceStore(storage::Connection& db) : db_(db) {}
  void SetPopulation(std::int64_t partnership_id, int year_start, std::int64_t population);
  std::optional<std::int64_t> Population(std::int64_t partnership_id, int year_start);
  // Every year's child population, by the year it starts in.
  std::map<int, std::int64_t> Populations(std::int64_t partnership_id);
  void SetFigure(std::int64_t partnership_id, int year_start, const std::string& measure, std::int64_t value);
  // measure code -> value, for one year.
  std::map<std::string, std::int64_t> Figures(std::int64_t partnership_id, int year_start);
  std::vector<int> FigureYears(std::int64_t partnership_id);

  // The board's own clusters of indicators, in order; a new one goes last.
  std::int64_t CreateCluster(std::int64_t partnership_id, const std::string& name);
  std::vector<IndicatorCluster> ListClusters(std::int64_t partnership_id);
  // Indicators: created, changed, retired on a day (or brought back with nullopt); never deleted.
  std::int64_t CreateIndicator(std::int64_t partnership_id, const Indicator& indicator);
  void UpdateIndicator(std::int64_t partnership_id, const Indicator& indicator);
  void RetireIndicator(std::int64_t partnership_id, std::int64_t id, const std::optional<core::Date>& retired_on);
  std::vector<Indicator> ListIndicators(std::int64_t partnership_id);
  int CountIndicators(std::int64_t partnership_id);
  std::optional<Indicator> FindIndicator(std::int64_t partnership_id, std::int64_t id);
  void SetValue(std::int64_t indicator_id, const std::string& period, double value);
  void SetTarget(std::int64_t indicator_id, const std::string& year, double value);
  // Every indicator's targets by year label.
  std::map<std::int64_t, std::map<std::string, double>> TargetsByIndicator(std::int64_t partnership_id);
  void SetComparator(std::int64_t indicator_id, const std::string& year, const std::string& kind, double value);
  // Values by period with the target and comparators of the year the period falls in.
  std::vector<SeriesPoint> Series(std::int64_t partnership_id, std::int64_t indicator_id);
  // Each indicator's latest value (the last of its Series), by indicator id; indicators without
  // values are absent. One query for the whole catalogue (the performance overview).
  std::map<std::int64_t, SeriesPoint> LatestPoints(std::int64_t partnership_id);
  // A spreadsheet of values (columns Code, Period, Value) checked against the partnership's
  // catalogue; then, with no errors, its rows saved (in the caller's transaction). The page's
  // import and `safeboard import values` both use these.
  ValueImport CheckImport(std::int64_t partnership_id, const std::vector<std::vector<std::string>>& table);
  void SaveImport(std::int64_t partnership_id, const std::vector<ValueImportRow>& rows);
  // RULE: issue 4 - values are entered by the responsible agency's members (people of that
  // agency with a current membership) or the board team.
  bool IsOfResponsibleAgency(std::int64_t partnership_id, std::int64_t indicator_id, std::int64_t user_id,
                             const std::string& today);

 private:
  void SetResponsibleAgencies(std::int64_t indicator_id, const std::vector<std::int64_t>& agencies);
  void AddResponsibleAgencies(std::int64_t partnership_id, std::vector<Indicator>& indicators);
  storage::Connection& db_;
};

}  // namespace safeboard::performance
