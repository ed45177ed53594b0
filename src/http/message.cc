// Request and response helpers.
#include "http/message.h"

#include <strings.h>

namespace safeboard::http {
namespace {
bool SameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ::strncasecmp(a.data(), b.data(), a.size()) == 0;
}
}  // namespace

std::string_view Request::Header(std::string_view lower_name) const {
  for (const auto& [name, value] : headers)
    if (name == lower_name) return value;
  return {};
}

void Response::SetHeader(std::string name, std::string value) {
  for (auto& [n, v] : headers)
    if (SameName(n, name)) {
      v = std::move(value);
      return;
    }
  headers.emplace_back(std::move(name), std::move(value));
}

std::string_view Response::Header(std::string_view name) const {
  for (const auto& [n, v] : headers)
    if (SameName(n, name)) return v;
  return {};
}

}  // namespace safeboard::http
