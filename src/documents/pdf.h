// PDF assembly with libqpdf: pages counted, documents joined in order with a bookmark at the
// start of each, and every page numbered "Page N of M".
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeboard::documents {

// The number of pages of a PDF, or nullopt when qpdf cannot read it (damaged beyond repair, or
// encrypted with a password).
std::optional<int> PdfPageCount(std::string_view pdf);

struct PackPart {
  std::string bookmark;  // the outline entry that opens the part's first page
  std::string pdf;       // readable: check with PdfPageCount first
};

// One PDF of every part's pages in order: an outline (bookmarks) entry per part, opened with the
// outline showing, each page stamped "Page N of M" at its foot, and `title` as the document's title.
// Throws std::runtime_error when a part cannot be read.
std::string AssemblePdf(const std::vector<PackPart>& parts, const std::string& title);

}  // namespace safeboard::documents
