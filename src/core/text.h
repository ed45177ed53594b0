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

// RULE: issue 14 - lengths are counted in characters, not bytes: "é" is one character. Counts
// the code points of UTF-8 text (a byte that does not continue a character starts one).
std::size_t CharacterCount(std::string_view utf8);

// A whole number as people read it: 100000 -> "100,000".
std::string GroupedNumber(long long n);
// ASCII letters in lower case, everything else as it is: the key under which a reference, an
// email or an organisation's name is matched whatever its case (stored keys depend on it, so it
// never folds beyond ASCII; core::FoldCase is for matching what people type).
std::string AsciiLower(std::string_view text);

// The limit message every form shares: "<label> must be 10,000 characters or fewer".
std::string TooLongMessage(std::string_view label, std::size_t max_characters);

}  // namespace safeboard::core
