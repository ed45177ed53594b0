// CSV and spreadsheet files into rows of text.
#include "core/csv.h"

#include <cstdio>

#include <cstdint>

#include "core/text.h"
#include "core/xlsx_reader.h"

namespace safeboard::core {

std::vector<std::vector<std::string>> ParseCsv(std::string_view text, char separator) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, field_started = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == separator) {
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
      rows.push_back(std::move(row));
      row.clear();
    } else {
      field += c;
      field_started = true;
    }
  }
  if (field_started || !row.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  // A UTF-8 byte order mark from spreadsheet exports.
  if (!rows.empty() && !rows[0].empty() && rows[0][0].starts_with("\xEF\xBB\xBF"))
    rows[0][0].erase(0, 3);
  return rows;
}

namespace {

void AppendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::optional<std::string> FromUtf16(std::string_view bytes, bool little_endian) {
  if (bytes.size() % 2) return std::nullopt;
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 2) {
    auto unit = [&](std::size_t at) {
      auto lo = static_cast<unsigned char>(bytes[at + (little_endian ? 0 : 1)]);
      auto hi = static_cast<unsigned char>(bytes[at + (little_endian ? 1 : 0)]);
      return static_cast<char32_t>(hi << 8 | lo);
    };
    char32_t c = unit(i);
    if (c >= 0xD800 && c <= 0xDBFF) {  // a surrogate pair
      if (i + 3 >= bytes.size()) return std::nullopt;
      char32_t low = unit(i + 2);
      if (low < 0xDC00 || low > 0xDFFF) return std::nullopt;
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
      i += 2;
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
      return std::nullopt;
    }
    AppendUtf8(out, c);
  }
  return out;
}

// Windows-1252's 0x80-0x9F; 0 where the code page defines no character.
constexpr char32_t kWindows1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::optional<std::string> FromWindows1252(std::string_view bytes) {
  std::string out;
  for (unsigned char b : bytes) {
    char32_t c = b;
    if (b >= 0x80 && b < 0xA0) {
      c = kWindows1252High[b - 0x80];
      if (!c) return std::nullopt;
    }
    AppendUtf8(out, c);
  }
  return out;
}

}  // namespace

std::optional<std::string> DecodeText(std::string_view bytes, std::string& error) {
  std::optional<std::string> text;
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
    if (IsValidUtf8(bytes)) text = std::string(bytes);
  } else if (bytes.starts_with("\xFF\xFE")) {
    text = FromUtf16(bytes.substr(2), true);
  } else if (bytes.starts_with("\xFE\xFF")) {
    text = FromUtf16(bytes.substr(2), false);
  } else if (IsValidUtf8(bytes)) {
    text = std::string(bytes);
  } else {
    text = FromWindows1252(bytes);
  }
  if (!text)
    error = "The file's characters could not be read: save it as CSV UTF-8 (in Excel, \"CSV UTF-8 "
            "(Comma delimited)\") and upload it again";
  return text;
}

std::optional<std::vector<std::vector<std::string>>> ReadTableFile(std::string_view file_name,
                                                                    std::string_view bytes,
                                                                    std::string& error) {
  std::string name(file_name);
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name.ends_with(".xlsx")) return ReadFirstSheet(bytes, error);
  if (name.ends_with(".csv") || name.ends_with(".txt") || name.ends_with(".tsv")) {
    auto text = DecodeText(bytes, error);
    if (!text) return std::nullopt;
    bool tabs = text->find('\t') != std::string::npos && text->find(',') == std::string::npos;
    return ParseCsv(*text, tabs ? '\t' : ',');
  }
  error = "The file must be a CSV file or an Excel workbook (.xlsx)";
  return std::nullopt;
}

std::string TableFingerprint(const std::vector<std::vector<std::string>>& table) {
  std::uint64_t hash = 1469598103934665603ull;
  auto add = [&](unsigned char byte) {
    hash ^= byte;
    hash *= 1099511628211ull;
  };
  for (const auto& row : table) {
    for (const auto& cell : row) {
      for (unsigned char c : cell) add(c);
      add(0x1f);  // unit separator between cells
    }
    add(0x1e);  // record separator between rows
  }
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(hash));
  return out;
}

}  // namespace safeboard::core
