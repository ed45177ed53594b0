// HTTP tests of complaints (issue 16): the board team records one and its response, refusals
// save nothing, members cannot see complaints, an open complaint's deadline is on the governance
// calendar, the board sets its own deadlines, CSV and the API.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class ComplaintsHttp : public DemoServerTest {};

TEST_F(ComplaintsHttp, TheBoardTeamRecordsAComplaintAndItsDeadlineIsOnTheCalendar) {
  Client member = SignedIn("member");
  EXPECT_EQ(member.Get(Path("/assurance/complaints?year=2011")).status, 403);
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto page = MainOf(manager.Get(Path("/assurance/complaints?year=2011")));
  EXPECT_NE(page.find("Acknowledged in time</dt><dd class=\"govuk-summary-list__value\">4 of 5"), std::string::npos) << page;
  auto before = Count("SELECT COUNT(*) FROM complaints");
  auto refused = manager.Post(Path("/assurance/complaints"), "csrf_token=" + token +
                                                                 "&received_on=2012-04-02&channel=email&complainant=parent&summary=x");
  EXPECT_EQ(refused.status, 422);  // the demo's today is 31 March 2012
  EXPECT_NE(refused.body.find("The date cannot be in the future"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM complaints"), before);
  ASSERT_EQ(manager.Post(Path("/assurance/complaints"), "csrf_token=" + token +
                                                            "&received_on=2012-03-29&channel=letter&complainant=public" +
                                                            "&summary=Minutes+not+on+the+website")
                .status,
            303);
  auto id = std::to_string(FirstId("SELECT MAX(id) FROM complaints"));
  // Received on Thursday 29 March: acknowledge by Tuesday 3 April.
  auto calendar = MainOf(member.Get(Path("/governance-calendar")));
  EXPECT_NE(calendar.find("Acknowledge complaint " + id + " (received 29 March 2012)"), std::string::npos) << calendar.substr(0, 800);
  EXPECT_NE(calendar.find("3 April 2012"), std::string::npos);
  EXPECT_EQ(calendar.find("Minutes not on the website"), std::string::npos);  // no summary on the calendar
  auto no_outcome = manager.Post(Path("/assurance/complaints/" + id),
                                 "csrf_token=" + token + "&received_on=2012-03-29&channel=letter&complainant=public" +
                                     "&summary=Minutes+not+on+the+website&acknowledged_on=2012-03-30&responded_on=2012-03-30");
  EXPECT_EQ(no_outcome.status, 422);
  EXPECT_NE(no_outcome.body.find("Select the outcome of the response"), std::string::npos);
  ASSERT_EQ(manager.Post(Path("/assurance/complaints/" + id),
                         "csrf_token=" + token + "&received_on=2012-03-29&channel=letter&complainant=public" +
                             "&summary=Minutes+not+on+the+website&acknowledged_on=2012-03-30&responded_on=2012-03-30" +
                             "&outcome=upheld&learning=Public+minutes+published+within+a+week")
                .status,
            303);
  EXPECT_EQ(MainOf(member.Get(Path("/governance-calendar"))).find("complaint " + id + " "), std::string::npos);
  auto csv = manager.Get(Path("/assurance/complaints.csv?year=2011"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Minutes not on the website,2012-04-03,2012-03-30"), std::string::npos) << csv.body;
  EXPECT_TRUE(manager.Get(Path("/assurance/complaints.xlsx?year=2011")).body.starts_with("PK"));
  EXPECT_EQ(member.Get(Path("/assurance/complaints.xlsx?year=2011")).status, 403);
  // The board's own deadlines.
  EXPECT_EQ(manager.Post(Path("/assurance/complaints/deadlines"),
                         "csrf_token=" + token + "&year=2011&acknowledge_working_days=5&respond_working_days=2")
                .status,
            422);
  ASSERT_EQ(manager.Post(Path("/assurance/complaints/deadlines"),
                         "csrf_token=" + token + "&year=2011&acknowledge_working_days=5&respond_working_days=28")
                .status,
            303);
  auto api = manager.Get("/api/v1/p/milton-keynes/assurance/complaints?year=2011");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"respond_working_days\":28"), std::string::npos);
  EXPECT_EQ(member.Get("/api/v1/p/milton-keynes/assurance/complaints").status, 403);
  auto added = manager.Send("POST", "/api/v1/p/milton-keynes/assurance/complaints",
                            "{\"received_on\":\"2012-03-30\",\"channel\":\"phone\",\"complainant\":\"professional\","
                            "\"summary\":\"Escalation\",\"complainant_name\":\"x\"}",
                            "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(added.status, 422);  // no field for a name
}

}  // namespace
}  // namespace safeboard::testing
