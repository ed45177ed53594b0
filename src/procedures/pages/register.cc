// The procedures register (issue 18): every chapter with its owner, status and review dates, the
// reviews owed to triggers (due within 3 months of new guidance: business plan 2010-11 outcome 8)
// and the manual's next planned update. The reviews owed and the chapters' next reviews are on
// the governance calendar too.
#include "core/date.h"
#include "procedures/pages/pages.h"
#include "procedures/pages/shared.h"
#include "procedures/store.h"
#include "ui/area_registry.h"

namespace safeboard::ui::pages {

using namespace procedures_pages;
using http::Context;
using http::Response;

namespace {

std::vector<core::DueDate> ChapterReviewsDue(storage::Connection& db, std::int64_t partnership_id) {
  procedures::ProcedureStore store(db);
  auto chapters = store.Chapters(partnership_id);
  auto triggers = store.Triggers(partnership_id);
  std::vector<core::DueDate> out;
  // The standing is the calendar's to compute: any day will do here.
  for (const auto& owed : procedures::ReviewsOwed(chapters, triggers, core::Date{}))
    if (!owed.met_on)
      out.push_back({"Review procedures chapter " + ChapterName(*owed.chapter) + " after " + owed.trigger->title,
                     owed.due_on, "Business plan 2010-11 outcome 8: within 3 months of new guidance"});
  for (const auto& c : chapters)
    if (c.next_review_on)
      out.push_back({"Scheduled review of procedures chapter " + ChapterName(c), *c.next_review_on,
                     "The board's review schedule"});
  if (auto next = store.NextUpdate(partnership_id))
    out.push_back({"The procedures manual's planned update", *next, "The board's review schedule"});
  return out;
}

const AreaRegistration kProceduresArea{
    {{57, "Procedures", "/procedures"}},
    {{"chapter-added", "Chapter added"}, {"chapter-saved", "Chapter saved"},
     {"amendment-added", "New version recorded: the chapter is current"}, {"document-linked", "Document linked"},
     {"next-update-saved", "Next planned update saved"}, {"trigger-added", "Trigger recorded: its chapters are due for review"},
     {"document-added", "Document added"}, {"review-opened", "Review begun: the chapter is under review"},
     {"draft-saved", "Draft saved"}, {"consultation-sent", "Consultation sent"}, {"response-recorded", "Response recorded"},
     {"approval-recorded", "Approval recorded"}, {"review-ratified", "Ratification recorded"},
     {"review-published", "Published: the chapter's new version is in the amendments log"},
     {"policy-check-added", "Check recorded"}},
    {},
    {},
    {ChapterReviewsDue}};

struct RegisterForms {
  FormState chapter, next_update;
};

std::string DateOrNone(const std::optional<core::Date>& on, const char* none) {
  return on ? core::FormatDateLong(*on) : none;
}

Response RenderRegister(Context& ctx, const RegisterForms& forms, int status) {
  procedures::ProcedureStore store(ctx.db);
  auto chapters = store.Chapters(ctx.partnership_id());
  auto triggers = store.Triggers(ctx.partnership_id());
  auto today = core::DateOf(ctx.clock.Now());
  auto next_update = store.NextUpdate(ctx.partnership_id());
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "The manual's next planned update: " + DateOrNone(next_update, "not set") + ".");
  h.Open("ul", {{"class", "govuk-list"}});
  for (const auto& [path, text] : std::vector<std::pair<std::string, std::string>>{
           {"/procedures/amendments", "Amendments log"},
           {"/procedures/triggers", "Triggers for review"},
           {"/procedures/documents", "Linked documents"},
           {"/procedures/policy-checks", "Organisations' policies checked"}}) {
    h.Open("li");
    Link(h, ctx.PartnershipPath(path), text);
    h.Close("li");
  }
  h.Close("ul");
  std::vector<std::vector<TrustedHtml>> owed_rows;
  for (const auto& owed : procedures::ReviewsOwed(chapters, triggers, today)) {
    if (owed.met_on) continue;
    Html tag;
    StatusTag(tag, procedures::StatusOf(owed.standing));
    owed_rows.push_back({LinkCell(ChapterPath(ctx, owed.chapter->id), ChapterName(*owed.chapter)),
                         TextCell(owed.trigger->title), TextCell(core::FormatDateLong(owed.due_on)), tag.Build()});
  }
  if (!owed_rows.empty())
    Table(h, "Reviews due after triggers", {"Chapter", "Triggered by", "Review by", "Where it stands"}, owed_rows);
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& c : chapters) {
    Html tag;
    StatusTag(tag, procedures::StatusOf(c.status));
    rows.push_back({TextCell(c.number), LinkCell(ChapterPath(ctx, c.id), c.title),
                    TextCell(c.owner_group_name.empty() ? "No group" : c.owner_group_name), tag.Build(),
                    TextCell(DateOrNone(c.last_reviewed_on, "")), TextCell(DateOrNone(c.next_review_on, ""))});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No chapters in the register yet.");
  else
    Table(h, "Chapters", {"Number", "Chapter", "Owner", "Status", "Last reviewed", "Next review"}, rows);
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add"}}, "Add a chapter");
    OpenForm(h, ctx, ctx.PartnershipPath("/procedures/chapters"), forms.chapter);
    TextInput(h, forms.chapter, "number", "Number", {.hint = "For example, 7 or 5.12", .width_class = "govuk-input--width-5"});
    TextInput(h, forms.chapter, "title", "Title", {.width_class = "govuk-!-width-two-thirds"});
    Select(h, forms.chapter, "owner_group_id", "Owned by (optional)", CurrentGroupOptions(ctx), "No group");
    Radios(h, forms.chapter, "status", "Status", VocabularyOptions(procedures::ChapterStatuses()));
    DateInput(h, forms.chapter, "last_reviewed_on", "Last reviewed (optional)");
    DateInput(h, forms.chapter, "next_review_on", "Next review (optional)");
    Button(h, "Add chapter");
    h.Close("form");
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "next-update"}}, "The manual's next planned update");
    OpenForm(h, ctx, ctx.PartnershipPath("/procedures/next-update"), forms.next_update);
    DateInput(h, forms.next_update, "next_update_on", "Next planned update");
    Button(h, "Save date", true);
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Policy and procedures register", kNav, {});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.chapter.errors.empty() || !forms.next_update.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowProcedures(Context& ctx) { return RenderRegister(ctx, {}, 200); }

Response AddProcedureChapter(Context& ctx) {
  RegisterForms forms;
  forms.chapter = {Submitted(ctx), {}};
  procedures::Chapter chapter;
  forms.chapter.errors = procedures::ReadChapter(forms.chapter.values, ChapterNumbersExcept(ctx, 0),
                                                 OptionIds(CurrentGroupOptions(ctx)), core::DateOf(ctx.clock.Now()), chapter);
  if (!forms.chapter.errors.empty()) return RenderRegister(ctx, forms, 422);
  storage::Transaction tx(ctx.db);
  auto id = procedures::ProcedureStore(ctx.db).AddChapter(ctx.partnership_id(), chapter);
  ctx.Audit(auth::AuditAction::kCreate, "procedure-chapter", id);
  tx.Commit();
  return http::Redirect(ChapterPath(ctx, id) + "?done=chapter-added");
}

Response SaveProcedureNextUpdate(Context& ctx) {
  RegisterForms forms;
  forms.next_update = {Submitted(ctx), {}};
  core::Date on;
  forms.next_update.errors = procedures::ReadNextUpdate(forms.next_update.values, core::DateOf(ctx.clock.Now()), on);
  if (!forms.next_update.errors.empty()) return RenderRegister(ctx, forms, 422);
  storage::Transaction tx(ctx.db);
  procedures::ProcedureStore(ctx.db).SaveNextUpdate(ctx.partnership_id(), on);
  ctx.Audit(auth::AuditAction::kUpdate, "procedure-manual", ctx.partnership_id(), "next planned update");
  tx.Commit();
  return http::Redirect(RegisterPath(ctx) + "?done=next-update-saved");
}

}  // namespace safeboard::ui::pages
