// Small text helpers shared by validation code.
#include "core/field_errors.h"

namespace safeboard::core {

std::string Trim(std::string_view text) {
  const char* kSpace = " \t\r\n\f\v";
  auto begin = text.find_first_not_of(kSpace);
  if (begin == std::string_view::npos) return {};
  auto end = text.find_last_not_of(kSpace);
  return std::string(text.substr(begin, end - begin + 1));
}

std::vector<std::string> SplitList(std::string_view text, std::string_view separators) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = std::min(text.find_first_of(separators, start), text.size());
    if (std::string part = Trim(text.substr(start, end - start)); !part.empty()) out.push_back(std::move(part));
    start = end + 1;
  }
  return out;
}

}  // namespace safeboard::core
