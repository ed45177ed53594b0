// Comparing names as people do: "ZOË ÅNGSTRÖM" is "zoë ångström", whatever the script, and
// whether an accent was typed as one character or two.
#pragma once
#include <string>
#include <string_view>

namespace safeboard::core {

// RULE: issue 14 - names match case-insensitively in every script: text folded to Unicode's
// NFKC case fold (ICU), so that upper and lower case, and composed and decomposed accents,
// compare equal. Invalid UTF-8 is folded as far as ICU reads it.
std::string FoldCase(std::string_view utf8);

// FoldCase(a) == FoldCase(b).
bool SameName(std::string_view a, std::string_view b);

}  // namespace safeboard::core
