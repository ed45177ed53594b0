// The training pages (issue 17).
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response ShowTrainingProgramme(http::Context& ctx);
http::Response AddTrainingCourse(http::Context& ctx);
http::Response AddTrainingEvent(http::Context& ctx);
http::Response SaveTrainingCharges(http::Context& ctx);
// One event (event.cc): the training team books, cancels and marks the register.
http::Response ShowTrainingEvent(http::Context& ctx);
http::Response BookTrainingPlace(http::Context& ctx);
http::Response CancelTrainingPlace(http::Context& ctx);
http::Response MarkTrainingAttendance(http::Context& ctx);
http::Response ConfirmTrainingPlace(http::Context& ctx);
// A conference's programme: the team adds a session (event.cc) or takes one out (conference.cc).
http::Response AddConferenceSession(http::Context& ctx);
http::Response RemoveConferenceSession(http::Context& ctx);
// The printable sign-in sheet: the confirmed places (a colleague taking one shown by name).
http::Response ShowSignInSheet(http::Context& ctx);
// A certificate of attendance as PDF (certificate.cc), for a place the register shows attended.
http::Response TrainingCertificate(http::Context& ctx);
// Evaluation (evaluation.cc): a place's three stages, and the impact report by course.
http::Response ShowTrainingEvaluation(http::Context& ctx);
http::Response AddTrainingEvaluation(http::Context& ctx);
http::Response ShowTrainingImpact(http::Context& ctx);
http::Response ExportTrainingImpact(http::Context& ctx);  // CSV, or a spreadsheet for .xlsx
// The pool of trainers (trainers.cc).
http::Response ShowTrainers(http::Context& ctx);
http::Response AddTrainer(http::Context& ctx);
http::Response RecordTrainerLeft(http::Context& ctx);
// The charges to invoice by agency or employer (charges.cc), and each charged place as CSV or,
// for a path ending .xlsx, a spreadsheet: the training team's.
http::Response ShowTrainingChargesDue(http::Context& ctx);
http::Response ExportTrainingChargesDue(http::Context& ctx);
// The training budget request (budget_request.cc): a year's items, submission and decision.
http::Response ShowTrainingBudget(http::Context& ctx);
http::Response AddTrainingBudgetItem(http::Context& ctx);
http::Response SubmitTrainingBudget(http::Context& ctx);
http::Response DecideTrainingBudget(http::Context& ctx);
// The year's figures (report.cc), and as CSV or, for a path ending .xlsx, a spreadsheet.
http::Response ShowTrainingReport(http::Context& ctx);
http::Response ExportTrainingReport(http::Context& ctx);
// E-learning (elearning.cc): the year's figures, and the training team's import.
http::Response ShowELearning(http::Context& ctx);
http::Response ImportELearning(http::Context& ctx);
// The training needs analysis (needs.cc), with the needs raised by audits and case reviews.
http::Response ShowTrainingNeeds(http::Context& ctx);
http::Response AddTrainingNeedsReturn(http::Context& ctx);
// The public site (public_booking.cc): events to come, asking for a place, the manager's link.
http::Response ShowPublicTraining(http::Context& ctx);
http::Response ShowPublicTrainingEvent(http::Context& ctx);
http::Response RequestPublicTrainingPlace(http::Context& ctx);
http::Response ShowTrainingApproval(http::Context& ctx);
http::Response DecideTrainingApproval(http::Context& ctx);

}  // namespace safeboard::ui::pages
