// One child death case record (each view is audited) and who has seen it.
#include "cdop/pages/pages.h"

#include "cdop/pages/shared.h"

namespace safeboard::ui::pages {

using namespace child_death_pages;

Response ShowChildDeath(Context& ctx) {
  auto c = CaseOrNotFound(ctx);
  CdopStore store(ctx.db);
  auto review = store.ReviewOf(c.id);
  // RULE: issue 5 - every view of a case record is written to the audit log.
  ctx.Audit(auth::AuditAction::kViewed, kAuditCase, c.id);
  Html h;
  h.Element("p", {{"class", "govuk-body"}}, "Confidential: CDOP panel and board team only. This view is recorded.");
  SummaryList(h, {{"Reference", c.reference},
                  {"Date of birth", core::FormatDateLong(c.date_of_birth)},
                  {"Date of death", core::FormatDateLong(c.date_of_death)},
                  {"Age at death", cdop::AgeAtDeath(c.date_of_birth, c.date_of_death)},
                  {"Sex", Label(cdop::Sexes(), c.sex)},
                  {"Normally resident in the area", c.normally_resident ? "Yes" : "No, normally resident elsewhere"},
                  {"Place of death", Label(cdop::PlacesOfDeath(), c.place_of_death)},
                  {"Expected or unexpected", Label(cdop::Expectations(), c.expected)},
                  {"Notified by", c.notified_by},
                  {"Notified on", core::FormatDateLong(c.notified_on)}});
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Review");
  if (!review) {
    h.Element("p", {{"class", "govuk-body"}}, "The panel has not reviewed this death yet.");
    ButtonLink(h, CasePath(ctx, c.id) + "/review", "Record the review");
  } else {
    std::string areas;
    for (auto area : review->recommendation_areas)
      areas += (areas.empty() ? "" : "; ") + Label(cdop::RecommendationAreas(), area);
    SummaryList(h, {{"Reviewed", core::FormatDateLong(review->reviewed_on)},
                    {"Category of death", Label(cdop::Categories(), review->category)},
                    {"Modifiable factors", Label(cdop::ModifiableFindings(), review->modifiable)},
                    {"Which factors", review->modifiable_factors.empty() ? "None recorded" : review->modifiable_factors},
                    {"Sudden unexpected death in infancy", review->sudi ? "Yes" : "No"},
                    {"Safeguarding concerns", review->safeguarding_concern ? "Yes" : "No"},
                    {"Lessons", review->lessons.empty() ? "None recorded" : review->lessons},
                    {"Recommendation areas", areas}});
    if (auto referral = store.ReferralOf(ctx.partnership_id(), c.id)) {
      h.Open("p", {{"class", "govuk-body"}});
      if (ctx.Can(auth::Permission::kCaseReviewRecords))
        Link(h, ctx.PartnershipPath("/case-reviews/referrals/" + std::to_string(*referral)),
             "Referred to the case review panel");
      else
        h.Text("Referred to the case review panel.");
      h.Close("p");
    }
    ButtonLink(h, CasePath(ctx, c.id) + "/review", "Change the review", true);
  }
  if (ChairsPanelOrAdministers(ctx, governance::ConfidentialArea::kChildDeaths)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, CasePath(ctx, c.id) + "/views", "Who has seen this case");
    h.Close("p");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Child death " + c.reference, kNav,
                                 {{"Child death reviews", Path(ctx)}, {"Case records", Path(ctx, "/cases")}});
  return Page(ctx, std::move(chrome), std::move(h));
}

Response ChildDeathViews(Context& ctx) {
  auto c = CaseOrNotFound(ctx);
  if (!ChairsPanelOrAdministers(ctx, governance::ConfidentialArea::kChildDeaths)) return ErrorPage(ctx, 403);
  return RecordViewsPage(ctx, kAuditCase, c.id, c.reference, CasePath(ctx, c.id), "Case records", Path(ctx, "/cases"));
}

}  // namespace safeboard::ui::pages
