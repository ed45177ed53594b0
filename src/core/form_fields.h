// Reading typed values out of submitted form (or JSON) fields, adding a GOV.UK-style message
// per field when something is missing or wrong. Shared by every module's validators.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/field_errors.h"
#include "core/vocabulary.h"

namespace safeboard::core {

constexpr std::size_t kMaxNameLength = 200;
constexpr std::size_t kMaxTextLength = 100000;

// Trimmed text that must be present and at most kMaxNameLength characters.
std::string RequiredText(const FieldValues& in, const std::string& name, const std::string& label,
                         FieldErrors& errors, std::size_t max_length = kMaxNameLength);
// Trimmed text, possibly empty, at most max_length characters.
std::string OptionalText(const FieldValues& in, const std::string& name, const std::string& label,
                         std::size_t max_length, FieldErrors& errors);
// A whole number written out in full ("12", " 3 "): nullopt for anything else ("1.5", "3 cases").
std::optional<int> ParseWholeNumber(std::string_view text);
// "yes", "true", "1" or "on".
bool ReadFlag(const FieldValues& in, const std::string& name);
// An id that must be one of `known`; blank is allowed unless required.
std::optional<std::int64_t> ReadReference(const FieldValues& in, const std::string& name,
                                          const std::string& label,
                                          const std::vector<std::int64_t>& known, bool required,
                                          FieldErrors& errors);

// RULE: an email address has one "@" with text either side and no spaces, quotes or angle
// brackets (enough to catch typing mistakes; only a message that arrives proves it).
bool LooksLikeEmail(const std::string& email);
inline constexpr const char* kEmailFormatMessage =
    "Enter an email address in the correct format, like name@example.org";

// One code of a vocabulary; when missing or unknown, an error and the first term.
template <typename Enum>
Enum RequiredChoice(std::span<const Term<Enum>> terms, const FieldValues& in,
                    const std::string& name, const std::string& label, FieldErrors& errors) {
  auto value = ParseCode(terms, Trim(ValueOf(in, name)));
  if (!value) {
    errors.Add(name, "Select " + label);
    return terms.front().value;
  }
  return *value;
}

}  // namespace safeboard::core
