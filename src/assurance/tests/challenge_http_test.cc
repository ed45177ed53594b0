// HTTP tests of reports received and remedial plans (issue 16): members read appendix 2's
// reports; the board team records a report it is not assured by, agrees a plan from it, reviews
// it and escalates; the review date is on the governance calendar; refusals save nothing; CSV
// and the API.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class ChallengeHttp : public DemoServerTest {};

TEST_F(ChallengeHttp, AReportTheBoardIsNotAssuredByLeadsToAPlanThatIsReviewedAndEscalated) {
  Client member = SignedIn("member");
  auto reports = MainOf(member.Get(Path("/assurance/reports?year=2011")));
  EXPECT_NE(reports.find("Annual reports: 6"), std::string::npos);
  EXPECT_NE(reports.find("Updates: 3"), std::string::npos);
  EXPECT_NE(reports.find("Inspection reports: 2"), std::string::npos);
  EXPECT_EQ(reports.find("Record a report received"), std::string::npos);
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto yot = std::to_string(FirstId("SELECT id FROM agencies WHERE name = 'Youth Offending Team'"));
  auto before = Count("SELECT COUNT(*) FROM agency_reports");
  auto refused = manager.Post(Path("/assurance/reports"), "csrf_token=" + token + "&kind=single_agency_audit&title=Case+audit" +
                                                             "&agency_id=" + yot + "&received_on=2012-03-20&assurance=not_assured");
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Enter the shortcomings the board found"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM agency_reports"), before);
  ASSERT_EQ(manager.Post(Path("/assurance/reports"), "csrf_token=" + token + "&kind=single_agency_audit&title=Case+audit" +
                                                         "&agency_id=" + yot + "&received_on=2012-03-20&assurance=not_assured" +
                                                         "&shortcomings=Plans+not+shared+with+schools")
                .status,
            303);
  auto report = std::to_string(FirstId("SELECT MAX(id) FROM agency_reports"));
  auto page = MainOf(manager.Get(Path("/assurance/reports/" + report)));
  EXPECT_NE(page.find("Agree a remedial action plan with Youth Offending Team"), std::string::npos);
  auto bad_plan = manager.Post(Path("/assurance/remedial-plans"),
                               "csrf_token=" + token + "&agency_id=" + yot + "&agency_report_id=" + report +
                                   "&shortcomings=Plans+not+shared&plan=&agreed_on=2012-03-28&review_due_on=2012-06-28");
  EXPECT_EQ(bad_plan.status, 422);
  EXPECT_NE(bad_plan.body.find("Agree a remedial action plan with Youth Offending Team"), std::string::npos);  // back on the report
  ASSERT_EQ(manager.Post(Path("/assurance/remedial-plans"),
                         "csrf_token=" + token + "&agency_id=" + yot + "&agency_report_id=" + report +
                             "&shortcomings=Plans+not+shared&plan=Share+every+plan+with+the+school&agreed_on=2012-03-28" +
                             "&review_due_on=2012-04-10")
                .status,
            303);
  auto plan = std::to_string(FirstId("SELECT MAX(id) FROM remedial_plans"));
  auto plans_csv = member.Get(Path("/assurance/remedial-plans.csv"));
  ASSERT_EQ(plans_csv.status, 200);
  EXPECT_NE(plans_csv.body.find("Youth Offending Team,Plans not shared,Share every plan with the school,2012-03-28,2012-04-10"),
            std::string::npos)
      << plans_csv.body;
  auto calendar = MainOf(member.Get(Path("/governance-calendar")));
  EXPECT_NE(calendar.find("Review the remedial action plan agreed with Youth Offending Team"), std::string::npos);
  auto review = manager.Post(Path("/assurance/remedial-plans/" + plan + "/reviews"),
                             "csrf_token=" + token + "&reviewed_on=2012-03-30&outcome=not_convinced&impact=Two+of+ten+shared");
  EXPECT_EQ(review.status, 422);  // the next review is needed
  ASSERT_EQ(manager.Post(Path("/assurance/remedial-plans/" + plan + "/reviews"),
                         "csrf_token=" + token + "&reviewed_on=2012-03-30&outcome=not_convinced&impact=Two+of+ten+shared" +
                             "&next_review_on=2012-05-30")
                .status,
            303);
  EXPECT_EQ(manager.Post(Path("/assurance/remedial-plans/" + plan + "/escalation"),
                         "csrf_token=" + token + "&escalated_on=2012-03-30&concerns_explained_on=2012-03-31")
                .status,
            422);
  ASSERT_EQ(manager.Post(Path("/assurance/remedial-plans/" + plan + "/escalation"),
                         "csrf_token=" + token + "&escalated_on=2012-03-30&dcs_consulted_on=2012-03-31")
                .status,
            303);
  auto shown = MainOf(member.Get(Path("/assurance/remedial-plans/" + plan)));
  EXPECT_NE(shown.find("Escalated to the Chair"), std::string::npos);
  EXPECT_NE(shown.find("31 March 2012"), std::string::npos);
  EXPECT_EQ(member.Post(Path("/assurance/remedial-plans/" + plan + "/escalation"), "csrf_token=" + member.CsrfToken()).status, 403);
  auto csv = member.Get(Path("/assurance/reports.csv?year=2011"));
  EXPECT_NE(csv.body.find("Single-agency audit,Case audit,Youth Offending Team"), std::string::npos);
  EXPECT_TRUE(member.Get(Path("/assurance/reports.xlsx?year=2011")).body.starts_with("PK"));
  auto api = member.Get("/api/v1/p/milton-keynes/assurance/remedial-plans");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"standing\":\"escalated\""), std::string::npos);
  EXPECT_NE(member.Get("/api/v1/p/milton-keynes/assurance/reports?year=2011").body.find("\"kind\":\"inspection\""),
            std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
