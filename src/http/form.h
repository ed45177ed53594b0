// Decoding of what browsers and clients send: percent-encoding, url-encoded forms and query
// strings, and Cookie headers. Hostile input returns what can be decoded; it never throws.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeboard::http {

// Decodes %XX escapes; with plus_as_space, '+' becomes ' '. Invalid escapes are kept literally.
std::string PercentDecode(std::string_view text, bool plus_as_space);
std::string PercentEncode(std::string_view text);

// Fields of an application/x-www-form-urlencoded body or a query string, in order.
// A field may repeat (checkboxes); Get returns the first value.
class Form {
 public:
  Form() = default;
  static Form Parse(std::string_view urlencoded);
  std::string Get(std::string_view name) const;  // "" when absent
  std::optional<std::string> Find(std::string_view name) const;
  std::vector<std::string> GetAll(std::string_view name) const;
  bool Has(std::string_view name) const { return Find(name).has_value(); }
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }
  void Add(std::string name, std::string value) { fields_.emplace_back(std::move(name), std::move(value)); }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

// Cookies from a Cookie header: "a=1; b=2".
std::map<std::string, std::string> ParseCookies(std::string_view header);

}  // namespace safeboard::http
