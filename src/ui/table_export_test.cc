#include "ui/table_export.h"

#include <gtest/gtest.h>

namespace safeboard::ui {
namespace {

// RULE: issue 6 - CSV exports escape a leading = + - @ so spreadsheets never run a cell.
TEST(TableExport, CellsThatWouldRunAsFormulasAreNeutralised) {
  EXPECT_EQ(CsvCell("=HYPERLINK(\"http://x\",\"y\")"), "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  EXPECT_EQ(CsvCell("+1"), "'+1");
  EXPECT_EQ(CsvCell("-2+3"), "'-2+3");
  EXPECT_EQ(CsvCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvCell("\tcmd"), "'\tcmd");
  EXPECT_EQ(CsvCell("Thames Valley Police"), "Thames Valley Police");
  EXPECT_EQ(CsvCell("a, b"), "\"a, b\"");
  EXPECT_EQ(CsvCell(""), "");
}

TEST(TableExport, ADownloadIsAnAttachmentWithEveryCellEscaped) {
  auto r = CsvDownload("x.csv", {"Name", "Note"}, {{"=cmd|' /C calc'!A0", "plain"}});
  EXPECT_EQ(r.Header("Content-Disposition"), "attachment; filename=\"x.csv\"");
  EXPECT_EQ(r.body, "Name,Note\r\n'=cmd|' /C calc'!A0,plain\r\n");
}

}  // namespace
}  // namespace safeboard::ui
