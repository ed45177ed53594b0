// What every page shares: the chrome (navigation for the partnership and the user), error
// pages, and turning a form post into FieldValues.
#pragma once
#include <string>

#include "http/context.h"
#include "views/components.h"

namespace safeboard::views::pages {

// The page chrome for this request: service navigation for the partnership in the URL (or
// the user's pages), the signed-in user and the sign-out form.
PageChrome Chrome(const http::Context& ctx, const std::string& title,
                  const std::string& current_nav = "");
http::Response Page(const http::Context& ctx, PageChrome chrome, Html&& main, int status = 200);
http::Response ErrorPage(const http::Context& ctx, int status);

// The POSTed form as FieldValues (the CSRF token left out).
core::FieldValues Submitted(const http::Context& ctx);

// Success messages shown after a redirect, by code (?done=CODE): fixed text, never echoed input.
std::optional<std::string> SuccessMessage(const http::Context& ctx);

}  // namespace safeboard::views::pages
