// Papers for meetings: which files are accepted, and when a paper is late.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace safeboard::meetings {

// RULE: issue 3 - papers are PDF, Word or Excel files up to a size limit, stored safely and
// served as downloads.
constexpr std::size_t kMaxPaperBytes = 10 * 1024 * 1024;

struct PaperCheck {
  std::string content_type;  // what the file really is, when accepted
  std::string error;         // why it was refused, or ""
};

// Accepts a file when its extension is .pdf, .docx, .xlsx, .doc or .xls, its bytes are what
// the extension says (a PDF starts "%PDF-", Office Open XML files are ZIP archives, the older
// formats are OLE compound files) and it is not empty or over kMaxPaperBytes.
PaperCheck CheckPaper(std::string_view file_name, std::string_view bytes);

// A file name safe to put in a Content-Disposition header: letters, digits, spaces and . - _
// ( ) kept, anything else replaced by "_".
std::string SafeFileName(std::string_view file_name);

// RULE: Constitution 6 / issue 3 - the agenda and papers go out at least 5 working days before
// the meeting: the last day they may, for a meeting on `meeting`.
constexpr int kCirculationWorkingDays = 5;
core::Date CirculationDeadline(const core::Date& meeting);
// RULE: a paper is late when it arrives after the circulation deadline.
bool IsLate(const core::Date& uploaded_on, const core::Date& meeting);

}  // namespace safeboard::meetings
