// What every page shares: the chrome (navigation for the partnership and the user), error
// pages, and turning a form post into FieldValues.
#pragma once
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/vocabulary.h"

#include "http/context.h"
#include "ui/components.h"

namespace safeboard::ui::pages {

// The page chrome for this request: service navigation for the partnership in the URL (or
// the user's pages), the signed-in user and the sign-out form.
PageChrome Chrome(const http::Context& ctx, const std::string& title,
                  const std::string& current_nav = "");
http::Response Page(const http::Context& ctx, PageChrome chrome, Html&& main, int status = 200);
http::Response ErrorPage(const http::Context& ctx, int status);
// Whether the user may add, edit and end the partnership's records (the board team, the
// administrator): what pages show them beyond what members see.
bool CanManage(const http::Context& ctx);
// A form that is only a button: posts to `action` with the CSRF token (GOV.UK secondary button).
void PostButton(Html& h, const http::Context& ctx, const std::string& action, const std::string& label,
                const std::string& form_class = "");
// A removal asks first: Confirmed() is true once the confirmation page's button (confirm=yes)
// was pressed; until then the handler answers ConfirmationPage (a warning button that posts
// back to `action` with confirm=yes, and a link to keep the record).
bool Confirmed(const http::Context& ctx);
http::Response ConfirmationPage(const http::Context& ctx, const std::string& title, const std::string& nav,
                                const std::string& explanation, const std::string& action,
                                const std::string& button, const std::string& keep_href);
// 422 for a submission with text that cannot be stored (issue 12): each field and why. Nothing
// was saved; the dispatcher answers this before any handler runs.
http::Response UnstorableTextPage(const http::Context& ctx, const core::FieldErrors& errors);

// The POSTed form as FieldValues (the CSRF token left out).
core::FieldValues Submitted(const http::Context& ctx);

using Options = std::vector<std::pair<std::string, std::string>>;

// A page holding several forms whose fields share names (a date, an agency) gives each form's
// fields a prefix, so every id on the page is unique and each label finds its input: the form
// with its values and errors under prefixed names, and the submitted fields without the prefix
// (unprefixed names are accepted too).
FormState Prefixed(const FormState& form, const std::string& prefix);
core::FieldValues Unprefixed(const http::Context& ctx, const std::string& prefix);

// A table's downloads, one paragraph: "`text` (CSV)" linking `path`.csv`query`, "or as a
// spreadsheet" linking `path`.xlsx`query` (`query` is "" or starts with "?").
void DownloadLinks(Html& h, const std::string& path, const std::string& query, const std::string& text);

// The board's groups that have not ended, to choose one: id, name.
Options CurrentGroupOptions(http::Context& ctx);
// The ids of options whose values are record ids (the choices a reader accepts).
std::vector<std::int64_t> OptionIds(const Options& options);

// A select's or radios' options from a vocabulary: code, label.
template <typename Enum>
Options VocabularyOptions(std::span<const core::Term<Enum>> terms) {
  Options out;
  for (const auto& t : terms) out.emplace_back(std::string(t.code), std::string(t.label));
  return out;
}

// The chrome with breadcrumbs and any success message.
PageChrome ChromeWithCrumbs(const http::Context& ctx, const std::string& title, const std::string& nav,
                            std::vector<std::pair<std::string, std::string>> crumbs);
// Opens a POST form with the CSRF token, the error summary first.
void OpenForm(Html& h, const http::Context& ctx, const std::string& action, const FormState& form);
// A page holding a form: 422 when the form has errors.
http::Response FormPage(const http::Context& ctx, const std::string& title, const std::string& nav,
                        std::vector<std::pair<std::string, std::string>> crumbs, const FormState& form,
                        Html&& body);

// A spreadsheet uploaded in the form's file field `name`: CSV (UTF-8, UTF-16 or Windows-1252),
// TSV or the first sheet of an Excel workbook, as rows. nullopt, with the message on `name`,
// when no file was chosen or it cannot be read. The imports share it.
struct UploadedTable {
  std::string file_name;
  std::string bytes;
  std::vector<std::vector<std::string>> rows;
};
std::optional<UploadedTable> ReadUploadedTable(const http::Context& ctx, const std::string& name,
                                               core::FieldErrors& errors);

// Success messages shown after a redirect, by code (?done=CODE): fixed text, never echoed input.
std::optional<std::string> SuccessMessage(const http::Context& ctx);

}  // namespace safeboard::ui::pages
