// Document conversion with packaged tools: Chromium prints HTML to PDF, LibreOffice turns Word
// and Excel files into PDF, pdftotext reads a PDF's text. Each runs in its own scratch
// directory, with a time limit; a failure is an answer (with the reason), never a crash.
#pragma once
#include <string>
#include <string_view>

namespace safeboard::documents {

struct Converted {
  bool ok = false;
  std::string bytes;  // the PDF or text, when ok
  std::string error;  // why not, for the server's log
};

// An HTML page (self-contained: no fetches) printed to A4 PDF by headless Chromium, without
// the browser's own header and footer. $CHROMIUM names the browser (default /usr/bin/chromium).
Converted HtmlToPdf(std::string_view html);
// A Word or Excel file (`extension` like "docx") converted to PDF by LibreOffice (soffice).
Converted OfficeToPdf(std::string_view bytes, std::string_view extension);
// The text of a PDF, in reading order, as UTF-8 (pdftotext from poppler-utils).
Converted PdfToText(std::string_view pdf);

}  // namespace safeboard::documents
