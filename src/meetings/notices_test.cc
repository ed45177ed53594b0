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

}  // namespace
}  // namespace safeboard::meetings
