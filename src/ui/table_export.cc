// CSV and XLSX downloads.
#include "ui/table_export.h"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <fstream>
#include <stdexcept>
#include <string_view>

namespace safeboard::ui {

std::string CsvCell(const std::string& text) {
  std::string value = text;
  // OWASP's list: tab and carriage return also start formulas in some spreadsheets.
  if (!value.empty() && std::string_view("=+-@\t\r").find(value[0]) != std::string_view::npos)
    value = "'" + value;
  if (value.find_first_of(",\"\n\r") == std::string::npos) return value;
  std::string quoted = "\"";
  for (char c : value) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

http::Response CsvDownload(const std::string& file_name, const std::vector<std::string>& headings,
                           const TableRows& rows) {
  std::string csv;
  auto line = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) csv += (i ? "," : "") + CsvCell(cells[i]);
    csv += "\r\n";
  };
  line(headings);
  for (const auto& row : rows) line(row);
  http::Response r{200, {{"Content-Type", "text/csv; charset=utf-8"}}, std::move(csv)};
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
  return r;
}

http::Response DownloadAsAsked(const http::Request& request, const TableDownload& t) {
  if (request.path.ends_with(".xlsx")) return XlsxDownload(t.stem + ".xlsx", t.sheet, t.headings, t.rows);
  return CsvDownload(t.stem + ".csv", t.headings, t.rows);
}

http::Response XlsxDownload(const std::string& file_name, const std::string& sheet_name,
                            const std::vector<std::string>& headings, const TableRows& rows) {
  http::Response r{200, {{"Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}},
                   XlsxBytes({{sheet_name, headings, rows}})};
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
  return r;
}

namespace {

std::optional<double> AsNumber(const std::string& text) {
  if (text.empty() || text.size() > 15 || text.find_first_not_of("0123456789.") != std::string::npos ||
      std::count(text.begin(), text.end(), '.') > 1 || text.front() == '.' || text.back() == '.')
    return std::nullopt;
  return std::stod(text);
}

}  // namespace

std::string XlsxBytes(const std::vector<Sheet>& sheets) {
  char path[] = "/tmp/safeboard-export-XXXXXX";
  int fd = ::mkstemp(path);
  if (fd < 0) throw std::runtime_error("cannot create a temporary file for the spreadsheet");
  ::close(fd);
  lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = nullptr};
  lxw_workbook* book = workbook_new_opt(path, &options);
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  for (const auto& s : sheets) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, s.name.c_str());
    for (std::size_t c = 0; c < s.headings.size(); ++c)
      worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), s.headings[c].c_str(), bold);
    for (std::size_t r = 0; r < s.rows.size(); ++r)
      for (std::size_t c = 0; c < s.rows[r].size(); ++c) {
        auto row = static_cast<lxw_row_t>(r + 1);
        auto col = static_cast<lxw_col_t>(c);
        if (auto number = AsNumber(s.rows[r][c]))
          worksheet_write_number(sheet, row, col, *number, nullptr);
        else
          worksheet_write_string(sheet, row, col, s.rows[r][c].c_str(), nullptr);
      }
    worksheet_set_column(sheet, 0, 0, 40, nullptr);
  }
  lxw_error error = workbook_close(book);
  std::ifstream in(path, std::ios::binary);
  std::string body((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::remove(path);
  if (error != LXW_NO_ERROR) throw std::runtime_error(std::string("spreadsheet: ") + lxw_strerror(error));
  return body;
}

}  // namespace safeboard::ui
