// HTTP tests of the LADO's figures (issue 16): the year beside the year before, the publication
// version suppressing small numbers on the page, in CSV and in the API (which then leaves out the
// quarters' raw counts), the board team recording a quarter, refusals with nothing saved.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class LadoHttp : public DemoServerTest {};

TEST_F(LadoHttp, MembersReadTheFiguresAndThePublicationVersionHidesSmallNumbers) {
  Client member = SignedIn("member");
  auto full = MainOf(member.Get(Path("/assurance/lado?year=2011")));
  EXPECT_NE(full.find("Contacts</td><td class=\"govuk-table__cell\">65"), std::string::npos) << full.substr(0, 2000);
  EXPECT_NE(full.find("Referrals with police involvement</td><td class=\"govuk-table__cell\">7</td><td "
                      "class=\"govuk-table__cell\">5<"),
            std::string::npos);
  EXPECT_EQ(full.find("Record or change a quarter"), std::string::npos);
  auto published = MainOf(member.Get(Path("/assurance/lado?year=2011&publication=yes")));
  EXPECT_NE(published.find("Referrals with police involvement</td><td class=\"govuk-table__cell\">7</td><td "
                           "class=\"govuk-table__cell\">1-5<"),
            std::string::npos);
  EXPECT_EQ(published.find("Police investigations and a criminal trial"), std::string::npos);  // reasons are not published
  auto csv = member.Get(Path("/assurance/lado.csv?year=2011&publication=yes"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Referrals with police involvement,7,1-5,9,6,27,20"), std::string::npos) << csv.body;
  auto xlsx = member.Get(Path("/assurance/lado.xlsx?year=2011&publication=yes"));
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_TRUE(xlsx.body.starts_with("PK"));  // a workbook, from the same rows
  auto api = member.Get("/api/v1/p/milton-keynes/assurance/lado?year=2011&publication=yes");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"1-5\""), std::string::npos);
  EXPECT_EQ(api.body.find("\"quarters\":[{"), std::string::npos);
  EXPECT_NE(member.Get("/api/v1/p/milton-keynes/assurance/lado?year=2011").body.find("\"quarters\":[{\"quarter\":1"),
            std::string::npos);
}

TEST_F(LadoHttp, TheBoardTeamRecordsAQuarterAndBadCountsAreRefused) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto before = Count("SELECT COUNT(*) FROM lado_returns");
  auto refused = manager.Post(Path("/assurance/lado"), "csrf_token=" + token +
                                                           "&year=2012&quarter=1&referrals=5&advice=x&sector_education=3");
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Enter the advice-only contacts as a whole number"), std::string::npos);
  refused = manager.Post(Path("/assurance/lado"), "csrf_token=" + token + "&year=2012&quarter=1&referrals=5&sector_education=3");
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("The referrals by sector add up to 3, not the 5 referrals"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM lado_returns"), before);
  ASSERT_EQ(manager.Post(Path("/assurance/lado"), "csrf_token=" + token +
                                                      "&year=2012&quarter=1&referrals=5&advice=12&sector_education=5")
                .status,
            303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM lado_returns"), before + 1);
  auto page = MainOf(manager.Get(Path("/assurance/lado?year=2012&quarter=1")));
  EXPECT_NE(page.find("Contacts</td><td class=\"govuk-table__cell\">17"), std::string::npos);
  EXPECT_NE(page.find("name=\"advice\" type=\"text\" value=\"12\""), std::string::npos) << page.substr(page.find("advice"), 300);
  Client member = SignedIn("member");
  EXPECT_EQ(member.Post(Path("/assurance/lado"), "csrf_token=" + member.CsrfToken() + "&year=2012&quarter=2").status, 403);
  auto api = manager.Send("POST", "/api/v1/p/milton-keynes/assurance/lado",
                          "{\"year\":\"2012\",\"quarter\":2,\"referrals\":1,\"sector_police\":1,\"case_name\":\"x\"}",
                          "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(api.status, 422);  // no field for a case
  api = manager.Send("POST", "/api/v1/p/milton-keynes/assurance/lado", "{\"year\":\"2012\",\"quarter\":2,\"referrals\":1,\"sector_police\":1}",
                     "application/json", {{"X-CSRF-Token", token}});
  ASSERT_EQ(api.status, 200) << api.body;
  EXPECT_NE(api.body.find("\"contacts\":1"), std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
