// Performance data in SQL both backends run.
#include "performance/store.h"

namespace safeboard::performance {

void PerformanceStore::SetPopulation(std::int64_t partnership_id, int year_start, std::int64_t population) {
  db_.Exec("DELETE FROM child_populations WHERE partnership_id = ? AND year_start = ?",
           {partnership_id, std::int64_t{year_start}});
  db_.Exec("INSERT INTO child_populations (partnership_id, year_start, population) VALUES (?, ?, ?)",
           {partnership_id, std::int64_t{year_start}, population});
}

std::optional<std::int64_t> PerformanceStore::Population(std::int64_t partnership_id, int year_start) {
  auto r = db_.QueryOne("SELECT population FROM child_populations WHERE partnership_id = ? AND year_start = ?",
                        {partnership_id, std::int64_t{year_start}});
  if (!r) return std::nullopt;
  return r->Int(0);
}

void PerformanceStore::SetFigure(std::int64_t partnership_id, int year_start, const std::string& measure,
                                 std::int64_t value) {
  db_.Exec("DELETE FROM child_protection_figures WHERE partnership_id = ? AND year_start = ? AND measure = ?",
           {partnership_id, std::int64_t{year_start}, measure});
  db_.Exec("INSERT INTO child_protection_figures (partnership_id, year_start, measure, value) VALUES (?, ?, ?, ?)",
           {partnership_id, std::int64_t{year_start}, measure, value});
}

std::map<std::string, std::int64_t> PerformanceStore::Figures(std::int64_t partnership_id, int year_start) {
  std::map<std::string, std::int64_t> out;
  for (const auto& r : db_.Query(
           "SELECT measure, value FROM child_protection_figures WHERE partnership_id = ? AND year_start = ?",
           {partnership_id, std::int64_t{year_start}}))
    out[r.Text(0)] = r.Int(1);
  return out;
}

std::vector<int> PerformanceStore::FigureYears(std::int64_t partnership_id) {
  std::vector<int> out;
  for (const auto& r : db_.Query(
           "SELECT DISTINCT year_start FROM child_protection_figures WHERE partnership_id = ? ORDER BY year_start",
           {partnership_id}))
    out.push_back(static_cast<int>(r.Int(0)));
  return out;
}

std::int64_t PerformanceStore::CreateIndicator(std::int64_t partnership_id, const Indicator& i,
                                               std::optional<std::int64_t> agency_id) {
  return db_.Insert(
      "INSERT INTO indicators (partnership_id, code, name, cluster, agency_id, unit, better, frequency) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, i.code, i.name, std::string(core::CodeOf(Clusters(), i.cluster)), storage::Nullable(agency_id),
       std::string(core::CodeOf(Units(), i.unit)), std::string(core::CodeOf(Betters(), i.better)),
       std::string(core::CodeOf(Frequencies(), i.frequency))});
}

namespace {
constexpr const char* kIndicatorSelect =
    "SELECT i.id, i.code, i.name, i.cluster, COALESCE(a.name, ''), i.unit, i.better, i.frequency "
    "FROM indicators i LEFT JOIN agencies a ON a.id = i.agency_id ";
Indicator IndicatorFromRow(const storage::Row& r) {
  return Indicator{r.Int(0), r.Text(1), r.Text(2),
                   core::ParseCode(Clusters(), r.Text(3)).value_or(Cluster::kStayingSafe), r.Text(4),
                   core::ParseCode(Units(), r.Text(5)).value_or(Unit::kCount),
                   core::ParseCode(Betters(), r.Text(6)).value_or(Better::kHigher),
                   core::ParseCode(Frequencies(), r.Text(7)).value_or(Frequency::kAnnual)};
}
}  // namespace

std::vector<Indicator> PerformanceStore::ListIndicators(std::int64_t partnership_id) {
  std::vector<Indicator> out;
  for (const auto& r : db_.Query(std::string(kIndicatorSelect) + "WHERE i.partnership_id = ? ORDER BY i.cluster, i.code",
                                 {partnership_id}))
    out.push_back(IndicatorFromRow(r));
  return out;
}

std::optional<Indicator> PerformanceStore::FindIndicator(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string(kIndicatorSelect) + "WHERE i.partnership_id = ? AND i.id = ?", {partnership_id, id});
  if (!r) return std::nullopt;
  return IndicatorFromRow(*r);
}

// One statement, not DELETE then INSERT: an import of a million values runs it a million times.
// ON CONFLICT ... DO UPDATE is the same in SQLite (3.24+) and PostgreSQL.
void PerformanceStore::SetValue(std::int64_t indicator_id, const std::string& period, double value) {
  db_.Exec("INSERT INTO indicator_values (indicator_id, period, value) VALUES (?, ?, ?) "
           "ON CONFLICT (indicator_id, period) DO UPDATE SET value = excluded.value",
           {indicator_id, period, value});
}

void PerformanceStore::SetTarget(std::int64_t indicator_id, const std::string& year, double value) {
  db_.Exec("INSERT INTO indicator_targets (indicator_id, year_label, value) VALUES (?, ?, ?) "
           "ON CONFLICT (indicator_id, year_label) DO UPDATE SET value = excluded.value",
           {indicator_id, year, value});
}

void PerformanceStore::SetComparator(std::int64_t indicator_id, const std::string& year, const std::string& kind,
                                     double value) {
  db_.Exec("INSERT INTO indicator_comparators (indicator_id, year_label, kind, value) VALUES (?, ?, ?, ?) "
           "ON CONFLICT (indicator_id, year_label, kind) DO UPDATE SET value = excluded.value",
           {indicator_id, year, kind, value});
}

bool PerformanceStore::IsOfResponsibleAgency(std::int64_t partnership_id, std::int64_t indicator_id,
                                             std::int64_t user_id, const std::string& today) {
  return db_
      .QueryOne(
          "SELECT 1 FROM indicators i JOIN people p ON p.agency_id = i.agency_id JOIN memberships m ON "
          "m.person_id = p.id WHERE i.partnership_id = ? AND i.id = ? AND p.user_id = ? AND "
          "m.started_on <= ? AND (m.ended_on IS NULL OR m.ended_on >= ?)",
          {partnership_id, indicator_id, user_id, today, today})
      .has_value();
}

std::vector<SeriesPoint> PerformanceStore::Series(std::int64_t indicator_id) {
  std::vector<SeriesPoint> out;
  auto year_of = [](const std::string& period) { return period.substr(0, 7); };
  for (const auto& r : db_.Query("SELECT period, value FROM indicator_values WHERE indicator_id = ? ORDER BY period",
                                 {indicator_id})) {
    SeriesPoint p{r.Text(0), r.Real(1), std::nullopt, std::nullopt, std::nullopt};
    std::string year = year_of(p.period);
    if (auto t = db_.QueryOne("SELECT value FROM indicator_targets WHERE indicator_id = ? AND year_label = ?",
                              {indicator_id, year}))
      p.target = t->Real(0);
    for (const auto& c : db_.Query(
             "SELECT kind, value FROM indicator_comparators WHERE indicator_id = ? AND year_label = ?",
             {indicator_id, year}))
      (c.Text(0) == "national" ? p.national : p.neighbours) = c.Real(1);
    out.push_back(p);
  }
  return out;
}

}  // namespace safeboard::performance
