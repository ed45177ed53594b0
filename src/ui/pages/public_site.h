// A board's public site (issue 18), served at /public/{slug}/: the chrome every public page shares
// (the board's name, its sections, the warning for a child in danger, the quick exit, its own
// footer) and the cacheable answer (ETag and Cache-Control, 304 when the visitor's copy is
// current). Public pages render published records only; the areas own their pages.
#pragma once
#include <string>

#include "http/context.h"
#include "ui/components.h"

namespace safeboard::ui::pages {

// "/public/{slug}" and what follows.
std::string PublicPath(const http::Context& ctx, const std::string& rest = "");
// The chrome of a public page titled `title`, with `current` its section ("Procedures", ...).
PageChrome PublicChrome(const http::Context& ctx, const std::string& title, const std::string& current);
// A public page for anyone: with its ETag and "Cache-Control: public, max-age=300"; 304 and no
// body when the request's If-None-Match names it. Only for pages without a form (a form holds a
// visitor's own token).
http::Response CacheablePublicPage(const http::Context& ctx, PageChrome chrome, Html&& main);

}  // namespace safeboard::ui::pages
