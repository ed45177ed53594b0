// Sign-in, sign-out, home, partnerships and user accounts.
#include "views/pages/session_pages.h"

#include "auth/accounts.h"
#include "governance/store.h"
#include "http/app.h"
#include "http/local_path.h"
#include "views/area_registry.h"
#include "views/pages/common.h"

namespace safeboard::views::pages {
namespace {

const AreaRegistration kAccountsArea{
    {}, {{"user-added", "User account created"}, {"user-saved", "User account saved"}}};

using http::Context;
using http::Response;

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
                {std::nullopt, std::nullopt, throttled ? "sign-in-throttled" : "sign-in-failed",
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
              {result.user->id, std::nullopt, "sign-in", "user", result.user->id, "",
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
  ctx.Audit("sign-out", "user", ctx.session->user.id);
  tx.Commit();
  Response r = http::Redirect("/sign-in");
  r.headers.emplace_back("Set-Cookie", http::SessionCookie(ctx.secure_cookies, "", true));
  return r;
}

Response ListPartnerships(Context& ctx) {
  governance::GovernanceStore store(ctx.db);
  auto partnerships = store.PartnershipsOfUser(ctx.session->user.id, ctx.session->user.is_admin);
  Html h;
  if (partnerships.empty())
    h.Element("p", {{"class", "govuk-body"}},
              "Your account is not linked to a member of any partnership yet. Ask your board's "
              "business manager to link it.");
  h.Open("ul", {{"class", "govuk-list"}});
  for (const auto& p : partnerships) {
    h.Open("li");
    Link(h, "/p/" + p.slug, p.name);
    h.Close("li");
  }
  h.Close("ul");
  return Page(ctx, Chrome(ctx, "Your partnerships", "Partnerships"), std::move(h));
}

Response ListUsers(Context& ctx) {
  Html h;
  ButtonLink(h, "/admin/users/new", "Add a user");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& [user, linked] : auth::ListUsers(ctx.db))
    rows.push_back({TextCell(user.email), TextCell(user.display_name), TextCell(user.is_admin ? "Yes" : "No"),
                    TextCell(user.disabled ? "Disabled" : "Active"), TextCell(std::to_string(linked))});
  Table(h, "", {"Email address", "Name", "Administrator", "Status", "Linked people"}, rows);
  auto chrome = Chrome(ctx, "User accounts", "Users");
  chrome.success = SuccessMessage(ctx);
  return Page(ctx, std::move(chrome), std::move(h));
}

namespace {

std::vector<std::pair<std::string, std::string>> UnlinkedPeople(Context& ctx) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& p : governance::GovernanceStore(ctx.db).UnlinkedPeopleEverywhere())
    out.emplace_back(std::to_string(p.id), p.full_name + " (" + p.partnership_name + ")");
  return out;
}

Response RenderUserForm(Context& ctx, const FormState& form) {
  Html h;
  ErrorSummary(h, form.errors);
  h.Open("form", {{"method", "post"}, {"action", "/admin/users"}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  TextInput(h, form, "email", "Email address", {.type = "email", .width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "display_name", "Name", {.width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "password", "Password",
            {.hint = "At least 10 characters", .type = "password", .autocomplete = "new-password",
             .width_class = "govuk-!-width-one-half"});
  Select(h, form, "person_id", "Person this account belongs to (optional)", UnlinkedPeople(ctx),
         "Not linked to a person", "The account sees the partnership this person belongs to");
  Checkbox(h, form, "is_admin", "Administrator of this deployment");
  Button(h, "Create account");
  h.Close("form");
  auto chrome = Chrome(ctx, "Add a user", "Users");
  chrome.breadcrumbs = {{"User accounts", "/admin/users"}};
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), form.errors.empty() ? 200 : 422);
}

}  // namespace

Response NewUser(Context& ctx) { return RenderUserForm(ctx, FormState{}); }

Response CreateUser(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  std::string email = core::Trim(form.Value("email"));
  std::string name = core::Trim(form.Value("display_name"));
  std::string password = form.Value("password");
  if (email.empty() || email.find('@') == std::string::npos)
    form.errors.Add("email", "Enter an email address in the correct format, like name@example.org");
  if (name.empty()) form.errors.Add("display_name", "Enter the person's name");
  if (auto problem = auth::CheckNewPassword(password); !problem.empty())
    form.errors.Add("password", problem);
  std::optional<governance::GovernanceStore::UnlinkedPerson> person;
  if (!form.Value("person_id").empty()) {
    for (const auto& p : governance::GovernanceStore(ctx.db).UnlinkedPeopleEverywhere())
      if (std::to_string(p.id) == form.Value("person_id")) person = p;
    if (!person) form.errors.Add("person_id", "Select a person from the list");
  }
  if (form.errors.empty() && auth::FindUserByEmail(ctx.db, email))
    form.errors.Add("email", "An account with this email address already exists");
  if (!form.errors.empty()) return RenderUserForm(ctx, form);
  storage::Transaction tx(ctx.db);
  auto id = auth::CreateUser(ctx.db, ctx.clock, email, name, password, form.Value("is_admin") == "yes");
  if (person) governance::GovernanceStore(ctx.db).LinkPersonToUser(person->partnership_id, person->id, id);
  ctx.Audit("create", "user", id);
  tx.Commit();
  return http::Redirect("/admin/users?done=user-added");
}

}  // namespace safeboard::views::pages
