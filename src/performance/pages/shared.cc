// The performance pages' shared formatting, chart and access check.
#include "performance/pages/shared.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/date.h"

namespace safeboard::ui::pages::performance_pages {

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

void LatestAgainstTarget(Html& h, const performance::Indicator& i, const performance::SeriesPoint& latest,
                         const std::map<std::string, double>& targets) {
  auto target = performance::TargetForValue(latest.period, targets);
  StatusTag(h, performance::StatusOf(performance::Compare(latest.value, target.value, i.better)));
  if (target.later) h.Text(" against the " + target.year + " target, " + WithUnit(*target.value, i.unit));
}

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
  h.SelfClosed("line", {{"x1", std::to_string(left)}, {"y1", std::to_string(height - bottom)}, {"x2", std::to_string(width)},
                  {"y2", std::to_string(height - bottom)}, {"stroke", "#505a5f"}});
  std::string points;
  for (std::size_t i = 0; i < series.size(); ++i) {
    points += Number(x(i)) + "," + Number(y(series[i].value)) + " ";
    h.Open("text", {{"x", Number(x(i))}, {"y", std::to_string(height - 10)}, {"text-anchor", "middle"},
                    {"font-size", "13"}, {"fill", "#0b0c0c"}});
    h.Text(series[i].period).Close("text");
    if (series[i].target)
      h.SelfClosed("rect", {{"x", Number(x(i) - 10)}, {"y", Number(y(*series[i].target) - 1.5)}, {"width", "20"},
                      {"height", "3"}, {"fill", "#00703c"}});
    if (series[i].national)
      h.SelfClosed("circle", {{"cx", Number(x(i))}, {"cy", Number(y(*series[i].national))}, {"r", "5"},
                        {"fill", "none"}, {"stroke", "#d4351c"}, {"stroke-width", "2"}});
    h.SelfClosed("circle", {{"cx", Number(x(i))}, {"cy", Number(y(series[i].value))}, {"r", "5"}, {"fill", "#1d70b8"}});
  }
  if (series.size() > 1)
    h.SelfClosed("polyline", {{"points", points}, {"fill", "none"}, {"stroke", "#1d70b8"}, {"stroke-width", "3"}});
  h.Close("svg");
  h.Element("p", {{"class", "govuk-body-s"}},
            "Blue: our value. Green bar: target for the year. Red ring: national figure.");
}

}  // namespace safeboard::ui::pages::performance_pages
