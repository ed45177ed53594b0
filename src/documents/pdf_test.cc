#include "documents/pdf.h"

#include <gtest/gtest.h>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include "documents/convert.h"

namespace safeboard::documents {
namespace {

// A PDF of `pages` blank A4 pages, made with qpdf.
std::string BlankPdf(int pages) {
  QPDF pdf;
  pdf.emptyPDF();
  QPDFPageDocumentHelper helper(pdf);
  for (int i = 0; i < pages; ++i) {
    auto page = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] >>"));
    page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, ""));
    helper.addPage(QPDFPageObjectHelper(page), false);
  }
  QPDFWriter writer(pdf);
  writer.setOutputMemory();
  writer.write();
  auto buffer = writer.getBufferSharedPointer();
  return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

TEST(PdfPageCount, CountsPagesAndRefusesWhatIsNotAPdf) {
  EXPECT_EQ(PdfPageCount(BlankPdf(3)), 3);
  EXPECT_EQ(PdfPageCount("%PDF-1.4 but nothing else"), std::nullopt);
}

TEST(AssemblePdf, JoinsThePartsInOrderWithABookmarkEachAndNumbersEveryPage) {
  auto pack = AssemblePdf({{"Agenda", BlankPdf(1)}, {"1. Minutes: minutes.pdf", BlankPdf(2)},
                           {"2. Budget: budget – 2011.pdf", BlankPdf(1)}},
                          "Board, 1 March 2012");
  ASSERT_EQ(PdfPageCount(pack), 4);
  QPDF read;
  read.processMemoryFile("pack", pack.data(), pack.size());
  auto pages = QPDFPageDocumentHelper(read).getAllPages();
  QPDFOutlineDocumentHelper outline(read);
  auto entries = outline.getTopLevelOutlines();
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].getTitle(), "Agenda");
  EXPECT_EQ(entries[2].getTitle(), "2. Budget: budget – 2011.pdf");  // Unicode kept
  // Each bookmark opens its part's first page: 1, 2 and 4.
  std::vector<QPDFObjGen> expected = {pages[0].getObjectHandle().getObjGen(), pages[1].getObjectHandle().getObjGen(),
                                      pages[3].getObjectHandle().getObjGen()};
  for (std::size_t i = 0; i < entries.size(); ++i)
    EXPECT_EQ(entries[i].getDestPage().getObjGen(), expected[i]) << entries[i].getTitle();
  // The stamps are real text: pdftotext reads them back.
  auto text = PdfToText(pack);
  ASSERT_TRUE(text.ok) << text.error;
  for (const char* stamp : {"Page 1 of 4", "Page 2 of 4", "Page 3 of 4", "Page 4 of 4"})
    EXPECT_NE(text.bytes.find(stamp), std::string::npos) << stamp;
}

TEST(AssemblePdf, RefusesAPartItCannotRead) {
  EXPECT_THROW(AssemblePdf({{"Broken", "%PDF-1.4 nothing"}}, "x"), std::exception);
}

}  // namespace
}  // namespace safeboard::documents
