// The CDOP's case records: the list (each listing is audited) and the CSV export.
#include "cdop/pages/pages.h"

#include "cdop/pages/shared.h"
#include "ui/status_tags.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace child_death_pages;

namespace {

std::vector<std::string> CaseRow(const Case& c, const std::optional<CaseReview>& review) {
  return {c.reference,
          core::FormatDate(c.notified_on),
          core::FormatDate(c.date_of_birth),
          core::FormatDate(c.date_of_death),
          cdop::AgeAtDeath(c.date_of_birth, c.date_of_death),
          Label(cdop::Sexes(), c.sex),
          c.normally_resident ? "Yes" : "No",
          Label(cdop::PlacesOfDeath(), c.place_of_death),
          Label(cdop::Expectations(), c.expected),
          c.notified_by,
          review ? core::FormatDate(review->reviewed_on) : "",
          review ? Label(cdop::Categories(), review->category) : "",
          review ? Label(cdop::ModifiableFindings(), review->modifiable) : "",
          review ? review->modifiable_factors : "",
          review ? (review->sudi ? "Yes" : "No") : "",
          review ? (review->safeguarding_concern ? "Yes" : "No") : "",
          review ? review->lessons : "",
          review ? cdop::EncodeAreas(review->recommendation_areas) : ""};
}

}  // namespace

Response ListChildDeaths(Context& ctx) {
  CdopStore store(ctx.db);
  auto reviews = store.Reviews(ctx.partnership_id());
  auto cases = store.Cases(ctx.partnership_id());
  ctx.Audit(auth::AuditAction::kListed, "child-deaths", std::nullopt);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Confidential: seen only by members of the Child Death Overview Panel and the board team. "
            "Every view is recorded. Cases are known by their reference, never by the child's name.");
  ButtonLink(h, Path(ctx, "/cases/new"), "Record a notification");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& c : cases) {
    auto it = reviews.find(c.id);
    Html status;
    if (it != reviews.end())
      StatusTag(status, {"Reviewed " + core::FormatDateLong(it->second.reviewed_on), core::Tone::kGood});
    else
      StatusTag(status, {"Awaiting review", core::Tone::kWarning});
    rows.push_back({LinkCell(CasePath(ctx, c.id), c.reference), TextCell(core::FormatDateLong(c.notified_on)),
                    TextCell(cdop::AgeAtDeath(c.date_of_birth, c.date_of_death)),
                    TextCell(c.normally_resident ? "Yes" : "No"), TextCell(Label(cdop::Expectations(), c.expected)),
                    status.Build()});
  }
  Table(h, std::to_string(cases.size()) + " deaths notified", {"Case", "Notified", "Age", "Resident", "Death", "Review"},
        rows);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, Path(ctx, "/cases.csv"), "Download the case records (CSV)");
  h.Close("p");
  return Page(ctx, ChromeWithCrumbs(ctx, "Child death case records", kNav, {{"Child death reviews", Path(ctx)}}),
              std::move(h));
}

Response ExportChildDeaths(Context& ctx) {
  CdopStore store(ctx.db);
  auto reviews = store.Reviews(ctx.partnership_id());
  TableRows rows;
  for (const auto& c : store.Cases(ctx.partnership_id())) {
    auto it = reviews.find(c.id);
    rows.push_back(CaseRow(c, it == reviews.end() ? std::nullopt : std::optional(it->second)));
  }
  ctx.Audit(auth::AuditAction::kExported, "child-deaths", std::nullopt);
  return CsvDownload("child-death-cases.csv",
                     {"Reference", "Notified", "Date of birth", "Date of death", "Age", "Sex", "Normally resident",
                      "Place of death", "Expected", "Notified by", "Reviewed", "Category", "Modifiable factors",
                      "Which factors", "SUDI", "Safeguarding concern", "Lessons", "Recommendation areas"},
                     rows);
}

}  // namespace safeboard::ui::pages
