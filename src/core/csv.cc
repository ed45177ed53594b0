// CSV and spreadsheet files into rows of text.
#include "core/csv.h"

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

std::optional<std::vector<std::vector<std::string>>> ReadTableFile(std::string_view file_name,
                                                                    std::string_view bytes,
                                                                    std::string& error) {
  std::string name(file_name);
  for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (name.ends_with(".xlsx")) return ReadFirstSheet(bytes, error);
  if (name.ends_with(".csv") || name.ends_with(".txt") || name.ends_with(".tsv")) {
    bool tabs = bytes.find('\t') != std::string_view::npos && bytes.find(',') == std::string_view::npos;
    return ParseCsv(bytes, tabs ? '\t' : ',');
  }
  error = "The file must be a CSV file or an Excel workbook (.xlsx)";
  return std::nullopt;
}

}  // namespace safeboard::core
