#include "auth/user_form.h"

#include <gtest/gtest.h>

namespace safeboard::auth {
namespace {

core::FieldValues Good() {
  return {{"email", " chair@example.org "}, {"display_name", "Chair"}, {"password", "long enough 10"}};
}

TEST(NewUserForm, ReadsATrimmedEmailAndName) {
  NewUser user;
  EXPECT_TRUE(ReadNewUser(Good(), {}, user).empty());
  EXPECT_EQ(user.email, "chair@example.org");
  EXPECT_FALSE(user.is_admin);
  EXPECT_FALSE(user.person_id);
}

TEST(NewUserForm, RefusesABadEmailAShortPasswordAndAPersonNotOffered) {
  auto in = Good();
  in["email"] = "chair";
  in["password"] = "short";
  in["person_id"] = "7";
  NewUser user;
  auto errors = ReadNewUser(in, {3, 4}, user);
  EXPECT_NE(errors.For("email"), nullptr);
  EXPECT_NE(errors.For("password"), nullptr);
  EXPECT_EQ(*errors.For("person_id"), "Select a person from the list");
  in = Good();
  in["person_id"] = "4";
  EXPECT_TRUE(ReadNewUser(in, {3, 4}, user).empty());
  EXPECT_EQ(user.person_id, 4);
}

}  // namespace
}  // namespace safeboard::auth
