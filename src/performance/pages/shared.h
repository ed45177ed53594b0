// What the performance pages share: numbers with their units, the target tag, the chart, who
// may record a value, and the indicator page that value and target forms render again.
// Internal to src/performance/pages.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "http/context.h"
#include "performance/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::performance_pages {

using http::Context;
using http::Response;
using performance::PerformanceStore;

std::string Number(double v);
std::string WithUnit(double v, performance::Unit unit);
void TargetTag(Html& h, const performance::Indicator& i, const performance::SeriesPoint& p);
// The latest value against its target (performance::TargetForValue): the tag, and which year's
// target when it is a later one ("against the 2009-10 target, 8").
void LatestAgainstTarget(Html& h, const performance::Indicator& i, const performance::SeriesPoint& latest,
                         const std::map<std::string, double>& targets);
// A line chart of values with target and national markers. The SVG has a title and description
// and is hidden from assistive technology in favour of the table that follows it.
void Chart(Html& h, const performance::Indicator& indicator, const std::vector<performance::SeriesPoint>& series);
// The indicator page; `form` carries a refused value or target.
Response RenderIndicator(Context& ctx, const performance::Indicator& i, const FormState& form, int status);

}  // namespace safeboard::ui::pages::performance_pages
