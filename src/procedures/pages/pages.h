// The procedures register's pages (issue 18).
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

// The register (register.cc): the chapters with their status and reviews, the reviews owed to
// triggers, the manual's next planned update; the board team adds a chapter and sets the update.
http::Response ShowProcedures(http::Context& ctx);
http::Response AddProcedureChapter(http::Context& ctx);
http::Response SaveProcedureNextUpdate(http::Context& ctx);
// One chapter (chapter.cc): its versions, documents and triggers; the board team changes its
// details, records a new version and links a document.
http::Response ShowProcedureChapter(http::Context& ctx);
http::Response SaveProcedureChapter(http::Context& ctx);
http::Response AddProcedureAmendment(http::Context& ctx);
http::Response LinkProcedureDocument(http::Context& ctx);
// A chapter's review (review.cc): opened from the chapter's page; the draft, the consultation
// sheet and each agency's response, approvals, the Board's ratification, publication as the new
// version, and a training briefing asked for.
http::Response OpenProcedureReview(http::Context& ctx);
http::Response ShowProcedureReview(http::Context& ctx);
http::Response SaveProcedureDraft(http::Context& ctx);
http::Response SendProcedureConsultation(http::Context& ctx);
http::Response RecordProcedureResponse(http::Context& ctx);
http::Response RecordProcedureApproval(http::Context& ctx);
http::Response RatifyProcedureReview(http::Context& ctx);
http::Response PublishProcedureReview(http::Context& ctx);
http::Response RaiseProcedureBriefing(http::Context& ctx);
// The manual-wide amendments log (amendments.cc).
http::Response ShowProcedureAmendments(http::Context& ctx);
// Triggers for review (triggers.cc), and the documents chapters link to (documents.cc).
http::Response ShowProcedureTriggers(http::Context& ctx);
http::Response AddProcedureTrigger(http::Context& ctx);
http::Response ShowProcedureDocuments(http::Context& ctx);
http::Response AddProcedureDocument(http::Context& ctx);

// Organisations' policies checked against the procedures (policy_checks.cc).
http::Response ShowPolicyChecks(http::Context& ctx);
http::Response AddPolicyCheck(http::Context& ctx);
// The manual on the public site (public.cc): chapters with a published version, one chapter's
// ratified text and versions, the amendments log.
http::Response ShowPublicProcedures(http::Context& ctx);
http::Response ShowPublicProcedureChapter(http::Context& ctx);
http::Response ShowPublicProcedureAmendments(http::Context& ctx);

}  // namespace safeboard::ui::pages
