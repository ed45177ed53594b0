// One referral (each view audited): its details, the panel's decision form, briefing requests to
// a sub-group, and who has seen it.
#include "casereviews/pages/pages.h"

#include "casereviews/pages/shared.h"
#include "core/form_fields.h"
#include "governance/store.h"
#include "meetings/meetings.h"
#include "meetings/store.h"
#include "storage/database.h"

namespace safeboard::ui::pages {

using namespace case_review_pages;

namespace {

void ReferralDetails(Context& ctx, CaseReviewStore& store, const Referral& r, Html& h) {
  auto agencies = AgencyNames(ctx);
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
}

void DecisionForm(Context& ctx, CaseReviewStore& store, const Referral& r, const FormState& form, Html& h) {
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Record the panel's decision");
  Options meetings_list;
  auto panel = store.PanelMeetings(ctx.partnership_id());
  for (auto it = panel.rbegin(); it != panel.rend(); ++it)
    if (it->second >= r.referred_on) meetings_list.emplace_back(std::to_string(it->first), core::FormatDateLong(it->second));
  h.Open("form", {{"method", "post"}, {"action", ReferralPath(ctx, r.id) + "/decision"}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  Select(h, form, "meeting_id", "Panel meeting that considered the case", meetings_list, "Choose a meeting",
         "The meeting must be quorate: the police, health and children's social care present");
  Radios(h, form, "decision", "Are the criteria for a serious case review met?",
         VocabularyOptions(casereviews::Decisions()));
  Radios(h, form, "follow_up", "When they are not met, what follows", VocabularyOptions(casereviews::FollowUps()));
  Select(h, form, "follow_up_agency_id", "Agency doing its own review (when that follows)",
         CurrentAgencyOptions(ctx), "No agency");
  Textarea(h, form, "decision_notes", "Notes of the decision", "", 4);
  Button(h, "Record decision");
  h.Close("form");
}

// Groups a briefing may go to: current ones that hold no confidential case records.
std::vector<governance::Group> BriefableGroups(Context& ctx) {
  std::vector<governance::Group> out;
  for (auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id()))
    if (!g.ended_on && g.confidential_area == governance::ConfidentialArea::kNone) out.push_back(std::move(g));
  return out;
}

void Briefings(Context& ctx, CaseReviewStore& store, const Referral& r, const FormState& form, Html& h) {
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Briefing requests to a sub-group");
  std::vector<std::vector<TrustedHtml>> briefings;
  for (const auto& b : store.BriefingsOfReferral(ctx.partnership_id(), r.id))
    briefings.push_back({TextCell(core::FormatDateLong(b.requested_on)), TextCell(b.learning)});
  if (!briefings.empty()) Table(h, "", {"Requested", "Learning"}, briefings);
  h.Open("form", {{"method", "post"}, {"action", ReferralPath(ctx, r.id) + "/briefings"}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  Options groups;
  for (const auto& g : BriefableGroups(ctx)) groups.emplace_back(std::to_string(g.id), g.name);
  Select(h, form, "group_id", "Send to", groups, "Choose a group", "Usually the training sub-group");
  Textarea(h, form, "learning", "Learning for the briefing",
           "The group's members will read this: write it so no child, family or worker can be identified", 5);
  Button(h, "Send briefing request", true);
  h.Close("form");
}

}  // namespace

namespace case_review_pages {

Response RenderReferral(Context& ctx, const Referral& r, const FormState& decision_form, const FormState& briefing_form) {
  CaseReviewStore store(ctx.db);
  Html h;
  ErrorSummary(h, decision_form.errors);
  ErrorSummary(h, briefing_form.errors);
  ReferralDetails(ctx, store, r, h);
  if (!r.decision) DecisionForm(ctx, store, r, decision_form, h);
  Briefings(ctx, store, r, briefing_form, h);
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

}  // namespace case_review_pages

Response ShowReferral(Context& ctx) {
  auto r = ReferralOrNotFound(ctx);
  // RULE: issue 5 - every view of a case record is written to the audit log.
  ctx.Audit(auth::AuditAction::kViewed, kAuditReferral, r.id);
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
  ctx.Audit(auth::AuditAction::kDecision, kAuditReferral, r.id);
  if (auto review = store.ReviewOfReferral(ctx.partnership_id(), r.id)) ctx.Audit(auth::AuditAction::kCreate, kAuditReview, review->id);
  tx.Commit();
  return http::Redirect(ReferralPath(ctx, r.id) + "?done=decision-recorded");
}

Response SendBriefingRequest(Context& ctx) {
  auto r = ReferralOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  std::vector<std::int64_t> groups;
  for (const auto& g : BriefableGroups(ctx)) groups.push_back(g.id);
  auto group = core::ReadReference(form.values, "group_id", "the group to brief", groups, true, form.errors);
  auto learning = core::RequiredText(form.values, "learning", "the learning for the briefing", form.errors,
                                     core::kMaxTextLength);
  if (!form.errors.empty()) return RenderReferral(ctx, r, FormState{}, form);
  storage::Transaction tx(ctx.db);
  auto id = CaseReviewStore(ctx.db).AddBriefing(ctx.partnership_id(), r.id, *group, Today(ctx), learning);
  ctx.Audit(auth::AuditAction::kCreate, "briefing-request", id);
  tx.Commit();
  return http::Redirect(ReferralPath(ctx, r.id) + "?done=briefing-sent");
}

Response ReferralViews(Context& ctx) {
  auto r = ReferralOrNotFound(ctx);
  if (!ChairsPanelOrAdministers(ctx, governance::ConfidentialArea::kCaseReviews)) return ErrorPage(ctx, 403);
  return RecordViewsPage(ctx, kAuditReferral, r.id, r.reference, ReferralPath(ctx, r.id), "Case review records",
                         Path(ctx, "/referrals"));
}

}  // namespace safeboard::ui::pages
