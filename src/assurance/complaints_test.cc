#include "assurance/complaints.h"

#include <gtest/gtest.h>

namespace safeboard::assurance {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }

Complaint Received(const char* on) {
  Complaint c;
  c.id = 7;
  c.received_on = D(on);
  return c;
}

TEST(ComplaintDeadlines, CountWorkingDaysFromTheDayReceived) {
  ComplaintDeadlines d;  // 3 and 20 working days
  auto c = Received("2012-04-05");  // the Thursday before Easter
  EXPECT_EQ(AcknowledgeBy(c, d), D("2012-04-12"));  // Good Friday and Easter Monday skipped
  EXPECT_EQ(RespondBy(c, d), D("2012-05-08"));  // and the early May bank holiday
  d.acknowledge_working_days = 1;
  EXPECT_EQ(AcknowledgeBy(Received("2012-03-30"), d), D("2012-04-02"));  // Friday: Monday
}

TEST(ComplaintStanding, AcknowledgeThenRespondOrRedirect) {
  ComplaintDeadlines d;
  auto c = Received("2012-02-27");  // acknowledge by 1 March, respond by 26 March
  EXPECT_EQ(StandingOf(c, d, D("2012-03-01")), ComplaintStanding::kAwaitingAcknowledgement);
  EXPECT_EQ(StandingOf(c, d, D("2012-03-02")), ComplaintStanding::kOverdue);
  c.acknowledged_on = D("2012-03-02");
  EXPECT_FALSE(AcknowledgedInTime(c, d));
  EXPECT_EQ(StandingOf(c, d, D("2012-03-26")), ComplaintStanding::kAwaitingResponse);
  EXPECT_EQ(NextDeadline(c, d)->due, D("2012-03-26"));
  EXPECT_EQ(NextDeadline(c, d)->what, "Respond to complaint 7 (received 27 February 2012)");
  EXPECT_EQ(StandingOf(c, d, D("2012-03-27")), ComplaintStanding::kOverdue);
  c.responded_on = D("2012-03-20");
  c.outcome = ComplaintOutcome::kNotUpheld;
  EXPECT_TRUE(RespondedInTime(c, d));
  EXPECT_EQ(StandingOf(c, d, D("2012-03-31")), ComplaintStanding::kResponded);
  EXPECT_FALSE(NextDeadline(c, d));
  auto redirected = Received("2011-11-21");
  redirected.redirected_to = RedirectedTo::kLado;
  EXPECT_EQ(StandingOf(redirected, d, D("2012-03-31")), ComplaintStanding::kRedirected);
  std::vector<Complaint> year{c, redirected};
  auto f = CountComplaints(year, d);
  EXPECT_EQ(f.received, 2);
  EXPECT_EQ(f.redirected, 1);
  EXPECT_EQ(f.acknowledged_in_time, 0);
  EXPECT_EQ(f.responded_in_time, 1);
  EXPECT_EQ(f.upheld, 0);
}

TEST(ComplaintReader, DatesFollowTheDayReceivedAndAResponseHasItsOutcome) {
  auto today = D("2012-03-31");
  core::FieldValues in{{"received_on", "2012-03-01"}, {"channel", "email"}, {"complainant", "parent"},
                       {"summary", "Course place refused"}};
  Complaint c;
  EXPECT_TRUE(ReadComplaint(in, today, c).empty());
  auto bad = in;
  bad["acknowledged_on"] = "2012-02-28";
  bad["responded_on"] = "2012-04-02";
  bad["channel"] = "pigeon";
  auto errors = ReadComplaint(bad, today, c);
  EXPECT_EQ(*errors.For("acknowledged_on"), "The date cannot be before the complaint was received");
  EXPECT_EQ(*errors.For("responded_on"), "The date cannot be in the future");
  EXPECT_NE(errors.For("channel"), nullptr);
  bad = in;
  bad["responded_on"] = "2012-03-20";
  EXPECT_EQ(*ReadComplaint(bad, today, c).For("outcome"), "Select the outcome of the response");
  bad = in;
  bad["redirected_to"] = "lado";
  errors = ReadComplaint(bad, today, c);
  EXPECT_NE(errors.For("redirected_where"), nullptr);
  EXPECT_NE(errors.For("redirected_on"), nullptr);
  bad = in;
  bad["redirected_where"] = "Police";
  EXPECT_NE(ReadComplaint(bad, today, c).For("redirected_to"), nullptr);
}

TEST(ComplaintReader, TheBoardsDeadlinesAreWholeWorkingDaysInOrder) {
  ComplaintDeadlines d;
  EXPECT_TRUE(ReadComplaintDeadlines({{"acknowledge_working_days", "2"}, {"respond_working_days", "28"}}, d).empty());
  EXPECT_EQ(d.respond_working_days, 28);
  EXPECT_NE(ReadComplaintDeadlines({{"acknowledge_working_days", "0"}, {"respond_working_days", "28"}}, d)
                .For("acknowledge_working_days"),
            nullptr);
  EXPECT_NE(ReadComplaintDeadlines({{"acknowledge_working_days", "10"}, {"respond_working_days", "5"}}, d)
                .For("respond_working_days"),
            nullptr);
}

}  // namespace
}  // namespace safeboard::assurance
