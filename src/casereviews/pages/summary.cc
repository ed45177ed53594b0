// The serious case review summary every member sees (counts by year, never case details), the
// briefing requests shown on a group's page, and the area's success messages.
#include "casereviews/pages/pages.h"

#include "casereviews/pages/shared.h"
#include "core/financial_year.h"
#include "ui/area_registry.h"

namespace safeboard::ui::pages {

using namespace case_review_pages;

namespace {

const AreaRegistration kCaseReviewsArea{
    {{76, "Case reviews", "/case-reviews"}},
    {{"referral-made", "Referral sent to the case review panel"}, {"briefing-sent", "Briefing request sent"},
     {"review-saved", "Review saved"}, {"imr-added", "Management review requested"},
     {"recommendation-added", "Recommendation added"}, {"signed-off", "Recommendation signed off"},
     {"audit-recorded", "Audit recorded"}}};

}  // namespace

Response ShowCaseReviewSummary(Context& ctx) {
  CaseReviewStore store(ctx.db);
  auto referrals = store.Referrals(ctx.partnership_id());
  // Aggregates only: counts by the financial year the panel considered the case.
  std::map<int, std::map<std::string, int>> by_year;
  for (const auto& r : referrals) {
    if (!r.considered_on || !r.decision) continue;
    auto& year = by_year[core::FinancialYearOf(*r.considered_on)];
    ++year["considered"];
    if (*r.decision == casereviews::Decision::kSeriousCaseReview) ++year["scr"];
    else if (r.follow_up == casereviews::FollowUp::kNone) ++year["nothing"];
    else ++year[std::string(core::CodeOf(casereviews::FollowUps(), r.follow_up))];
  }
  int endorsed = 0;
  for (const auto& [review, referral] : store.Reviews(ctx.partnership_id()))
    if (review.endorsed_on) ++endorsed;
  Html h;
  h.Element("p", {{"class", "govuk-body-l"}},
            "The case review panel decides whether a case meets the criteria for a serious case review, and "
            "what else follows when it does not.");
  ButtonLink(h, Path(ctx, "/referrals/new"), "Refer a case to the panel");
  std::vector<std::vector<TrustedHtml>> rows;
  for (auto it = by_year.rbegin(); it != by_year.rend(); ++it) {
    auto n = [&](const char* key) { return std::to_string(it->second[key]); };
    rows.push_back({TextCell(core::FinancialYearLabel(it->first)), TextCell(n("considered")), TextCell(n("scr")),
                    TextCell(n("agency_review")), TextCell(n("multi_agency_review")),
                    TextCell(n("serious_incident_report")), TextCell(n("nothing"))});
  }
  Table(h, "Cases the panel considered, by year",
        {"Year", "Considered", "Serious case review", "Agency's own review", "Multi-agency review",
         "Serious incident report shared", "Nothing further"},
        rows);
  h.Element("p", {{"class", "govuk-body"}},
            "Serious case reviews endorsed by the Board: " + std::to_string(endorsed) + ".");
  if (ctx.Can(auth::Permission::kCaseReviewRecords)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, Path(ctx, "/referrals"), "Referrals and reviews (case review panel only)");
    h.Close("p");
  }
  return Page(ctx, ChromeWithCrumbs(ctx, "Serious case reviews", kNav, {}), std::move(h));
}

void BriefingRequests(Context& ctx, std::int64_t group_id, Html& h) {
  auto briefings = CaseReviewStore(ctx.db).BriefingsForGroup(ctx.partnership_id(), group_id);
  if (briefings.empty()) return;
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Briefing requests from the case review panel");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& b : briefings) rows.push_back({TextCell(core::FormatDateLong(b.requested_on)), TextCell(b.learning)});
  Table(h, "", {"Requested", "Learning to brief on"}, rows);
}

}  // namespace safeboard::ui::pages
