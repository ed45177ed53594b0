#include "core/form_fields.h"

#include <algorithm>
#include <charconv>

#include "core/text.h"

namespace safeboard::core {

std::string RequiredText(const FieldValues& in, const std::string& name, const std::string& label,
                         FieldErrors& errors, std::size_t max_length) {
  std::string value = Trim(ValueOf(in, name));
  if (value.empty())
    errors.Add(name, "Enter " + label);
  else if (CharacterCount(value) > max_length)
    errors.Add(name, TooLongMessage(label, max_length));
  return value;
}

std::string OptionalText(const FieldValues& in, const std::string& name, const std::string& label,
                         std::size_t max_length, FieldErrors& errors) {
  std::string value = Trim(ValueOf(in, name));
  if (CharacterCount(value) > max_length)
    errors.Add(name, TooLongMessage(label, max_length));
  return value;
}

std::optional<int> ParseWholeNumber(std::string_view text) {
  int value = 0;
  auto t = Trim(text);
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
  if (t.empty() || ec != std::errc{} || end != t.data() + t.size()) return std::nullopt;
  return value;
}

bool ReadFlag(const FieldValues& in, const std::string& name) {
  std::string value = Trim(ValueOf(in, name));
  return value == "yes" || value == "true" || value == "1" || value == "on";
}

std::optional<std::int64_t> ReadReference(const FieldValues& in, const std::string& name,
                                          const std::string& label,
                                          const std::vector<std::int64_t>& known, bool required,
                                          FieldErrors& errors) {
  std::string text = Trim(ValueOf(in, name));
  if (text.empty()) {
    if (required) errors.Add(name, "Select " + label);
    return std::nullopt;
  }
  std::int64_t id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() ||
      std::find(known.begin(), known.end(), id) == known.end()) {
    errors.Add(name, "Select " + label + " from the list");
    return std::nullopt;
  }
  return id;
}

bool LooksLikeEmail(const std::string& email) {
  auto at = email.find('@');
  return at != std::string::npos && at > 0 && at + 1 < email.size() &&
         email.find('@', at + 1) == std::string::npos &&
         email.find_first_of(" \t\r\n<>\"") == std::string::npos;
}

}  // namespace safeboard::core
