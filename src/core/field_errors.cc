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

}  // namespace safeboard::core
