// The packaged converters, run for real: Chromium, LibreOffice and pdftotext are installed by
// scripts/install-deps.
#include "documents/convert.h"

#include <gtest/gtest.h>

#include "documents/pdf.h"

namespace safeboard::documents {
namespace {

TEST(HtmlToPdf, PrintsAPageWhoseTextCanBeReadBack) {
  auto pdf = HtmlToPdf("<!doctype html><html><head><meta charset=\"utf-8\"><title>Agenda</title></head>"
                       "<body><h1>Agenda</h1><p>Quorum check for the Board</p></body></html>");
  ASSERT_TRUE(pdf.ok) << pdf.error;
  EXPECT_EQ(pdf.bytes.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(PdfPageCount(pdf.bytes), 1);
  auto text = PdfToText(pdf.bytes);
  ASSERT_TRUE(text.ok) << text.error;
  EXPECT_NE(text.bytes.find("Quorum check for the Board"), std::string::npos);
}

TEST(OfficeToPdf, AnswersWithAReasonWhenTheFileIsNotWhatItSays) {
  auto pdf = OfficeToPdf("PK\x03\x04 not really a Word file", "docx");
  EXPECT_FALSE(pdf.ok);
  EXPECT_FALSE(pdf.error.empty());
}

TEST(PdfToText, AnswersWithAReasonForSomethingThatIsNotAPdf) {
  auto text = PdfToText("not a pdf");
  EXPECT_FALSE(text.ok);
  EXPECT_NE(text.error.find("pdftotext"), std::string::npos);
}

}  // namespace
}  // namespace safeboard::documents
