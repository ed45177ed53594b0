// One serious case review (each view audited): its details and endorsement, the individual
// management reviews, the recommendations with their action plans and sign-off, the audits of
// progress, and who has seen it.
#include "casereviews/pages/pages.h"

#include <functional>

#include "casereviews/pages/shared.h"
#include "learning/pages/shared.h"

namespace safeboard::ui::pages {

using namespace case_review_pages;

namespace {

using AgencyName = std::function<std::string(std::int64_t)>;

void OpenPost(Html& h, const Context& ctx, const std::string& action) {
  h.Open("form", {{"method", "post"}, {"action", action}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
}

void AllErrors(const ReviewForms& forms, Html& h) {
  ErrorSummary(h, forms.details.errors);
  ErrorSummary(h, Prefixed(forms.imr, "imr-").errors);
  ErrorSummary(h, Prefixed(forms.recommendation, "rec-").errors);
  ErrorSummary(h, Prefixed(forms.action, ActionPrefix(forms.action_for)).errors);
  ErrorSummary(h, Prefixed(forms.sign_off, SignOffPrefix(forms.sign_off_for)).errors);
  ErrorSummary(h, forms.audit.errors);
}

void ReviewSummary(const Context& ctx, const Review& review, const Referral& referral,
                   const std::optional<core::Date>& audit_due, Html& h) {
  h.Element("p", {{"class", "govuk-body"}}, "Confidential: case review panel and board team only. This view is recorded.");
  SummaryList(h, {{"Case", referral.reference},
                  {"Overview author", review.overview_author.empty() ? "Not commissioned yet" : review.overview_author},
                  {"Grading", review.grading ? Label(casereviews::Gradings(), *review.grading) : "Not graded"},
                  {"Endorsed by the Board", review.endorsed_on ? core::FormatDateLong(*review.endorsed_on) : "Not yet"},
                  {"Next audit of progress due", audit_due ? core::FormatDateLong(*audit_due) : "None"}});
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ReferralPath(ctx, referral.id), "The referral");
  h.Close("p");
}

void DetailsForm(const Context& ctx, const Review& review, FormState form, Html& h) {
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Terms of reference, overview report and endorsement");
  if (form.values.empty())
    form.values = {{"terms_of_reference", review.terms_of_reference},
                   {"overview_author", review.overview_author},
                   {"overview_report", review.overview_report},
                   {"grading", review.grading ? std::string(core::CodeOf(casereviews::Gradings(), *review.grading)) : ""},
                   {"endorsed_on", review.endorsed_on ? core::FormatDate(*review.endorsed_on) : ""}};
  OpenPost(h, ctx, ReviewPath(ctx, review.id));
  Textarea(h, form, "terms_of_reference", "Terms of reference", "", 6);
  TextInput(h, form, "overview_author", "Commissioned overview author", {.width_class = "govuk-!-width-two-thirds"});
  Textarea(h, form, "overview_report", "Overview report", "", 10);
  Select(h, form, "grading", "Grading of the overview report", VocabularyOptions(casereviews::Gradings()),
         "Not graded");
  DateInput(h, form, "endorsed_on", "Date the Board endorsed the review (optional)");
  Button(h, "Save review");
  h.Close("form");
}

void ManagementReviews(Context& ctx, CaseReviewStore& store, const Review& review, const FormState& form,
                       const AgencyName& agency, Html& h) {
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Individual management reviews");
  std::vector<std::vector<TrustedHtml>> imrs;
  for (const auto& i : store.ManagementReviews(review.id))
    imrs.push_back({TextCell(agency(i.agency_id)), TextCell(core::FormatDateLong(i.due_on)),
                    TextCell(i.received_on ? core::FormatDateLong(*i.received_on) : "Not yet")});
  Table(h, "", {"Agency", "Due", "Received"}, imrs);
  OpenPost(h, ctx, ReviewPath(ctx, review.id) + "/imrs");
  FormState imr = Prefixed(form, "imr-");
  Select(h, imr, "imr-agency_id", "Ask an agency for a review", CurrentAgencyOptions(ctx), "Choose an agency");
  DateInput(h, imr, "imr-due_on", "Management review due");
  DateInput(h, imr, "imr-received_on", "Management review received (optional)");
  Button(h, "Add management review", true);
  h.Close("form");
}

// One recommendation: its actions and, while it is open, the forms to add an action and sign it off.
void Recommendation(const Context& ctx, const casereviews::Recommendation& c, const ReviewForms& forms,
                    const AgencyName& agency, Html& h) {
  h.Element("h3", {{"class", "govuk-heading-s"}}, agency(c.agency_id) + ": " + c.text);
  h.Element("p", {{"class", "govuk-body"}},
            c.signed_off_on ? "Signed off " + core::FormatDateLong(*c.signed_off_on) : std::string("Open"));
  std::vector<std::vector<TrustedHtml>> actions;
  for (const auto& a : c.actions)
    actions.push_back({TextCell(a.action), TextCell(core::FormatDateLong(a.due_on)),
                       TextCell(a.completed_on ? core::FormatDateLong(*a.completed_on) : "Not yet")});
  if (!actions.empty()) Table(h, "", {"Action", "Due", "Completed"}, actions);
  if (c.signed_off_on) return;
  std::string rec = "/recommendations/" + std::to_string(c.id);
  std::string ap = ActionPrefix(c.id);
  FormState action_form = Prefixed(forms.action_for == c.id ? forms.action : FormState{}, ap);
  OpenPost(h, ctx, Path(ctx, rec + "/actions"));
  TextInput(h, action_form, ap + "action", "Add an action", {.width_class = "govuk-!-width-two-thirds"});
  DateInput(h, action_form, ap + "due_on", "Action due");
  DateInput(h, action_form, ap + "completed_on", "Action completed (optional)");
  Button(h, "Add action", true);
  h.Close("form");
  std::string sp = SignOffPrefix(c.id);
  FormState sign_form = Prefixed(forms.sign_off_for == c.id ? forms.sign_off : FormState{}, sp);
  OpenPost(h, ctx, Path(ctx, rec + "/sign-off"));
  DateInput(h, sign_form, sp + "signed_off_on", "Sign off on", "Every action must be complete first");
  Button(h, "Sign off recommendation", true);
  h.Close("form");
}

void Recommendations(Context& ctx, const Review& review, const std::vector<casereviews::Recommendation>& recommendations,
                     const ReviewForms& forms, const AgencyName& agency, Html& h) {
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Recommendations and action plan");
  for (const auto& c : recommendations) Recommendation(ctx, c, forms, agency, h);
  OpenPost(h, ctx, ReviewPath(ctx, review.id) + "/recommendations");
  FormState rec_form = Prefixed(forms.recommendation, "rec-");
  Select(h, rec_form, "rec-agency_id", "Agency that owns the new recommendation", CurrentAgencyOptions(ctx),
         "Choose an agency");
  Textarea(h, rec_form, "rec-text", "Recommendation", "", 3);
  Button(h, "Add recommendation", true);
  h.Close("form");
}

void Audits(const Context& ctx, const Review& review, const std::vector<casereviews::Audit>& audits,
            const FormState& form, Html& h) {
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Audits of progress");
  std::vector<std::vector<TrustedHtml>> audit_rows;
  for (const auto& a : audits) audit_rows.push_back({TextCell(core::FormatDateLong(a.audited_on)), TextCell(a.finding)});
  Table(h, "", {"Audited", "Finding"}, audit_rows);
  OpenPost(h, ctx, ReviewPath(ctx, review.id) + "/audits");
  DateInput(h, form, "audited_on", "Date of the audit");
  Textarea(h, form, "finding", "What the audit found", "", 3);
  Button(h, "Record audit", true);
  h.Close("form");
}

}  // namespace

namespace case_review_pages {

Response RenderReview(Context& ctx, const Review& review, ReviewForms forms) {
  CaseReviewStore store(ctx.db);
  auto referral = store.FindReferral(ctx.partnership_id(), review.referral_id);
  if (!referral) throw http::NotFound{};
  auto agencies = AgencyNames(ctx);
  AgencyName agency = [&](std::int64_t id) { return agencies.count(id) ? agencies.at(id) : std::string(); };
  auto recommendations = store.Recommendations(review.id);
  auto audits = store.Audits(review.id);
  Html h;
  AllErrors(forms, h);
  ReviewSummary(ctx, review, *referral, casereviews::NextAuditDue(review, recommendations, audits), h);
  DetailsForm(ctx, review, forms.details, h);
  ManagementReviews(ctx, store, review, forms.imr, agency, h);
  Recommendations(ctx, review, recommendations, forms, agency, h);
  Audits(ctx, review, audits, forms.audit, h);
  // Learning for the training and policy sub-groups, raised by the panel (issue 16's links).
  learning_pages::RenderReferralsFrom(ctx, h, learning::ReferralSource::kCaseReview, review.id, forms.learning,
                                      ReviewPath(ctx, review.id) + "/referrals", true);
  if (ChairsPanelOrAdministers(ctx, governance::ConfidentialArea::kCaseReviews)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, ReviewPath(ctx, review.id) + "/views", "Who has seen this review");
    h.Close("p");
  }
  bool errors = forms.HasErrors();
  auto chrome = ChromeWithCrumbs(ctx, "Serious case review " + referral->reference, kNav,
                                 {{"Serious case reviews", Path(ctx)}, {"Case review records", Path(ctx, "/referrals")}});
  chrome.has_errors = errors;
  if (errors) chrome.success.reset();
  return Page(ctx, std::move(chrome), std::move(h), errors ? 422 : 200);
}

}  // namespace case_review_pages

Response ShowCaseReview(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  ctx.Audit(auth::AuditAction::kViewed, kAuditReview, review.id);
  return RenderReview(ctx, review, ReviewForms{});
}

Response CaseReviewViews(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  auto referral = CaseReviewStore(ctx.db).FindReferral(ctx.partnership_id(), review.referral_id);
  if (!ChairsPanelOrAdministers(ctx, governance::ConfidentialArea::kCaseReviews)) return ErrorPage(ctx, 403);
  return RecordViewsPage(ctx, kAuditReview, review.id, referral ? referral->reference : "the review",
                         ReviewPath(ctx, review.id), "Case review records", Path(ctx, "/referrals"));
}

}  // namespace safeboard::ui::pages
