// Signing in and out, the public home page, the partnerships a user may open, accepting an
// invitation, and the administrator's pages: creating a partnership, user accounts.
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response Home(http::Context& ctx);
http::Response SignInForm(http::Context& ctx);
http::Response SignIn(http::Context& ctx);
http::Response SignOut(http::Context& ctx);
http::Response ListPartnerships(http::Context& ctx);
// The signed-in user's email choices (email_choices.cc).
http::Response ShowEmailChoices(http::Context& ctx);
http::Response SaveEmailChoices(http::Context& ctx);
// The footer's pages (about.cc).
http::Response ShowHelp(http::Context& ctx);
http::Response ShowAccessibilityStatement(http::Context& ctx);
http::Response ShowPrivacyNotice(http::Context& ctx);
http::Response ShowContact(http::Context& ctx);
http::Response NewPartnership(http::Context& ctx);
http::Response CreatePartnership(http::Context& ctx);
http::Response ShowInvitation(http::Context& ctx);
http::Response AcceptInvitation(http::Context& ctx);

http::Response ListUsers(http::Context& ctx);
http::Response NewUser(http::Context& ctx);
http::Response CreateUser(http::Context& ctx);
http::Response InviteUserAgain(http::Context& ctx);

}  // namespace safeboard::ui::pages
