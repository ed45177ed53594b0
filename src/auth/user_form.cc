#include "auth/user_form.h"

#include <algorithm>

#include "auth/accounts.h"
#include "core/form_fields.h"

namespace safeboard::auth {

core::FieldErrors ReadNewUser(const core::FieldValues& in, const std::vector<std::int64_t>& linkable_people,
                              NewUser& out) {
  core::FieldErrors errors;
  out.email = core::Trim(core::ValueOf(in, "email"));
  out.display_name = core::Trim(core::ValueOf(in, "display_name"));
  out.password = core::ValueOf(in, "password");
  out.is_admin = core::ValueOf(in, "is_admin") == "yes";
  if (!core::LooksLikeEmail(out.email)) errors.Add("email", core::kEmailFormatMessage);
  if (out.display_name.empty()) errors.Add("display_name", "Enter the person's name");
  if (auto problem = CheckNewPassword(out.password); !problem.empty()) errors.Add("password", problem);
  if (auto person = core::ValueOf(in, "person_id"); !person.empty()) {
    auto it = std::find_if(linkable_people.begin(), linkable_people.end(),
                           [&](std::int64_t id) { return std::to_string(id) == person; });
    if (it == linkable_people.end())
      errors.Add("person_id", "Select a person from the list");
    else
      out.person_id = *it;
  }
  return errors;
}

}  // namespace safeboard::auth
