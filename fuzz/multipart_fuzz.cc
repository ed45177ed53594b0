// libFuzzer target: multipart/form-data bodies (paper and spreadsheet uploads).
#include <cstdint>
#include <string_view>

#include "http/multipart.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto split = text.find('\n');
  std::string_view header = text.substr(0, split);
  std::string_view body = split == std::string_view::npos ? std::string_view() : text.substr(split + 1);
  auto boundary = safeboard::http::MultipartBoundary(header);
  (void)safeboard::http::ParseMultipart(body, boundary.empty() ? "B" : boundary);
  return 0;
}
