// The panel's review of a death: the form (prefilled when changing it) and recording it, which
// refers the case to the case review panel when there are safeguarding concerns.
#include "cdop/pages/pages.h"

#include "cdop/pages/shared.h"
#include "storage/database.h"

namespace safeboard::ui::pages {

using namespace child_death_pages;

namespace {

Response RenderReviewForm(Context& ctx, const Case& c, const FormState& form) {
  Options meetings_list;
  auto panel = CdopStore(ctx.db).PanelMeetings(ctx.partnership_id());
  for (auto it = panel.rbegin(); it != panel.rend(); ++it)
    if (it->second >= c.date_of_death) meetings_list.emplace_back(std::to_string(it->first), core::FormatDateLong(it->second));
  Html h;
  OpenForm(h, ctx, CasePath(ctx, c.id) + "/review", form);
  Select(h, form, "meeting_id", "Panel meeting that reviewed the death", meetings_list, "Choose a meeting",
         meetings_list.empty() ? "No CDOP panel meeting after the death is scheduled yet: schedule one first" : "");
  Select(h, form, "category", "Category of death", VocabularyOptions(cdop::Categories()), "Choose a category");
  Radios(h, form, "modifiable", "Modifiable factors", VocabularyOptions(cdop::ModifiableFindings()));
  Textarea(h, form, "modifiable_factors", "Which modifiable factors (when identified)",
           "For example consanguinity, medical care, parental care, cigarette smoking, accident", 3);
  Checkbox(h, form, "sudi", "Sudden unexpected death in infancy");
  Checkbox(h, form, "safeguarding_concern", "Safeguarding concerns: refer to the case review panel");
  Textarea(h, form, "referral_summary", "What the case review panel is asked to consider (when referring)",
           "Do not use names", 4);
  Textarea(h, form, "lessons", "Lessons learned", "", 5);
  h.Open("fieldset", {{"class", "govuk-fieldset"}, {"id", "recommendation_areas"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}}, "Areas recommendations were made in");
  if (auto error = form.errors.For("recommendation_areas"))
    h.Element("p", {{"class", "govuk-error-message"}}, "Error: " + *error);
  for (const auto& t : cdop::RecommendationAreas()) Checkbox(h, form, "area-" + std::string(t.code), std::string(t.label));
  h.Close("fieldset");
  Button(h, "Save review");
  h.Close("form");
  return FormPage(ctx, "Review of " + c.reference, kNav,
                  {{"Child death reviews", Path(ctx)}, {"Case records", Path(ctx, "/cases")}, {c.reference, CasePath(ctx, c.id)}},
                  form, std::move(h));
}

}  // namespace

Response ChildDeathReviewForm(Context& ctx) {
  auto c = CaseOrNotFound(ctx);
  FormState form;
  if (auto review = CdopStore(ctx.db).ReviewOf(c.id)) {
    form.values = {{"meeting_id", review->meeting_id ? std::to_string(*review->meeting_id) : ""},
                   {"category", std::string(core::CodeOf(cdop::Categories(), review->category))},
                   {"modifiable", std::string(core::CodeOf(cdop::ModifiableFindings(), review->modifiable))},
                   {"modifiable_factors", review->modifiable_factors},
                   {"sudi", review->sudi ? "yes" : ""},
                   {"safeguarding_concern", review->safeguarding_concern ? "yes" : ""},
                   {"lessons", review->lessons}};
    for (auto area : review->recommendation_areas)
      form.values["area-" + std::string(core::CodeOf(cdop::RecommendationAreas(), area))] = "yes";
  }
  ctx.Audit(auth::AuditAction::kViewed, kAuditCase, c.id);
  return RenderReviewForm(ctx, c, form);
}

Response RecordChildDeathReview(Context& ctx) {
  auto c = CaseOrNotFound(ctx);
  CdopStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  CaseReview review;
  std::string referral_summary;
  form.errors = cdop::ReadReview(form.values, c, store.PanelMeetings(ctx.partnership_id()), review, referral_summary);
  if (!form.errors.empty()) return RenderReviewForm(ctx, c, form);
  storage::Transaction tx(ctx.db);
  auto referral = store.RecordReview(ctx.partnership_id(), c, review, referral_summary);
  ctx.Audit(auth::AuditAction::kReview, kAuditCase, c.id);
  if (referral) ctx.Audit(auth::AuditAction::kCreate, "case-referral", *referral, "from a child death review");
  tx.Commit();
  return http::Redirect(CasePath(ctx, c.id) + (referral ? "?done=review-referred" : "?done=review-recorded"));
}

}  // namespace safeboard::ui::pages
