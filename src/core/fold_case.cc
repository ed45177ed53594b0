#include "core/fold_case.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace safeboard::core {

std::string FoldCase(std::string_view utf8) {
  // ASCII alone needs no tables: most names, and every code and email address.
  bool ascii = true;
  for (unsigned char c : utf8)
    if (c >= 0x80) ascii = false;
  if (ascii) {
    std::string out(utf8);
    for (auto& c : out)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* fold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) throw std::runtime_error("ICU's case folding data is missing");
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString folded = fold->normalize(text, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  folded.toUTF8String(out);
  return out;
}

bool SameName(std::string_view a, std::string_view b) { return FoldCase(a) == FoldCase(b); }

}  // namespace safeboard::core
