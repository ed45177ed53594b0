// One chapter of the procedures manual (issue 18): its details, every version with its amendment
// note, the documents it links to and the triggers that made it due for review; the board team
// records a new version (the chapter is then current), changes its details and links a document.
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

struct ChapterForms {
  FormState amendment, details, document, review;
};

void RenderReviews(Context& ctx, Html& h, const procedures::Chapter& c, const FormState& form) {
  auto reviews = procedures::ProcedureStore(ctx.db).ReviewsOf(ctx.partnership_id(), c.id);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "reviews"}}, "Reviews");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& r : reviews) {
    Html tag;
    StatusTag(tag, procedures::StatusOf(procedures::StageOf(r)));
    rows.push_back({LinkCell(ctx.PartnershipPath("/procedures/reviews/" + std::to_string(r.id)),
                             "Review begun " + core::FormatDateLong(r.opened_on)),
                    tag.Build()});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No reviews recorded yet.");
  else
    Table(h, "Reviews of the chapter", {"Review", "Where it is"}, rows);
  bool open = std::any_of(reviews.begin(), reviews.end(), [](const auto& r) { return !r.published_on; });
  if (!CanManage(ctx) || (open && form.errors.empty())) return;
  h.Element("h3", {{"class", "govuk-heading-s"}}, "Begin a review");
  OpenForm(h, ctx, ChapterPath(ctx, c.id) + "/reviews", form);
  DateInput(h, form, "opened_on", "Review began on");
  FormattedTextarea(h, form, "draft", "The draft (optional)", "You can add or change it later", 8);
  Button(h, "Begin review", true);
  h.Close("form");
}

Response RenderChapter(Context& ctx, const procedures::Chapter& c, const ChapterForms& forms, int status) {
  procedures::ProcedureStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  StatusTag(h, procedures::StatusOf(c.status));
  h.Close("p");
  SummaryList(h, {{"Owned by", c.owner_group_name.empty() ? "No group" : c.owner_group_name},
                  {"Last reviewed", c.last_reviewed_on ? core::FormatDateLong(*c.last_reviewed_on) : "Not recorded"},
                  {"Next review", c.next_review_on ? core::FormatDateLong(*c.next_review_on) : "Not scheduled"}});
  auto documents = store.Documents(ctx.partnership_id());
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Linked documents");
  bool any = false;
  h.Open("ul", {{"class", "govuk-list"}});
  for (const auto& d : documents) {
    if (std::find(c.document_ids.begin(), c.document_ids.end(), d.id) == c.document_ids.end()) continue;
    any = true;
    h.Open("li");
    if (d.url.empty())
      h.Text(d.title);
    else
      Link(h, d.url, d.title);
    if (d.approved_on) h.Text(" (approved " + core::FormatDateLong(*d.approved_on) + ")");
    h.Close("li");
  }
  h.Close("ul");
  if (!any) h.Element("p", {{"class", "govuk-body"}}, "None.");
  auto chapters = std::vector<procedures::Chapter>{c};
  auto triggers = store.Triggers(ctx.partnership_id());
  std::vector<std::vector<TrustedHtml>> owed_rows;
  for (const auto& owed : procedures::ReviewsOwed(chapters, triggers, today)) {
    Html tag;
    StatusTag(tag, procedures::StatusOf(owed.standing));
    owed_rows.push_back({TextCell(owed.trigger->title), TextCell(core::FormatDateLong(owed.trigger->dated_on)),
                         TextCell(core::FormatDateLong(owed.due_on)), tag.Build()});
  }
  if (!owed_rows.empty())
    Table(h, "Triggers for review", {"Triggered by", "Published or raised", "Review by", "Where it stands"}, owed_rows);
  RenderReviews(ctx, h, c, forms.review);
  std::vector<std::vector<TrustedHtml>> versions;
  for (const auto& a : c.amendments) versions.push_back({TextCell(core::FormatDateLong(a.amended_on)), TextCell(a.note)});
  if (versions.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No versions recorded yet.");
  else
    Table(h, "Versions", {"Amended", "What changed"}, versions);
  if (CanManage(ctx)) {
    std::string path = ChapterPath(ctx, c.id);
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "version"}}, "Record a new version");
    OpenForm(h, ctx, path + "/amendments", forms.amendment);
    DateInput(h, forms.amendment, "amended_on", "Amended on");
    Textarea(h, forms.amendment, "note", "What changed",
             "As the amendments log will say it, for example: revised in line with the new national guidance; re-read in full",
             3);
    Button(h, "Record version");
    h.Close("form");
    if (!documents.empty()) {
      h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "document"}}, "Link a document");
      OpenForm(h, ctx, path + "/documents", forms.document);
      Options options;
      for (const auto& d : documents) options.emplace_back(std::to_string(d.id), d.title);
      Select(h, forms.document, "document_id", "Document", options, "Choose a document");
      Button(h, "Link document", true);
      h.Close("form");
    }
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "details"}}, "Change the chapter's details");
    FormState details = forms.details;
    if (details.values.empty()) {
      details.values = {{"number", c.number}, {"title", c.title},
                        {"status", std::string(core::CodeOf(procedures::ChapterStatuses(), c.status))}};
      if (c.owner_group_id) details.values["owner_group_id"] = std::to_string(*c.owner_group_id);
      if (c.last_reviewed_on) details.values["last_reviewed_on"] = core::FormatDate(*c.last_reviewed_on);
      if (c.next_review_on) details.values["next_review_on"] = core::FormatDate(*c.next_review_on);
    }
    OpenForm(h, ctx, path, details);
    TextInput(h, details, "number", "Number", {.width_class = "govuk-input--width-5"});
    TextInput(h, details, "title", "Title", {.width_class = "govuk-!-width-two-thirds"});
    Select(h, details, "owner_group_id", "Owned by (optional)", CurrentGroupOptions(ctx), "No group");
    Radios(h, details, "status", "Status", VocabularyOptions(procedures::ChapterStatuses()));
    DateInput(h, details, "last_reviewed_on", "Last reviewed (optional)");
    DateInput(h, details, "next_review_on", "Next review (optional)");
    Button(h, "Save chapter", true);
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Chapter " + ChapterName(c), kNav, {{"Procedures register", RegisterPath(ctx)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.amendment.errors.empty() || !forms.details.errors.empty() || !forms.document.errors.empty() ||
                      !forms.review.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

namespace procedures_pages {

http::Response RenderChapterWithReviewForm(http::Context& ctx, const procedures::Chapter& chapter, const FormState& form) {
  ChapterForms forms;
  forms.review = form;
  return RenderChapter(ctx, chapter, forms, 422);
}

}  // namespace procedures_pages

Response ShowProcedureChapter(Context& ctx) { return RenderChapter(ctx, ChapterOf(ctx, ctx.Id("id")), {}, 200); }

Response SaveProcedureChapter(Context& ctx) {
  auto c = ChapterOf(ctx, ctx.Id("id"));
  ChapterForms forms;
  forms.details = {Submitted(ctx), {}};
  procedures::Chapter changed = c;
  forms.details.errors = procedures::ReadChapter(forms.details.values, ChapterNumbersExcept(ctx, c.id),
                                                 OptionIds(CurrentGroupOptions(ctx)), core::DateOf(ctx.clock.Now()), changed);
  if (!forms.details.errors.empty()) return RenderChapter(ctx, c, forms, 422);
  storage::Transaction tx(ctx.db);
  procedures::ProcedureStore(ctx.db).SaveChapter(ctx.partnership_id(), changed);
  ctx.Audit(auth::AuditAction::kUpdate, "procedure-chapter", c.id);
  tx.Commit();
  return http::Redirect(ChapterPath(ctx, c.id) + "?done=chapter-saved");
}

Response AddProcedureAmendment(Context& ctx) {
  auto c = ChapterOf(ctx, ctx.Id("id"));
  ChapterForms forms;
  forms.amendment = {Submitted(ctx), {}};
  procedures::Amendment amendment;
  forms.amendment.errors = procedures::ReadAmendment(forms.amendment.values, c, core::DateOf(ctx.clock.Now()), amendment);
  if (!forms.amendment.errors.empty()) return RenderChapter(ctx, c, forms, 422);
  storage::Transaction tx(ctx.db);
  auto id = procedures::ProcedureStore(ctx.db).AddAmendment(ctx.partnership_id(), amendment);
  ctx.Audit(auth::AuditAction::kCreate, "procedure-amendment", id);
  tx.Commit();
  return http::Redirect(ChapterPath(ctx, c.id) + "?done=amendment-added");
}

Response LinkProcedureDocument(Context& ctx) {
  auto c = ChapterOf(ctx, ctx.Id("id"));
  ChapterForms forms;
  forms.document = {Submitted(ctx), {}};
  std::vector<std::int64_t> ids;
  for (const auto& d : procedures::ProcedureStore(ctx.db).Documents(ctx.partnership_id())) ids.push_back(d.id);
  auto document = core::ReadReference(forms.document.values, "document_id", "the document", ids, true, forms.document.errors);
  if (!forms.document.errors.empty()) return RenderChapter(ctx, c, forms, 422);
  storage::Transaction tx(ctx.db);
  procedures::ProcedureStore(ctx.db).LinkDocument(ctx.partnership_id(), c.id, *document);
  ctx.Audit(auth::AuditAction::kUpdate, "procedure-chapter", c.id, "document linked");
  tx.Commit();
  return http::Redirect(ChapterPath(ctx, c.id) + "?done=document-linked");
}

}  // namespace safeboard::ui::pages
