// Setting up a new partnership: the one path the administrator's page, the API and
// `safeboard partnership add` share, so a board created any way starts the same.
#pragma once
#include <cstdint>
#include <optional>

#include "auth/accounts.h"
#include "core/clock.h"
#include "governance/partnership_form.h"
#include "storage/database.h"

namespace safeboard::accounts {

struct PartnershipSetUp {
  governance::Partnership partnership;
  std::int64_t board_group_id = 0;
  std::int64_t manager_person_id = 0;
  std::int64_t manager_user_id = 0;
  // The link for the business manager to set a password; none when their email already had an
  // account (they sign in as they always have).
  std::optional<auth::Invitation> invitation;
};

// Creates the partnership with its child populations; its board (a group of kind Board named as
// the partnership, which the business manager can rename); and its first business manager: a
// person with a board administration membership of the board from today (what makes a user a
// partnership's business manager: auth::DeriveRole), linked to the account with their email or
// to a new one with an invitation. Audited as `actor_user_id` ("cli" when none). Does not commit:
// the caller's one transaction holds it all. REQUIRES: the slug is not taken.
PartnershipSetUp SetUpPartnership(storage::Connection& db, const core::Clock& clock,
                                  const governance::NewPartnership& request,
                                  std::optional<std::int64_t> actor_user_id, const std::string& remote_address);

// The path of an invitation's page, where its user sets a password.
std::string InvitationPath(const auth::Invitation& invitation);

}  // namespace safeboard::accounts
