// Tables from files: CSV (RFC 4180) and the first sheet of an Excel workbook.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeboard::core {

// Splits CSV text (quotes, doubled quotes, CRLF or LF, the given separator) into rows; a UTF-8
// byte order mark is dropped.
std::vector<std::vector<std::string>> ParseCsv(std::string_view text, char separator = ',');

// The rows of an uploaded table by its file name: .csv / .tsv / .txt or .xlsx. nullopt with
// `error` set for anything else or an unreadable workbook.
std::optional<std::vector<std::vector<std::string>>> ReadTableFile(std::string_view file_name,
                                                                    std::string_view bytes,
                                                                    std::string& error);

}  // namespace safeboard::core
