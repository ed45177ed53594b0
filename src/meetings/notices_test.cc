#include "meetings/notices.h"

#include <gtest/gtest.h>

namespace safeboard::meetings {
namespace {

using namespace std::chrono;

TEST(Notices, CirculatedMinutesLinkToThePageAndCarryNoMinutes) {
  auto m = MinutesCirculatedMessage({"Richard North", "rn@example.org"}, "Quality Assurance Sub-Group",
                                    year(2012) / 3 / 15, "https://board.example/p/mk/meetings/4/minutes");
  EXPECT_EQ(m.subject, "Minutes for approval: Quality Assurance Sub-Group meeting of 15 March 2012");
  EXPECT_NE(m.body.find("\nhttps://board.example/p/mk/meetings/4/minutes\n"), std::string::npos);
  EXPECT_FALSE(mail::MailProblem(m));
}

TEST(Notices, ApologiesNameTheDeputyWhenThereIsOne) {
  auto m = ApologiesReceivedMessage({"Sam Porter", "sam@example.org"}, "Richard North", "Amanda Blake", "Board",
                                    year(2033) / 1 / 20, "https://board.example/p/mk/meetings/9");
  EXPECT_EQ(m.subject, "Apologies from Richard North: Board meeting of 20 January 2033");
  EXPECT_NE(m.body.find("Amanda Blake will attend as their deputy"), std::string::npos);
  auto none = ApologiesReceivedMessage({"Sam Porter", "sam@example.org"}, "Richard North", std::nullopt, "Board",
                                       year(2033) / 1 / 20, "https://x");
  EXPECT_NE(none.body.find("No deputy was named"), std::string::npos);
}

TEST(Notices, CirculatedPapersCountThemAndSayWhenTheyChanged) {
  auto first = PapersCirculatedMessage({"Richard North", "rn@example.org"}, "Board", year(2012) / 5 / 10, "10:00", 3,
                                       false, "https://board.example/p/mk/meetings/9");
  EXPECT_EQ(first.subject, "Papers: Board meeting of 10 May 2012");
  EXPECT_NE(first.body.find("3 papers are on the agenda"), std::string::npos);
  EXPECT_NE(first.body.find("\nhttps://board.example/p/mk/meetings/9\n"), std::string::npos);
  auto again = PapersCirculatedMessage({"Richard North", "rn@example.org"}, "Board", year(2012) / 5 / 10, "10:00", 1,
                                       true, "https://x");
  EXPECT_EQ(again.subject, "Papers changed: Board meeting of 10 May 2012");
  EXPECT_NE(again.body.find("1 paper is on the agenda"), std::string::npos);
}

// RULE: issue 15 - the digest names each action's due date and meeting, never its text.
TEST(Notices, TheDigestListsDatesAndMeetingsAndCountsTheOverdue) {
  auto m = ActionsDigestMessage({"Sue Cox", "sue@example.org"},
                                {{"Board meeting of 15 March 2012", year(2012) / 3 / 30, true},
                                 {"Quality Assurance Sub-Group meeting of 1 March 2012", year(2012) / 4 / 5, false}},
                                "https://board.example/p/mk");
  EXPECT_EQ(m.subject, "Your actions: 1 overdue");
  EXPECT_NE(m.body.find("You have 2 actions"), std::string::npos);
  EXPECT_NE(m.body.find("- Overdue since 30 March 2012, from the Board meeting of 15 March 2012\n"), std::string::npos);
  EXPECT_NE(m.body.find("- Due 5 April 2012, from the Quality Assurance"), std::string::npos);
  EXPECT_FALSE(mail::MailProblem(m));
  auto none_overdue = ActionsDigestMessage({"Sue Cox", "sue@example.org"}, {{"Board meeting", year(2012) / 4 / 5, false}}, "x");
  EXPECT_EQ(none_overdue.subject, "Your actions due this week");
}

}  // namespace
}  // namespace safeboard::meetings
