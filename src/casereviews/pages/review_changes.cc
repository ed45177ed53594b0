// Changes to a serious case review, each re-rendering the review page with its form's errors:
// its details, a management review, a recommendation, an action, a sign-off, an audit.
#include "casereviews/pages/pages.h"

#include "casereviews/pages/shared.h"
#include "learning/pages/shared.h"
#include "storage/database.h"

namespace safeboard::ui::pages {

using namespace case_review_pages;

Response SaveCaseReview(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  ReviewForms forms;
  forms.details.values = Submitted(ctx);
  Review changed = review;
  forms.details.errors = casereviews::ReadReviewDetails(forms.details.values, Today(ctx), changed);
  if (!forms.details.errors.empty()) return RenderReview(ctx, review, forms);
  storage::Transaction tx(ctx.db);
  CaseReviewStore(ctx.db).SaveReviewDetails(ctx.partnership_id(), changed);
  ctx.Audit(auth::AuditAction::kUpdate, kAuditReview, review.id);
  tx.Commit();
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=review-saved");
}

Response AddManagementReview(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  ReviewForms forms;
  forms.imr.values = Unprefixed(ctx, "imr-");
  casereviews::ManagementReview imr;
  imr.review_id = review.id;
  CaseReviewStore store(ctx.db);
  forms.imr.errors =
      casereviews::ReadManagementReview(forms.imr.values, AgencyIds(ctx), store.ManagementReviews(review.id), imr);
  if (!forms.imr.errors.empty()) return RenderReview(ctx, review, forms);
  storage::Transaction tx(ctx.db);
  store.AddManagementReview(imr);
  ctx.Audit(auth::AuditAction::kUpdate, kAuditReview, review.id, "management review requested");
  tx.Commit();
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=imr-added");
}

Response AddRecommendation(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  ReviewForms forms;
  forms.recommendation.values = Unprefixed(ctx, "rec-");
  casereviews::Recommendation c;
  c.review_id = review.id;
  forms.recommendation.errors = casereviews::ReadRecommendation(forms.recommendation.values, AgencyIds(ctx), c);
  if (!forms.recommendation.errors.empty()) return RenderReview(ctx, review, forms);
  storage::Transaction tx(ctx.db);
  CaseReviewStore(ctx.db).AddRecommendation(c);
  ctx.Audit(auth::AuditAction::kUpdate, kAuditReview, review.id, "recommendation added");
  tx.Commit();
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=recommendation-added");
}

Response AddRecommendationAction(Context& ctx) {
  auto c = RecommendationOrNotFound(ctx);
  auto review = ReviewOf(ctx, c.review_id);
  ReviewForms forms;
  forms.action_for = c.id;
  forms.action.values = Unprefixed(ctx, ActionPrefix(c.id));
  casereviews::ActionItem a;
  forms.action.errors = casereviews::ReadActionItem(forms.action.values, c, a);
  if (!forms.action.errors.empty()) return RenderReview(ctx, review, forms);
  storage::Transaction tx(ctx.db);
  CaseReviewStore(ctx.db).AddActionItem(a);
  ctx.Audit(auth::AuditAction::kUpdate, kAuditReview, review.id, "action added");
  tx.Commit();
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=action-added");
}

Response SignOffRecommendation(Context& ctx) {
  auto c = RecommendationOrNotFound(ctx);
  auto review = ReviewOf(ctx, c.review_id);
  ReviewForms forms;
  forms.sign_off_for = c.id;
  forms.sign_off.values = Unprefixed(ctx, SignOffPrefix(c.id));
  core::Date on;
  forms.sign_off.errors = casereviews::ReadSignOff(forms.sign_off.values, c, Today(ctx), on);
  if (!forms.sign_off.errors.empty()) return RenderReview(ctx, review, forms);
  storage::Transaction tx(ctx.db);
  CaseReviewStore(ctx.db).SignOff(c.id, on);
  ctx.Audit(auth::AuditAction::kUpdate, kAuditReview, review.id, "recommendation signed off");
  tx.Commit();
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=signed-off");
}

Response RecordRecommendationAudit(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  ReviewForms forms;
  forms.audit.values = Submitted(ctx);
  casereviews::Audit a;
  a.review_id = review.id;
  forms.audit.errors = casereviews::ReadAudit(forms.audit.values, Today(ctx), a);
  if (!forms.audit.errors.empty()) return RenderReview(ctx, review, forms);
  storage::Transaction tx(ctx.db);
  CaseReviewStore(ctx.db).AddAudit(a);
  ctx.Audit(auth::AuditAction::kUpdate, kAuditReview, review.id, "audit recorded");
  tx.Commit();
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=audit-recorded");
}

Response RaiseCaseReviewLearning(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  auto referral = CaseReviewStore(ctx.db).FindReferral(ctx.partnership_id(), review.referral_id);
  // The source's label is read by the group the need is for: the case's pseudonymous reference.
  ReviewForms forms;
  forms.learning = learning_pages::RaiseReferral(ctx, learning::ReferralSource::kCaseReview, review.id,
                                                 "Case review " + (referral ? referral->reference : std::string()));
  if (!forms.learning.errors.empty()) return RenderReview(ctx, review, forms);
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=referral-raised#learning");
}

}  // namespace safeboard::ui::pages
