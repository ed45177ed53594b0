#include "core/money.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "core/field_errors.h"

namespace safeboard::core {
namespace {

constexpr std::int64_t kMaxPounds = 999'999'999'999;  // far beyond any board's budget, well inside int64 pence

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// "34,887" or "34887" to 34887: commas only between groups of three digits.
std::optional<std::int64_t> WholePounds(std::string_view text) {
  std::string digits;
  std::size_t group_start = 0;
  bool grouped = text.find(',') != std::string_view::npos;
  for (std::size_t at = 0; at <= text.size(); ++at) {
    if (at < text.size() && text[at] != ',') continue;
    auto group = text.substr(group_start, at - group_start);
    bool first = group_start == 0;
    if (!AllDigits(group) || (grouped && (first ? group.size() > 3 : group.size() != 3))) return std::nullopt;
    digits += group;
    group_start = at + 1;
  }
  if (digits.size() > 12) return std::nullopt;
  auto pounds = std::stoll(digits);
  if (pounds > kMaxPounds) return std::nullopt;
  return pounds;
}

}  // namespace

std::optional<std::int64_t> ParsePence(std::string_view typed) {
  std::string text = Trim(std::string(typed));
  if (text.starts_with("\xC2\xA3")) text = Trim(text.substr(2));  // £
  if (text.empty()) return std::nullopt;
  auto dot = text.find('.');
  auto pounds = WholePounds(std::string_view(text).substr(0, dot));
  if (!pounds) return std::nullopt;
  std::int64_t pence = 0;
  if (dot != std::string::npos) {
    auto fraction = text.substr(dot + 1);
    if (fraction.empty() || fraction.size() > 2 || !AllDigits(fraction)) return std::nullopt;
    pence = std::stoll(fraction) * (fraction.size() == 1 ? 10 : 1);
  }
  return *pounds * 100 + pence;
}

std::string FormatPoundsPlain(std::int64_t pence) {
  char out[40];
  std::snprintf(out, sizeof out, "%s%lld.%02lld", pence < 0 ? "-" : "", static_cast<long long>(std::llabs(pence) / 100),
                static_cast<long long>(std::llabs(pence) % 100));
  return out;
}

std::string FormatPounds(std::int64_t pence) {
  std::string out = FormatPoundsPlain(pence);
  std::size_t sign = out[0] == '-' ? 1 : 0;
  for (auto at = static_cast<std::ptrdiff_t>(out.find('.')) - 3; at > static_cast<std::ptrdiff_t>(sign); at -= 3)
    out.insert(static_cast<std::size_t>(at), ",");
  return out.insert(sign, "\xC2\xA3");
}

}  // namespace safeboard::core
