// Serious case review pages: the yearly summary and the referral form for every member; the
// referrals, reviews, recommendations and who viewed them for the case review panel and the
// board team only.
#include <algorithm>

#include "casereviews/store.h"
#include "cdop/cdop.h"
#include "core/form_fields.h"
#include "governance/governance.h"
#include "governance/store.h"
#include "meetings/store.h"
#include "views/pages/case_record_pages.h"
#include "views/area_registry.h"
#include "views/pages/common.h"
#include "views/table_export.h"

namespace safeboard::views::pages {
namespace {

const AreaRegistration kCaseReviewsArea{
    {},
    {{"referral-made", "Referral sent to the case review panel"}, {"briefing-sent", "Briefing request sent"},
     {"review-saved", "Review saved"}, {"imr-added", "Management review requested"},
     {"recommendation-added", "Recommendation added"}, {"signed-off", "Recommendation signed off"},
     {"audit-recorded", "Audit recorded"}}};

using casereviews::CaseReviewStore;
using casereviews::Referral;
using casereviews::Review;
using http::Context;
using http::Response;

constexpr const char* kNav = "Overview";
constexpr const char* kAuditReferral = "case-referral";
constexpr const char* kAuditReview = "case-review";

std::string Path(const Context& ctx, const std::string& rest = "") { return ctx.PartnershipPath("/case-reviews" + rest); }
std::string ReferralPath(const Context& ctx, std::int64_t id) { return Path(ctx, "/referrals/" + std::to_string(id)); }
std::string ReviewPath(const Context& ctx, std::int64_t id) { return Path(ctx, "/reviews/" + std::to_string(id)); }
core::Date Today(const Context& ctx) { return core::DateOf(ctx.clock.Now()); }

template <typename Enum>
std::string Label(std::span<const core::Term<Enum>> terms, Enum value) {
  return std::string(core::LabelOf(terms, value));
}

std::map<std::int64_t, std::string> AgencyNames(Context& ctx) {
  std::map<std::int64_t, std::string> out;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id())) out[a.id] = a.name;
  return out;
}
std::vector<std::int64_t> AgencyIds(Context& ctx) {
  std::vector<std::int64_t> out;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) out.push_back(a.id);
  return out;
}
Options CurrentAgencyOptions(Context& ctx) {
  Options out;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) out.emplace_back(std::to_string(a.id), a.name);
  return out;
}

std::string DecisionText(const Referral& r, const std::map<std::int64_t, std::string>& agencies) {
  if (!r.decision) return "Awaiting the panel";
  std::string text = Label(casereviews::Decisions(), *r.decision);
  if (r.follow_up != casereviews::FollowUp::kNone) {
    text += "; " + Label(casereviews::FollowUps(), r.follow_up);
    if (r.follow_up_agency_id)
      if (auto it = agencies.find(*r.follow_up_agency_id); it != agencies.end()) text += " (" + it->second + ")";
  }
  return text;
}

std::string FromText(const Referral& r, const std::map<std::int64_t, std::string>& agencies) {
  if (r.from_child_death_id) return "Child Death Overview Panel";
  if (r.referring_agency_id)
    if (auto it = agencies.find(*r.referring_agency_id); it != agencies.end()) return it->second;
  return "";
}

Referral ReferralOrNotFound(Context& ctx) {
  auto r = CaseReviewStore(ctx.db).FindReferral(ctx.partnership_id(), ctx.Id("id"));
  if (!r) throw http::NotFound{};
  return *r;
}
Review ReviewOrNotFound(Context& ctx) {
  auto r = CaseReviewStore(ctx.db).FindReview(ctx.partnership_id(), ctx.Id("id"));
  if (!r) throw http::NotFound{};
  return *r;
}

}  // namespace

// ----- For every member -----

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
  ctx.Audit("create", kAuditReferral, id);
  tx.Commit();
  // The referrer may not be entitled to see the record they made: back to the summary.
  if (ctx.Can(auth::Permission::kCaseReviewRecords)) return http::Redirect(ReferralPath(ctx, id) + "?done=referral-made");
  return http::Redirect(Path(ctx) + "?done=referral-made");
}

// ----- For the panel -----

Response ListReferrals(Context& ctx) {
  CaseReviewStore store(ctx.db);
  auto agencies = AgencyNames(ctx);
  ctx.Audit("listed", "case-referrals", std::nullopt);
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
  ctx.Audit("exported", "case-referrals", std::nullopt);
  return CsvDownload("case-referrals.csv",
                     {"Reference", "Referred", "From", "Summary", "Considered", "Decision", "Notes"}, rows);
}

namespace {

Response RenderReferral(Context& ctx, const Referral& r, const FormState& decision_form, const FormState& briefing_form) {
  CaseReviewStore store(ctx.db);
  auto agencies = AgencyNames(ctx);
  Html h;
  ErrorSummary(h, decision_form.errors);
  ErrorSummary(h, briefing_form.errors);
  h.Element("p", {{"class", "govuk-body"}}, "Confidential: case review panel and board team only. This view is recorded.");
  SummaryList(h, {{"Reference", r.reference},
                  {"Referred on", core::FormatDateLong(r.referred_on)},
                  {"From", FromText(r, agencies)},
                  {"Summary", r.summary},
                  {"Considered", r.considered_on ? core::FormatDateLong(*r.considered_on) : "Not yet"},
                  {"Decision", DecisionText(r, agencies)},
                  {"Notes of the decision", r.decision_notes.empty() ? "None" : r.decision_notes}});
  if (auto review = store.ReviewOfReferral(ctx.partnership_id(), r.id)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, ReviewPath(ctx, review->id), "The serious case review");
    h.Close("p");
  }
  if (!r.decision) {
    h.Element("h2", {{"class", "govuk-heading-m"}}, "Record the panel's decision");
    Options meetings_list;
    auto panel = store.PanelMeetings(ctx.partnership_id());
    for (auto it = panel.rbegin(); it != panel.rend(); ++it)
      if (it->second >= r.referred_on) meetings_list.emplace_back(std::to_string(it->first), core::FormatDateLong(it->second));
    h.Open("form", {{"method", "post"}, {"action", ReferralPath(ctx, r.id) + "/decision"}, {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    Select(h, decision_form, "meeting_id", "Panel meeting that considered the case", meetings_list, "Choose a meeting",
           "The meeting must be quorate: the police, health and children's social care present");
    Radios(h, decision_form, "decision", "Are the criteria for a serious case review met?",
           VocabularyOptions(casereviews::Decisions()));
    Radios(h, decision_form, "follow_up", "When they are not met, what follows", VocabularyOptions(casereviews::FollowUps()));
    Select(h, decision_form, "follow_up_agency_id", "Agency doing its own review (when that follows)",
           CurrentAgencyOptions(ctx), "No agency");
    Textarea(h, decision_form, "decision_notes", "Notes of the decision", "", 4);
    Button(h, "Record decision");
    h.Close("form");
  }
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Briefing requests to a sub-group");
  std::vector<std::vector<TrustedHtml>> briefings;
  for (const auto& b : store.BriefingsOfReferral(ctx.partnership_id(), r.id))
    briefings.push_back({TextCell(core::FormatDateLong(b.requested_on)), TextCell(b.learning)});
  if (!briefings.empty()) Table(h, "", {"Requested", "Learning"}, briefings);
  h.Open("form", {{"method", "post"}, {"action", ReferralPath(ctx, r.id) + "/briefings"}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  Options groups;
  for (const auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id()))
    if (!g.ended_on && g.confidential_area == governance::ConfidentialArea::kNone)
      groups.emplace_back(std::to_string(g.id), g.name);
  Select(h, briefing_form, "group_id", "Send to", groups, "Choose a group", "Usually the training sub-group");
  Textarea(h, briefing_form, "learning", "Learning for the briefing",
           "The group's members will read this: write it so no child, family or worker can be identified", 5);
  Button(h, "Send briefing request", true);
  h.Close("form");
  if (ChairsPanelOrAdministers(ctx, governance::ConfidentialArea::kCaseReviews)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, ReferralPath(ctx, r.id) + "/views", "Who has seen this case");
    h.Close("p");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Referral " + r.reference, kNav,
                                 {{"Serious case reviews", Path(ctx)}, {"Case review records", Path(ctx, "/referrals")}});
  chrome.has_errors = !decision_form.errors.empty() || !briefing_form.errors.empty();
  if (chrome.has_errors) chrome.success.reset();
  return Page(ctx, std::move(chrome), std::move(h), chrome.has_errors ? 422 : 200);
}

}  // namespace

Response ShowReferral(Context& ctx) {
  auto r = ReferralOrNotFound(ctx);
  // RULE: issue 5 - every view of a case record is written to the audit log.
  ctx.Audit("viewed", kAuditReferral, r.id);
  return RenderReferral(ctx, r, FormState{}, FormState{});
}

Response RecordReferralDecision(Context& ctx) {
  auto r = ReferralOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  if (r.decision) {
    form.errors.Add("meeting_id", "The panel's decision on this case is already recorded");
    return RenderReferral(ctx, r, form, FormState{});
  }
  CaseReviewStore store(ctx.db);
  meetings::MeetingStore meeting_store(ctx.db);
  auto panel = store.PanelMeetings(ctx.partnership_id());
  std::map<std::int64_t, bool> quorate;
  for (const auto& [id, on] : panel) {
    auto meeting = meeting_store.FindMeeting(ctx.partnership_id(), id);
    if (!meeting) continue;
    quorate[id] = meetings::CheckQuorum(meeting_store.QuorumRuleOf(ctx.partnership_id(), meeting->group_id),
                                        meetings::AttendeesFrom(meeting_store.AttendanceOf(*meeting)))
                      .quorate;
  }
  Referral decided = r;
  form.errors = casereviews::ReadDecision(form.values, panel, quorate, AgencyIds(ctx), decided);
  if (!form.errors.empty()) return RenderReferral(ctx, r, form, FormState{});
  storage::Transaction tx(ctx.db);
  store.RecordDecision(ctx.partnership_id(), decided);
  ctx.Audit("decision", kAuditReferral, r.id);
  if (auto review = store.ReviewOfReferral(ctx.partnership_id(), r.id)) ctx.Audit("create", kAuditReview, review->id);
  tx.Commit();
  return http::Redirect(ReferralPath(ctx, r.id) + "?done=decision-recorded");
}

Response SendBriefingRequest(Context& ctx) {
  auto r = ReferralOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  std::vector<std::int64_t> groups;
  for (const auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id()))
    if (!g.ended_on && g.confidential_area == governance::ConfidentialArea::kNone) groups.push_back(g.id);
  auto group = core::ReadReference(form.values, "group_id", "the group to brief", groups, true, form.errors);
  auto learning = core::RequiredText(form.values, "learning", "the learning for the briefing", form.errors,
                                     core::kMaxTextLength);
  if (!form.errors.empty()) return RenderReferral(ctx, r, FormState{}, form);
  storage::Transaction tx(ctx.db);
  auto id = CaseReviewStore(ctx.db).AddBriefing(ctx.partnership_id(), r.id, *group, Today(ctx), learning);
  ctx.Audit("create", "briefing-request", id);
  tx.Commit();
  return http::Redirect(ReferralPath(ctx, r.id) + "?done=briefing-sent");
}

Response ReferralViews(Context& ctx) {
  auto r = ReferralOrNotFound(ctx);
  if (!ChairsPanelOrAdministers(ctx, governance::ConfidentialArea::kCaseReviews)) return ErrorPage(ctx, 403);
  return RecordViewsPage(ctx, kAuditReferral, r.id, r.reference, ReferralPath(ctx, r.id), "Case review records",
                         Path(ctx, "/referrals"));
}

// ----- A serious case review -----

namespace {

struct ReviewForms {
  FormState details, imr, recommendation, action, sign_off, audit;
  std::int64_t action_for = 0;    // which recommendation the action form errors belong to
  std::int64_t sign_off_for = 0;
  bool HasErrors() const {
    return !details.errors.empty() || !imr.errors.empty() || !recommendation.errors.empty() ||
           !action.errors.empty() || !sign_off.errors.empty() || !audit.errors.empty();
  }
};

// The review page holds several forms whose fields share names (an agency, a due date); each
// form's fields carry a prefix so every id on the page is unique and each label finds its input.
FormState Prefixed(const FormState& form, const std::string& prefix) {
  FormState out;
  for (const auto& [k, v] : form.values) out.values.emplace(prefix + k, v);
  for (const auto& e : form.errors.all()) out.errors.Add(prefix + e.field, e.message);
  return out;
}
// The submitted fields without their form's prefix (unprefixed names are accepted too).
core::FieldValues Unprefixed(const Context& ctx, const std::string& prefix) {
  core::FieldValues out;
  for (const auto& [k, v] : Submitted(ctx)) {
    if (k.starts_with(prefix)) out[k.substr(prefix.size())] = v;
    else out.emplace(k, v);
  }
  return out;
}
std::string ActionPrefix(std::int64_t recommendation) { return "action" + std::to_string(recommendation) + "-"; }
std::string SignOffPrefix(std::int64_t recommendation) { return "signoff" + std::to_string(recommendation) + "-"; }

void OpenPost(Html& h, const Context& ctx, const std::string& action) {
  h.Open("form", {{"method", "post"}, {"action", action}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
}

Response RenderReview(Context& ctx, const Review& review, ReviewForms forms) {
  CaseReviewStore store(ctx.db);
  auto referral = store.FindReferral(ctx.partnership_id(), review.referral_id);
  if (!referral) throw http::NotFound{};
  auto agencies = AgencyNames(ctx);
  auto agency = [&](std::int64_t id) { return agencies.count(id) ? agencies.at(id) : std::string(); };
  auto recommendations = store.Recommendations(review.id);
  auto audits = store.Audits(review.id);
  Html h;
  ErrorSummary(h, forms.details.errors);
  ErrorSummary(h, Prefixed(forms.imr, "imr-").errors);
  ErrorSummary(h, Prefixed(forms.recommendation, "rec-").errors);
  ErrorSummary(h, Prefixed(forms.action, ActionPrefix(forms.action_for)).errors);
  ErrorSummary(h, Prefixed(forms.sign_off, SignOffPrefix(forms.sign_off_for)).errors);
  ErrorSummary(h, forms.audit.errors);
  h.Element("p", {{"class", "govuk-body"}}, "Confidential: case review panel and board team only. This view is recorded.");
  auto due = casereviews::NextAuditDue(review, recommendations, audits);
  SummaryList(h, {{"Case", referral->reference},
                  {"Overview author", review.overview_author.empty() ? "Not commissioned yet" : review.overview_author},
                  {"Grading", review.grading ? Label(casereviews::Gradings(), *review.grading) : "Not graded"},
                  {"Endorsed by the Board", review.endorsed_on ? core::FormatDateLong(*review.endorsed_on) : "Not yet"},
                  {"Next audit of progress due", due ? core::FormatDateLong(*due) : "None"}});
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ReferralPath(ctx, referral->id), "The referral");
  h.Close("p");

  h.Element("h2", {{"class", "govuk-heading-m"}}, "Terms of reference, overview report and endorsement");
  if (forms.details.values.empty())
    forms.details.values = {{"terms_of_reference", review.terms_of_reference},
                            {"overview_author", review.overview_author},
                            {"overview_report", review.overview_report},
                            {"grading", review.grading ? std::string(core::CodeOf(casereviews::Gradings(), *review.grading)) : ""},
                            {"endorsed_on", review.endorsed_on ? core::FormatDate(*review.endorsed_on) : ""}};
  OpenPost(h, ctx, ReviewPath(ctx, review.id));
  Textarea(h, forms.details, "terms_of_reference", "Terms of reference", "", 6);
  TextInput(h, forms.details, "overview_author", "Commissioned overview author",
            {.width_class = "govuk-!-width-two-thirds"});
  Textarea(h, forms.details, "overview_report", "Overview report", "", 10);
  Select(h, forms.details, "grading", "Grading of the overview report", VocabularyOptions(casereviews::Gradings()),
         "Not graded");
  DateInput(h, forms.details, "endorsed_on", "Date the Board endorsed the review (optional)");
  Button(h, "Save review");
  h.Close("form");

  h.Element("h2", {{"class", "govuk-heading-m"}}, "Individual management reviews");
  std::vector<std::vector<TrustedHtml>> imrs;
  for (const auto& i : store.ManagementReviews(review.id))
    imrs.push_back({TextCell(agency(i.agency_id)), TextCell(core::FormatDateLong(i.due_on)),
                    TextCell(i.received_on ? core::FormatDateLong(*i.received_on) : "Not yet")});
  Table(h, "", {"Agency", "Due", "Received"}, imrs);
  OpenPost(h, ctx, ReviewPath(ctx, review.id) + "/imrs");
  FormState imr = Prefixed(forms.imr, "imr-");
  Select(h, imr, "imr-agency_id", "Ask an agency for a review", CurrentAgencyOptions(ctx), "Choose an agency");
  DateInput(h, imr, "imr-due_on", "Management review due");
  DateInput(h, imr, "imr-received_on", "Management review received (optional)");
  Button(h, "Add management review", true);
  h.Close("form");

  h.Element("h2", {{"class", "govuk-heading-m"}}, "Recommendations and action plan");
  for (const auto& c : recommendations) {
    h.Element("h3", {{"class", "govuk-heading-s"}}, agency(c.agency_id) + ": " + c.text);
    h.Element("p", {{"class", "govuk-body"}},
              c.signed_off_on ? "Signed off " + core::FormatDateLong(*c.signed_off_on) : std::string("Open"));
    std::vector<std::vector<TrustedHtml>> actions;
    for (const auto& a : c.actions)
      actions.push_back({TextCell(a.action), TextCell(core::FormatDateLong(a.due_on)),
                         TextCell(a.completed_on ? core::FormatDateLong(*a.completed_on) : "Not yet")});
    if (!actions.empty()) Table(h, "", {"Action", "Due", "Completed"}, actions);
    if (c.signed_off_on) continue;
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
  OpenPost(h, ctx, ReviewPath(ctx, review.id) + "/recommendations");
  FormState rec_form = Prefixed(forms.recommendation, "rec-");
  Select(h, rec_form, "rec-agency_id", "Agency that owns the new recommendation", CurrentAgencyOptions(ctx),
         "Choose an agency");
  Textarea(h, rec_form, "rec-text", "Recommendation", "", 3);
  Button(h, "Add recommendation", true);
  h.Close("form");

  h.Element("h2", {{"class", "govuk-heading-m"}}, "Audits of progress");
  std::vector<std::vector<TrustedHtml>> audit_rows;
  for (const auto& a : audits) audit_rows.push_back({TextCell(core::FormatDateLong(a.audited_on)), TextCell(a.finding)});
  Table(h, "", {"Audited", "Finding"}, audit_rows);
  OpenPost(h, ctx, ReviewPath(ctx, review.id) + "/audits");
  DateInput(h, forms.audit, "audited_on", "Date of the audit");
  Textarea(h, forms.audit, "finding", "What the audit found", "", 3);
  Button(h, "Record audit", true);
  h.Close("form");
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

std::optional<casereviews::Recommendation> RecommendationOrNotFound(Context& ctx) {
  auto c = CaseReviewStore(ctx.db).FindRecommendation(ctx.partnership_id(), ctx.Id("id"));
  if (!c) throw http::NotFound{};
  return c;
}

Review ReviewOf(Context& ctx, std::int64_t review_id) {
  auto r = CaseReviewStore(ctx.db).FindReview(ctx.partnership_id(), review_id);
  if (!r) throw http::NotFound{};
  return *r;
}

}  // namespace

Response ShowCaseReview(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  ctx.Audit("viewed", kAuditReview, review.id);
  return RenderReview(ctx, review, ReviewForms{});
}

Response SaveCaseReview(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  ReviewForms forms;
  forms.details.values = Submitted(ctx);
  Review changed = review;
  forms.details.errors = casereviews::ReadReviewDetails(forms.details.values, Today(ctx), changed);
  if (!forms.details.errors.empty()) return RenderReview(ctx, review, forms);
  storage::Transaction tx(ctx.db);
  CaseReviewStore(ctx.db).SaveReviewDetails(ctx.partnership_id(), changed);
  ctx.Audit("update", kAuditReview, review.id);
  tx.Commit();
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=review-saved");
}

Response AddManagementReview(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  ReviewForms forms;
  forms.imr.values = Unprefixed(ctx, "imr-");
  casereviews::ManagementReview imr;
  imr.review_id = review.id;
  forms.imr.errors = casereviews::ReadManagementReview(forms.imr.values, AgencyIds(ctx), imr);
  CaseReviewStore store(ctx.db);
  for (const auto& existing : store.ManagementReviews(review.id))
    if (existing.agency_id == imr.agency_id) forms.imr.errors.Add("agency_id", "That agency has already been asked for a review");
  if (!forms.imr.errors.empty()) return RenderReview(ctx, review, forms);
  storage::Transaction tx(ctx.db);
  store.AddManagementReview(imr);
  ctx.Audit("update", kAuditReview, review.id, "management review requested");
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
  ctx.Audit("update", kAuditReview, review.id, "recommendation added");
  tx.Commit();
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=recommendation-added");
}

Response AddRecommendationAction(Context& ctx) {
  auto c = RecommendationOrNotFound(ctx);
  auto review = ReviewOf(ctx, c->review_id);
  ReviewForms forms;
  forms.action_for = c->id;
  forms.action.values = Unprefixed(ctx, ActionPrefix(c->id));
  casereviews::ActionItem a;
  a.recommendation_id = c->id;
  forms.action.errors = casereviews::ReadActionItem(forms.action.values, a);
  if (c->signed_off_on) forms.action.errors.Add("action", "The recommendation is signed off");
  if (!forms.action.errors.empty()) return RenderReview(ctx, review, forms);
  storage::Transaction tx(ctx.db);
  CaseReviewStore(ctx.db).AddActionItem(a);
  ctx.Audit("update", kAuditReview, review.id, "action added");
  tx.Commit();
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=action-added");
}

Response SignOffRecommendation(Context& ctx) {
  auto c = RecommendationOrNotFound(ctx);
  auto review = ReviewOf(ctx, c->review_id);
  ReviewForms forms;
  forms.sign_off_for = c->id;
  forms.sign_off.values = Unprefixed(ctx, SignOffPrefix(c->id));
  auto on = governance::ReadDateField(forms.sign_off.values, "signed_off_on", "the date of sign-off", true,
                                      forms.sign_off.errors);
  if (on && *on > Today(ctx)) forms.sign_off.errors.Add("signed_off_on", "The date of sign-off must be today or in the past");
  if (forms.sign_off.errors.empty() && !casereviews::CanSignOff(*c))
    forms.sign_off.errors.Add("signed_off_on", c->signed_off_on ? "The recommendation is already signed off"
                                                                : "Every action must be completed before sign-off");
  if (!forms.sign_off.errors.empty()) return RenderReview(ctx, review, forms);
  storage::Transaction tx(ctx.db);
  CaseReviewStore(ctx.db).SignOff(c->id, *on);
  ctx.Audit("update", kAuditReview, review.id, "recommendation signed off");
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
  ctx.Audit("update", kAuditReview, review.id, "audit recorded");
  tx.Commit();
  return http::Redirect(ReviewPath(ctx, review.id) + "?done=audit-recorded");
}

Response CaseReviewViews(Context& ctx) {
  auto review = ReviewOrNotFound(ctx);
  auto referral = CaseReviewStore(ctx.db).FindReferral(ctx.partnership_id(), review.referral_id);
  if (!ChairsPanelOrAdministers(ctx, governance::ConfidentialArea::kCaseReviews)) return ErrorPage(ctx, 403);
  return RecordViewsPage(ctx, kAuditReview, review.id, referral ? referral->reference : "the review",
                         ReviewPath(ctx, review.id), "Case review records", Path(ctx, "/referrals"));
}

void BriefingRequests(Context& ctx, std::int64_t group_id, Html& h) {
  auto briefings = CaseReviewStore(ctx.db).BriefingsForGroup(ctx.partnership_id(), group_id);
  if (briefings.empty()) return;
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Briefing requests from the case review panel");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& b : briefings) rows.push_back({TextCell(core::FormatDateLong(b.requested_on)), TextCell(b.learning)});
  Table(h, "", {"Requested", "Learning to brief on"}, rows);
}

}  // namespace safeboard::views::pages
