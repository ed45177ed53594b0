#include "meetings/papers.h"

#include <gtest/gtest.h>

namespace safeboard::meetings {
namespace {

using namespace std::chrono;

TEST(Papers, AcceptsRealPdfWordAndExcelFiles) {
  EXPECT_EQ(CheckPaper("Budget.PDF", "%PDF-1.7 ...").content_type, "application/pdf");
  EXPECT_EQ(CheckPaper("plan.docx", std::string_view("PK\x03\x04rest", 8)).error, "");
  EXPECT_EQ(CheckPaper("data.xls", std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1..", 10)).error, "");
}

TEST(Papers, RefusesMislabelledOversizedEmptyAndOtherFiles) {
  EXPECT_EQ(CheckPaper("report.pdf", "MZ\x90 not a pdf").error, "The selected file is not a real .pdf file");
  EXPECT_EQ(CheckPaper("virus.exe", "MZ").error, "The selected file must be a PDF, Word or Excel file");
  EXPECT_EQ(CheckPaper("empty.pdf", "").error, "The selected file is empty");
  EXPECT_EQ(CheckPaper("big.pdf", std::string(kMaxPaperBytes + 1, '%')).error,
            "The selected file must be smaller than 10 MB");
}

TEST(Papers, FileNamesAreMadeSafeForHeaders) {
  EXPECT_EQ(SafeFileName("../../etc/passwd"), "passwd");
  EXPECT_EQ(SafeFileName("Q1 \"report\";.pdf"), "Q1 _report__.pdf");
  EXPECT_EQ(SafeFileName(""), "paper");
}

// RULE: papers are late after the deadline of 5 working days before the meeting.
TEST(Papers, LateMeansAfterFiveWorkingDaysBefore) {
  core::Date meeting = year(2011) / April / 28;  // deadline Tuesday 19 April (Easter in between)
  EXPECT_FALSE(IsLate(year(2011) / April / 19, meeting));
  EXPECT_TRUE(IsLate(year(2011) / April / 20, meeting));
}

}  // namespace
}  // namespace safeboard::meetings
