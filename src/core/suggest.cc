#include "core/suggest.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "core/fold_case.h"

namespace safeboard::core {
namespace {

// Case-folded letters and digits in words separated by one space; "&" reads as "and".
std::string Normalised(std::string_view original) {
  std::string folded = FoldCase(original);
  std::string_view text = folded;
  std::string out;
  bool gap = false;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c >= 0x80) {
      if (gap && !out.empty()) out += ' ';
      gap = false;
      out += static_cast<char>(std::tolower(c));
    } else if (c == '&') {
      if (!out.empty()) out += ' ';
      out += "and";
      gap = true;
    } else {
      gap = true;
    }
  }
  return out;
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

std::optional<std::string> NearestName(std::string_view wanted, std::span<const std::string> known) {
  std::string target = Normalised(wanted);
  if (target.empty()) return std::nullopt;
  // A few edits: one in five letters, at least two.
  std::size_t best = std::max<std::size_t>(2, target.size() / 5) + 1;
  std::optional<std::string> nearest;
  for (const auto& name : known) {
    std::size_t distance = EditDistance(target, Normalised(name));
    if (distance < best) {
      best = distance;
      nearest = name;
    }
  }
  return nearest;
}

}  // namespace safeboard::core
