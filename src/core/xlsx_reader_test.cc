#include "core/xlsx_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <fstream>
#include <sstream>

namespace safeboard::core {
namespace {

// Writes a workbook with libxlsxwriter and reads it back.
TEST(XlsxReader, ReadsWhatAWorkbookHolds) {
  char path[] = "/tmp/xlsx-test-XXXXXX";
  int fd = ::mkstemp(path);
  ::close(fd);
  lxw_workbook* book = workbook_new(path);
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Plan");
  worksheet_write_string(sheet, 0, 0, "Desired Outcome", nullptr);
  worksheet_write_string(sheet, 0, 2, "Lead", nullptr);
  worksheet_write_string(sheet, 2, 1, "Café & <co>", nullptr);
  worksheet_write_number(sheet, 2, 2, 42, nullptr);
  ASSERT_EQ(workbook_close(book), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::remove(path);
  std::string error;
  auto rows = ReadFirstSheet(bytes.str(), error);
  ASSERT_TRUE(rows) << error;
  ASSERT_EQ(rows->size(), 3u);
  EXPECT_EQ((*rows)[0][0], "Desired Outcome");
  EXPECT_EQ((*rows)[0][2], "Lead");
  EXPECT_TRUE((*rows)[1].empty());
  EXPECT_EQ((*rows)[2][1], "Café & <co>");
  EXPECT_EQ((*rows)[2][2], "42");
}

TEST(XlsxReader, RefusesWhatIsNotAWorkbook) {
  std::string error;
  EXPECT_FALSE(ReadFirstSheet("Desired Outcome,Actions", error));
  EXPECT_EQ(error, "The file is not an Excel workbook (.xlsx)");
  EXPECT_FALSE(ReadFirstSheet(std::string("PK\x03\x04garbage", 11), error));
}

}  // namespace
}  // namespace safeboard::core
