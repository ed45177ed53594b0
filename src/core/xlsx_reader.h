// Reads the first worksheet of an .xlsx file into rows of text cells (shared strings, inline
// strings, numbers as written). Only what imports need: no formulas evaluated, no styles.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeboard::core {

// The rows of xl/worksheets/sheet1.xml, or nullopt with `error` set when the bytes are not a
// readable workbook.
std::optional<std::vector<std::vector<std::string>>> ReadFirstSheet(std::string_view bytes,
                                                                    std::string& error);

}  // namespace safeboard::core
