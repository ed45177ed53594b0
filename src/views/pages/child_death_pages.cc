// Child death review pages: the statistics for every member; notifications, reviews and who
// viewed them for the CDOP and the board team only.
#include <algorithm>

#include "auth/audit.h"
#include "cdop/store.h"
#include "governance/governance.h"
#include "meetings/store.h"
#include "governance/store.h"
#include "views/pages/case_record_pages.h"
#include "views/area_registry.h"
#include "views/pages/common.h"
#include "views/table_export.h"

namespace safeboard::views::pages {
namespace {

const AreaRegistration kChildDeathsArea{
    {},
    {{"death-notified", "Notification recorded"}, {"review-recorded", "Review recorded"},
     {"review-referred", "Review recorded and the case referred to the case review panel"}}};

using cdop::Case;
using cdop::CaseReview;
using cdop::CdopStore;
using http::Context;
using http::Response;

constexpr const char* kNav = "Overview";
constexpr const char* kAuditCase = "child-death";

std::string Path(const Context& ctx, const std::string& rest = "") { return ctx.PartnershipPath("/child-deaths" + rest); }
std::string CasePath(const Context& ctx, std::int64_t id) { return Path(ctx, "/cases/" + std::to_string(id)); }


Case CaseOrNotFound(Context& ctx) {
  auto c = CdopStore(ctx.db).FindCase(ctx.partnership_id(), ctx.Id("id"));
  if (!c) throw http::NotFound{};
  return *c;
}

template <typename Enum>
std::string Label(std::span<const core::Term<Enum>> terms, Enum value) {
  return std::string(core::LabelOf(terms, value));
}

// ----- Statistics -----

struct StatisticsView {
  int year = 0;
  bool suppress = false;
  std::vector<int> years;  // financial years with any record
  std::vector<cdop::HistoryYear> history;
  cdop::Statistics stats;
};

StatisticsView LoadStatistics(Context& ctx) {
  CdopStore store(ctx.db);
  auto [notifications, reviews] = store.StatisticsInputs(ctx.partnership_id());
  StatisticsView v;
  v.years = cdop::YearsWithRecords(notifications, reviews);
  v.year = v.years.empty() ? core::FinancialYearOf(core::DateOf(ctx.clock.Now())) : v.years.back();
  if (auto year = cdop::ParseYear(ctx.query.Get("year"))) v.year = *year;
  v.suppress = cdop::SuppressSmallCounts(ctx.Can(auth::Permission::kChildDeathRecords),
                                         ctx.query.Get("suppress") == "yes");
  v.history = store.History(ctx.partnership_id());
  v.stats = cdop::YearStatistics(v.year, notifications, reviews);
  return v;
}

// The figures as rows: section, item, count, percentage ("" when not a share).
std::vector<std::vector<std::string>> StatisticsRows(const StatisticsView& v) {
  std::vector<std::vector<std::string>> rows;
  auto count = [&](int n) { return cdop::Publishable(n, v.suppress); };
  auto percent = [&](int n, int p) { return v.suppress && n >= 1 && n <= 5 ? std::string("suppressed") : std::to_string(p) + "%"; };
  for (const auto& h : v.history) rows.push_back({"Deaths notified", h.period, count(h.deaths), ""});
  for (const auto& [year, n] : v.stats.notified_by_year)
    if (year <= v.year) rows.push_back({"Deaths notified", core::FinancialYearLabel(year), count(n), ""});
  rows.push_back({"Deaths notified in the year", "Not normally resident in the area", count(v.stats.notified_not_resident), ""});
  rows.push_back({"Reviews completed in the year", "All", count(v.stats.reviews), ""});
  for (const auto& [year, n] : v.stats.reviews_by_death_year)
    rows.push_back({"Reviews completed in the year, by year of death", core::FinancialYearLabel(year), count(n), ""});
  for (const auto& t : cdop::Categories()) {
    auto it = v.stats.categories.find(t.value);
    int n = it == v.stats.categories.end() ? 0 : it->second.count;
    int p = it == v.stats.categories.end() ? 0 : it->second.percent;
    rows.push_back({"Category of death", std::string(t.label), count(n), percent(n, p)});
  }
  for (const auto& t : cdop::ModifiableFindings()) {
    auto it = v.stats.modifiable.find(t.value);
    int n = it == v.stats.modifiable.end() ? 0 : it->second.count;
    int p = it == v.stats.modifiable.end() ? 0 : it->second.percent;
    rows.push_back({"Modifiable factors", std::string(t.label), count(n), percent(n, p)});
  }
  for (const auto& t : cdop::RecommendationAreas()) {
    bool used = std::find(v.stats.recommendation_areas.begin(), v.stats.recommendation_areas.end(), t.value) !=
                v.stats.recommendation_areas.end();
    rows.push_back({"Recommendations made in the area", std::string(t.label), used ? "Yes" : "No", ""});
  }
  return rows;
}

constexpr const char* kRoundingRule =
    "Percentages are of the reviews completed in the year, rounded to the nearest whole number "
    "with halves rounded up, so they may not add up to 100.";

}  // namespace

bool ChairsPanelOrAdministers(const Context& ctx, governance::ConfidentialArea area) {
  if (ctx.access.board_administration) return true;
  if (!ctx.session) return false;
  return governance::GovernanceStore(ctx.db).ChairsGroupHolding(ctx.partnership_id(), area, ctx.session->user.id);
}

Response RecordViewsPage(Context& ctx, const std::string& record_type, std::int64_t id, const std::string& reference,
                   const std::string& back, const std::string& nav_crumb, const std::string& crumb_href) {
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Everyone who opened, exported or changed this record, oldest first. The audit log cannot be "
            "edited.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& e : auth::AuditOfRecord(ctx.db, ctx.partnership_id(), record_type, id))
    rows.push_back({TextCell(e.at), TextCell(e.user.empty() ? "Unknown" : e.user), TextCell(e.action)});
  Table(h, "", {"When (UTC)", "Who", "What"}, rows);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, back, "Back to " + reference);
  h.Close("p");
  ctx.Audit("viewed-audit", record_type, id);
  return Page(ctx, ChromeWithCrumbs(ctx, "Who has seen " + reference, kNav, {{nav_crumb, crumb_href}, {reference, back}}),
              std::move(h));
}

Response ShowChildDeathStatistics(Context& ctx) {
  auto v = LoadStatistics(ctx);
  Html h;
  h.Element("p", {{"class", "govuk-body-l"}},
            "Deaths of children notified to the Child Death Overview Panel, and the panel's reviews, for "
            "the financial year " + core::FinancialYearLabel(v.year) + " (1 April to 31 March).");
  h.Open("form", {{"method", "get"}, {"action", Path(ctx)}, {"novalidate", "novalidate"}});
  FormState choice;
  choice.values = {{"year", std::to_string(v.year)}, {"suppress", v.suppress ? "yes" : ""}};
  Options years;
  for (auto it = v.years.rbegin(); it != v.years.rend(); ++it) years.emplace_back(std::to_string(*it), core::FinancialYearLabel(*it));
  if (years.empty()) years.emplace_back(std::to_string(v.year), core::FinancialYearLabel(v.year));
  Select(h, choice, "year", "Financial year", years);
  bool entitled = ctx.Can(auth::Permission::kChildDeathRecords);
  if (entitled)
    Checkbox(h, choice, "suppress", "For publication: show counts of 1 to 5 as \"1-5\"");
  Button(h, "Show", true);
  h.Close("form");
  if (!entitled)
    h.Element("p", {{"class", "govuk-inset-text"}},
              "Counts of 1 to 5 are shown as \"1-5\", without a percentage, because small numbers "
              "of deaths could identify a child.");

  auto rows = StatisticsRows(v);
  auto count = [&](int n) { return cdop::Publishable(n, v.suppress); };
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Deaths notified");
  h.Element("p", {{"class", "govuk-body"}},
            count(v.stats.notified) + " deaths of children were notified in " + core::FinancialYearLabel(v.year) + ", including " +
                count(v.stats.notified_not_resident) + " of children not normally resident in the area.");
  std::vector<std::vector<TrustedHtml>> history;
  for (const auto& r : rows)
    if (r[0] == "Deaths notified") history.push_back({TextCell(r[1]), TextCell(r[2])});
  Table(h, "Deaths notified by year (years before the panel are calendar years)", {"Year", "Deaths"}, history);

  h.Element("h2", {{"class", "govuk-heading-m"}}, "Reviews completed");
  h.Element("p", {{"class", "govuk-body"}},
            "The panel completed " + count(v.stats.reviews) + " reviews in " + core::FinancialYearLabel(v.year) + ".");
  std::vector<std::vector<TrustedHtml>> by_year;
  for (const auto& r : rows)
    if (r[0] == "Reviews completed in the year, by year of death") by_year.push_back({TextCell(r[1]), TextCell(r[2])});
  Table(h, "Reviews by the year the death occurred", {"Year of death", "Reviews"}, by_year);

  auto share_table = [&](const std::string& section, const std::string& caption, const std::string& heading) {
    std::vector<std::vector<TrustedHtml>> out;
    for (const auto& r : rows)
      if (r[0] == section) out.push_back({TextCell(r[1]), TextCell(r[2]), TextCell(r[3])});
    Table(h, caption, {heading, "Reviews", "Percentage"}, out);
  };
  share_table("Category of death", "Category of death (national categories)", "Category");
  share_table("Modifiable factors", "Modifiable factors", "Finding");
  h.Element("p", {{"class", "govuk-body"}}, kRoundingRule);
  std::vector<std::vector<TrustedHtml>> areas;
  for (const auto& r : rows)
    if (r[0] == "Recommendations made in the area") areas.push_back({TextCell(r[1]), TextCell(r[2])});
  Table(h, "Areas recommendations were made in", {"Area", "Used this year"}, areas);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, Path(ctx, "/statistics.csv?year=" + std::to_string(v.year) + (v.suppress ? "&suppress=yes" : "")),
       "Download these figures (CSV)");
  h.Close("p");
  if (ctx.Can(auth::Permission::kChildDeathRecords)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, Path(ctx, "/cases"), "Case records (CDOP panel only)");
    h.Close("p");
  }
  return Page(ctx, ChromeWithCrumbs(ctx, "Child death reviews", kNav, {}), std::move(h));
}

Response ExportChildDeathStatistics(Context& ctx) {
  auto v = LoadStatistics(ctx);
  return CsvDownload("child-death-statistics-" + core::FinancialYearLabel(v.year) + ".csv", {"Section", "Item", "Count", "Percentage"},
                     StatisticsRows(v));
}

// ----- Case records -----

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
  ctx.Audit("listed", "child-deaths", std::nullopt);
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
  ctx.Audit("exported", "child-deaths", std::nullopt);
  return CsvDownload("child-death-cases.csv",
                     {"Reference", "Notified", "Date of birth", "Date of death", "Age", "Sex", "Normally resident",
                      "Place of death", "Expected", "Notified by", "Reviewed", "Category", "Modifiable factors",
                      "Which factors", "SUDI", "Safeguarding concern", "Lessons", "Recommendation areas"},
                     rows);
}

namespace {

Response RenderNotificationForm(Context& ctx, const FormState& form) {
  Html h;
  OpenForm(h, ctx, Path(ctx, "/cases"), form);
  h.Element("p", {{"class", "govuk-body"}},
            "Do not enter the child's name anywhere: the system gives the case a reference.");
  DateInput(h, form, "date_of_birth", "Date of birth");
  DateInput(h, form, "date_of_death", "Date of death");
  Radios(h, form, "sex", "Sex", VocabularyOptions(cdop::Sexes()));
  Radios(h, form, "normally_resident", "Was the child normally resident in the area?",
         {{"yes", "Yes"}, {"no", "No, normally resident elsewhere"}});
  Select(h, form, "place_of_death", "Place of death", VocabularyOptions(cdop::PlacesOfDeath()), "Choose a place");
  Radios(h, form, "expected", "Was the death expected?", VocabularyOptions(cdop::Expectations()));
  TextInput(h, form, "notified_by", "Who notified the panel",
            {.hint = "A role or service, for example Coroner's officer", .width_class = "govuk-!-width-two-thirds"});
  DateInput(h, form, "notified_on", "Date the panel was notified");
  Button(h, "Record notification");
  h.Close("form");
  return FormPage(ctx, "Record a child death notification", kNav,
                  {{"Child death reviews", Path(ctx)}, {"Case records", Path(ctx, "/cases")}}, form, std::move(h));
}

}  // namespace

Response NewChildDeath(Context& ctx) { return RenderNotificationForm(ctx, FormState{}); }

Response CreateChildDeath(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  Case c;
  form.errors = cdop::ReadNotification(form.values, core::DateOf(ctx.clock.Now()), c);
  if (!form.errors.empty()) return RenderNotificationForm(ctx, form);
  storage::Transaction tx(ctx.db);
  auto id = CdopStore(ctx.db).Notify(ctx.partnership_id(), c);
  ctx.Audit("create", kAuditCase, id);
  tx.Commit();
  return http::Redirect(CasePath(ctx, id) + "?done=death-notified");
}

Response ShowChildDeath(Context& ctx) {
  auto c = CaseOrNotFound(ctx);
  CdopStore store(ctx.db);
  auto review = store.ReviewOf(c.id);
  // RULE: issue 5 - every view of a case record is written to the audit log.
  ctx.Audit("viewed", kAuditCase, c.id);
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
  ctx.Audit("viewed", kAuditCase, c.id);
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
  ctx.Audit("review", kAuditCase, c.id);
  if (referral) ctx.Audit("create", "case-referral", *referral, "from a child death review");
  tx.Commit();
  return http::Redirect(CasePath(ctx, c.id) + (referral ? "?done=review-referred" : "?done=review-recorded"));
}

Response ChildDeathViews(Context& ctx) {
  auto c = CaseOrNotFound(ctx);
  if (!ChairsPanelOrAdministers(ctx, governance::ConfidentialArea::kChildDeaths)) return ErrorPage(ctx, 403);
  return RecordViewsPage(ctx, kAuditCase, c.id, c.reference, CasePath(ctx, c.id), "Case records", Path(ctx, "/cases"));
}

}  // namespace safeboard::views::pages
