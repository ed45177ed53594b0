#include "search/api.h"

#include "api/json_io.h"
#include "search/access.h"
#include "search/query.h"

namespace safeboard::api {

namespace json = boost::json;
using http::Context;
using http::Response;

Response Search(Context& ctx) {
  auto words = search::QueryWords(ctx.query.Get("q"));
  core::FieldErrors errors;
  if (words.empty()) errors.Add("q", "Enter a word to search for");
  std::optional<std::string> kind;
  if (ctx.query.Has("kind") && !ctx.query.Get("kind").empty()) {
    kind = ctx.query.Get("kind");
    if (!core::ParseCode(search::SearchKinds(), *kind)) errors.Add("kind", "Unknown kind of record");
  }
  if (!errors.empty()) return FieldErrorsResponse(errors);
  json::array results;
  for (const auto& hit : search::SearchAsReader(ctx, words, kind)) {
    std::string snippet;
    for (const auto& [text, match] : search::SnippetRuns(hit.snippet)) snippet += text;
    results.push_back(json::object{{"kind", hit.kind}, {"id", hit.record_id}, {"title", hit.title},
                                   {"context", hit.context}, {"url", ctx.PartnershipPath(hit.link)},
                                   {"snippet", snippet}});
  }
  json::array asked;
  for (const auto& w : words) asked.push_back(json::value(w));
  return Json(200, json::object{{"words", asked}, {"results", results}});
}

}  // namespace safeboard::api
