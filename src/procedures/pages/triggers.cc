// Triggers for review (issue 18): new or revised national guidance, a case review's
// recommendation, an audit's finding, local need or an agency's request, each naming the chapters
// it affects, which are then due for review within 3 months; a procedure review raised from an
// audit or a case review (issue 16's links) can be taken up as one.
#include "core/date.h"
#include "learning/store.h"
#include "procedures/pages/pages.h"
#include "procedures/pages/shared.h"
#include "procedures/store.h"

namespace safeboard::ui::pages {

using namespace procedures_pages;
using http::Context;
using http::Response;

namespace {

std::string TriggersPath(const Context& ctx) { return ctx.PartnershipPath("/procedures/triggers"); }

std::vector<learning::Referral> ProcedureReviewsRaised(Context& ctx) {
  return learning::LearningStore(ctx.db).List(ctx.partnership_id(), learning::ReferralKind::kProcedureReview);
}

Response RenderTriggers(Context& ctx, const FormState& form, int status) {
  procedures::ProcedureStore store(ctx.db);
  auto chapters = store.Chapters(ctx.partnership_id());
  auto triggers = store.Triggers(ctx.partnership_id());
  auto referrals = ProcedureReviewsRaised(ctx);
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Each chapter a trigger affects is due for review within 3 months of the guidance's publication or the "
            "need being raised, and is reviewed by a new version on or after that day.");
  auto owed = procedures::ReviewsOwed(chapters, triggers, today);
  for (const auto& t : triggers) {
    h.Element("h2", {{"class", "govuk-heading-s"}}, t.title);
    std::vector<std::pair<std::string, std::string>> rows{
        {"Kind", std::string(core::LabelOf(procedures::TriggerKinds(), t.kind))},
        {"Published or raised", core::FormatDateLong(t.dated_on)},
        {"Review by", core::FormatDateLong(procedures::ReviewDueOn(t))}};
    for (const auto& r : referrals)
      if (t.referral_id == r.id) rows.push_back({"Raised as", r.need + " (" + r.source_label + ")"});
    SummaryList(h, rows);
    std::vector<std::vector<TrustedHtml>> chapter_rows;
    for (const auto& o : owed) {
      if (o.trigger != &t) continue;
      Html tag;
      StatusTag(tag, procedures::StatusOf(o.standing));
      chapter_rows.push_back({LinkCell(ChapterPath(ctx, o.chapter->id), ChapterName(*o.chapter)),
                              TextCell(o.met_on ? core::FormatDateLong(*o.met_on) : ""), tag.Build()});
    }
    Table(h, "Chapters it affects", {"Chapter", "New version", "Where it stands"}, chapter_rows);
  }
  if (triggers.empty()) h.Element("p", {{"class", "govuk-body"}}, "No triggers recorded yet.");
  if (CanManage(ctx) && !chapters.empty()) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add"}}, "Record a trigger");
    OpenForm(h, ctx, TriggersPath(ctx), form);
    Radios(h, form, "kind", "What triggers the review", VocabularyOptions(procedures::TriggerKinds()));
    TextInput(h, form, "title", "The guidance or the need",
              {.hint = "For example, Working Together to Safeguard Children (revised)", .width_class = "govuk-!-width-two-thirds"});
    DateInput(h, form, "dated_on", "Published or raised on");
    h.Open("div", {{"class", "govuk-form-group"}, {"id", "chapters"}});
    h.Open("fieldset", {{"class", "govuk-fieldset"}});
    h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}}, "The chapters it affects");
    for (const auto& c : chapters) Checkbox(h, form, "chapter_" + std::to_string(c.id), ChapterName(c));
    h.Close("fieldset").Close("div");
    if (!referrals.empty()) {
      Options options;
      for (const auto& r : referrals) options.emplace_back(std::to_string(r.id), r.need);
      Select(h, form, "referral_id", "Taking up a procedure review raised (optional)", options, "None");
    }
    Button(h, "Record trigger");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Triggers for review", kNav, {{"Procedures register", RegisterPath(ctx)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowProcedureTriggers(Context& ctx) { return RenderTriggers(ctx, {}, 200); }

Response AddProcedureTrigger(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  std::vector<std::int64_t> chapters, referrals;
  for (const auto& c : procedures::ProcedureStore(ctx.db).Chapters(ctx.partnership_id())) chapters.push_back(c.id);
  for (const auto& r : ProcedureReviewsRaised(ctx)) referrals.push_back(r.id);
  procedures::Trigger trigger;
  form.errors = procedures::ReadTrigger(form.values, chapters, referrals, core::DateOf(ctx.clock.Now()), trigger);
  if (!form.errors.empty()) return RenderTriggers(ctx, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = procedures::ProcedureStore(ctx.db).AddTrigger(ctx.partnership_id(), trigger);
  ctx.Audit(auth::AuditAction::kCreate, "procedure-trigger", id);
  tx.Commit();
  return http::Redirect(TriggersPath(ctx) + "?done=trigger-added");
}

}  // namespace safeboard::ui::pages
