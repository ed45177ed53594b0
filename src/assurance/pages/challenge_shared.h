// What the reports-received and remedial-plan pages share (issue 16): paths, the agencies to
// choose from, and the report's and the plan's fields.
#pragma once
#include <string>
#include <vector>

#include "assurance/challenge.h"
#include "http/context.h"
#include "ui/components.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::challenge_pages {

std::string ReportsPath(const http::Context& ctx, int year);
std::string ReportPath(const http::Context& ctx, std::int64_t id);
std::string PlansPath(const http::Context& ctx);
std::string PlanPath(const http::Context& ctx, std::int64_t id);

std::vector<std::int64_t> AgencyIds(http::Context& ctx);
Options AgencyOptions(http::Context& ctx);

void ReportFields(http::Context& ctx, Html& h, const FormState& form, int year);
core::FieldValues ReportValues(const assurance::AgencyReport& report);
// The plan's fields; with `agency_fixed` the agency and report come as hidden fields.
void PlanFields(http::Context& ctx, Html& h, const FormState& form, bool agency_fixed);

}  // namespace safeboard::ui::pages::challenge_pages
