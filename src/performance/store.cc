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

namespace {

std::string CodeOf(Unit u) { return std::string(core::CodeOf(Units(), u)); }
std::string CodeOf(Better b) { return std::string(core::CodeOf(Betters(), b)); }
std::string CodeOf(Frequency f) { return std::string(core::CodeOf(Frequencies(), f)); }
std::string CodeOf(Responsible r) { return std::string(core::CodeOf(Responsibles(), r)); }
storage::Value DateOrNull(const std::optional<core::Date>& d) {
  return d ? storage::Value(core::FormatDate(*d)) : storage::Value(nullptr);
}

}  // namespace

std::int64_t PerformanceStore::CreateCluster(std::int64_t partnership_id, const std::string& name) {
  auto next = db_.QueryOne("SELECT COALESCE(MAX(position), 0) + 1 FROM indicator_clusters WHERE partnership_id = ?",
                           {partnership_id})->Int(0);
  return db_.Insert("INSERT INTO indicator_clusters (partnership_id, name, position) VALUES (?, ?, ?) RETURNING id",
                    {partnership_id, name, next});
}

std::vector<IndicatorCluster> PerformanceStore::ListClusters(std::int64_t partnership_id) {
  std::vector<IndicatorCluster> out;
  for (const auto& r : db_.Query("SELECT id, name, position FROM indicator_clusters WHERE partnership_id = ? "
                                 "ORDER BY position, name",
                                 {partnership_id}))
    out.push_back({r.Int(0), r.Text(1), static_cast<int>(r.Int(2))});
  return out;
}

void PerformanceStore::SetResponsibleAgencies(std::int64_t indicator_id, const std::vector<std::int64_t>& agencies) {
  db_.Exec("DELETE FROM indicator_agencies WHERE indicator_id = ?", {indicator_id});
  for (auto agency : agencies)
    db_.Exec("INSERT INTO indicator_agencies (indicator_id, agency_id) VALUES (?, ?)", {indicator_id, agency});
}

std::int64_t PerformanceStore::CreateIndicator(std::int64_t partnership_id, const Indicator& i) {
  auto id = db_.Insert(
      "INSERT INTO indicators (partnership_id, code, name, cluster_id, agency_id, unit, better, frequency, "
      "responsible, group_id, outcome, retired_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {partnership_id, i.code, i.name, i.cluster_id, storage::Nullable(i.agency_id), CodeOf(i.unit), CodeOf(i.better),
       CodeOf(i.frequency), CodeOf(i.responsible), storage::Nullable(i.group_id), i.outcome, DateOrNull(i.retired_on)});
  SetResponsibleAgencies(id, i.agency_ids);
  return id;
}

void PerformanceStore::UpdateIndicator(std::int64_t partnership_id, const Indicator& i) {
  bool ours = db_.QueryOne("SELECT 1 FROM indicators WHERE partnership_id = ? AND id = ?", {partnership_id, i.id})
                  .has_value();
  if (!ours) return;
  db_.Exec(
      "UPDATE indicators SET code = ?, name = ?, cluster_id = ?, agency_id = ?, unit = ?, better = ?, frequency = ?, "
      "responsible = ?, group_id = ?, outcome = ? WHERE partnership_id = ? AND id = ?",
      {i.code, i.name, i.cluster_id, storage::Nullable(i.agency_id), CodeOf(i.unit), CodeOf(i.better),
       CodeOf(i.frequency), CodeOf(i.responsible), storage::Nullable(i.group_id), i.outcome, partnership_id, i.id});
  SetResponsibleAgencies(i.id, i.agency_ids);
}

void PerformanceStore::RetireIndicator(std::int64_t partnership_id, std::int64_t id,
                                       const std::optional<core::Date>& retired_on) {
  db_.Exec("UPDATE indicators SET retired_on = ? WHERE partnership_id = ? AND id = ?",
           {DateOrNull(retired_on), partnership_id, id});
}

namespace {
constexpr const char* kIndicatorSelect =
    "SELECT i.id, i.code, i.name, i.cluster_id, COALESCE(c.name, ''), COALESCE(c.position, 0), i.unit, i.better, "
    "i.frequency, i.responsible, i.agency_id, COALESCE(a.name, ''), i.group_id, COALESCE(g.name, ''), i.outcome, "
    "i.retired_on FROM indicators i LEFT JOIN indicator_clusters c ON c.id = i.cluster_id "
    "LEFT JOIN agencies a ON a.id = i.agency_id LEFT JOIN partnership_groups g ON g.id = i.group_id ";
Indicator IndicatorFromRow(const storage::Row& r) {
  Indicator i;
  i.id = r.Int(0);
  i.code = r.Text(1);
  i.name = r.Text(2);
  i.cluster_id = r.IsNull(3) ? 0 : r.Int(3);
  i.cluster_name = r.Text(4);
  i.cluster_position = static_cast<int>(r.Int(5));
  i.unit = core::ParseCode(Units(), r.Text(6)).value_or(Unit::kCount);
  i.better = core::ParseCode(Betters(), r.Text(7)).value_or(Better::kHigher);
  i.frequency = core::ParseCode(Frequencies(), r.Text(8)).value_or(Frequency::kAnnual);
  i.responsible = core::ParseCode(Responsibles(), r.Text(9)).value_or(Responsible::kAgency);
  i.agency_id = r.OptInt(10);
  i.group_id = r.OptInt(12);
  i.outcome = r.Text(14);
  if (!r.IsNull(15)) i.retired_on = core::ParseDate(r.Text(15));
  switch (i.responsible) {
    case Responsible::kAgency: i.responsible_name = i.agency_id ? r.Text(11) : "Not assigned"; break;
    case Responsible::kAgencies: break;  // filled from indicator_agencies
    case Responsible::kAllAgencies: i.responsible_name = "All agencies"; break;
    case Responsible::kGroup: i.responsible_name = r.Text(13); break;
  }
  return i;
}
}  // namespace

void PerformanceStore::AddResponsibleAgencies(std::int64_t partnership_id, std::vector<Indicator>& indicators) {
  std::map<std::int64_t, Indicator*> several;
  for (auto& i : indicators)
    if (i.responsible == Responsible::kAgencies) several[i.id] = &i;
  if (several.empty()) return;
  for (const auto& r : db_.Query("SELECT ia.indicator_id, a.id, a.name FROM indicator_agencies ia JOIN indicators i "
                                 "ON i.id = ia.indicator_id JOIN agencies a ON a.id = ia.agency_id "
                                 "WHERE i.partnership_id = ? ORDER BY a.name",
                                 {partnership_id}))
    if (auto it = several.find(r.Int(0)); it != several.end()) {
      it->second->agency_ids.push_back(r.Int(1));
      it->second->responsible_name += (it->second->responsible_name.empty() ? "" : "; ") + r.Text(2);
    }
}

int PerformanceStore::CountIndicators(std::int64_t partnership_id) {
  return static_cast<int>(
      db_.QueryOne("SELECT COUNT(*) FROM indicators WHERE partnership_id = ?", {partnership_id})->Int(0));
}

std::vector<Indicator> PerformanceStore::ListIndicators(std::int64_t partnership_id) {
  std::vector<Indicator> out;
  for (const auto& r : db_.Query(std::string(kIndicatorSelect) +
                                     "WHERE i.partnership_id = ? ORDER BY COALESCE(c.position, 0), c.name, i.code",
                                 {partnership_id}))
    out.push_back(IndicatorFromRow(r));
  AddResponsibleAgencies(partnership_id, out);
  return out;
}

std::optional<Indicator> PerformanceStore::FindIndicator(std::int64_t partnership_id, std::int64_t id) {
  auto r = db_.QueryOne(std::string(kIndicatorSelect) + "WHERE i.partnership_id = ? AND i.id = ?", {partnership_id, id});
  if (!r) return std::nullopt;
  std::vector<Indicator> one{IndicatorFromRow(*r)};
  AddResponsibleAgencies(partnership_id, one);
  return one.front();
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
  // RULE: issue 14 - the responsible agency, any of several, any agency, or the responsible
  // group: people of the agency (or members of the group) with a current membership.
  return db_
      .QueryOne(
          "SELECT 1 FROM indicators i JOIN people p ON p.partnership_id = i.partnership_id JOIN memberships m ON "
          "m.person_id = p.id WHERE i.partnership_id = ? AND i.id = ? AND p.user_id = ? AND " +
              governance::MembershipCurrentOnSql() +
              " AND ((i.responsible = 'agency' AND p.agency_id = i.agency_id) "
              "OR (i.responsible = 'agencies' AND p.agency_id IN "
              "(SELECT ia.agency_id FROM indicator_agencies ia WHERE ia.indicator_id = i.id)) "
              "OR (i.responsible = 'all_agencies' AND p.agency_id IS NOT NULL) "
              "OR (i.responsible = 'group' AND m.group_id = i.group_id))",
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

std::map<std::int64_t, std::map<std::string, double>> PerformanceStore::TargetsByIndicator(std::int64_t partnership_id) {
  std::map<std::int64_t, std::map<std::string, double>> out;
  for (const auto& r : db_.Query("SELECT t.indicator_id, t.year_label, t.value FROM indicator_targets t "
                                 "JOIN indicators i ON i.id = t.indicator_id WHERE i.partnership_id = ?",
                                 {partnership_id}))
    out[r.Int(0)][r.Text(1)] = r.Real(2);
  return out;
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
