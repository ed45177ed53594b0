// Paper checks.
#include "meetings/papers.h"

#include <algorithm>

#include "core/working_days.h"

namespace safeboard::meetings {
namespace {

std::string Extension(std::string_view name) {
  auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

}  // namespace

PaperCheck CheckPaper(std::string_view file_name, std::string_view bytes) {
  struct Kind {
    const char* extension;
    const char* content_type;
    std::string_view magic;
  };
  static const Kind kKinds[] = {
      {"pdf", "application/pdf", "%PDF-"},
      {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
       std::string_view("PK\x03\x04", 4)},
      {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
       std::string_view("PK\x03\x04", 4)},
      {"doc", "application/msword", std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)},
      {"xls", "application/vnd.ms-excel", std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)},
  };
  if (file_name.empty()) return {"", "Choose a file to upload"};
  if (bytes.empty()) return {"", "The selected file is empty"};
  if (bytes.size() > kMaxPaperBytes)
    return {"", "The selected file must be smaller than " +
                    std::to_string(kMaxPaperBytes / (1024 * 1024)) + " MB"};
  std::string ext = Extension(file_name);
  for (const auto& kind : kKinds) {
    if (ext != kind.extension) continue;
    if (!bytes.starts_with(kind.magic))
      return {"", "The selected file is not a real ." + ext + " file"};
    return {kind.content_type, ""};
  }
  return {"", "The selected file must be a PDF, Word or Excel file"};
}

std::string SafeFileName(std::string_view file_name) {
  std::string out;
  auto slash = file_name.find_last_of("/\\");
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  for (char c : file_name.substr(0, 150))
    out += (std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '.' || c == '-' ||
            c == '_' || c == '(' || c == ')')
               ? c
               : '_';
  return out.empty() ? "paper" : out;
}

core::Date CirculationDeadline(const core::Date& meeting) {
  return core::WorkingDaysBefore(meeting, kCirculationWorkingDays);
}

bool IsLate(const core::Date& uploaded_on, const core::Date& meeting) {
  return uploaded_on > CirculationDeadline(meeting);
}

}  // namespace safeboard::meetings
