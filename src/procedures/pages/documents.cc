// The documents chapters link to (issue 18), such as the Levels of Need: what each is, when the
// board approved it and where it is published; the board team adds one.
#include <algorithm>

#include "core/date.h"
#include "core/form_fields.h"
#include "procedures/pages/pages.h"
#include "procedures/pages/shared.h"
#include "procedures/store.h"

namespace safeboard::ui::pages {

using namespace procedures_pages;
using http::Context;
using http::Response;

namespace {

std::string DocumentsPath(const Context& ctx) { return ctx.PartnershipPath("/procedures/documents"); }

Response RenderDocuments(Context& ctx, const FormState& form, int status) {
  procedures::ProcedureStore store(ctx.db);
  auto chapters = store.Chapters(ctx.partnership_id());
  Html h;
  auto documents = store.Documents(ctx.partnership_id());
  for (const auto& d : documents) {
    h.Element("h2", {{"class", "govuk-heading-s"}}, d.title);
    if (!d.description.empty()) h.Element("p", {{"class", "govuk-body"}}, d.description);
    std::string linked;
    for (const auto& c : chapters)
      if (std::find(c.document_ids.begin(), c.document_ids.end(), d.id) != c.document_ids.end())
        linked += (linked.empty() ? "" : "; ") + ChapterName(c);
    SummaryList(h, {{"Approved", d.approved_on ? core::FormatDateLong(*d.approved_on) : "Not recorded"},
                    {"Published at", d.url.empty() ? "Not published" : d.url},
                    {"Linked from", linked.empty() ? "No chapter" : linked}});
  }
  if (documents.empty()) h.Element("p", {{"class", "govuk-body"}}, "No documents yet.");
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add"}}, "Add a document");
    OpenForm(h, ctx, DocumentsPath(ctx), form);
    TextInput(h, form, "title", "Title", {.width_class = "govuk-!-width-two-thirds"});
    Textarea(h, form, "description", "What it is (optional)", "", 3);
    DateInput(h, form, "approved_on", "Approved by the board on (optional)");
    TextInput(h, form, "url", "Published at (optional)", {.hint = "The address, starting https://", .width_class = "govuk-!-width-two-thirds"});
    Button(h, "Add document");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Linked documents", kNav, {{"Procedures register", RegisterPath(ctx)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowProcedureDocuments(Context& ctx) { return RenderDocuments(ctx, {}, 200); }

Response AddProcedureDocument(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  procedures::LinkedDocument document;
  form.errors = procedures::ReadDocument(form.values, core::DateOf(ctx.clock.Now()), document);
  if (!form.errors.empty()) return RenderDocuments(ctx, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = procedures::ProcedureStore(ctx.db).AddDocument(ctx.partnership_id(), document);
  ctx.Audit(auth::AuditAction::kCreate, "procedure-document", id);
  tx.Commit();
  return http::Redirect(DocumentsPath(ctx) + "?done=document-added");
}

}  // namespace safeboard::ui::pages
