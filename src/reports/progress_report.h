// The business plan progress report for a Board meeting (or the half-yearly report to the
// Children's Trust): every objective with its actions' latest RAG and the updates made in the
// period, overdue actions first. Reads plan records; writes nothing.
#pragma once
#include <optional>
#include <vector>

#include "plan/model.h"

namespace safeboard::reports {

struct ProgressReportItem {
  const plan::PlanAction* action = nullptr;
  std::optional<plan::Rag> latest_rag;
  bool overdue = false;
  std::vector<plan::ProgressUpdate> updates_in_period;
};

struct ProgressReportObjective {
  const plan::Objective* objective = nullptr;
  std::vector<ProgressReportItem> items;
};

// Updates dated after `from` and on or before `to` are "in the period"; overdue is judged on
// `to` (the meeting date). Within each objective, overdue actions come first, then the plan's
// order.
std::vector<ProgressReportObjective> BuildProgressReport(const std::vector<plan::Objective>& objectives,
                                                         const std::vector<plan::PlanAction>& actions,
                                                         const core::Date& from, const core::Date& to);

}  // namespace safeboard::reports
