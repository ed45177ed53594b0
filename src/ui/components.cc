// GOV.UK components.
#include "ui/components.h"

#include "core/date.h"
#include "core/text.h"

namespace safeboard::ui {

std::string RenderPage(const PageChrome& chrome, const TrustedHtml& main) {
  Html h(main.str().size() + 16384);  // the header, navigation and footer are about 6 KB
  h.Append(Html::Doctype());
  h.Open("html", {{"lang", "en"}, {"class", "govuk-template"}});
  h.Open("head").Void("meta", {{"charset", "utf-8"}});
  // GOV.UK's pattern, "Page - Service", without saying the service twice ("safeboard - safeboard").
  std::string service = chrome.site ? chrome.site->name : "safeboard";
  std::string title = chrome.title == service ? chrome.title : chrome.title + " - " + service;
  h.Element("title", (chrome.has_errors ? "Error: " : "") + title);
  h.Void("meta", {{"name", "viewport"}, {"content", "width=device-width, initial-scale=1"}});
  h.Void("link", {{"rel", "stylesheet"}, {"href", "/static/app.css"}});
  h.Close("head");
  h.Open("body", {{"class", "govuk-template__body"}});
  h.Element("a", {{"href", "#main-content"}, {"class", "govuk-skip-link"}}, "Skip to main content");
  h.Open("header", {{"class", "govuk-header"}, {"data-module", "govuk-header"}});
  h.Open("div", {{"class", "govuk-header__container govuk-width-container app-header__container"}});
  h.Open("div", {{"class", "govuk-header__logo"}});
  h.Open("a", {{"href", chrome.site ? chrome.site->home_href : "/"}, {"class", "govuk-header__homepage-link"}});
  h.Element("span", {{"class", "govuk-header__product-name"}}, service);
  h.Close("a");
  h.Close("div");
  // The signed-in user and signing out, on every page, where GOV.UK services put the account
  // (never on a public site, which has no accounts).
  if (!chrome.user_name.empty() && !chrome.site) {
    h.Open("form", {{"method", "post"}, {"action", "/sign-out"}, {"class", "app-header__account"}});
    CsrfField(h, chrome.csrf_token);
    h.Element("span", {{"class", "app-header__user"}}, chrome.user_name);
    h.Element("a", {{"class", "app-header__link"}, {"href", "/account/email"}}, "Email choices");
    h.Element("button", {{"type", "submit"}, {"class", "app-header__sign-out"}}, "Sign out");
    h.Close("form");
  }
  h.Close("div").Close("header");

  if (!chrome.nav.empty()) {
    h.Open("section", {{"aria-label", "Service information"}, {"class", "govuk-service-navigation"},
                       {"data-module", "govuk-service-navigation"}});
    h.Open("div", {{"class", "govuk-width-container"}});
    h.Open("div", {{"class", "govuk-service-navigation__container"}});
    if (!chrome.service_name.empty()) {
      h.Open("span", {{"class", "govuk-service-navigation__service-name"}});
      h.Element("a", {{"href", chrome.service_href}, {"class", "govuk-service-navigation__link"}},
                chrome.service_name);
      h.Close("span");
    }
    h.Open("nav", {{"aria-label", "Menu"}, {"class", "govuk-service-navigation__wrapper"}});
    // On a narrow screen govuk-frontend shows this button and folds the list away behind it.
    if (chrome.nav.size() > 1)
      h.Element("button", {{"type", "button"},
                           {"class", "govuk-service-navigation__toggle govuk-js-service-navigation-toggle"},
                           {"aria-controls", "navigation"}, {"hidden", "hidden"}, {"aria-hidden", "true"}},
                "Menu");
    h.Open("ul", {{"class", "govuk-service-navigation__list"}, {"id", "navigation"}});
    for (const auto& item : chrome.nav) {
      h.Open("li", {{"class", item.current ? "govuk-service-navigation__item "
                                             "govuk-service-navigation__item--active"
                                           : "govuk-service-navigation__item"}});
      if (item.current) {
        h.Open("a", {{"class", "govuk-service-navigation__link"}, {"href", item.href}, {"aria-current", "page"}});
        h.Element("strong", {{"class", "govuk-service-navigation__active-fallback"}}, item.text);
        h.Close("a");
      } else {
        h.Element("a", {{"class", "govuk-service-navigation__link"}, {"href", item.href}}, item.text);
      }
      h.Close("li");
    }
    h.Close("ul").Close("nav");
    h.Close("div").Close("div").Close("section");
  }

  h.Open("div", {{"class", "govuk-width-container"}});
  if (!chrome.breadcrumbs.empty()) {
    h.Open("nav", {{"class", "govuk-breadcrumbs"}, {"aria-label", "Breadcrumb"}});
    h.Open("ol", {{"class", "govuk-breadcrumbs__list"}});
    for (const auto& [text, href] : chrome.breadcrumbs) {
      h.Open("li", {{"class", "govuk-breadcrumbs__list-item"}});
      h.Element("a", {{"class", "govuk-breadcrumbs__link"}, {"href", href}}, text);
      h.Close("li");
    }
    h.Close("ol").Close("nav");
  }
  if (chrome.site) {
    // GOV.UK's Exit this page: leaves for a neutral site at once (also by pressing Shift three times).
    h.Open("div", {{"class", "govuk-exit-this-page govuk-!-display-none-print"}, {"data-module", "govuk-exit-this-page"}});
    h.Open("a", {{"href", "https://www.bbc.co.uk/weather"}, {"role", "button"}, {"draggable", "false"},
                 {"class", "govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button"},
                 {"data-module", "govuk-button"}, {"rel", "nofollow noreferrer"}});
    h.Element("span", {{"class", "govuk-visually-hidden"}}, "Emergency");
    h.Text(" Exit this page");
    h.Close("a").Close("div");
  }
  h.Open("main", {{"class", "govuk-main-wrapper"}, {"id", "main-content"}});
  if (chrome.site) {
    h.Open("div", {{"class", "govuk-warning-text"}});
    h.Element("span", {{"class", "govuk-warning-text__icon"}, {"aria-hidden", "true"}}, "!");
    h.Open("strong", {{"class", "govuk-warning-text__text"}});
    h.Element("span", {{"class", "govuk-visually-hidden"}}, "Warning");
    h.Text(chrome.site->emergency);
    h.Close("strong").Close("div");
  }
  if (chrome.success) {
    h.Open("div", {{"class", "govuk-notification-banner govuk-notification-banner--success"},
                   {"role", "alert"}, {"aria-labelledby", "govuk-notification-banner-title"},
                   {"data-module", "govuk-notification-banner"}});
    h.Open("div", {{"class", "govuk-notification-banner__header"}});
    h.Element("h2", {{"class", "govuk-notification-banner__title"},
                     {"id", "govuk-notification-banner-title"}}, "Success");
    h.Close("div").Open("div", {{"class", "govuk-notification-banner__content"}});
    h.Element("p", {{"class", "govuk-notification-banner__heading"}}, *chrome.success);
    h.Close("div").Close("div");
  }
  h.Element("h1", {{"class", "govuk-heading-l"}}, chrome.title);
  h.Append(main);
  h.Close("main").Close("div");
  h.Open("footer", {{"class", "govuk-footer"}});
  h.Open("div", {{"class", "govuk-width-container"}});
  h.Open("div", {{"class", "govuk-footer__meta"}});
  h.Open("div", {{"class", "govuk-footer__meta-item govuk-footer__meta-item--grow"}});
  h.Element("h2", {{"class", "govuk-visually-hidden"}}, "Support links");
  h.Open("ul", {{"class", "govuk-footer__inline-list"}});
  std::vector<std::pair<std::string, std::string>> links{
      {"/help", "Help"}, {"/accessibility", "Accessibility statement"}, {"/privacy", "Privacy notice"}, {"/contact", "Contact"}};
  if (chrome.site) links = chrome.site->footer;
  for (const auto& [href, text] : links) {
    h.Open("li", {{"class", "govuk-footer__inline-list-item"}});
    h.Element("a", {{"class", "govuk-footer__link"}, {"href", href}}, text);
    h.Close("li");
  }
  h.Close("ul");
  h.Element("p", {{"class", "govuk-body-s"}},
            chrome.site ? chrome.site->name + "'s website, published with safeboard. No cookies track you here."
                        : "safeboard: the information system of a safeguarding children partnership.");
  h.Close("div").Close("div").Close("div").Close("footer");
  h.Element("script", {{"type", "module"}, {"src", "/static/app.js"}}, "");
  h.Close("body").Close("html");
  return h.Take();
}

void ErrorSummary(Html& h, const core::FieldErrors& errors) {
  if (errors.empty()) return;
  h.Open("div", {{"class", "govuk-error-summary"}, {"data-module", "govuk-error-summary"}});
  h.Open("div", {{"role", "alert"}});
  h.Element("h2", {{"class", "govuk-error-summary__title"}}, "There is a problem");
  h.Open("div", {{"class", "govuk-error-summary__body"}});
  h.Open("ul", {{"class", "govuk-list govuk-error-summary__list"}});
  for (const auto& e : errors.all()) {
    h.Open("li");
    h.Element("a", {{"href", "#" + e.field}}, e.message);
    h.Close("li");
  }
  h.Close("ul").Close("div").Close("div").Close("div");
}

void CsrfField(Html& h, const std::string& token) {
  h.Void("input", {{"type", "hidden"}, {"name", "csrf_token"}, {"value", token}});
}

namespace {

// Opens the form group and writes label-independent parts: hint and error message. Returns
// the aria-describedby value.
std::string HintAndError(Html& h, const FormState& form, const std::string& name,
                         const std::string& hint) {
  std::string described;
  if (!hint.empty()) {
    h.Element("div", {{"class", "govuk-hint"}, {"id", name + "-hint"}}, hint);
    described = name + "-hint";
  }
  if (const std::string* error = form.errors.For(name)) {
    h.Open("p", {{"class", "govuk-error-message"}, {"id", name + "-error"}});
    h.Element("span", {{"class", "govuk-visually-hidden"}}, "Error:");
    h.Text(" " + *error);
    h.Close("p");
    described += (described.empty() ? "" : " ") + name + "-error";
  }
  return described;
}

std::string GroupClass(const FormState& form, const std::string& name) {
  return form.errors.For(name) ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
}

}  // namespace

void TextInput(Html& h, const FormState& form, const std::string& name, const std::string& label,
               const InputOptions& options) {
  h.Open("div", {{"class", GroupClass(form, name)}});
  h.Element("label", {{"class", "govuk-label"}, {"for", name}}, label);
  std::string described = HintAndError(h, form, name, options.hint);
  std::string cls = "govuk-input";
  if (!options.width_class.empty()) cls += " " + options.width_class;
  if (form.errors.For(name)) cls += " govuk-input--error";
  std::string value = options.type == "password" ? "" : form.Value(name);
  if (described.empty())
    h.Void("input", {{"class", cls}, {"id", name}, {"name", name}, {"type", options.type},
                     {"value", value}, {"autocomplete", options.autocomplete.empty() ? "off" : options.autocomplete}});
  else
    h.Void("input", {{"class", cls}, {"id", name}, {"name", name}, {"type", options.type},
                     {"value", value}, {"aria-describedby", described},
                     {"autocomplete", options.autocomplete.empty() ? "off" : options.autocomplete}});
  h.Close("div");
}

namespace {

void TextareaIn(Html& h, const FormState& form, const std::string& name, const std::string& label,
                const std::string& hint, int rows, bool formatted) {
  h.Open("div", {{"class", GroupClass(form, name)}});
  h.Element("label", {{"class", "govuk-label"}, {"for", name}}, label);
  std::string described;
  if (formatted) {
    // The formatting help is one link away, never a bare "Markdown" (issue 15).
    h.Open("div", {{"class", "govuk-hint"}, {"id", name + "-format-hint"}});
    if (!hint.empty()) h.Text(hint + " ");
    h.Element("a", {{"class", "govuk-link"}, {"href", "/help#formatting"}, {"target", "_blank"}},
              "How to format text (opens in a new tab)");
    h.Close("div");
    described = name + "-format-hint";
  }
  std::string more = HintAndError(h, form, name, formatted ? "" : hint);
  if (!more.empty()) described += (described.empty() ? "" : " ") + more;
  std::string cls = form.errors.For(name) ? "govuk-textarea govuk-textarea--error" : "govuk-textarea";
  std::string rows_text = std::to_string(rows);
  if (described.empty())
    h.Element("textarea", {{"class", cls}, {"id", name}, {"name", name}, {"rows", rows_text}},
              form.Value(name));
  else
    h.Element("textarea", {{"class", cls}, {"id", name}, {"name", name}, {"rows", rows_text},
                           {"aria-describedby", described}}, form.Value(name));
  h.Close("div");
}

}  // namespace

void Textarea(Html& h, const FormState& form, const std::string& name, const std::string& label,
              const std::string& hint, int rows) {
  TextareaIn(h, form, name, label, hint, rows, false);
}

void FormattedTextarea(Html& h, const FormState& form, const std::string& name, const std::string& label,
                       const std::string& hint, int rows) {
  TextareaIn(h, form, name, label, hint, rows, true);
}

void Select(Html& h, const FormState& form, const std::string& name, const std::string& label,
            const std::vector<std::pair<std::string, std::string>>& options,
            const std::string& blank, const std::string& hint, bool hide_label) {
  h.Open("div", {{"class", GroupClass(form, name)}});
  h.Element("label", {{"class", hide_label ? "govuk-label govuk-visually-hidden" : "govuk-label"}, {"for", name}},
            label);
  std::string described = HintAndError(h, form, name, hint);
  std::string cls = form.errors.For(name) ? "govuk-select govuk-select--error" : "govuk-select";
  if (described.empty())
    h.Open("select", {{"class", cls}, {"id", name}, {"name", name}});
  else
    h.Open("select", {{"class", cls}, {"id", name}, {"name", name}, {"aria-describedby", described}});
  std::string current = form.Value(name);
  if (!blank.empty()) h.Element("option", {{"value", ""}}, blank);
  for (const auto& [value, text] : options) {
    h.OpenWithFlags("option", {{"value", value}}, {value == current ? "selected" : ""});
    h.Text(text).Close("option");
  }
  h.Close("select").Close("div");
}

void Radios(Html& h, const FormState& form, const std::string& name, const std::string& legend,
            const std::vector<std::pair<std::string, std::string>>& options,
            const std::string& hint) {
  h.Open("div", {{"class", GroupClass(form, name)}});
  h.Open("fieldset", {{"class", "govuk-fieldset"}, {"id", name}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}}, legend);
  HintAndError(h, form, name, hint);
  h.Open("div", {{"class", "govuk-radios"}, {"data-module", "govuk-radios"}});
  std::string current = form.Value(name);
  int i = 0;
  for (const auto& [value, text] : options) {
    std::string id = name + "-" + std::to_string(i++);
    h.Open("div", {{"class", "govuk-radios__item"}});
    h.OpenWithFlags("input", {{"class", "govuk-radios__input"}, {"id", id}, {"name", name},
                              {"type", "radio"}, {"value", value}},
                    {value == current ? "checked" : ""});
    h.Element("label", {{"class", "govuk-label govuk-radios__label"}, {"for", id}}, text);
    h.Close("div");
  }
  h.Close("div").Close("fieldset").Close("div");
}

void Checkbox(Html& h, const FormState& form, const std::string& name, const std::string& label) {
  std::string value = form.Value(name);
  bool checked = value == "yes" || value == "true" || value == "1";
  h.Open("div", {{"class", "govuk-form-group"}});
  h.Open("div", {{"class", "govuk-checkboxes govuk-checkboxes--small"}, {"data-module", "govuk-checkboxes"}});
  h.Open("div", {{"class", "govuk-checkboxes__item"}});
  h.OpenWithFlags("input", {{"class", "govuk-checkboxes__input"}, {"id", name}, {"name", name},
                            {"type", "checkbox"}, {"value", "yes"}},
                  {checked ? "checked" : ""});
  h.Element("label", {{"class", "govuk-label govuk-checkboxes__label"}, {"for", name}}, label);
  h.Close("div").Close("div").Close("div");
}

void DateInput(Html& h, const FormState& form, const std::string& name, const std::string& legend,
               const std::string& hint) {
  std::string day = form.Value(name + "-day"), month = form.Value(name + "-month"),
              year = form.Value(name + "-year");
  if (day.empty() && month.empty() && year.empty()) {
    if (auto date = core::ParseDate(form.Value(name))) {
      day = std::to_string(unsigned(date->day()));
      month = std::to_string(unsigned(date->month()));
      year = std::to_string(int(date->year()));
    }
  }
  bool error = form.errors.For(name) != nullptr;
  h.Open("div", {{"class", GroupClass(form, name)}});
  h.Open("fieldset", {{"class", "govuk-fieldset"}, {"role", "group"},
                      {"aria-describedby", name + "-hint" + (error ? " " + name + "-error" : "")}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}}, legend);
  HintAndError(h, form, name, hint);
  h.Open("div", {{"class", "govuk-date-input"}, {"id", name}});
  struct Part { const char* suffix; const char* label; const std::string& value; const char* width; };
  for (const Part& part : {Part{"-day", "Day", day, "2"}, Part{"-month", "Month", month, "2"},
                           Part{"-year", "Year", year, "4"}}) {
    std::string id = name + part.suffix;
    h.Open("div", {{"class", "govuk-date-input__item"}});
    h.Open("div", {{"class", "govuk-form-group"}});
    h.Element("label", {{"class", "govuk-label govuk-date-input__label"}, {"for", id}}, part.label);
    h.Void("input", {{"class", std::string("govuk-input govuk-date-input__input govuk-input--width-") +
                                   part.width + (error ? " govuk-input--error" : "")},
                     {"id", id}, {"name", id}, {"type", "text"}, {"inputmode", "numeric"},
                     {"value", part.value}});
    h.Close("div").Close("div");
  }
  h.Close("div").Close("fieldset").Close("div");
}

void FileUpload(Html& h, const FormState& form, const std::string& name, const std::string& label,
                const std::string& hint) {
  h.Open("div", {{"class", GroupClass(form, name)}});
  h.Element("label", {{"class", "govuk-label"}, {"for", name}}, label);
  std::string described = HintAndError(h, form, name, hint);
  std::string cls = form.errors.For(name) ? "govuk-file-upload govuk-file-upload--error" : "govuk-file-upload";
  if (described.empty())
    h.Void("input", {{"class", cls}, {"id", name}, {"name", name}, {"type", "file"},
                     {"accept", ".pdf,.doc,.docx,.xls,.xlsx"}});
  else
    h.Void("input", {{"class", cls}, {"id", name}, {"name", name}, {"type", "file"},
                     {"accept", ".pdf,.doc,.docx,.xls,.xlsx"}, {"aria-describedby", described}});
  h.Close("div");
}

void Button(Html& h, const std::string& text, bool secondary) {
  h.Element("button", {{"type", "submit"},
                       {"class", secondary ? "govuk-button govuk-button--secondary" : "govuk-button"},
                       {"data-module", "govuk-button"}},
            text);
}

void ButtonLink(Html& h, const std::string& href, const std::string& text, bool secondary) {
  h.Element("a", {{"href", href}, {"role", "button"}, {"draggable", "false"},
                  {"class", secondary ? "govuk-button govuk-button--secondary" : "govuk-button"},
                  {"data-module", "govuk-button"}},
            text);
}

void Link(Html& h, const std::string& href, const std::string& text) {
  h.Element("a", {{"class", "govuk-link"}, {"href", href}}, text);
}

void SummaryList(Html& h, const std::vector<std::pair<std::string, std::string>>& rows) {
  h.Open("dl", {{"class", "govuk-summary-list"}});
  for (const auto& [key, value] : rows) {
    h.Open("div", {{"class", "govuk-summary-list__row"}});
    h.Element("dt", {{"class", "govuk-summary-list__key"}}, key);
    h.Element("dd", {{"class", "govuk-summary-list__value"}}, value);
    h.Close("div");
  }
  h.Close("dl");
}

void OpenTableRegion(Html& h, const std::string& label) {
  h.Open("div", {{"class", "app-table-region"}, {"role", "region"}, {"aria-label", label}, {"tabindex", "0"}});
}

void Table(Html& h, const std::string& caption, const std::vector<std::string>& headings,
           const std::vector<std::vector<TrustedHtml>>& rows) {
  // A region named by its caption, or by its columns when it has none.
  std::string label = caption;
  for (std::size_t i = 0; caption.empty() && i < headings.size(); ++i) label += (i ? ", " : "Table: ") + headings[i];
  OpenTableRegion(h, label.empty() ? "Table" : label);
  h.Open("table", {{"class", "govuk-table"}});
  if (!caption.empty()) h.Element("caption", {{"class", "govuk-table__caption govuk-table__caption--m"}}, caption);
  h.Open("thead", {{"class", "govuk-table__head"}}).Open("tr", {{"class", "govuk-table__row"}});
  for (const auto& heading : headings)
    h.Element("th", {{"scope", "col"}, {"class", "govuk-table__header"}}, heading);
  h.Close("tr").Close("thead").Open("tbody", {{"class", "govuk-table__body"}});
  for (const auto& row : rows) {
    h.Open("tr", {{"class", "govuk-table__row"}});
    for (const auto& cell : row) {
      h.Open("td", {{"class", "govuk-table__cell"}});
      h.Append(cell);
      h.Close("td");
    }
    h.Close("tr");
  }
  h.Close("tbody").Close("table").Close("div");
}

TrustedHtml TextCell(const std::string& text) {
  Html h;
  h.Text(text);
  return h.Build();
}

TrustedHtml LinkCell(const std::string& href, const std::string& text) {
  Html h;
  Link(h, href, text);
  return h.Build();
}

void ImportErrors(Html& h, const std::vector<core::ImportError>& errors) {
  if (errors.empty()) return;
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "import-errors"}},
            errors.size() == 1 ? std::string("Nothing was saved: correct this problem and try again")
                               : "Nothing was saved: correct these " + core::GroupedNumber(static_cast<long long>(errors.size())) +
                                     " problems and try again");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& e : errors) rows.push_back({TextCell(std::to_string(e.row)), TextCell(e.column), TextCell(e.message)});
  Table(h, "", {"Row", "Column", "Problem"}, rows);
}


}  // namespace safeboard::ui
