// A chapter's review (issue 18): the draft, the consultation sheet with each agency's response,
// the approvals (3 agencies: Constitution appendix 4), the Board's ratification and publication
// as the chapter's new version; a training briefing on the change can be asked of the training
// sub-group (a training need through learning/, in its one list). Members read it; the board team
// moves it on.
#include <algorithm>

#include "core/date.h"
#include "core/form_fields.h"
#include "governance/store.h"
#include "learning/pages/shared.h"
#include "meetings/meetings.h"
#include "meetings/store.h"
#include "procedures/pages/pages.h"
#include "procedures/pages/shared.h"
#include "procedures/store.h"

namespace safeboard::ui::pages {

using namespace procedures_pages;
using http::Context;
using http::Response;

namespace {

struct ReviewForms {
  FormState draft, consultation, response, approval, ratification, publication, referral;
  std::int64_t response_for = 0;  // the agency whose response form the errors belong to
};

std::string ReviewPath(const Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/procedures/reviews/" + std::to_string(id));
}
std::string ResponsePrefix(std::int64_t agency) { return "a" + std::to_string(agency) + "-"; }

procedures::Review ReviewOf(Context& ctx) {
  auto review = procedures::ProcedureStore(ctx.db).FindReview(ctx.partnership_id(), ctx.Id("id"));
  if (!review) throw http::NotFound{};
  return *review;
}

std::vector<std::int64_t> Agencies(Context& ctx) {
  std::vector<std::int64_t> out;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) out.push_back(a.id);
  return out;
}

// The meetings an approval can be given at: the owner group's (any group's, with no owner) held
// since the review began, each with whether it was quorate.
std::map<std::int64_t, procedures::HeldMeeting> MeetingsSince(Context& ctx, const procedures::Chapter& c,
                                                                const procedures::Review& r, Options* options) {
  meetings::MeetingStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  std::vector<meetings::Meeting> held;
  if (c.owner_group_id)
    held = store.MeetingsOfGroup(ctx.partnership_id(), *c.owner_group_id);
  else
    held = store.MeetingsBetween(ctx.partnership_id(), r.opened_on, today, std::nullopt, 200);
  std::map<std::int64_t, procedures::HeldMeeting> out;
  for (const auto& m : held) {
    if (m.cancelled || m.meets_on < r.opened_on || today < m.meets_on) continue;
    bool quorate = meetings::CheckQuorum(store.QuorumRuleOf(ctx.partnership_id(), m.group_id),
                                         meetings::AttendeesFrom(store.AttendanceOf(m)))
                       .quorate;
    out[m.id] = {m.meets_on, quorate};
    if (options) options->emplace_back(std::to_string(m.id), m.title + ", " + core::FormatDateLong(m.meets_on));
  }
  return out;
}

// The Board's decisions at its meetings held by today (not a Chair's action), which may ratify.
procedures::BoardDecisions BoardDecisionsOf(Context& ctx, Options* options) {
  meetings::MeetingStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  procedures::BoardDecisions out;
  for (const auto& m : store.BoardMeetings(ctx.partnership_id(), 100)) {
    if (m.cancelled || today < m.meets_on) continue;
    for (const auto& d : store.DecisionsOfMeeting(ctx.partnership_id(), m.id)) {
      if (d.chairs_action) continue;
      out[d.id] = d.decided_on;
      if (options)
        options->emplace_back(std::to_string(d.id), core::FormatDateLong(d.decided_on) + ": " +
                                                        (d.text.size() > 120 ? d.text.substr(0, 117) + "..." : d.text));
    }
  }
  return out;
}

void RenderConsultation(Context& ctx, Html& h, const procedures::Review& r, const ReviewForms& forms, bool may_act) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "consultation"}}, "Consultation");
  if (r.consultees.empty()) h.Element("p", {{"class", "govuk-body"}}, "No agencies consulted yet.");
  if (r.consultation_closes_on)
    h.Element("p", {{"class", "govuk-body"}}, "The consultation closes on " + core::FormatDateLong(*r.consultation_closes_on) + ".");
  auto today = core::DateOf(ctx.clock.Now());
  for (const auto& c : r.consultees) {
    h.Element("h3", {{"class", "govuk-heading-s"}}, c.agency_name);
    SummaryList(h, {{"Asked", core::FormatDateLong(c.sent_on)},
                    {"Response", c.responded_on ? c.response + " (" + core::FormatDateLong(*c.responded_on) + ")"
                                                : "Not responded yet"}});
    if (may_act && !c.responded_on && r.approvals.empty()) {
      auto prefix = ResponsePrefix(c.agency_id);
      FormState shown = Prefixed(forms.response_for == c.agency_id ? forms.response : FormState{}, prefix);
      OpenForm(h, ctx, ReviewPath(ctx, r.id) + "/responses", shown);
      h.Void("input", {{"type", "hidden"}, {"name", "agency_id"}, {"value", std::to_string(c.agency_id)}});
      Textarea(h, shown, prefix + "response", "What " + c.agency_name + " said", "", 3);
      DateInput(h, shown, prefix + "responded_on", "Responded on");
      Button(h, "Record response", true);
      h.Close("form");
    }
  }
  if (!may_act || !r.approvals.empty()) return;
  auto agencies = governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id());
  h.Element("h3", {{"class", "govuk-heading-s"}}, "Send the consultation sheet");
  OpenForm(h, ctx, ReviewPath(ctx, r.id) + "/consultation", forms.consultation);
  h.Open("div", {{"class", "govuk-form-group"}, {"id", "agencies"}});
  h.Open("fieldset", {{"class", "govuk-fieldset"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}}, "Agencies to consult");
  for (const auto& a : agencies) {
    bool asked = std::any_of(r.consultees.begin(), r.consultees.end(), [&](const auto& c) { return c.agency_id == a.id; });
    if (!a.ended_on && !asked) Checkbox(h, forms.consultation, "agency_" + std::to_string(a.id), a.name);
  }
  h.Close("fieldset").Close("div");
  FormState dated = forms.consultation;
  if (dated.values.empty()) dated.values["sent_on"] = core::FormatDate(today);
  DateInput(h, dated, "sent_on", "Sent on");
  DateInput(h, dated, "closes_on", "Closes on");
  Button(h, "Send consultation", true);
  h.Close("form");
}

void RenderApprovals(Context& ctx, Html& h, const procedures::Chapter& c, const procedures::Review& r,
                     const ReviewForms& forms, bool may_act) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "approvals"}}, "Approval");
  h.Element("p", {{"class", "govuk-body"}},
            std::to_string(procedures::ApprovingAgencies(r)) + " of the " + std::to_string(procedures::kApprovingAgencies) +
                " agencies needed have approved (Constitution appendix 4).");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& a : r.approvals)
    rows.push_back({TextCell(a.agency_name), TextCell(a.approver),
                    TextCell(std::string(core::LabelOf(procedures::ApprovalRoutes(), a.route))),
                    TextCell(core::FormatDateLong(a.approved_on))});
  if (!rows.empty()) Table(h, "Approvals", {"Agency", "Approved by", "How", "Day"}, rows);
  if (!may_act || r.ratified_decision_id) return;
  Options meeting_options;
  MeetingsSince(ctx, c, r, &meeting_options);
  Options agency_options;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) agency_options.emplace_back(std::to_string(a.id), a.name);
  h.Element("h3", {{"class", "govuk-heading-s"}}, "Record an approval");
  OpenForm(h, ctx, ReviewPath(ctx, r.id) + "/approvals", forms.approval);
  Select(h, forms.approval, "agency_id", "Agency", agency_options, "Choose an agency");
  TextInput(h, forms.approval, "approver", "Approved by", {.hint = "The agency's member who approved", .width_class = "govuk-!-width-one-half"});
  Radios(h, forms.approval, "route", "How", VocabularyOptions(procedures::ApprovalRoutes()));
  Select(h, forms.approval, "meeting_id", "The meeting (at a meeting)", meeting_options, "Choose a meeting");
  DateInput(h, forms.approval, "approved_on", "Day of the email (by email)");
  Button(h, "Record approval", true);
  h.Close("form");
}

Response RenderReview(Context& ctx, const procedures::Review& r, const ReviewForms& forms, int status) {
  auto c = ChapterOf(ctx, r.chapter_id);
  bool may_act = CanManage(ctx);
  auto stage = procedures::StageOf(r);
  Html h;
  ErrorSummary(h, Prefixed(forms.response, ResponsePrefix(forms.response_for)).errors);
  h.Open("p", {{"class", "govuk-body"}});
  StatusTag(h, procedures::StatusOf(stage));
  h.Close("p");
  std::vector<std::pair<std::string, std::string>> summary{{"Chapter", ChapterName(c)},
                                                           {"Review began", core::FormatDateLong(r.opened_on)}};
  if (r.ratified_on) summary.push_back({"Ratified by the Board", core::FormatDateLong(*r.ratified_on) + ": " + r.ratified_text});
  if (r.published_on) summary.push_back({"Published", core::FormatDateLong(*r.published_on)});
  SummaryList(h, summary);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "draft"}}, "The draft");
  if (r.draft.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No draft yet.");
  else
    h.Append(TrustedHtml::FromMarkdown(r.draft, 3));
  if (may_act && r.approvals.empty()) {
    FormState shown = forms.draft;
    if (shown.values.empty()) shown.values["draft"] = r.draft;
    OpenForm(h, ctx, ReviewPath(ctx, r.id) + "/draft", shown);
    FormattedTextarea(h, shown, "draft", "Change the draft", "", 12);
    Button(h, "Save draft", true);
    h.Close("form");
  }
  RenderConsultation(ctx, h, r, forms, may_act);
  RenderApprovals(ctx, h, c, r, forms, may_act);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "ratification"}}, "Ratification and publication");
  // A step refused because the review is not at it: its message, with no form to show it by.
  if (stage != procedures::ReviewStage::kRatification) ErrorSummary(h, forms.ratification.errors);
  if (stage != procedures::ReviewStage::kPublication) ErrorSummary(h, forms.publication.errors);
  if (may_act && stage == procedures::ReviewStage::kRatification) {
    Options options;
    BoardDecisionsOf(ctx, &options);
    OpenForm(h, ctx, ReviewPath(ctx, r.id) + "/ratification", forms.ratification);
    Select(h, forms.ratification, "decision_id", "The Board's decision ratifying it", options, "Choose a decision",
           "Record the decision at the Board's meeting first");
    Button(h, "Record ratification", true);
    h.Close("form");
  } else if (may_act && stage == procedures::ReviewStage::kPublication) {
    OpenForm(h, ctx, ReviewPath(ctx, r.id) + "/publication", forms.publication);
    DateInput(h, forms.publication, "published_on", "Published on");
    Textarea(h, forms.publication, "note", "Amendment note",
             "As the amendments log will say it, for example: June 2012: revised in line with the new guidance; re-read in full", 3);
    Button(h, "Publish the new version");
    h.Close("form");
  } else if (!r.ratified_on) {
    h.Element("p", {{"class", "govuk-body"}}, "Once 3 agencies have approved it, the Board ratifies the review; then it is published.");
  }
  learning_pages::RenderReferralsFrom(ctx, h, learning::ReferralSource::kProcedureChange, r.id, forms.referral,
                                      ReviewPath(ctx, r.id) + "/referrals", may_act);
  auto chrome = ChromeWithCrumbs(ctx, "Review of chapter " + ChapterName(c), kNav,
                                 {{"Procedures register", RegisterPath(ctx)}, {"Chapter " + c.number, ChapterPath(ctx, c.id)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.draft.errors.empty() || !forms.consultation.errors.empty() || !forms.response.errors.empty() ||
                      !forms.approval.errors.empty() || !forms.ratification.errors.empty() ||
                      !forms.publication.errors.empty() || !forms.referral.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

Response Saved(Context& ctx, const procedures::Review& r, const char* done) {
  return http::Redirect(ReviewPath(ctx, r.id) + "?done=" + done);
}

}  // namespace

Response OpenProcedureReview(Context& ctx) {
  auto c = ChapterOf(ctx, ctx.Id("id"));
  procedures::ProcedureStore store(ctx.db);
  auto reviews = store.ReviewsOf(ctx.partnership_id(), c.id);
  bool open = std::any_of(reviews.begin(), reviews.end(), [](const auto& r) { return !r.published_on; });
  FormState form{Submitted(ctx), {}};
  procedures::Review review;
  form.errors = procedures::ReadReviewOpening(form.values, c, open, core::DateOf(ctx.clock.Now()), review);
  if (!form.errors.empty()) return RenderChapterWithReviewForm(ctx, c, form);
  storage::Transaction tx(ctx.db);
  review.id = store.OpenReview(ctx.partnership_id(), review);
  ctx.Audit(auth::AuditAction::kCreate, "procedure-review", review.id);
  tx.Commit();
  return Saved(ctx, review, "review-opened");
}

Response ShowProcedureReview(Context& ctx) { return RenderReview(ctx, ReviewOf(ctx), {}, 200); }

Response SaveProcedureDraft(Context& ctx) {
  auto r = ReviewOf(ctx);
  ReviewForms forms;
  forms.draft = {Submitted(ctx), {}};
  procedures::Review changed;
  forms.draft.errors = procedures::ReadDraft(forms.draft.values, r, changed);
  if (!forms.draft.errors.empty()) return RenderReview(ctx, r, forms, 422);
  storage::Transaction tx(ctx.db);
  procedures::ProcedureStore(ctx.db).SaveDraft(ctx.partnership_id(), changed);
  ctx.Audit(auth::AuditAction::kUpdate, "procedure-review", r.id, "draft");
  tx.Commit();
  return Saved(ctx, r, "draft-saved");
}

Response SendProcedureConsultation(Context& ctx) {
  auto r = ReviewOf(ctx);
  ReviewForms forms;
  forms.consultation = {Submitted(ctx), {}};
  std::vector<procedures::Consultee> added;
  core::Date closes_on;
  forms.consultation.errors = procedures::ReadConsultation(forms.consultation.values, r, Agencies(ctx),
                                                           core::DateOf(ctx.clock.Now()), added, closes_on);
  if (!forms.consultation.errors.empty()) return RenderReview(ctx, r, forms, 422);
  storage::Transaction tx(ctx.db);
  procedures::ProcedureStore(ctx.db).AddConsultees(ctx.partnership_id(), r.id, added, closes_on);
  ctx.Audit(auth::AuditAction::kUpdate, "procedure-review", r.id, "consultation sent");
  tx.Commit();
  return Saved(ctx, r, "consultation-sent");
}

Response RecordProcedureResponse(Context& ctx) {
  auto r = ReviewOf(ctx);
  auto submitted = Submitted(ctx);
  auto agency = core::ParseWholeNumber(core::ValueOf(submitted, "agency_id"));
  auto consultee = std::find_if(r.consultees.begin(), r.consultees.end(),
                                [&](const auto& c) { return agency && c.agency_id == *agency; });
  ReviewForms forms;
  if (consultee == r.consultees.end()) {
    forms.consultation.errors.Add("agencies", "That agency was not consulted on this review");
    return RenderReview(ctx, r, forms, 422);
  }
  forms.response_for = consultee->agency_id;
  forms.response.values = Unprefixed(ctx, ResponsePrefix(consultee->agency_id));
  procedures::Consultee answered;
  forms.response.errors =
      procedures::ReadConsultationResponse(forms.response.values, *consultee, core::DateOf(ctx.clock.Now()), answered);
  if (consultee->responded_on) forms.response.errors.Add("response", consultee->agency_name + " has responded already");
  if (!forms.response.errors.empty()) return RenderReview(ctx, r, forms, 422);
  storage::Transaction tx(ctx.db);
  procedures::ProcedureStore(ctx.db).SaveResponse(ctx.partnership_id(), r.id, answered);
  ctx.Audit(auth::AuditAction::kUpdate, "procedure-review", r.id, "consultation response");
  tx.Commit();
  return Saved(ctx, r, "response-recorded");
}

Response RecordProcedureApproval(Context& ctx) {
  auto r = ReviewOf(ctx);
  auto c = ChapterOf(ctx, r.chapter_id);
  ReviewForms forms;
  forms.approval = {Submitted(ctx), {}};
  procedures::Approval approval;
  forms.approval.errors = procedures::ReadApproval(forms.approval.values, r, Agencies(ctx), MeetingsSince(ctx, c, r, nullptr),
                                                   core::DateOf(ctx.clock.Now()), approval);
  if (!forms.approval.errors.empty()) return RenderReview(ctx, r, forms, 422);
  storage::Transaction tx(ctx.db);
  auto id = procedures::ProcedureStore(ctx.db).AddApproval(ctx.partnership_id(), r.id, approval);
  ctx.Audit(auth::AuditAction::kApprove, "procedure-approval", id);
  tx.Commit();
  return Saved(ctx, r, "approval-recorded");
}

Response RatifyProcedureReview(Context& ctx) {
  auto r = ReviewOf(ctx);
  ReviewForms forms;
  forms.ratification = {Submitted(ctx), {}};
  procedures::Review ratified;
  forms.ratification.errors =
      procedures::ReadRatification(forms.ratification.values, r, BoardDecisionsOf(ctx, nullptr), ratified);
  if (!forms.ratification.errors.empty()) return RenderReview(ctx, r, forms, 422);
  storage::Transaction tx(ctx.db);
  procedures::ProcedureStore(ctx.db).SaveRatification(ctx.partnership_id(), ratified);
  ctx.Audit(auth::AuditAction::kRatify, "procedure-review", r.id);
  tx.Commit();
  return Saved(ctx, r, "review-ratified");
}

Response PublishProcedureReview(Context& ctx) {
  auto r = ReviewOf(ctx);
  auto c = ChapterOf(ctx, r.chapter_id);
  ReviewForms forms;
  forms.publication = {Submitted(ctx), {}};
  procedures::Amendment amendment;
  forms.publication.errors = procedures::ReadPublication(forms.publication.values, r, c, core::DateOf(ctx.clock.Now()), amendment);
  if (!forms.publication.errors.empty()) return RenderReview(ctx, r, forms, 422);
  storage::Transaction tx(ctx.db);
  procedures::ProcedureStore(ctx.db).Publish(ctx.partnership_id(), r, amendment);
  ctx.Audit(auth::AuditAction::kUpdate, "procedure-review", r.id, "published");
  tx.Commit();
  return Saved(ctx, r, "review-published");
}

Response RaiseProcedureBriefing(Context& ctx) {
  auto r = ReviewOf(ctx);
  auto c = ChapterOf(ctx, r.chapter_id);
  ReviewForms forms;
  forms.referral = learning_pages::RaiseReferral(ctx, learning::ReferralSource::kProcedureChange, r.id,
                                                 "Review of procedures chapter " + ChapterName(c));
  if (!forms.referral.errors.empty()) return RenderReview(ctx, r, forms, 422);
  return http::Redirect(ReviewPath(ctx, r.id) + "?done=referral-raised#learning");
}

}  // namespace safeboard::ui::pages
