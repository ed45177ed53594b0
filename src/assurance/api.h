// The assurance API (issue 16): the audit programme, read and added to through the pages' rules.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response GetAuditProgramme(http::Context& ctx);
http::Response AddPlannedAudit(http::Context& ctx);
// Section 11 (section11_api.cc).
http::Response ListSection11Rounds(http::Context& ctx);
http::Response GetSection11Round(http::Context& ctx);
http::Response SaveSection11Return(http::Context& ctx);
// The LADO's figures (lado_api.cc).
http::Response GetLadoReturns(http::Context& ctx);
http::Response SaveLadoReturn(http::Context& ctx);
// Complaints (complaints_api.cc).
http::Response GetComplaints(http::Context& ctx);
http::Response AddComplaint(http::Context& ctx);
// Reports received and remedial plans (challenge_api.cc).
http::Response GetReportsReceived(http::Context& ctx);
http::Response AddReportReceived(http::Context& ctx);
http::Response GetRemedialPlans(http::Context& ctx);
// Case file audits (case_audits_api.cc): the figures for all, the cases for their audit group.
http::Response GetCaseAudits(http::Context& ctx);
http::Response AddAuditedCase(http::Context& ctx);
// The safer workforce self-assessments (safer_workforce_api.cc).
http::Response GetWorkforceAssessments(http::Context& ctx);
// IMR action plans (imr_plans_api.cc).
http::Response GetImrPlans(http::Context& ctx);

}  // namespace safeboard::api
