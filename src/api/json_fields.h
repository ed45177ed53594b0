// A JSON request body as the flat FieldValues the validators read (the same as a page form
// gives them). Pure: fuzzed by fuzz/json_fuzz.cc.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/field_errors.h"

namespace safeboard::api {

// Strings as they are, numbers as their text, true as "true", false and null as blank, a list of
// strings or whole numbers as lines.
// nullopt (and `error` says why) unless the body is a JSON object of such values.
std::optional<core::FieldValues> JsonFields(std::string_view body, std::string& error);

}  // namespace safeboard::api
