// Whether submitted text can be stored: every field of every form and JSON body passes this
// before a handler sees it.
#pragma once
#include <string>
#include <string_view>

namespace safeboard::core {

bool IsValidUtf8(std::string_view text);

// RULE: issue 12 - text is stored only as valid UTF-8 without NUL or other control characters
// (tab, line feed and carriage return allowed): PostgreSQL refuses NUL and invalid UTF-8, and
// exports and pages must not carry what the other backend stored. "" when `text` is storable,
// else the message to show against the field.
std::string StorableTextProblem(std::string_view text);

}  // namespace safeboard::core
