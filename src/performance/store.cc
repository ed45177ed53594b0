// Performance data in SQL both backends run.
#include "performance/store.h"
#include "governance/store.h"

namespace safeboard::performance {

void PerformanceStore::SetPopulation(std::int64_t partnership_id, int year_start, std::int64_t population) {
  db_.Exec("DELETE FROM child_populations WHERE partnership_id = ? AND year_start = ?",
           {partnership_id, std::int64_t{year_start}});
  db_.Exec("INSERT INTO child_populations (partnership_id, year_start, population) VALUES (?, ?, ?)",
           {partnership_id, std::int64_t{year_start}, population});
}

std::map<int, std::int64_t> PerformanceStore::Populations(std::int64_t partnership_id) {
  std::map<int, std::int64_t> out;
  for (const auto& r : db_.Query("SELECT year_start, population FROM child_populations WHERE partnership_id = ? "
                                 "ORDER BY year_start",
                                 {partnership_id}))
    out[static_cast<int>(r.Int(0))] = r.Int(1);
  return out;
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

int PerformanceStore::CountIndicators(std::int64_t partnership_id) {
  return static_cast<int>(
      db_.QueryOne("SELECT COUNT(*) FROM indicators WHERE partnership_id = ?", {partnership_id})->Int(0));
}

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
          + governance::MembershipCurrentOnSql(),
          {partnership_id, indicator_id, user_id, today, today})
      .has_value();
}

namespace {

// A value with the target and comparators of the year its period falls in ("2011-12 Q3" falls
// in "2011-12"): one joined query, not two more per value.
constexpr std::string_view kPointSelect =
    "SELECT v.indicator_id, v.period, v.value, t.value, n.value, s.value FROM indicator_values v "
    "LEFT JOIN indicator_targets t ON t.indicator_id = v.indicator_id AND t.year_label = substr(v.period, 1, 7) "
    "LEFT JOIN indicator_comparators n ON n.indicator_id = v.indicator_id AND n.year_label = substr(v.period, 1, 7) "
    "AND n.kind = 'national' "
    "LEFT JOIN indicator_comparators s ON s.indicator_id = v.indicator_id AND s.year_label = substr(v.period, 1, 7) "
    "AND s.kind = 'statistical_neighbours' ";

SeriesPoint PointFromRow(const storage::Row& r) {
  auto real = [&](std::size_t i) { return r.IsNull(i) ? std::nullopt : std::optional<double>(r.Real(i)); };
  return SeriesPoint{r.Text(1), r.Real(2), real(3), real(4), real(5)};
}

}  // namespace

std::vector<SeriesPoint> PerformanceStore::Series(std::int64_t partnership_id, std::int64_t indicator_id) {
  std::vector<SeriesPoint> out;
  for (const auto& r : db_.Query(std::string(kPointSelect) +
                                     "JOIN indicators i ON i.id = v.indicator_id "
                                     "WHERE i.partnership_id = ? AND v.indicator_id = ? ORDER BY v.period",
                                 {partnership_id, indicator_id}))
    out.push_back(PointFromRow(r));
  return out;
}

ValueImport PerformanceStore::CheckImport(std::int64_t partnership_id,
                                          const std::vector<std::vector<std::string>>& table) {
  std::vector<std::pair<std::string, Unit>> units;
  for (const auto& i : ListIndicators(partnership_id)) units.emplace_back(i.code, i.unit);
  return CheckValueImport(table, units);
}

void PerformanceStore::SaveImport(std::int64_t partnership_id, const std::vector<ValueImportRow>& rows) {
  std::map<std::string, std::int64_t, std::less<>> ids;
  for (const auto& i : ListIndicators(partnership_id)) ids[i.code] = i.id;
  for (const auto& row : rows) SetValue(ids.at(row.code), row.period, row.value);
}

std::map<std::int64_t, SeriesPoint> PerformanceStore::LatestPoints(std::int64_t partnership_id) {
  std::map<std::int64_t, SeriesPoint> out;
  for (const auto& r : db_.Query(std::string(kPointSelect) +
                                     "JOIN indicators i ON i.id = v.indicator_id WHERE i.partnership_id = ? AND "
                                     "v.period = (SELECT MAX(w.period) FROM indicator_values w "
                                     "WHERE w.indicator_id = v.indicator_id)",
                                 {partnership_id}))
    out.emplace(r.Int(0), PointFromRow(r));
  return out;
}

}  // namespace safeboard::performance
