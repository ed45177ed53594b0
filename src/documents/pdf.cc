// libqpdf does the PDF work: reading, copying pages across documents, writing. The outline and
// the page-number stamps are small PDF objects built here.
#include "documents/pdf.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <memory>
#include <stdexcept>

namespace safeboard::documents {
namespace {

std::unique_ptr<QPDF> Read(std::string_view pdf, const std::string& name) {
  auto document = std::make_unique<QPDF>();
  document->setSuppressWarnings(true);
  document->processMemoryFile(name.c_str(), pdf.data(), pdf.size());
  return document;
}

// A PDF string literal: ASCII only (the stamp is digits and "Page of"), with its specials escaped.
std::string PdfLiteral(const std::string& text) {
  std::string out = "(";
  for (char c : text) {
    if (c == '(' || c == ')' || c == '\\') out += '\\';
    out += c;
  }
  return out + ")";
}

// Draws "Page N of M" centred 20 points above the foot of the page, over whatever the page
// holds: its own drawing is wrapped in q/Q so a transformation it leaves behind does not move
// the stamp.
void StampPageNumber(QPDF& document, QPDFPageObjectHelper page, QPDFObjectHandle font, int number, int of) {
  auto box = page.getMediaBox().getArrayAsRectangle();
  std::string text = "Page " + std::to_string(number) + " of " + std::to_string(of);
  constexpr double kSize = 9;
  // Helvetica's digits and most lower-case letters are about half an em wide.
  double width = 0.5 * kSize * static_cast<double>(text.size());
  double x = (box.llx + box.urx) / 2 - width / 2, y = box.lly + 20;
  auto resources = page.getAttribute("/Resources", true);
  if (!resources.isDictionary()) {
    resources = QPDFObjectHandle::newDictionary();
    page.getObjectHandle().replaceKey("/Resources", resources);
  }
  auto fonts = resources.getKey("/Font");
  if (!fonts.isDictionary()) {
    fonts = QPDFObjectHandle::newDictionary();
    resources.replaceKey("/Font", fonts);
  }
  fonts.replaceKey("/SafeboardPageNumber", font);
  page.addPageContents(QPDFObjectHandle::newStream(&document, "q\n"), true);
  page.addPageContents(
      QPDFObjectHandle::newStream(&document, "\nQ\nq BT /SafeboardPageNumber " + std::to_string(kSize) + " Tf 0 g " +
                                                 std::to_string(x) + " " + std::to_string(y) + " Td " +
                                                 PdfLiteral(text) + " Tj ET Q\n"),
      false);
}

}  // namespace

std::optional<int> PdfPageCount(std::string_view pdf) {
  try {
    auto document = Read(pdf, "paper");
    return static_cast<int>(QPDFPageDocumentHelper(*document).getAllPages().size());
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string AssemblePdf(const std::vector<PackPart>& parts, const std::string& title) {
  QPDF out;
  out.emptyPDF();
  QPDFPageDocumentHelper out_pages(out);
  // Copied pages keep reading their streams from the source documents until the write.
  std::vector<std::unique_ptr<QPDF>> sources;
  std::vector<QPDFObjectHandle> first_pages;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    sources.push_back(Read(parts[i].pdf, "part " + std::to_string(i + 1)));
    bool first = true;
    for (auto& page : QPDFPageDocumentHelper(*sources.back()).getAllPages()) {
      out_pages.addPage(page, false);
      if (first) first_pages.push_back(out_pages.getAllPages().back().getObjectHandle());
      first = false;
    }
    if (first) first_pages.push_back(QPDFObjectHandle::newNull());  // a part with no pages
  }
  auto pages = out_pages.getAllPages();
  auto font = out.makeIndirectObject(
      QPDFObjectHandle::parse("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));
  for (std::size_t i = 0; i < pages.size(); ++i)
    StampPageNumber(out, pages[i], font, static_cast<int>(i + 1), static_cast<int>(pages.size()));

  // The outline: one entry per part with pages, in order, each opening its first page.
  auto outlines = out.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
  QPDFObjectHandle previous = QPDFObjectHandle::newNull();
  int entries = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (first_pages[i].isNull()) continue;
    auto entry = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
    entry.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(parts[i].bookmark));
    entry.replaceKey("/Parent", outlines);
    auto destination = QPDFObjectHandle::newArray();
    destination.appendItem(first_pages[i]);
    destination.appendItem(QPDFObjectHandle::newName("/Fit"));
    entry.replaceKey("/Dest", destination);
    if (previous.isNull()) {
      outlines.replaceKey("/First", entry);
    } else {
      previous.replaceKey("/Next", entry);
      entry.replaceKey("/Prev", previous);
    }
    previous = entry;
    ++entries;
  }
  if (entries > 0) {
    outlines.replaceKey("/Last", previous);
    outlines.replaceKey("/Count", QPDFObjectHandle::newInteger(entries));
    out.getRoot().replaceKey("/Outlines", outlines);
    out.getRoot().replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
  }
  auto info = out.makeIndirectObject(QPDFObjectHandle::newDictionary());
  info.replaceKey("/Title", QPDFObjectHandle::newUnicodeString(title));
  info.replaceKey("/Producer", QPDFObjectHandle::newString("safeboard (qpdf)"));
  out.getTrailer().replaceKey("/Info", info);

  QPDFWriter writer(out);
  writer.setOutputMemory();
  writer.setStaticID(false);
  writer.write();
  auto buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace safeboard::documents
