// Performance pages.
#include "views/pages/performance_pages.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/csv.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "performance/store.h"
#include "reports/child_protection_report.h"
#include "views/area_registry.h"
#include "views/pages/common.h"
#include "views/table_export.h"

namespace safeboard::views::pages {
namespace {

const AreaRegistration kPerformanceArea{
    {{50, "Performance", "/performance"}},
    {{"value-recorded", "Value recorded"}, {"values-imported", "Values imported"},
     {"targets-saved", "Targets and comparators saved"}}};

using http::Context;
using http::Response;
using performance::PerformanceStore;

std::string Number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", v);
  std::string s = buffer;
  if (s.ends_with(".0")) s.resize(s.size() - 2);
  return s;
}

std::string WithUnit(double v, performance::Unit unit) {
  return Number(v) + (unit == performance::Unit::kPercentage ? "%" : "");
}

void TargetTag(Html& h, const performance::Indicator& i, const performance::SeriesPoint& p) {
  StatusTag(h, performance::StatusOf(performance::Compare(p.value, p.target, i.better)));
}

// A line chart of values with target and national markers. The SVG has a title and description
// and is hidden from assistive technology in favour of the table that follows it.
void Chart(Html& h, const performance::Indicator& indicator, const std::vector<performance::SeriesPoint>& series) {
  if (series.empty()) return;
  double lo = 0, hi = 1;
  for (const auto& p : series) {
    hi = std::max({hi, p.value, p.target.value_or(0), p.national.value_or(0)});
  }
  hi *= 1.1;
  const int width = 640, height = 240, left = 48, bottom = 32, top = 16;
  auto x = [&](std::size_t i) {
    return left + (series.size() == 1 ? (width - left) / 2.0 : i * (width - left - 20.0) / (series.size() - 1));
  };
  auto y = [&](double v) { return top + (height - top - bottom) * (1 - (v - lo) / (hi - lo)); };
  h.Open("svg", {{"class", "app-chart"}, {"viewBox", "0 0 640 240"}, {"role", "img"},
                 {"aria-labelledby", "chart-title"}, {"focusable", "false"}});
  h.Element("title", {{"id", "chart-title"}}, indicator.code + " " + indicator.name + ": values by period (the table below has the numbers)");
  h.Void("line", {{"x1", std::to_string(left)}, {"y1", std::to_string(height - bottom)}, {"x2", std::to_string(width)},
                  {"y2", std::to_string(height - bottom)}, {"stroke", "#505a5f"}});
  std::string points;
  for (std::size_t i = 0; i < series.size(); ++i) {
    points += Number(x(i)) + "," + Number(y(series[i].value)) + " ";
    h.Open("text", {{"x", Number(x(i))}, {"y", std::to_string(height - 10)}, {"text-anchor", "middle"},
                    {"font-size", "13"}, {"fill", "#0b0c0c"}});
    h.Text(series[i].period).Close("text");
    if (series[i].target)
      h.Void("rect", {{"x", Number(x(i) - 10)}, {"y", Number(y(*series[i].target) - 1.5)}, {"width", "20"},
                      {"height", "3"}, {"fill", "#00703c"}});
    if (series[i].national)
      h.Void("circle", {{"cx", Number(x(i))}, {"cy", Number(y(*series[i].national))}, {"r", "5"},
                        {"fill", "none"}, {"stroke", "#d4351c"}, {"stroke-width", "2"}});
    h.Void("circle", {{"cx", Number(x(i))}, {"cy", Number(y(series[i].value))}, {"r", "5"}, {"fill", "#1d70b8"}});
  }
  if (series.size() > 1)
    h.Void("polyline", {{"points", points}, {"fill", "none"}, {"stroke", "#1d70b8"}, {"stroke-width", "3"}});
  h.Close("svg");
  h.Element("p", {{"class", "govuk-body-s"}},
            "Blue: our value. Green bar: target for the year. Red ring: national figure.");
}

}  // namespace

Response ShowPerformanceDashboard(Context& ctx) {
  PerformanceStore store(ctx.db);
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/child-protection"), "Child protection data set");
  h.Text(" | ");
  Link(h, ctx.PartnershipPath("/indicators.csv"), "Download values as CSV");
  h.Text(" | ");
  Link(h, ctx.PartnershipPath("/indicators.xlsx"), "Download values as Excel");
  h.Close("p");
  if (CanManage(ctx))
    ButtonLink(h, ctx.PartnershipPath("/indicators/import"), "Import values from a spreadsheet", true);
  auto indicators = store.ListIndicators(ctx.partnership_id());
  auto latest_points = store.LatestPoints(ctx.partnership_id());
  for (const auto& cluster : performance::Clusters()) {
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& i : indicators) {
      if (i.cluster != cluster.value) continue;
      Html latest, against;
      if (auto point = latest_points.find(i.id); point == latest_points.end()) {
        latest.Text("No values yet");
      } else {
        latest.Text(WithUnit(point->second.value, i.unit) + " (" + point->second.period + ")");
        TargetTag(against, i, point->second);
      }
      rows.push_back({LinkCell(ctx.PartnershipPath("/indicators/" + std::to_string(i.id)), i.code + " " + i.name),
                      TextCell(i.agency_name), latest.Build(),
                      TextCell(std::string(core::LabelOf(performance::Betters(), i.better))), against.Build()});
    }
    if (!rows.empty())
      Table(h, std::string(cluster.label), {"Indicator", "Responsible agency", "Latest", "Direction", "Against target"}, rows);
  }
  auto chrome = Chrome(ctx, "Performance", "Performance");
  chrome.success = SuccessMessage(ctx);
  return Page(ctx, std::move(chrome), std::move(h));
}

namespace {

bool CanRecord(Context& ctx, const performance::Indicator& i) {
  return CanManage(ctx) ||
         (ctx.session && PerformanceStore(ctx.db).IsOfResponsibleAgency(ctx.partnership_id(), i.id, ctx.session->user.id,
                                                                         core::FormatDate(core::DateOf(ctx.clock.Now()))));
}

Response RenderIndicator(Context& ctx, const performance::Indicator& i, const FormState& form, int status) {
  PerformanceStore store(ctx.db);
  auto series = store.Series(i.id);
  Html h;
  SummaryList(h, {{"Cluster", std::string(core::LabelOf(performance::Clusters(), i.cluster))},
                  {"Responsible agency", i.agency_name},
                  {"Unit", std::string(core::LabelOf(performance::Units(), i.unit))},
                  {"Which direction is better", std::string(core::LabelOf(performance::Betters(), i.better))},
                  {"Frequency", std::string(core::LabelOf(performance::Frequencies(), i.frequency))}});
  Chart(h, i, series);
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& p : series) {
    Html against;
    TargetTag(against, i, p);
    rows.push_back({TextCell(p.period), TextCell(WithUnit(p.value, i.unit)),
                    TextCell(p.target ? WithUnit(*p.target, i.unit) : ""),
                    TextCell(p.national ? WithUnit(*p.national, i.unit) : ""),
                    TextCell(p.neighbours ? WithUnit(*p.neighbours, i.unit) : ""), against.Build()});
  }
  Table(h, "Values", {"Period", "Value", "Target", "National", "Statistical neighbours", "Against target"}, rows);
  if (CanRecord(ctx, i)) {
    ErrorSummary(h, form.errors);
    h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/indicators/" + std::to_string(i.id) + "/values")},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    TextInput(h, form, "period", "Period", {.hint = "A year like 2011-12, or a quarter like 2011-12 Q1",
                                            .width_class = "govuk-input--width-10"});
    if (i.unit == performance::Unit::kRatePer10000)
      TextInput(h, form, "count", "Number of children",
                {.hint = "The rate per 10,000 is computed from the child population of the year",
                 .width_class = "govuk-input--width-5"});
    else
      TextInput(h, form, "value", "Value", {.width_class = "govuk-input--width-5"});
    Button(h, "Record value", true);
    h.Close("form");
  }
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}}, "Targets and comparators");
    h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/indicators/" + std::to_string(i.id) + "/targets")},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    TextInput(h, form, "year", "Year", {.hint = "For example, 2011-12", .width_class = "govuk-input--width-10"});
    TextInput(h, form, "target", "Target (optional)", {.width_class = "govuk-input--width-5"});
    TextInput(h, form, "national", "National figure (optional)", {.width_class = "govuk-input--width-5"});
    TextInput(h, form, "neighbours", "Statistical neighbours (optional)", {.width_class = "govuk-input--width-5"});
    Button(h, "Save targets", true);
    h.Close("form");
  }
  auto chrome = Chrome(ctx, i.code + ": " + i.name, "Performance");
  chrome.breadcrumbs = {{"Performance", ctx.PartnershipPath("/performance")}};
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowIndicator(Context& ctx) {
  auto i = PerformanceStore(ctx.db).FindIndicator(ctx.partnership_id(), ctx.Id("id"));
  if (!i) throw http::NotFound{};
  return RenderIndicator(ctx, *i, FormState{}, 200);
}

Response RecordIndicatorValue(Context& ctx) {
  PerformanceStore store(ctx.db);
  auto i = store.FindIndicator(ctx.partnership_id(), ctx.Id("id"));
  if (!i) throw http::NotFound{};
  if (!CanRecord(ctx, *i)) return ErrorPage(ctx, 403);
  FormState form{Submitted(ctx), {}};
  std::string period;
  double value = 0;
  if (i->unit == performance::Unit::kRatePer10000) {
    // RULE: rates are computed from the count and the year's child population.
    auto population = store.Population(ctx.partnership_id(), performance::YearOfPeriod(core::Trim(form.Value("period"))));
    form.errors = performance::ReadRateFromCount(form.values, population, period, value);
  } else {
    form.errors = performance::ReadIndicatorValue(form.values, i->unit, period, value);
  }
  if (!form.errors.empty()) return RenderIndicator(ctx, *i, form, 422);
  storage::Transaction tx(ctx.db);
  store.SetValue(i->id, period, value);
  ctx.Audit("update", "indicator-value", i->id, period);
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/indicators/" + std::to_string(i->id)) + "?done=value-recorded");
}

Response ShowChildProtectionData(Context& ctx) {
  PerformanceStore store(ctx.db);
  auto years = store.FigureYears(ctx.partnership_id());
  std::map<int, std::map<std::string, std::int64_t>> figures;
  std::map<int, std::int64_t> populations;
  for (int y : years) {
    figures[y] = store.Figures(ctx.partnership_id(), y);
    if (auto p = store.Population(ctx.partnership_id(), y)) populations[y] = *p;
  }
  auto table = reports::BuildChildProtectionTable(years, figures, populations);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "As the annual report's appendix 3 sets it out. The rate per 10,000 is computed from the "
            "count and the child population aged 0-17 for the year, rounded to one decimal place.");
  std::vector<std::string> headings = {"Measure"};
  for (int y : years) headings.push_back(core::FinancialYearLabel(y));
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& row : table.rows) {
    std::vector<TrustedHtml> cells = {TextCell(row.label)};
    for (const auto& v : row.values) cells.push_back(TextCell(v.value_or("")));
    rows.push_back(std::move(cells));
  }
  Table(h, "", headings, rows);
  auto chrome = Chrome(ctx, "Child protection data", "Performance");
  chrome.breadcrumbs = {{"Performance", ctx.PartnershipPath("/performance")}};
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::views::pages

namespace safeboard::views::pages {
namespace {

std::pair<std::vector<std::string>, TableRows> IndicatorTable(Context& ctx) {
  PerformanceStore store(ctx.db);
  TableRows rows;
  auto opt = [](const std::optional<double>& v) { return v ? Number(*v) : std::string(); };
  for (const auto& i : store.ListIndicators(ctx.partnership_id()))
    for (const auto& p : store.Series(i.id))
      rows.push_back({i.code, i.name, std::string(core::CodeOf(performance::Units(), i.unit)), p.period,
                      Number(p.value), opt(p.target), opt(p.national), opt(p.neighbours)});
  return {{"Code", "Indicator", "Unit", "Period", "Value", "Target", "National", "Statistical neighbours"}, rows};
}

}  // namespace

Response ExportIndicatorsCsv(Context& ctx) {
  auto [headings, rows] = IndicatorTable(ctx);
  return CsvDownload("indicators.csv", headings, rows);
}

Response ExportIndicatorsXlsx(Context& ctx) {
  auto [headings, rows] = IndicatorTable(ctx);
  return XlsxDownload("indicators.xlsx", "Indicators", headings, rows);
}

}  // namespace safeboard::views::pages

namespace safeboard::views::pages {
namespace {

Response RenderValueImport(Context& ctx, const FormState& form, const std::vector<performance::ValueImportError>& errors,
                           int status) {
  Html h;
  ErrorSummary(h, form.errors);
  ImportErrors(h, errors);
  h.Element("p", {{"class", "govuk-body"}},
            "Upload a CSV file or Excel workbook with the columns Code (as in the catalogue, like NI 63), "
            "Period (2011-12 or 2011-12 Q1) and Value. Every row is checked before anything is saved; a "
            "value already recorded for the period is replaced.");
  h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/indicators/import")}, {"enctype", "multipart/form-data"}});
  CsrfField(h, ctx.csrf_token);
  FileUpload(h, form, "file", "Values (CSV or Excel)", "");
  Button(h, "Check and import");
  h.Close("form");
  auto chrome = Chrome(ctx, "Import indicator values", "Performance");
  chrome.breadcrumbs = {{"Performance", ctx.PartnershipPath("/performance")}};
  chrome.has_errors = !form.errors.empty() || !errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ImportValuesForm(Context& ctx) { return RenderValueImport(ctx, FormState{}, {}, 200); }

Response ImportValues(Context& ctx) {
  FormState form;
  const http::Part* file = nullptr;
  for (const auto& part : ctx.files)
    if (part.name == "file") file = &part;
  if (!file || file->data.empty()) {
    form.errors.Add("file", "Choose a CSV or Excel file to import");
    return RenderValueImport(ctx, form, {}, 422);
  }
  std::string error;
  auto table = core::ReadTableFile(file->file_name.value_or(""), file->data, error);
  if (!table) {
    form.errors.Add("file", error);
    return RenderValueImport(ctx, form, {}, 422);
  }
  PerformanceStore store(ctx.db);
  auto result = store.CheckImport(ctx.partnership_id(), *table);
  if (!result.errors.empty()) return RenderValueImport(ctx, form, result.errors, 422);
  storage::Transaction tx(ctx.db);
  store.SaveImport(ctx.partnership_id(), result.rows);
  ctx.Audit("import", "indicator-values", std::nullopt, std::to_string(result.rows.size()) + " values");
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/performance?done=values-imported"));
}

}  // namespace safeboard::views::pages

namespace safeboard::views::pages {

Response RecordTargets(Context& ctx) {
  PerformanceStore store(ctx.db);
  auto i = store.FindIndicator(ctx.partnership_id(), ctx.Id("id"));
  if (!i) throw http::NotFound{};
  FormState form{Submitted(ctx), {}};
  std::string year = core::Trim(form.Value("year"));
  std::map<std::string, double> numbers;
  for (const char* field : {"target", "national", "neighbours"}) {
    std::string text = core::Trim(form.Value(field));
    if (text.empty()) continue;
    std::string period;
    double value = 0;
    // The same checks as a value for the year (a percentage stays within 0-100).
    auto errors = performance::ReadIndicatorValue({{"period", year}, {"value", text}},
                                                  i->unit == performance::Unit::kRatePer10000 ? performance::Unit::kCount : i->unit,
                                                  period, value);
    if (errors.For("period")) form.errors.Add("year", "Enter a year like 2011-12");
    if (errors.For("value")) form.errors.Add(field, *errors.For("value"));
    numbers[field] = value;
  }
  if (year.size() != 7) form.errors.Add("year", "Enter a year like 2011-12");
  if (numbers.empty() && form.errors.empty()) form.errors.Add("target", "Enter a target or a comparator");
  if (!form.errors.empty()) return RenderIndicator(ctx, *i, form, 422);
  storage::Transaction tx(ctx.db);
  if (numbers.count("target")) store.SetTarget(i->id, year, numbers["target"]);
  if (numbers.count("national")) store.SetComparator(i->id, year, "national", numbers["national"]);
  if (numbers.count("neighbours")) store.SetComparator(i->id, year, "statistical_neighbours", numbers["neighbours"]);
  ctx.Audit("update", "indicator-targets", i->id, year);
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/indicators/" + std::to_string(i->id)) + "?done=targets-saved");
}

}  // namespace safeboard::views::pages
