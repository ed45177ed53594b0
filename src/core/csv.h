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

// RULE: issue 14 - a text file's bytes as UTF-8: UTF-8 with or without a byte order mark,
// UTF-16 (little or big endian, with its byte order mark) or else Windows-1252 (Excel's default
// CSV on many desktops), converted. nullopt with `error` set when none of these reads it.
std::optional<std::string> DecodeText(std::string_view bytes, std::string& error);

// A fingerprint of a table's cells (64-bit FNV-1a, as hex): the same rows give the same text
// whichever file format carried them. For spotting a repeated import, not for security.
std::string TableFingerprint(const std::vector<std::vector<std::string>>& table);

// The rows of an uploaded table by its file name: .csv / .tsv / .txt (decoded by DecodeText) or
// .xlsx. nullopt with
// `error` set for anything else or an unreadable workbook.
std::optional<std::vector<std::vector<std::string>>> ReadTableFile(std::string_view file_name,
                                                                    std::string_view bytes,
                                                                    std::string& error);

}  // namespace safeboard::core
