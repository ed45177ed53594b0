// The quality assurance pages (issue 16).
#pragma once
#include <vector>

#include "core/due_date.h"
#include "http/context.h"
#include "ui/components.h"

namespace safeboard::ui::pages {

http::Response ShowAuditProgramme(http::Context& ctx);
http::Response SaveAuditProgramme(http::Context& ctx);
http::Response AddPlannedAudit(http::Context& ctx);
// As CSV or, for a path ending .xlsx, a spreadsheet.
http::Response ExportAuditProgramme(http::Context& ctx);
http::Response ShowPlannedAudit(http::Context& ctx);
http::Response SavePlannedAudit(http::Context& ctx);
// Raise a training need or a procedure review from an audit (its lead group or the board team).
http::Response RaiseAuditLearning(http::Context& ctx);
// The LADO's quarterly returns (lado.cc).
http::Response ShowLadoReturns(http::Context& ctx);
http::Response SaveLadoReturn(http::Context& ctx);
// As CSV or, for a path ending .xlsx, a spreadsheet.
http::Response ExportLado(http::Context& ctx);
// Complaints (complaints.cc, complaint.cc), and their deadlines for the governance calendar.
http::Response ShowComplaints(http::Context& ctx);
http::Response AddComplaint(http::Context& ctx);
http::Response SaveComplaintDeadlines(http::Context& ctx);
// As CSV or, for a path ending .xlsx, a spreadsheet.
http::Response ExportComplaints(http::Context& ctx);
http::Response ShowComplaint(http::Context& ctx);
http::Response SaveComplaint(http::Context& ctx);
std::vector<core::DueDate> ComplaintDeadlinesDue(storage::Connection& db, std::int64_t partnership_id);
// Reports received (reports.cc, report.cc) and remedial action plans (remedial_plans.cc).
http::Response ShowReportsReceived(http::Context& ctx);
http::Response AddReportReceived(http::Context& ctx);
// As CSV or, for a path ending .xlsx, a spreadsheet.
http::Response ExportReportsReceived(http::Context& ctx);
http::Response ShowReportReceived(http::Context& ctx);
http::Response SaveReportReceived(http::Context& ctx);
http::Response RenderReportWithPlanErrors(http::Context& ctx, std::int64_t report_id, const FormState& plan_form);
http::Response ListRemedialPlans(http::Context& ctx);
// As CSV or, for a path ending .xlsx, a spreadsheet.
http::Response ExportRemedialPlans(http::Context& ctx);
http::Response AddRemedialPlan(http::Context& ctx);
http::Response ShowRemedialPlan(http::Context& ctx);
http::Response AddPlanReview(http::Context& ctx);
http::Response SavePlanEscalation(http::Context& ctx);
std::vector<core::DueDate> RemedialPlanReviewsDue(storage::Connection& db, std::int64_t partnership_id);
// Multi-agency case file audits (case_audits.cc, case_audit.cc): case records, for each audit's
// group and the board team; the handlers check the group beyond the route's permission.
http::Response ShowCaseAudits(http::Context& ctx);
http::Response SaveCaseAuditTarget(http::Context& ctx);
http::Response AddAuditedCase(http::Context& ctx);
// As CSV or, for a path ending .xlsx, a spreadsheet: the cases the reader may see.
http::Response ExportCaseAudits(http::Context& ctx);
http::Response ShowAuditedCase(http::Context& ctx);
http::Response ShowAuditedCaseViews(http::Context& ctx);
http::Response SaveCasePart(http::Context& ctx);
http::Response SaveCaseDiscussion(http::Context& ctx);
http::Response AddCaseFinding(http::Context& ctx);
http::Response CompleteCaseFinding(http::Context& ctx);
// The safer workforce self-assessment (safer_workforce.cc, workforce_return.cc): returns and
// support by the assessment's lead group or the board team; the handlers check the group.
http::Response ListWorkforceAssessments(http::Context& ctx);
http::Response OpenWorkforceAssessment(http::Context& ctx);
http::Response ShowWorkforceAssessment(http::Context& ctx);
http::Response SaveWorkforceAssessment(http::Context& ctx);
// As CSV or, for a path ending .xlsx, a spreadsheet.
http::Response ExportWorkforceAssessment(http::Context& ctx);
http::Response AddWorkforceReturn(http::Context& ctx);
http::Response ShowWorkforceReturn(http::Context& ctx);
http::Response AddSupportAction(http::Context& ctx);
http::Response CompleteSupportAction(http::Context& ctx);
// IMR action plans (imr_plans.cc): the board team records the monitoring and sign-off.
http::Response ListImrPlans(http::Context& ctx);
// As CSV or, for a path ending .xlsx, a spreadsheet: a row per action.
http::Response ExportImrPlans(http::Context& ctx);
http::Response AddImrPlan(http::Context& ctx);
http::Response ShowImrPlan(http::Context& ctx);
http::Response AddImrAction(http::Context& ctx);
http::Response CompleteImrAction(http::Context& ctx);
http::Response SignOffImrPlan(http::Context& ctx);

}  // namespace safeboard::ui::pages
