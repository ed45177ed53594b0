// "Did you mean ...?": the known name nearest to one that was not found, for import messages.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace safeboard::core {

// RULE: issue 14 - import messages suggest near matches. The known name that `wanted` most
// nearly spells, ignoring case, punctuation, spacing and "&" for "and" ("Learning and
// Improvement Sub Group" -> "Learning & Improvement Sub-Group"), within a few letters' edits;
// nullopt when none is that near.
std::optional<std::string> NearestName(std::string_view wanted, std::span<const std::string> known);

}  // namespace safeboard::core
