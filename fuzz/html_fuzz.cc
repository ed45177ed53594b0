// libFuzzer target: the HTML builder's escaping and the safe Markdown renderer. Escaped text
// must never contain a raw '<' or '"'; rendered Markdown must never contain a script tag.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "ui/html.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string escaped = safeboard::ui::Escape(text);
  if (escaped.find('<') != std::string::npos || escaped.find('"') != std::string::npos) std::abort();
  auto html = safeboard::ui::TrustedHtml::FromMarkdown(text, static_cast<int>(size % 4));
  if (html.str().find("<script") != std::string::npos) std::abort();
  return 0;
}
