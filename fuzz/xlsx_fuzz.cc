// libFuzzer target: the XLSX reader on hostile workbooks.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/xlsx_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string error;
  (void)safeboard::core::ReadFirstSheet(std::string_view(reinterpret_cast<const char*>(data), size), error);
  return 0;
}
