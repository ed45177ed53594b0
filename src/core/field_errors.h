// Validation results: a message per field, shown in the GOV.UK error summary on pages and as
// {"errors": {"field": "message"}} in the JSON API.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeboard::core {

struct FieldError {
  std::string field;
  std::string message;
};

class FieldErrors {
 public:
  void Add(std::string field, std::string message) {
    if (!For(field)) errors_.push_back({std::move(field), std::move(message)});
  }
  bool empty() const { return errors_.empty(); }
  std::size_t size() const { return errors_.size(); }
  const std::vector<FieldError>& all() const { return errors_; }
  // Adds another reader's errors (a field already in error keeps its first message).
  void Merge(const FieldErrors& other) {
    for (const auto& e : other.errors_) Add(e.field, e.message);
  }
  const std::string* For(std::string_view field) const {
    for (const auto& e : errors_)
      if (e.field == field) return &e.message;
    return nullptr;
  }

 private:
  std::vector<FieldError> errors_;
};

// Submitted values by field name, from a form or a JSON body.
using FieldValues = std::map<std::string, std::string, std::less<>>;

inline std::string ValueOf(const FieldValues& values, std::string_view name) {
  auto it = values.find(name);
  return it == values.end() ? std::string() : it->second;
}

// A problem in an imported file: its row (the header is row 1), column name ("" for the whole
// row or file) and message.
struct ImportError {
  int row;
  std::string column;
  std::string message;
};

// Trims ASCII whitespace from both ends.
std::string Trim(std::string_view text);
// The parts of a list typed in one field or cell ("TVP; NHS MK", one id per line), split at any
// of `separators`, each trimmed; empty parts are left out.
std::vector<std::string> SplitList(std::string_view text, std::string_view separators);

}  // namespace safeboard::core
