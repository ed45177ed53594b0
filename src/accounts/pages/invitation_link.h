// Showing an invitation's one-time link to the administrator who made it: the link is shown
// once (only its hash is stored), so the page says how long it lasts and what to do with it.
#pragma once
#include <string>

#include "auth/accounts.h"
#include "http/context.h"
#include "ui/html.h"

namespace safeboard::ui::pages::accounts_pages {

// The address of `path` on this server as the administrator reached it: https when cookies are
// secure, and the request's Host when it is a plain host name (otherwise the path alone).
std::string AddressOf(const http::Context& ctx, const std::string& path);

// `emailed_to`: the address the link was also emailed to ("" when the server sends no email).
void ShowInvitationLink(Html& h, const http::Context& ctx, const std::string& person_name,
                        const auth::Invitation& invitation, const std::string& emailed_to);

}  // namespace safeboard::ui::pages::accounts_pages
