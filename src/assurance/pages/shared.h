// What the assurance pages share: the year asked for, choices of groups and meetings, and the
// planned audit's form.
#pragma once
#include <string>
#include <vector>

#include "assurance/complaints.h"
#include "assurance/model.h"
#include "http/context.h"
#include "ui/components.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::assurance_pages {

// ?year= (a financial year's start) or the year of today.
int YearAsked(const http::Context& ctx);
// The same for the API, which refuses a ?year= that is not a year: nullopt, with the message on
// `errors`.
std::optional<int> YearAskedOfApi(const http::Context& ctx, core::FieldErrors& errors);
std::string ProgrammePath(const http::Context& ctx, int year);
std::string AuditPath(const http::Context& ctx, std::int64_t id);

std::vector<std::int64_t> GroupIds(http::Context& ctx);
// Every audit of the partnership, to follow up.
std::vector<std::int64_t> AuditIds(http::Context& ctx);
// The meetings from a year before the financial year to a year after it (not cancelled).
std::vector<std::int64_t> MeetingIds(http::Context& ctx, int year);
Options MeetingOptions(http::Context& ctx, int year);

// The planned audit's fields (for adding, or editing with its report).
void PlannedAuditFields(http::Context& ctx, Html& h, const FormState& form, int year, bool with_report);
// A stored audit as form values.
core::FieldValues AuditValues(const assurance::PlannedAudit& audit);

// A complaint's fields (for recording one, or changing it with its response or redirection), and
// a stored complaint as form values.
void ComplaintFields(Html& h, const FormState& form, bool with_progress);
core::FieldValues ComplaintValues(const assurance::Complaint& complaint);
std::string ComplaintPath(const http::Context& ctx, std::int64_t id);

}  // namespace safeboard::ui::pages::assurance_pages
