// The deployment administrator's API: creating a partnership with its first business manager;
// and the invited business manager accepting their invitation.
#pragma once
#include "http/context.h"

namespace safeboard::api {

http::Response CreatePartnership(http::Context& ctx);
// Accepts an invitation with {"password"}: the account's password is set and the caller signed in
// (the session cookie), answering the user with the CSRF token for their API writes.
http::Response AcceptInvitation(http::Context& ctx);

}  // namespace safeboard::api
