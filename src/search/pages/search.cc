// The search page (issue 15): one box over the partnership's meetings, papers (their text),
// minutes, decisions, actions, plans, people, groups and agencies, with what matched highlighted.
#include "search/pages/pages.h"

#include "core/vocabulary.h"
#include "search/access.h"
#include "search/query.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {

const AreaRegistration kSearchArea{{{90, "Search", "/search"}}, {}};

std::vector<std::pair<std::string, std::string>> KindOptions() {
  std::vector<std::pair<std::string, std::string>> options = {{"", "Everything"}};
  for (const auto& term : search::SearchKinds()) options.emplace_back(std::string(term.code), std::string(term.label));
  return options;
}

void RenderForm(Html& h, const Context& ctx, const FormState& form) {
  h.Open("form", {{"method", "get"}, {"action", ctx.PartnershipPath("/search")}, {"role", "search"},
                  {"novalidate", "novalidate"}});
  TextInput(h, form, "q", "Search for",
            {.hint = "Words in meetings, agenda items, papers, minutes, decisions, actions, business plans, people, "
                     "groups, agencies and audits. Records holding every word are shown.",
             .type = "search",
             .width_class = "govuk-!-width-two-thirds"});
  Select(h, form, "kind", "Show", KindOptions());
  Button(h, "Search");
  h.Close("form");
}

void RenderSnippet(Html& h, const std::string& snippet) {
  auto runs = search::SnippetRuns(snippet);
  if (runs.empty()) return;
  h.Open("p", {{"class", "govuk-body-s app-search-result__snippet"}});
  for (const auto& [text, match] : runs) {
    if (match)
      h.Element("mark", text);
    else
      h.Text(text);
  }
  h.Close("p");
}

}  // namespace

Response ShowSearch(Context& ctx) {
  FormState form;
  std::string query = ctx.query.Get("q");
  std::string kind = ctx.query.Get("kind");
  form.values = {{"q", query}, {"kind", kind}};
  auto words = search::QueryWords(query);
  bool searched = ctx.query.Has("q");
  if (searched && words.empty()) form.errors.Add("q", "Enter a word to search for");
  std::optional<std::string> kind_filter;
  if (!kind.empty()) {
    if (!core::ParseCode(search::SearchKinds(), kind)) form.errors.Add("kind", "Choose what to show from the list");
    else kind_filter = kind;
  }
  Html h;
  ErrorSummary(h, form.errors);
  RenderForm(h, ctx, form);
  if (searched && form.errors.empty()) {
    auto hits = search::SearchAsReader(ctx, words, kind_filter);
    std::string count = hits.empty() ? "No results" : std::to_string(hits.size()) + (hits.size() == 1 ? " result" : " results");
    if (static_cast<int>(hits.size()) == search::kMaxResults) count = "The first " + std::to_string(hits.size()) + " results";
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "results"}, {"aria-live", "polite"}},
              count + " for \u201c" + query + "\u201d");
    if (hits.empty())
      h.Element("p", {{"class", "govuk-body"}},
                "Check the spelling, use fewer words, or search everything. Case records are not searched: find "
                "them in their own registers.");
    h.Open("ol", {{"class", "govuk-list app-search-results"}});
    for (const auto& hit : hits) {
      h.Open("li", {{"class", "app-search-result"}});
      h.Open("h3", {{"class", "govuk-heading-s govuk-!-margin-bottom-1"}});
      Link(h, ctx.PartnershipPath(hit.link), hit.title.empty() ? "(untitled)" : hit.title);
      h.Close("h3");
      h.Open("p", {{"class", "govuk-body-s govuk-!-margin-bottom-1 app-search-result__context"}});
      auto label = core::ParseCode(search::SearchKinds(), hit.kind);
      h.Element("strong", label ? std::string(core::LabelOf(search::SearchKinds(), *label)) : hit.kind);
      if (!hit.context.empty()) h.Text(". " + hit.context);
      h.Close("p");
      RenderSnippet(h, hit.snippet);
      h.Close("li");
    }
    h.Close("ol");
  }
  auto chrome = Chrome(ctx, searched && !query.empty() ? "Search: " + query : "Search", "Search");
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), form.errors.empty() ? 200 : 422);
}

}  // namespace safeboard::ui::pages
