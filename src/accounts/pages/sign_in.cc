// The public home page, signing in (slowed by the throttle, never locked out) and signing out.
#include "accounts/pages/pages.h"

#include "auth/accounts.h"
#include "auth/audit.h"
#include "http/cookies.h"
#include "http/local_path.h"
#include "storage/database.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {

Response RenderSignIn(const Context& ctx, const FormState& form, int status) {
  Html h;
  ErrorSummary(h, form.errors);
  h.Open("form", {{"method", "post"}, {"action", "/sign-in"}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  std::string next = ctx.query.Get("next");
  if (next.empty()) next = form.Value("next");
  if (http::IsLocalPath(next))
    h.Void("input", {{"type", "hidden"}, {"name", "next"}, {"value", next}});
  TextInput(h, form, "email", "Email address",
            {.type = "email", .autocomplete = "username", .width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "password", "Password",
            {.type = "password", .autocomplete = "current-password",
             .width_class = "govuk-!-width-one-half"});
  Button(h, "Sign in");
  h.Close("form");
  auto chrome = Chrome(ctx, "Sign in");
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

// "30 seconds", "2 minutes", "15 minutes".
std::string WaitText(std::chrono::seconds wait) {
  if (wait.count() < 60) return std::to_string(wait.count()) + (wait.count() == 1 ? " second" : " seconds");
  auto minutes = (wait.count() + 59) / 60;
  return std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
}

}  // namespace

Response Home(Context& ctx) {
  if (ctx.session) return http::Redirect("/partnerships");
  Html h;
  h.Element("p", {{"class", "govuk-body-l"}},
            "The information system of a safeguarding children partnership: its agencies, "
            "members and groups, meetings, business plan, performance data and reviews.");
  ButtonLink(h, "/sign-in", "Sign in");
  return Page(ctx, Chrome(ctx, "safeboard"), std::move(h));
}

Response SignInForm(Context& ctx) {
  if (ctx.session) return http::Redirect("/partnerships");
  return RenderSignIn(ctx, FormState{}, 200);
}

Response SignIn(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  std::string email = core::Trim(form.Value("email"));
  std::string password = form.Value("password");
  if (email.empty()) form.errors.Add("email", "Enter your email address");
  if (password.empty()) form.errors.Add("password", "Enter your password");
  if (!form.errors.empty()) return RenderSignIn(ctx, form, 422);

  auto cookies = http::ParseCookies(ctx.request.Header("cookie"));
  std::string known_browser;
  if (auto it = cookies.find(http::KnownBrowserCookieName(ctx.secure_cookies)); it != cookies.end())
    known_browser = it->second;
  auto result = auth::CheckSignIn(ctx.db, ctx.clock, email, password, ctx.request.remote_address,
                                  known_browser);
  using Outcome = auth::SignInResult::Outcome;
  if (result.outcome != Outcome::kSignedIn) {
    bool throttled = result.outcome == Outcome::kThrottled;
    // The email goes in the detail so repeated attacks on one account are visible.
    auth::Audit(ctx.db, ctx.clock,
                {std::nullopt, std::nullopt, throttled ? auth::AuditAction::kSignInThrottled : auth::AuditAction::kSignInFailed,
                 "user", std::nullopt, email, ctx.request.remote_address});
    form.errors.Add("email", throttled ? "Too many failed attempts. Wait " + WaitText(result.wait) +
                                             ", then try again"
                                       : "Enter a correct email address and password");
    Response r = RenderSignIn(ctx, form, throttled ? 429 : 401);
    if (throttled) r.SetHeader("Retry-After", std::to_string(result.wait.count()));
    return r;
  }
  storage::Transaction tx(ctx.db);
  auto session = auth::StartSession(ctx.db, ctx.clock, *result.user);
  // RULE: issue 12 - a browser that signed in is known to the throttle, so others' failures
  // never keep it out (auth/throttle.h). A browser already known keeps its cookie.
  std::string browser_token =
      result.known_browser ? std::string() : auth::RememberBrowser(ctx.db, ctx.clock, result.user->id);
  auth::Audit(ctx.db, ctx.clock,
              {result.user->id, std::nullopt, auth::AuditAction::kSignIn, "user", result.user->id, "",
               ctx.request.remote_address});
  tx.Commit();
  std::string next = form.Value("next");
  if (!http::IsLocalPath(next)) next = "/partnerships";
  Response r = http::Redirect(next);
  r.headers.emplace_back("Set-Cookie", http::SessionCookie(ctx.secure_cookies, session.token, false));
  if (!browser_token.empty())
    r.headers.emplace_back("Set-Cookie", http::KnownBrowserCookie(ctx.secure_cookies, browser_token));
  return r;
}

Response SignOut(Context& ctx) {
  storage::Transaction tx(ctx.db);
  auth::EndSession(ctx.db, ctx.session->token);
  ctx.Audit(auth::AuditAction::kSignOut, "user", ctx.session->user.id);
  tx.Commit();
  Response r = http::Redirect("/sign-in");
  r.headers.emplace_back("Set-Cookie", http::SessionCookie(ctx.secure_cookies, "", true));
  return r;
}

}  // namespace safeboard::ui::pages
