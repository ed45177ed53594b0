// Reading a new user account from a form, the API or the command line: the one validation path.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/field_errors.h"

namespace safeboard::auth {

struct NewUser {
  std::string email;
  std::string display_name;
  std::string password;
  bool is_admin = false;
  std::optional<std::int64_t> person_id;  // the person the account belongs to, if any
};

// Fields: email, display_name, password, is_admin ("yes"), person_id (one of `linkable_people`,
// the people not yet linked to an account). Whether the email is taken is the caller's check.
core::FieldErrors ReadNewUser(const core::FieldValues& in, const std::vector<std::int64_t>& linkable_people,
                              NewUser& out);

}  // namespace safeboard::auth
