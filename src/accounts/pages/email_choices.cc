// The signed-in user's email choices (issue 15): which kinds of email safeboard sends them.
#include "accounts/pages/pages.h"
#include "mail/choices_store.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {

const AreaRegistration kEmailChoicesMessages{{}, {{"email-choices-saved", "Your email choices are saved"}}};

Response RenderEmailChoices(Context& ctx) {
  FormState form;
  for (const auto& [kind, wanted] : mail::EmailChoicesStore(ctx.db).ChoicesOf(ctx.session->user.id))
    if (wanted) form.values[std::string(core::CodeOf(mail::MailKinds(), kind))] = "yes";
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "safeboard emails you about your meetings and actions. Each email links to the page; none carries "
            "case details. Invitations and password links are always sent.");
  OpenForm(h, ctx, "/account/email", form);
  h.Open("fieldset", {{"class", "govuk-fieldset"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--m"}}, "Email me about");
  for (const auto& term : mail::MailKinds()) Checkbox(h, form, std::string(term.code), std::string(term.label));
  h.Close("fieldset");
  Button(h, "Save email choices");
  h.Close("form");
  auto chrome = Chrome(ctx, "Email choices");
  chrome.success = SuccessMessage(ctx);
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace

Response ShowEmailChoices(Context& ctx) { return RenderEmailChoices(ctx); }

Response SaveEmailChoices(Context& ctx) {
  auto values = Submitted(ctx);
  std::map<mail::MailKind, bool> choices;
  // An unticked box is not sent: every kind not ticked is turned off.
  for (const auto& term : mail::MailKinds()) choices[term.value] = core::ValueOf(values, std::string(term.code)) == "yes";
  storage::Transaction tx(ctx.db);
  mail::EmailChoicesStore(ctx.db).SetChoices(ctx.session->user.id, choices);
  ctx.Audit(auth::AuditAction::kUpdate, "email-choices", ctx.session->user.id);
  tx.Commit();
  return http::Redirect("/account/email?done=email-choices-saved");
}

}  // namespace safeboard::ui::pages
