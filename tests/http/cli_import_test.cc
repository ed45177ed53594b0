// RULE: imports check everything before saving anything - `safeboard import values` refuses a
// file with any bad row, says which rows and why, and leaves the stored values as they were;
// a good file is saved with one audit entry. The real binary, on a SQLite demo database.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>

#include "storage/database.h"

namespace safeboard {
namespace {

struct Run {
  int status;
  std::string output;
};

Run Safeboard(const std::string& arguments) {
  std::string command = std::string(SAFEBOARD_BINARY) + " " + arguments + " 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  std::string output;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  int status = ::pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

TEST(CliImportValues, ABadRowRefusesTheWholeFileAndAGoodFileIsSaved) {
  char dir_template[] = "/tmp/safeboard-cli-import-XXXXXX";
  std::string dir = ::mkdtemp(dir_template);
  std::string url = "sqlite:" + dir + "/demo.db";
  ASSERT_EQ(Safeboard("demo --database " + url).status, 0);
  auto db = storage::OpenDatabase(url)->Connect();
  auto value_of = [&](const std::string& code, const std::string& period) {
    auto r = db->QueryOne(
        "SELECT v.value FROM indicator_values v JOIN indicators i ON i.id = v.indicator_id "
        "JOIN partnerships p ON p.id = i.partnership_id WHERE p.slug = 'milton-keynes' AND i.code = ? "
        "AND v.period = ?",
        {code, period});
    return r ? std::optional<double>(r->Real(0)) : std::nullopt;
  };
  auto count = [&](const std::string& sql) { return db->QueryOne(sql)->Int(0); };
  auto values_before = count("SELECT count(*) FROM indicator_values");
  auto audits_before = count("SELECT count(*) FROM audit_log");

  std::ofstream(dir + "/bad.csv") << "Code,Period,Value\nNI 63,2015-16,80\nNO SUCH,2015-16,1\nNI 62,2015-16,lots\n";
  auto bad = Safeboard("import values --database " + url + " --partnership milton-keynes " + dir + "/bad.csv");
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.output.find("Nothing was saved. 2 problem(s)"), std::string::npos) << bad.output;
  EXPECT_NE(bad.output.find("row 3, Code: \"NO SUCH\" is not an indicator in the catalogue"), std::string::npos)
      << bad.output;
  EXPECT_NE(bad.output.find("row 4, Value"), std::string::npos) << bad.output;
  EXPECT_EQ(count("SELECT count(*) FROM indicator_values"), values_before);
  EXPECT_FALSE(value_of("NI 63", "2015-16"));  // the good row was not saved either
  EXPECT_EQ(count("SELECT count(*) FROM audit_log"), audits_before);

  std::ofstream(dir + "/good.csv") << "Code,Period,Value\nni 63,2015-16,80\nNI 62,2015-16,71.5\nNI 62,2015-16,72\n";
  auto good = Safeboard("import values --database " + url + " --partnership milton-keynes " + dir + "/good.csv");
  EXPECT_EQ(good.status, 0) << good.output;
  EXPECT_EQ(value_of("NI 63", "2015-16"), 80);  // codes match whatever their case
  EXPECT_EQ(value_of("NI 62", "2015-16"), 72);  // a later row for the same period replaces
  EXPECT_EQ(count("SELECT count(*) FROM indicator_values"), values_before + 2);
  EXPECT_EQ(count("SELECT count(*) FROM audit_log WHERE action = 'import'"), 1);
  std::system(("rm -rf " + dir).c_str());
}

// `safeboard partnership add` sets up a board as the administrator's page does; bad input says
// what is wrong and stores nothing.
TEST(CliPartnershipAdd, CreatesThePartnershipAndPrintsTheInvitation) {
  char dir_template[] = "/tmp/safeboard-cli-partnership-XXXXXX";
  std::string dir = ::mkdtemp(dir_template);
  std::string url = "sqlite:" + dir + "/new.db";
  std::string add = "partnership add --database " + url +
                    " --name 'Northshire Partnership' --manager-name 'Zoë Ångström' --manager-email zoe@north.example";
  auto bad = Safeboard(add + " --slug 'North Shire' --population 2025-26=many");
  EXPECT_NE(bad.status, 0);
  EXPECT_NE(bad.output.find("slug: The short name must use only"), std::string::npos) << bad.output;
  EXPECT_NE(bad.output.find("population-1-children"), std::string::npos) << bad.output;
  auto good = Safeboard(add + " --slug northshire --population 2025-26=58600 --base-url http://board.example/");
  ASSERT_EQ(good.status, 0) << good.output;
  EXPECT_NE(good.output.find("http://board.example/invitations/"), std::string::npos) << good.output;
  auto db = storage::OpenDatabase(url)->Connect();
  EXPECT_EQ(db->QueryOne("SELECT COUNT(*) FROM partnerships")->Int(0), 1);
  EXPECT_EQ(db->QueryOne("SELECT population FROM child_populations")->Int(0), 58600);
  EXPECT_EQ(db->QueryOne("SELECT COUNT(*) FROM invitations")->Int(0), 1);
  auto again = Safeboard(add + " --slug northshire");
  EXPECT_NE(again.status, 0);
  EXPECT_NE(again.output.find("already has the short name"), std::string::npos) << again.output;
}

}  // namespace
}  // namespace safeboard
