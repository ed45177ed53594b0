// Signing in and out, the public home page, the partnerships a user may open, and the
// administrator's user accounts pages.
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response Home(http::Context& ctx);
http::Response SignInForm(http::Context& ctx);
http::Response SignIn(http::Context& ctx);
http::Response SignOut(http::Context& ctx);
http::Response ListPartnerships(http::Context& ctx);

http::Response ListUsers(http::Context& ctx);
http::Response NewUser(http::Context& ctx);
http::Response CreateUser(http::Context& ctx);

}  // namespace safeboard::ui::pages
