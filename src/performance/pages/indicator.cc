// An indicator: its series, chart and table, and recording values and targets.
#include "performance/pages/pages.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/csv.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "performance/access.h"
#include "performance/pages/shared.h"
#include "performance/store.h"
#include "reports/child_protection_report.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages::performance_pages {

Response RenderIndicator(Context& ctx, const performance::Indicator& i, const FormState& form, int status) {
  PerformanceStore store(ctx.db);
  auto series = store.Series(ctx.partnership_id(), i.id);
  Html h;
  if (i.retired_on)
    h.Element("p", {{"class", "govuk-inset-text"}},
              "Retired on " + core::FormatDateLong(*i.retired_on) + ": its values stay in the reports of the years it "
              "was measured.");
  SummaryList(h, {{"Cluster", i.cluster_name},
                  {"Responsible", i.responsible_name},
                  {"Intended outcome", i.outcome.empty() ? "Not recorded" : i.outcome},
                  {"Unit", std::string(core::LabelOf(performance::Units(), i.unit))},
                  {"Which direction is better", std::string(core::LabelOf(performance::Betters(), i.better))},
                  {"Frequency", std::string(core::LabelOf(performance::Frequencies(), i.frequency))}});
  if (CanManage(ctx)) {
    std::string base = ctx.PartnershipPath("/indicators/" + std::to_string(i.id));
    h.Open("div", {{"class", "govuk-button-group"}});
    ButtonLink(h, base + "/edit", "Edit indicator", true);
    PostButton(h, ctx, base + "/retire", i.retired_on ? "Bring the indicator back" : "Retire indicator");
    h.Close("div");
  }
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
  if (performance::MayRecordValues(ctx, i)) {
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

}  // namespace safeboard::ui::pages::performance_pages

namespace safeboard::ui::pages {

using namespace performance_pages;

Response ShowIndicator(Context& ctx) {
  auto i = PerformanceStore(ctx.db).FindIndicator(ctx.partnership_id(), ctx.Id("id"));
  if (!i) throw http::NotFound{};
  return RenderIndicator(ctx, *i, FormState{}, 200);
}

Response RecordIndicatorValue(Context& ctx) {
  PerformanceStore store(ctx.db);
  auto i = store.FindIndicator(ctx.partnership_id(), ctx.Id("id"));
  if (!i) throw http::NotFound{};
  if (!performance::MayRecordValues(ctx, *i)) return ErrorPage(ctx, 403);
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
  ctx.Audit(auth::AuditAction::kUpdate, "indicator-value", i->id, period);
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/indicators/" + std::to_string(i->id)) + "?done=value-recorded");
}

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
  ctx.Audit(auth::AuditAction::kUpdate, "indicator-targets", i->id, year);
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/indicators/" + std::to_string(i->id)) + "?done=targets-saved");
}

}  // namespace safeboard::ui::pages
