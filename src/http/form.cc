// Percent-decoding, url-encoded forms and cookies.
#include "http/form.h"

namespace safeboard::http {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string PercentDecode(std::string_view text, bool plus_as_space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '%' && i + 2 < text.size()) {
      int hi = HexValue(text[i + 1]), lo = HexValue(text[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    out += (plus_as_space && c == '+') ? ' ' : c;
  }
  return out;
}

std::string PercentEncode(std::string_view text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_' || c == '.' || c == '~';
    if (unreserved) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

Form Form::Parse(std::string_view urlencoded) {
  Form form;
  while (!urlencoded.empty()) {
    auto amp = urlencoded.find('&');
    std::string_view piece = urlencoded.substr(0, amp);
    urlencoded = amp == std::string_view::npos ? std::string_view() : urlencoded.substr(amp + 1);
    if (piece.empty()) continue;
    auto eq = piece.find('=');
    std::string name = PercentDecode(piece.substr(0, eq), true);
    std::string value = eq == std::string_view::npos ? "" : PercentDecode(piece.substr(eq + 1), true);
    form.fields_.emplace_back(std::move(name), std::move(value));
  }
  return form;
}

std::optional<std::string> Form::Find(std::string_view name) const {
  for (const auto& [n, v] : fields_)
    if (n == name) return v;
  return std::nullopt;
}

std::string Form::Get(std::string_view name) const { return Find(name).value_or(""); }

std::vector<std::string> Form::GetAll(std::string_view name) const {
  std::vector<std::string> out;
  for (const auto& [n, v] : fields_)
    if (n == name) out.push_back(v);
  return out;
}

std::map<std::string, std::string> ParseCookies(std::string_view header) {
  std::map<std::string, std::string> cookies;
  while (!header.empty()) {
    auto semi = header.find(';');
    std::string_view piece = TrimSpaces(header.substr(0, semi));
    header = semi == std::string_view::npos ? std::string_view() : header.substr(semi + 1);
    auto eq = piece.find('=');
    if (piece.empty() || eq == 0) continue;
    std::string_view name = TrimSpaces(piece.substr(0, eq));
    std::string_view value = eq == std::string_view::npos ? "" : TrimSpaces(piece.substr(eq + 1));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    cookies.emplace(std::string(name), std::string(value));  // first wins
  }
  return cookies;
}

}  // namespace safeboard::http
