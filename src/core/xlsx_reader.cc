// XLSX reading with minizip (the ZIP container) and expat (the XML parts).
#include "core/xlsx_reader.h"

#include <expat.h>
#include <minizip/unzip.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <map>

namespace safeboard::core {
namespace {

constexpr std::size_t kMaxPartBytes = 64 * 1024 * 1024;

std::optional<std::string> ReadPart(unzFile zip, const char* name) {
  if (unzLocateFile(zip, name, 0) != UNZ_OK) return std::nullopt;
  unz_file_info info;
  if (unzGetCurrentFileInfo(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) return std::nullopt;
  if (info.uncompressed_size > kMaxPartBytes) return std::nullopt;
  if (unzOpenCurrentFile(zip) != UNZ_OK) return std::nullopt;
  std::string out(info.uncompressed_size, '\0');
  int read = unzReadCurrentFile(zip, out.data(), static_cast<unsigned>(out.size()));
  unzCloseCurrentFile(zip);
  if (read < 0 || static_cast<std::size_t>(read) != out.size()) return std::nullopt;
  return out;
}

struct SharedStrings {
  std::vector<std::string> strings;
  std::string current;
  bool in_text = false;
};

struct Sheet {
  const std::vector<std::string>* shared = nullptr;
  std::vector<std::vector<std::string>> rows;
  std::string type, value, ref;
  bool in_value = false;
  int row = 0;
};

int ColumnIndex(const std::string& ref) {
  int col = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + (c - 'A' + 1);
  }
  return col - 1;
}

const char* Attr(const XML_Char** attrs, const char* name) {
  for (int i = 0; attrs[i]; i += 2)
    if (std::string_view(attrs[i]) == name) return attrs[i + 1];
  return nullptr;
}

bool Parse(const std::string& xml, void* data, XML_StartElementHandler start, XML_EndElementHandler end,
           XML_CharacterDataHandler text) {
  XML_Parser parser = XML_ParserCreate(nullptr);
  XML_SetUserData(parser, data);
  XML_SetElementHandler(parser, start, end);
  XML_SetCharacterDataHandler(parser, text);
  bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) == XML_STATUS_OK;
  XML_ParserFree(parser);
  return ok;
}

}  // namespace

std::optional<std::vector<std::vector<std::string>>> ReadFirstSheet(std::string_view bytes, std::string& error) {
  if (!bytes.starts_with(std::string_view("PK\x03\x04", 4))) {
    error = "The file is not an Excel workbook (.xlsx)";
    return std::nullopt;
  }
  char path[] = "/tmp/safeboard-xlsx-XXXXXX";
  int fd = ::mkstemp(path);
  if (fd < 0) {
    error = "The workbook could not be read";
    return std::nullopt;
  }
  bool written = ::write(fd, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size());
  ::close(fd);
  unzFile zip = written ? unzOpen(path) : nullptr;
  std::optional<std::string> shared_xml, sheet_xml;
  if (zip) {
    shared_xml = ReadPart(zip, "xl/sharedStrings.xml");
    sheet_xml = ReadPart(zip, "xl/worksheets/sheet1.xml");
    unzClose(zip);
  }
  std::remove(path);
  if (!sheet_xml) {
    error = "The workbook has no readable first worksheet";
    return std::nullopt;
  }
  SharedStrings shared;
  if (shared_xml &&
      !Parse(*shared_xml, &shared,
             [](void* d, const XML_Char* name, const XML_Char**) {
               auto* s = static_cast<SharedStrings*>(d);
               if (std::string_view(name) == "si") s->current.clear();
               if (std::string_view(name) == "t") s->in_text = true;
             },
             [](void* d, const XML_Char* name) {
               auto* s = static_cast<SharedStrings*>(d);
               if (std::string_view(name) == "t") s->in_text = false;
               if (std::string_view(name) == "si") s->strings.push_back(s->current);
             },
             [](void* d, const XML_Char* text, int length) {
               auto* s = static_cast<SharedStrings*>(d);
               if (s->in_text) s->current.append(text, static_cast<std::size_t>(length));
             })) {
    error = "The workbook's text could not be read";
    return std::nullopt;
  }
  Sheet sheet;
  sheet.shared = &shared.strings;
  bool ok = Parse(*sheet_xml, &sheet,
                  [](void* d, const XML_Char* name, const XML_Char** attrs) {
                    auto* s = static_cast<Sheet*>(d);
                    std::string_view n(name);
                    if (n == "row") {
                      const char* r = Attr(attrs, "r");
                      int number = r ? std::atoi(r) : static_cast<int>(s->rows.size()) + 1;
                      if (number < 1 || number > 1000000) number = static_cast<int>(s->rows.size()) + 1;
                      while (static_cast<int>(s->rows.size()) < number) s->rows.emplace_back();
                      s->row = number;
                    } else if (n == "c") {
                      const char* t = Attr(attrs, "t");
                      const char* r = Attr(attrs, "r");
                      s->type = t ? t : "n";
                      s->ref = r ? r : "";
                      s->value.clear();
                    } else if (n == "v" || n == "t") {
                      s->in_value = true;
                    }
                  },
                  [](void* d, const XML_Char* name) {
                    auto* s = static_cast<Sheet*>(d);
                    std::string_view n(name);
                    if (n == "v" || n == "t") s->in_value = false;
                    if (n == "c" && s->row > 0) {
                      std::string text = s->value;
                      if (s->type == "s") {
                        std::size_t index = static_cast<std::size_t>(std::atol(text.c_str()));
                        text = index < s->shared->size() ? (*s->shared)[index] : "";
                      }
                      int col = s->ref.empty() ? static_cast<int>(s->rows[s->row - 1].size()) : ColumnIndex(s->ref);
                      if (col < 0 || col > 16383) return;
                      auto& row = s->rows[s->row - 1];
                      if (static_cast<int>(row.size()) <= col) row.resize(static_cast<std::size_t>(col) + 1);
                      row[static_cast<std::size_t>(col)] = text;
                    }
                  },
                  [](void* d, const XML_Char* text, int length) {
                    auto* s = static_cast<Sheet*>(d);
                    if (s->in_value) s->value.append(text, static_cast<std::size_t>(length));
                  });
  if (!ok) {
    error = "The workbook's first worksheet could not be read";
    return std::nullopt;
  }
  return sheet.rows;
}

}  // namespace safeboard::core
