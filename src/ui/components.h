// GOV.UK Design System components as C++ functions, writing into an Html builder. Markup
// follows design-system.service.gov.uk so govuk-frontend's styles and scripts apply.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/field_errors.h"
#include "ui/html.h"
#include "ui/status_tags.h"

namespace safeboard::ui {

// What a form shows: the submitted (or stored) values and the errors from the last submit.
struct FormState {
  core::FieldValues values;
  core::FieldErrors errors;
  std::string Value(const std::string& name) const { return core::ValueOf(values, name); }
};

struct NavItem {
  std::string text;
  std::string href;
  bool current = false;
};

// A board's public site (issue 18): its name in the header instead of safeboard's, the warning
// for a child in danger and the quick exit on every page, and its own footer links; no account.
struct PublicSite {
  std::string name;
  std::string home_href;
  std::string emergency;  // "If a child is in immediate danger call 999. ..."
  std::vector<std::pair<std::string, std::string>> footer;  // href, text
};

struct PageChrome {
  std::string title;                 // the h1 and the <title> prefix
  std::string user_name;             // "" when signed out
  std::string csrf_token;            // for the sign-out form in the header
  std::string service_name;          // the partnership's name, in the service navigation
  std::string service_href = "/";
  std::vector<NavItem> nav;
  std::optional<std::string> success;  // a success notification banner
  bool has_errors = false;             // prefixes <title> with "Error: "
  std::vector<std::pair<std::string, std::string>> breadcrumbs;  // text, href
  std::optional<PublicSite> site;    // a public site's page
};

// The whole document: header, service navigation, breadcrumbs, main with the h1, footer.
std::string RenderPage(const PageChrome& chrome, const TrustedHtml& main);

// The error summary at the top of a form (nothing when there are no errors).
void ErrorSummary(Html& h, const core::FieldErrors& errors);
void CsrfField(Html& h, const std::string& token);

struct InputOptions {
  std::string hint;
  std::string type = "text";
  std::string autocomplete;
  std::string width_class;  // e.g. "govuk-input--width-20"
};
void TextInput(Html& h, const FormState& form, const std::string& name, const std::string& label,
               const InputOptions& options = {});
void Textarea(Html& h, const FormState& form, const std::string& name, const std::string& label,
              const std::string& hint = "", int rows = 8);
// A textarea whose text is shown formatted (TrustedHtml::FromMarkdown): its hint links to the
// help page's "How to format text".
void FormattedTextarea(Html& h, const FormState& form, const std::string& name, const std::string& label,
                       const std::string& hint = "", int rows = 8);
// options: value, label. A first blank "Choose ..." option when `blank` is non-empty.
void Select(Html& h, const FormState& form, const std::string& name, const std::string& label,
            const std::vector<std::pair<std::string, std::string>>& options,
            const std::string& blank = "", const std::string& hint = "", bool hide_label = false);
void Radios(Html& h, const FormState& form, const std::string& name, const std::string& legend,
            const std::vector<std::pair<std::string, std::string>>& options,
            const std::string& hint = "");
void Checkbox(Html& h, const FormState& form, const std::string& name, const std::string& label);
// A GOV.UK date input: fields NAME-day, NAME-month, NAME-year; also fills from NAME as
// "YYYY-MM-DD" when the parts are absent (editing a stored date).
void DateInput(Html& h, const FormState& form, const std::string& name, const std::string& legend,
               const std::string& hint = "For example, 27 3 2011");
// A GOV.UK file upload field.
void FileUpload(Html& h, const FormState& form, const std::string& name, const std::string& label,
                const std::string& hint = "");
void Button(Html& h, const std::string& text, bool secondary = false);
void ButtonLink(Html& h, const std::string& href, const std::string& text, bool secondary = false);
void Link(Html& h, const std::string& href, const std::string& text);

// A summary list of key/value rows (values are text).
void SummaryList(Html& h, const std::vector<std::pair<std::string, std::string>>& rows);

// A wide table scrolls inside its own region, never the page sideways (issue 15, 375 px): a
// focusable, named region the keyboard can scroll. Close it with h.Close("div").
void OpenTableRegion(Html& h, const std::string& label);
// A table in its scroll region; cells are built HTML so they can hold links and tags.
void Table(Html& h, const std::string& caption, const std::vector<std::string>& headings,
           const std::vector<std::vector<TrustedHtml>>& rows);
TrustedHtml TextCell(const std::string& text);
TrustedHtml LinkCell(const std::string& href, const std::string& text);

// The problems found in an imported file, by row and column, under a heading saying nothing was
// saved (nothing when there are none).
void ImportErrors(Html& h, const std::vector<core::ImportError>& errors);

// A GOV.UK tag; colour is a govuk-tag--COLOUR modifier ("green", "grey", ...) or "".


}  // namespace safeboard::ui
