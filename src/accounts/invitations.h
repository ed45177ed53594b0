// Accepting an invitation: the one path the page and the API share. The password is checked,
// set, the invitation used up and a session started, in one transaction.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "auth/accounts.h"
#include "core/field_errors.h"
#include "governance/governance.h"
#include "http/context.h"

namespace safeboard::accounts {

struct AcceptedInvitation {
  auth::Session session;
  std::string known_browser_token;  // for the known-browser cookie
  std::vector<governance::Partnership> partnerships;
};

// RULE: issue 14 - the invited person chooses their password (at least 10 characters; typed
// twice on the page: `password_again`, when given, must match). Errors on the password fields;
// nullopt with no errors when the invitation is not live (expired, used or unknown).
std::optional<AcceptedInvitation> AcceptInvitation(http::Context& ctx, const std::string& token,
                                                   const core::FieldValues& values, core::FieldErrors& errors);

}  // namespace safeboard::accounts
