// Accepting an invitation: the invited person sets their password through the one-time link and
// is signed in; and the administrator making a new link for an account still waiting for one.
#include "accounts/invitation_mail.h"
#include "accounts/pages/pages.h"

#include "accounts/invitations.h"
#include "accounts/pages/invitation_link.h"
#include "auth/accounts.h"
#include "auth/audit.h"
#include "governance/store.h"
#include "http/cookies.h"
#include "storage/database.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {

Response InvitationNotLive(const Context& ctx) {
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "This invitation link has expired or has already been used. Each link works once, for 7 days.");
  h.Element("p", {{"class", "govuk-body"}},
            "If you have already set your password, sign in. Otherwise ask the person who invited you for a new link.");
  ButtonLink(h, "/sign-in", "Sign in");
  return Page(ctx, Chrome(ctx, "This link no longer works"), std::move(h), 410);
}

Response RenderSetPassword(const Context& ctx, const auth::User& user, const FormState& form) {
  Html h;
  OpenForm(h, ctx, "/invitations/" + ctx.params.at("token"), form);
  SummaryList(h, {{"Name", user.display_name}, {"Email address", user.email}});
  // The sign-in name, for password managers.
  h.Void("input", {{"type", "hidden"}, {"name", "email"}, {"value", user.email}, {"autocomplete", "username"}});
  TextInput(h, form, "password", "Choose a password",
            {.hint = "At least 10 characters. A few unrelated words make a strong password.", .type = "password",
             .autocomplete = "new-password", .width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "password_again", "Type the password again",
            {.type = "password", .autocomplete = "new-password", .width_class = "govuk-!-width-one-half"});
  Button(h, "Set password and sign in");
  h.Close("form");
  auto chrome = Chrome(ctx, "Set your password");
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), form.errors.empty() ? 200 : 422);
}

}  // namespace

Response ShowInvitation(Context& ctx) {
  auto user = auth::InvitedUser(ctx.db, ctx.clock, ctx.params.at("token"));
  if (!user) return InvitationNotLive(ctx);
  return RenderSetPassword(ctx, *user, FormState{});
}

Response AcceptInvitation(Context& ctx) {
  const std::string& token = ctx.params.at("token");
  auto invited = auth::InvitedUser(ctx.db, ctx.clock, token);
  if (!invited) return InvitationNotLive(ctx);
  FormState form{Submitted(ctx), {}};
  auto accepted = accounts::AcceptInvitation(ctx, token, form.values, form.errors);
  if (!form.errors.empty()) {
    form.values.erase("password");
    form.values.erase("password_again");
    return RenderSetPassword(ctx, *invited, form);
  }
  if (!accepted) return InvitationNotLive(ctx);
  Response r = http::Redirect(accepted->partnerships.size() == 1 ? "/p/" + accepted->partnerships.front().slug
                                                                 : "/partnerships");
  r.headers.emplace_back("Set-Cookie", http::SessionCookie(ctx.secure_cookies, accepted->session.token, false));
  r.headers.emplace_back("Set-Cookie", http::KnownBrowserCookie(ctx.secure_cookies, accepted->known_browser_token));
  return r;
}

Response InviteUserAgain(Context& ctx) {
  auto id = ctx.Id("id");
  auto user = auth::FindUser(ctx.db, id);
  if (!user) throw http::NotFound{};
  if (auth::HasPassword(ctx.db, id)) {
    Html h;
    h.Element("p", {{"class", "govuk-body"}},
              user->display_name + " has already set a password, so there is nothing to invite them to.");
    Link(h, "/admin/users", "Back to user accounts");
    return Page(ctx, Chrome(ctx, "No invitation needed", "Users"), std::move(h), 409);
  }
  storage::Transaction tx(ctx.db);
  auto invitation = auth::Invite(ctx.db, ctx.clock, id);
  bool emailed = accounts::QueueInvitationEmail(ctx, user->display_name, user->email, "", invitation);
  ctx.Audit(auth::AuditAction::kInvite, "user", id);
  tx.Commit();
  Html h;
  accounts_pages::ShowInvitationLink(h, ctx, user->display_name, invitation, emailed ? user->email : "");
  h.Element("p", {{"class", "govuk-body"}}, "Any earlier link for this account no longer works.");
  Link(h, "/admin/users", "Back to user accounts");
  auto chrome = Chrome(ctx, "New invitation link", "Users");
  chrome.breadcrumbs = {{"User accounts", "/admin/users"}};
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
