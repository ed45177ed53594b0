// Files compiled into the binary (the demo board, the OpenAPI document), by file name.
#pragma once
#include <map>
#include <string>
#include <string_view>

namespace safeboard::core {
const std::map<std::string, std::string_view>& EmbeddedFiles();
}  // namespace safeboard::core
