// Tables as downloads: CSV (cells starting = + - @ neutralised against formula injection) and
// XLSX (libxlsxwriter, constant memory).
#pragma once
#include <string>
#include <vector>

#include "http/message.h"

namespace safeboard::ui {

using TableRows = std::vector<std::vector<std::string>>;

// RULE: issue 6 - CSV exports escape a leading = + - @ so spreadsheets never run a cell.
std::string CsvCell(const std::string& text);
http::Response CsvDownload(const std::string& file_name, const std::vector<std::string>& headings,
                           const TableRows& rows);
struct Sheet {
  std::string name;
  std::vector<std::string> headings;
  TableRows rows;
};
// The bytes of a workbook; cells that are whole numbers or decimals are written as numbers.
std::string XlsxBytes(const std::vector<Sheet>& sheets);
http::Response XlsxDownload(const std::string& file_name, const std::string& sheet_name,
                            const std::vector<std::string>& headings, const TableRows& rows);

// A table offered both ways from the same rows (issue 16): `stem`.csv, or `stem`.xlsx with one
// sheet named `sheet`, chosen by whether the request's path ends in ".xlsx".
struct TableDownload {
  std::string stem;
  std::string sheet;
  std::vector<std::string> headings;
  TableRows rows;
};
http::Response DownloadAsAsked(const http::Request& request, const TableDownload& table);

}  // namespace safeboard::ui
