// Reading a new business plan from a form or the API: the one validation path.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "core/field_errors.h"
#include "plan/model.h"

namespace safeboard::plan {

// Fields: title, starts_on, ends_on, priorities (Markdown), approved_at_meeting_id (one of
// `board_meetings`, the partnership's Board meetings; optional).
core::FieldErrors ReadPlan(const core::FieldValues& in, const std::vector<std::int64_t>& board_meetings, Plan& out);

// A new objective. Fields: number (the board's own, optional), outcome, lead_group_id (one of
// `groups`; optional). Keeps out.plan_id.
core::FieldErrors ReadNewObjective(const core::FieldValues& in, const std::vector<std::int64_t>& groups, Objective& out);

}  // namespace safeboard::plan
