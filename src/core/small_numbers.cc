#include "core/small_numbers.h"

namespace safeboard::core {

std::string PublishableCount(int count, bool suppress_small) {
  if (suppress_small && count >= 1 && count <= 5) return "1-5";
  return std::to_string(count);
}

}  // namespace safeboard::core
