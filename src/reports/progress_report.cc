// Building the progress report.
#include "reports/progress_report.h"

#include <algorithm>

namespace safeboard::reports {

std::vector<ProgressReportObjective> BuildProgressReport(const std::vector<plan::Objective>& objectives,
                                                         const std::vector<plan::PlanAction>& actions,
                                                         const core::Date& from, const core::Date& to) {
  std::vector<ProgressReportObjective> out;
  for (const auto& objective : objectives) {
    ProgressReportObjective section{&objective, {}};
    for (const auto& action : actions) {
      if (action.objective_id != objective.id) continue;
      // Only what was known by the meeting: later updates are not in this report.
      std::vector<plan::ProgressUpdate> known;
      ProgressReportItem item{&action, std::nullopt, false, {}};
      for (const auto& u : action.Updates()) {
        if (to < u.on) continue;
        known.push_back(u);
        if (from < u.on) item.updates_in_period.push_back(u);
      }
      if (auto latest = plan::LatestUpdate(known)) item.latest_rag = latest->rag;
      item.overdue = plan::IsOverdue(action.by_when, known, to);
      section.items.push_back(std::move(item));
    }
    std::stable_sort(section.items.begin(), section.items.end(),
                     [](const ProgressReportItem& a, const ProgressReportItem& b) { return a.overdue && !b.overdue; });
    out.push_back(std::move(section));
  }
  return out;
}

}  // namespace safeboard::reports
