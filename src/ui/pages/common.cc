// Shared page pieces.
#include "ui/pages/common.h"

#include "core/csv.h"

#include "governance/store.h"
#include "ui/area_registry.h"

#include <map>

namespace safeboard::ui::pages {

PageChrome Chrome(const http::Context& ctx, const std::string& title,
                  const std::string& current_nav) {
  PageChrome chrome;
  chrome.title = title;
  if (ctx.session) {
    chrome.user_name = ctx.session->user.display_name;
    chrome.csrf_token = ctx.csrf_token;
  }
  auto add = [&](const std::string& text, const std::string& href) {
    chrome.nav.push_back({text, href, text == current_nav});
  };
  if (ctx.partnership && auth::Allows(ctx.role, auth::Permission::kReadPartnership)) {
    chrome.service_href = ctx.PartnershipPath();
    chrome.service_name = ctx.partnership->name;
    for (const auto& entry : NavEntries())
      if (ctx.Can(entry.permission)) add(std::string(entry.label), ctx.PartnershipPath(std::string(entry.path)));
  } else if (ctx.session) {
    add("Partnerships", "/partnerships");
  }
  if (ctx.session && ctx.session->user.is_admin) add("Users", "/admin/users");
  return chrome;
}

PageChrome ChromeWithCrumbs(const http::Context& ctx, const std::string& title, const std::string& nav,
                            std::vector<std::pair<std::string, std::string>> crumbs) {
  auto chrome = Chrome(ctx, title, nav);
  chrome.breadcrumbs = std::move(crumbs);
  chrome.success = SuccessMessage(ctx);
  return chrome;
}

void OpenForm(Html& h, const http::Context& ctx, const std::string& action, const FormState& form) {
  ErrorSummary(h, form.errors);
  h.Open("form", {{"method", "post"}, {"action", action}, {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
}

http::Response FormPage(const http::Context& ctx, const std::string& title, const std::string& nav,
                        std::vector<std::pair<std::string, std::string>> crumbs, const FormState& form,
                        Html&& body) {
  auto chrome = ChromeWithCrumbs(ctx, title, nav, std::move(crumbs));
  chrome.has_errors = !form.errors.empty();
  chrome.success.reset();
  return Page(ctx, std::move(chrome), std::move(body), form.errors.empty() ? 200 : 422);
}

http::Response Page(const http::Context& ctx, PageChrome chrome, Html&& main, int status) {
  return http::HtmlResponse(status, RenderPage(chrome, main.Build()));
}

void PostButton(Html& h, const http::Context& ctx, const std::string& action, const std::string& label,
                const std::string& form_class) {
  if (form_class.empty())
    h.Open("form", {{"method", "post"}, {"action", action}});
  else
    h.Open("form", {{"method", "post"}, {"class", form_class}, {"action", action}});
  CsrfField(h, ctx.csrf_token);
  Button(h, label, true);
  h.Close("form");
}

bool Confirmed(const http::Context& ctx) { return core::ValueOf(Submitted(ctx), "confirm") == "yes"; }

http::Response ConfirmationPage(const http::Context& ctx, const std::string& title, const std::string& nav,
                                const std::string& explanation, const std::string& action,
                                const std::string& button, const std::string& keep_href) {
  Html h;
  h.Element("p", {{"class", "govuk-body"}}, explanation);
  h.Open("form", {{"method", "post"}, {"action", action}});
  CsrfField(h, ctx.csrf_token);
  h.Void("input", {{"type", "hidden"}, {"name", "confirm"}, {"value", "yes"}});
  h.Open("div", {{"class", "govuk-button-group"}});
  h.Element("button", {{"type", "submit"}, {"class", "govuk-button govuk-button--warning"}, {"data-module", "govuk-button"}},
            button);
  Link(h, keep_href, "Keep it");
  h.Close("div").Close("form");
  return Page(ctx, Chrome(ctx, title, nav), std::move(h));
}

void DownloadLinks(Html& h, const std::string& path, const std::string& query, const std::string& text) {
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, path + ".csv" + query, text + " (CSV)");
  h.Text(" or ");
  Link(h, path + ".xlsx" + query, "as a spreadsheet");
  h.Close("p");
}

Options CurrentGroupOptions(http::Context& ctx) {
  Options out;
  for (const auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id()))
    if (!g.ended_on) out.emplace_back(std::to_string(g.id), g.name);
  return out;
}

std::vector<std::int64_t> OptionIds(const Options& options) {
  std::vector<std::int64_t> out;
  for (const auto& [id, name] : options) out.push_back(std::stoll(id));
  return out;
}

bool CanManage(const http::Context& ctx) { return ctx.Can(auth::Permission::kManagePartnership); }

http::Response ErrorPage(const http::Context& ctx, int status) {
  std::string title = status == 404   ? "Page not found"
                      : status == 403 ? "You do not have access to this page"
                      : status == 405 ? "That cannot be done here"
                                      : "Sorry, there is a problem";
  Html h;
  if (status == 404)
    h.Element("p", {{"class", "govuk-body"}},
              "If you typed the web address, check it is correct. If you pasted it, check you "
              "copied the entire address.");
  else if (status == 403)
    h.Element("p", {{"class", "govuk-body"}},
              "Your role in this partnership does not include this page. Ask the board's business "
              "manager if you need it.");
  else
    h.Element("p", {{"class", "govuk-body"}}, "Go back and try again.");
  return Page(ctx, Chrome(ctx, title), std::move(h), status);
}

http::Response UnstorableTextPage(const http::Context& ctx, const core::FieldErrors& errors) {
  Html h;
  h.Open("div", {{"class", "govuk-error-summary"}, {"data-module", "govuk-error-summary"}});
  h.Open("div", {{"role", "alert"}});
  h.Element("h2", {{"class", "govuk-error-summary__title"}}, "There is a problem");
  h.Open("div", {{"class", "govuk-error-summary__body"}});
  h.Open("ul", {{"class", "govuk-list govuk-error-summary__list"}});
  for (const auto& e : errors.all()) h.Element("li", "Field \"" + e.field + "\": " + e.message);
  h.Close("ul").Close("div").Close("div").Close("div");
  h.Element("p", {{"class", "govuk-body"}},
            "Nothing was saved. Go back, correct the text in these fields and send the form again.");
  auto chrome = Chrome(ctx, "Some of the text cannot be saved");
  chrome.has_errors = true;
  return Page(ctx, std::move(chrome), std::move(h), 422);
}

core::FieldValues Submitted(const http::Context& ctx) {
  core::FieldValues values;
  for (const auto& [name, value] : ctx.form.fields()) {
    if (name == "csrf_token") continue;
    values.emplace(name, value);  // first value wins
  }
  return values;
}

std::optional<std::string> SuccessMessage(const http::Context& ctx) {
  return SuccessMessageFor(ctx.query.Get("done"));
}

std::optional<UploadedTable> ReadUploadedTable(const http::Context& ctx, const std::string& name,
                                               core::FieldErrors& errors) {
  const http::Part* file = nullptr;
  for (const auto& part : ctx.files)
    if (part.name == name) file = &part;
  if (!file || file->data.empty()) {
    errors.Add(name, "Choose a CSV or Excel file to import");
    return std::nullopt;
  }
  std::string error;
  auto rows = core::ReadTableFile(file->file_name.value_or(""), file->data, error);
  if (!rows) {
    errors.Add(name, error);
    return std::nullopt;
  }
  return UploadedTable{file->file_name.value_or(""), file->data, std::move(*rows)};
}

FormState Prefixed(const FormState& form, const std::string& prefix) {
  FormState out;
  for (const auto& [k, v] : form.values) out.values.emplace(prefix + k, v);
  for (const auto& e : form.errors.all()) out.errors.Add(prefix + e.field, e.message);
  return out;
}

core::FieldValues Unprefixed(const http::Context& ctx, const std::string& prefix) {
  core::FieldValues out;
  for (const auto& [k, v] : Submitted(ctx)) {
    if (k.starts_with(prefix))
      out[k.substr(prefix.size())] = v;
    else
      out.emplace(k, v);
  }
  return out;
}

}  // namespace safeboard::ui::pages
