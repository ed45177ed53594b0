#include "ui/pages/public_site.h"

#include "auth/accounts.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

std::string PublicPath(const http::Context& ctx, const std::string& rest) {
  return "/public/" + ctx.partnership->slug + rest;
}

PageChrome PublicChrome(const http::Context& ctx, const std::string& title, const std::string& current) {
  PageChrome chrome;
  chrome.title = title;
  chrome.site = PublicSite{ctx.partnership->name, PublicPath(ctx),
                           "If a child is in immediate danger, call 999. If you are worried about a child, see "
                           "\u201cWho to call\u201d on the home page.",
                           {{PublicPath(ctx, "/accessibility"), "Accessibility statement"},
                            {PublicPath(ctx, "/privacy"), "Privacy"}}};
  chrome.service_name = ctx.partnership->name;
  chrome.service_href = PublicPath(ctx);
  for (const auto& [text, rest] : std::initializer_list<std::pair<std::string, std::string>>{
           {"Home", ""}, {"About the board", "/about"}, {"Business plan", "/business-plan"}, {"Procedures", "/procedures"},
           {"Publications", "/publications"}, {"Minutes", "/minutes"}, {"Training", "/training"}})
    chrome.nav.push_back({text, PublicPath(ctx, rest), text == current});
  return chrome;
}

http::Response CacheablePublicPage(const http::Context& ctx, PageChrome chrome, Html&& main) {
  auto response = http::HtmlResponse(200, RenderPage(chrome, main.Build()));
  std::string etag = "\"" + auth::HashToken(response.body).substr(0, 32) + "\"";
  response.SetHeader("ETag", etag);
  response.SetHeader("Cache-Control", "public, max-age=300");
  if (ctx.request.Header("if-none-match") == etag) {
    response.status = 304;
    response.body.clear();
  }
  return response;
}

}  // namespace safeboard::ui::pages
