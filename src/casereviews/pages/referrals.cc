// Referring a case to the case review panel (any member), and the panel's list of referrals and
// reviews with its CSV export (each listing and export is audited).
#include "casereviews/pages/pages.h"

#include <algorithm>

#include "casereviews/pages/shared.h"
#include "storage/database.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace case_review_pages;

namespace {

Response RenderReferralForm(Context& ctx, const FormState& form) {
  Html h;
  OpenForm(h, ctx, Path(ctx, "/referrals"), form);
  h.Element("p", {{"class", "govuk-body"}},
            "Only the case review panel and the board team will see this referral. Do not use names: the "
            "system gives the case a reference.");
  DateInput(h, form, "referred_on", "Date of the referral");
  Select(h, form, "referring_agency_id", "Referring agency", CurrentAgencyOptions(ctx), "Choose an agency");
  Textarea(h, form, "summary", "Summary of the case and why you are referring it", "", 8);
  Button(h, "Send referral");
  h.Close("form");
  return FormPage(ctx, "Refer a case to the case review panel", kNav, {{"Serious case reviews", Path(ctx)}}, form,
                  std::move(h));
}

}  // namespace

Response NewReferral(Context& ctx) { return RenderReferralForm(ctx, FormState{}); }

Response CreateReferral(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  Referral r;
  form.errors = casereviews::ReadReferral(form.values, AgencyIds(ctx), Today(ctx), r);
  if (!form.errors.empty()) return RenderReferralForm(ctx, form);
  storage::Transaction tx(ctx.db);
  auto id = CaseReviewStore(ctx.db).CreateReferral(ctx.partnership_id(), r);
  ctx.Audit(auth::AuditAction::kCreate, kAuditReferral, id);
  tx.Commit();
  // The referrer may not be entitled to see the record they made: back to the summary.
  if (ctx.Can(auth::Permission::kCaseReviewRecords)) return http::Redirect(ReferralPath(ctx, id) + "?done=referral-made");
  return http::Redirect(Path(ctx) + "?done=referral-made");
}

// ----- For the panel -----

Response ListReferrals(Context& ctx) {
  CaseReviewStore store(ctx.db);
  auto agencies = AgencyNames(ctx);
  ctx.Audit(auth::AuditAction::kListed, "case-referrals", std::nullopt);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Confidential: seen only by members of the case review panel and the board team. Every view is recorded.");
  ButtonLink(h, Path(ctx, "/referrals/new"), "Record a referral");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& r : store.Referrals(ctx.partnership_id()))
    rows.push_back({LinkCell(ReferralPath(ctx, r.id), r.reference), TextCell(core::FormatDateLong(r.referred_on)),
                    TextCell(FromText(r, agencies)),
                    TextCell(r.considered_on ? core::FormatDateLong(*r.considered_on) : ""),
                    TextCell(DecisionText(r, agencies))});
  Table(h, "Referrals", {"Case", "Referred", "From", "Considered", "Decision"}, rows);
  std::vector<std::vector<TrustedHtml>> reviews;
  for (const auto& [review, referral] : store.Reviews(ctx.partnership_id())) {
    auto recommendations = store.Recommendations(review.id);
    auto open = std::count_if(recommendations.begin(), recommendations.end(),
                              [](const casereviews::Recommendation& c) { return !c.signed_off_on; });
    auto due = casereviews::NextAuditDue(review, recommendations, store.Audits(review.id));
    reviews.push_back({LinkCell(ReviewPath(ctx, review.id), referral.reference),
                       TextCell(review.endorsed_on ? core::FormatDateLong(*review.endorsed_on) : "Not yet"),
                       TextCell(std::to_string(recommendations.size()) + " (" + std::to_string(open) + " open)"),
                       TextCell(due ? core::FormatDateLong(*due) : "None")});
  }
  Table(h, "Serious case reviews", {"Case", "Endorsed by the Board", "Recommendations", "Next audit due"}, reviews);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, Path(ctx, "/referrals.csv"), "Download the referrals (CSV)");
  h.Close("p");
  return Page(ctx, ChromeWithCrumbs(ctx, "Case review records", kNav, {{"Serious case reviews", Path(ctx)}}), std::move(h));
}

Response ExportReferrals(Context& ctx) {
  auto agencies = AgencyNames(ctx);
  TableRows rows;
  for (const auto& r : CaseReviewStore(ctx.db).Referrals(ctx.partnership_id()))
    rows.push_back({r.reference, core::FormatDate(r.referred_on), FromText(r, agencies), r.summary,
                    r.considered_on ? core::FormatDate(*r.considered_on) : "", DecisionText(r, agencies),
                    r.decision_notes});
  ctx.Audit(auth::AuditAction::kExported, "case-referrals", std::nullopt);
  return CsvDownload("case-referrals.csv",
                     {"Reference", "Referred", "From", "Summary", "Considered", "Decision", "Notes"}, rows);
}

}  // namespace safeboard::ui::pages
