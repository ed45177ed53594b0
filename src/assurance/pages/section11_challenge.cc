// The challenge session on a submitted Section 11 return (issue 16): the challenge group (or the
// board team) accepts or changes each grade, saying why, and raises actions for the gaps; the
// agency's lead and the challengers record progress until each action is completed.
#include "assurance/pages/section11_pages.h"
#include "assurance/pages/section11_return.h"
#include "assurance/pages/section11_shared.h"
#include "assurance/section11_store.h"
#include "core/date.h"
#include "core/form_fields.h"

namespace safeboard::ui::pages {

using namespace section11_pages;
using http::Context;
using http::Response;

namespace {

Options StandardOptions(const ReturnView& v, bool gaps_only) {
  Options out;
  for (const auto& s : v.tmpl.standards) {
    const auto* a = AnswerOf(v, s.id);
    if (gaps_only && !(a && assurance::IsGap(*a))) continue;
    out.emplace_back(std::to_string(s.id), s.reference + ". " + s.title);
  }
  return out;
}

std::string StandardReference(const ReturnView& v, std::int64_t standard_id) {
  for (const auto& s : v.tmpl.standards)
    if (s.id == standard_id) return s.reference;
  return "";
}

void RenderProgressForm(Context& ctx, Html& h, const assurance::Section11Action& action, const ReturnForms& forms) {
  FormState form = forms.progress_action_id == action.id ? forms.progress : FormState{};
  if (form.values.empty()) {
    form.values["progress"] = action.progress;
    if (action.completed_on) form.values["completed_on"] = core::FormatDate(*action.completed_on);
  }
  auto id = std::to_string(action.id);
  h.Open("details", {{"class", "govuk-details"}, {"id", "action-" + id}});
  h.Element("summary", {{"class", "govuk-details__summary"}}, "Record progress on: " + action.description);
  h.Open("div", {{"class", "govuk-details__text"}});
  OpenForm(h, ctx, ctx.PartnershipPath("/assurance/section-11/actions/" + id), form);
  Textarea(h, form, "progress", "Progress", "", 3);
  DateInput(h, form, "completed_on", "Completed (optional)", "Leave blank until it is done. For example, 27 3 2012");
  Button(h, "Save progress", true);
  h.Close("form").Close("div").Close("details");
}

void RenderAddActionForm(Context& ctx, Html& h, const ReturnView& v, const FormState& form) {
  auto gaps = StandardOptions(v, true);
  h.Element("h3", {{"class", "govuk-heading-s"}, {"id", "add-an-action"}}, "Raise an action");
  OpenForm(h, ctx, ReturnPath(ctx, v.ret.id) + "/actions", form);
  Select(h, form, "standard_id", "Standard", gaps.empty() ? StandardOptions(v, false) : gaps, "Choose a standard",
         gaps.empty() ? "" : "The standards graded below met are listed");
  Textarea(h, form, "description", "What will be done", "", 3);
  TextInput(h, form, "owner", "Who will do it", {.hint = "A name and role at the agency", .width_class = "govuk-!-width-one-half"});
  DateInput(h, form, "due_on", "Due");
  Button(h, "Raise action", true);
  h.Close("form");
}

}  // namespace

namespace section11_pages {

void RenderChallengeForm(Context& ctx, Html& h, const ReturnView& v, const FormState& form) {
  if (!CanChallenge(ctx, v.round, v.ret)) return;
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "challenge"}}, "Challenge a grade");
  h.Element("p", {{"class", "govuk-body"}}, "Record for each standard whether the board accepts the agency's grade or changes it.");
  OpenForm(h, ctx, ReturnPath(ctx, v.ret.id) + "/challenge", form);
  Select(h, form, "challenged_standard_id", "Standard", StandardOptions(v, false), "Choose a standard");
  Radios(h, form, "outcome", "Outcome", VocabularyOptions(assurance::ChallengeOutcomes()));
  Select(h, form, "agreed_grade", "Agreed grade (when changed)", GradeOptions(v.tmpl), "Choose a grade");
  Textarea(h, form, "reason", "Why (needed when the grade is changed)", "", 3);
  Button(h, "Record challenge", true);
  h.Close("form");
}

void RenderActions(Context& ctx, Html& h, const ReturnView& v, const ReturnForms& forms) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "actions"}}, "Actions");
  if (v.actions.empty()) {
    h.Element("p", {{"class", "govuk-body"}}, "No actions raised.");
  } else {
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& a : v.actions)
      rows.push_back({TextCell(StandardReference(v, a.standard_id)), TextCell(a.description), TextCell(a.owner),
                      TextCell(core::FormatDateLong(a.due_on)), TextCell(a.progress),
                      TextCell(a.completed_on ? core::FormatDateLong(*a.completed_on) : "Not yet")});
    Table(h, "Actions on this return", {"Standard", "Action", "Owner", "Due", "Progress", "Completed"}, rows);
  }
  if (CanUpdateAction(ctx, v.round, v.ret))
    for (const auto& a : v.actions) RenderProgressForm(ctx, h, a, forms);
  if (v.ret.submitted_on && CanChallenge(ctx, v.round, v.ret)) RenderAddActionForm(ctx, h, v, forms.action);
}

}  // namespace section11_pages

Response ChallengeSection11Grade(Context& ctx) {
  auto ret = ReturnOrNotFound(ctx);
  auto view = ReadReturnView(ctx, ret);
  if (!CanChallenge(ctx, view.round, ret)) return ErrorPage(ctx, 403);
  ReturnForms forms;
  forms.challenge = FormState{Submitted(ctx), {}};
  if (!ret.submitted_on) {
    forms.refused.Add("return-standing", "The return has not been submitted yet: there is nothing to challenge");
    return RenderReturn(ctx, view, forms, 409);
  }
  assurance::Section11Answer challenged;
  forms.challenge.errors =
      assurance::ReadChallenge(forms.challenge.values, view.tmpl, view.answers, core::DateOf(ctx.clock.Now()), challenged);
  if (!forms.challenge.errors.empty()) return RenderReturn(ctx, view, forms, 422);
  storage::Transaction tx(ctx.db);
  assurance::Section11Store(ctx.db).SaveChallenge(ctx.partnership_id(), ret.id, challenged);
  ctx.Audit(auth::AuditAction::kReview, "section11-return", ret.id,
            "standard " + StandardReference(view, challenged.standard_id) + ": " +
                std::string(core::CodeOf(assurance::ChallengeOutcomes(), *challenged.challenge)));
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, ret.id) + "?done=challenge-recorded#actions");
}

Response AddSection11Action(Context& ctx) {
  auto ret = ReturnOrNotFound(ctx);
  auto view = ReadReturnView(ctx, ret);
  if (!CanChallenge(ctx, view.round, ret)) return ErrorPage(ctx, 403);
  ReturnForms forms;
  forms.action = FormState{Submitted(ctx), {}};
  assurance::Section11Action action;
  if (!ret.submitted_on) {
    forms.refused.Add("return-standing", "Actions are raised once the return is submitted");
    return RenderReturn(ctx, view, forms, 409);
  }
  forms.action.errors = assurance::ReadAction(forms.action.values, view.tmpl, action);
  if (!forms.action.errors.empty()) return RenderReturn(ctx, view, forms, 422);
  action.return_id = ret.id;
  storage::Transaction tx(ctx.db);
  auto id = assurance::Section11Store(ctx.db).AddAction(ctx.partnership_id(), action);
  ctx.Audit(auth::AuditAction::kCreate, "section11-action", id);
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, ret.id) + "?done=action-raised#actions");
}

Response SaveSection11ActionProgress(Context& ctx) {
  assurance::Section11Store store(ctx.db);
  auto action = store.FindAction(ctx.partnership_id(), ctx.Id("id"));
  if (!action) throw http::NotFound{};
  auto ret = store.FindReturn(ctx.partnership_id(), action->return_id);
  auto view = ReadReturnView(ctx, *ret);
  if (!CanUpdateAction(ctx, view.round, *ret)) return ErrorPage(ctx, 403);
  ReturnForms forms;
  forms.progress = FormState{Submitted(ctx), {}};
  forms.progress_action_id = action->id;
  auto updated = *action;
  forms.progress.errors = assurance::ReadActionProgress(forms.progress.values, core::DateOf(ctx.clock.Now()), updated);
  if (!forms.progress.errors.empty()) return RenderReturn(ctx, view, forms, 422);
  storage::Transaction tx(ctx.db);
  store.UpdateActionProgress(ctx.partnership_id(), updated);
  ctx.Audit(auth::AuditAction::kUpdate, "section11-action", updated.id, updated.completed_on ? "completed" : "");
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, ret->id) + "?done=section11-action-saved#actions");
}

}  // namespace safeboard::ui::pages
