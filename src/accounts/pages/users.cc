// The deployment administrator's user accounts: the list and creating an account (optionally
// linked to a person, which gives it that person's partnership); and their success messages.
#include "accounts/pages/pages.h"

#include <map>

#include "auth/accounts.h"
#include "auth/user_form.h"
#include "governance/store.h"
#include "storage/database.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {

const AreaRegistration kAccountsArea{
    {}, {{"user-added", "User account created"}, {"user-saved", "User account saved"}}};

}  // namespace

Response ListUsers(Context& ctx) {
  Html h;
  ButtonLink(h, "/admin/users/new", "Add a user");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& [user, linked, invited] : auth::ListUsers(ctx.db)) {
    Html action;
    if (invited && !user.disabled)
      PostButton(action, ctx, "/admin/users/" + std::to_string(user.id) + "/invitation",
                 "New invitation link for " + user.display_name);
    std::string status = user.disabled ? "Disabled" : invited ? "Invited: no password yet" : "Active";
    rows.push_back({TextCell(user.email), TextCell(user.display_name), TextCell(user.is_admin ? "Yes" : "No"),
                    TextCell(status), TextCell(std::to_string(linked)), action.Build()});
  }
  Table(h, "", {"Email address", "Name", "Administrator", "Status", "Linked people", ""}, rows);
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
  std::vector<std::int64_t> linkable;
  std::map<std::int64_t, std::int64_t> partnership_of;
  for (const auto& p : governance::GovernanceStore(ctx.db).UnlinkedPeopleEverywhere()) {
    linkable.push_back(p.id);
    partnership_of[p.id] = p.partnership_id;
  }
  auth::NewUser user;
  form.errors = auth::ReadNewUser(form.values, linkable, user);
  if (form.errors.empty() && auth::FindUserByEmail(ctx.db, user.email))
    form.errors.Add("email", "An account with this email address already exists");
  if (!form.errors.empty()) return RenderUserForm(ctx, form);
  storage::Transaction tx(ctx.db);
  auto id = auth::CreateUser(ctx.db, ctx.clock, user.email, user.display_name, user.password, user.is_admin);
  if (user.person_id)
    governance::GovernanceStore(ctx.db).LinkPersonToUser(partnership_of.at(*user.person_id), *user.person_id, id);
  ctx.Audit(auth::AuditAction::kCreate, "user", id);
  tx.Commit();
  return http::Redirect("/admin/users?done=user-added");
}

}  // namespace safeboard::ui::pages
