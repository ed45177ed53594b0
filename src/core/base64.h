// Base64 (RFC 4648, with padding) for storing files in text columns.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace safeboard::core {
std::string Base64Encode(std::string_view bytes);
std::optional<std::string> Base64Decode(std::string_view text);
}  // namespace safeboard::core
