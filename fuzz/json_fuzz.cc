// libFuzzer target: JSON API request bodies read into form fields.
#include <cstdint>
#include <string>
#include <string_view>

#include "api/json_fields.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string error;
  auto fields = safeboard::api::JsonFields(std::string_view(reinterpret_cast<const char*>(data), size), error);
  if (!fields && error.empty()) __builtin_trap();  // a refusal always says why
  return 0;
}
