// Stored status vocabularies: each enum class value has a stable text code (what the database
// and the API hold; never renumbered or renamed) and a label for people.
#pragma once
#include <optional>
#include <span>
#include <string_view>

namespace safeboard::core {

template <typename Enum>
struct Term {
  Enum value;
  std::string_view code;
  std::string_view label;
};

template <typename Enum>
std::string_view CodeOf(std::span<const Term<Enum>> terms, Enum value) {
  for (const auto& t : terms)
    if (t.value == value) return t.code;
  return {};
}

template <typename Enum>
std::string_view LabelOf(std::span<const Term<Enum>> terms, Enum value) {
  for (const auto& t : terms)
    if (t.value == value) return t.label;
  return {};
}

template <typename Enum>
std::optional<Enum> ParseCode(std::span<const Term<Enum>> terms, std::string_view code) {
  for (const auto& t : terms)
    if (t.code == code) return t.value;
  return std::nullopt;
}

}  // namespace safeboard::core
