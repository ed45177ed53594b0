#include "meetings/paper_rendition.h"

#include <algorithm>

#include "documents/convert.h"
#include "documents/pdf.h"

namespace safeboard::meetings {
namespace {

bool IsPdf(const Paper& paper) { return paper.content_type == "application/pdf"; }

std::string ExtensionOf(const std::string& file_name) {
  auto dot = file_name.rfind('.');
  return dot == std::string::npos ? "" : file_name.substr(dot + 1);
}

}  // namespace

PaperRendition RenderPaper(std::string_view bytes, const Paper& paper) {
  PaperRendition out;
  std::string pdf(bytes);
  if (!IsPdf(paper)) {
    auto converted = documents::OfficeToPdf(bytes, ExtensionOf(paper.file_name));
    if (!converted.ok) {
      out.error = converted.error;
      return out;
    }
    out.pdf = converted.bytes;
    pdf = std::move(converted.bytes);
  }
  auto text = documents::PdfToText(pdf);
  if (text.ok) {
    // pdftotext ends each page with a form feed: a line break to search and to show.
    std::replace(text.bytes.begin(), text.bytes.end(), '\f', '\n');
    out.text = std::move(text.bytes);
  }
  else
    out.error = text.error;
  return out;
}

std::optional<std::string> PaperPdf(const std::string& bytes, const Paper& paper,
                                    const std::optional<std::string>& rendition) {
  std::optional<std::string> pdf;
  if (IsPdf(paper))
    pdf = bytes;
  else if (rendition)
    pdf = *rendition;
  else if (auto converted = documents::OfficeToPdf(bytes, ExtensionOf(paper.file_name)); converted.ok)
    pdf = converted.bytes;  // a paper added before renditions were kept
  // A PDF of no pages has nothing to put in a pack.
  if (!pdf || documents::PdfPageCount(*pdf).value_or(0) == 0) return std::nullopt;
  return pdf;
}

}  // namespace safeboard::meetings
