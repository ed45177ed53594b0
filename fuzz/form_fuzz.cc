// libFuzzer target: url-encoded forms, query strings, percent-decoding and cookies.
#include <cstdint>
#include <string_view>

#include "http/form.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto form = safeboard::http::Form::Parse(text);
  for (const auto& [name, value] : form.fields()) (void)form.GetAll(name);
  (void)safeboard::http::PercentDecode(text, true);
  (void)safeboard::http::PercentDecode(safeboard::http::PercentEncode(text), false);
  (void)safeboard::http::ParseCookies(text);
  return 0;
}
