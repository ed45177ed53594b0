// HTTP tests of the procedures register (issue 18): members read the register, a chapter and the
// amendments log; the board team adds a chapter (a repeated number refused, nothing saved),
// records a trigger that makes it due (on the governance calendar too), takes up a procedure
// review raised from an audit, and records a new version that meets it.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class ProceduresHttp : public DemoServerTest {};

TEST_F(ProceduresHttp, MembersReadTheRegisterAsTheAnnualReportDescribesIt) {
  Client member = SignedIn("member");
  auto page = MainOf(member.Get(Path("/procedures")));
  EXPECT_NE(page.find("The manual&#39;s next planned update: 2 July 2012."), std::string::npos) << page.substr(0, 1500);
  EXPECT_NE(page.find("Mental Health of Parent or Carer"), std::string::npos);
  EXPECT_NE(page.find("Overdue"), std::string::npos);  // the chapter still under review after the key themes
  EXPECT_EQ(page.find("Add a chapter"), std::string::npos);
  auto chapter = std::to_string(FirstId("SELECT id FROM procedure_chapters WHERE number = '7'"));
  auto seven = MainOf(member.Get(Path("/procedures/chapters/" + chapter)));
  EXPECT_NE(seven.find("Levels of Need (approved 20 October 2011)"), std::string::npos) << seven.substr(0, 1500);
  auto log = MainOf(member.Get(Path("/procedures/amendments")));
  EXPECT_NE(log.find("January 2012: inter-agency procedures on allegations management revised"), std::string::npos);
  EXPECT_EQ(PostForm(member, Path("/procedures/chapters"), {{"number", "9"}, {"title", "X"}}).status, 403);
}

TEST_F(ProceduresHttp, ATriggerMakesAChapterDueUntilItsNewVersion) {
  Client manager = SignedIn("business manager");
  auto count = [&] { return Count("SELECT COUNT(*) FROM procedure_chapters"); };
  auto before = count();
  std::vector<std::pair<std::string, std::string>> chapter = {{"number", "5.8"}, {"title", "Neglect"}, {"status", "identified"}};
  auto refused = PostForm(manager, Path("/procedures/chapters"), chapter);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Another chapter has the number 5.8"), std::string::npos);
  EXPECT_EQ(count(), before);
  chapter[0].second = "5.12";
  auto added = PostForm(manager, Path("/procedures/chapters"), chapter);
  ASSERT_EQ(added.status, 303);
  auto id = std::to_string(FirstId("SELECT id FROM procedure_chapters WHERE number = '5.12'"));
  // A procedure review raised from an audit is taken up as the trigger.
  auto referral = std::to_string(FirstId("SELECT MIN(id) FROM learning_referrals WHERE kind = 'procedure_review'"));
  std::vector<std::pair<std::string, std::string>> trigger = {
      {"kind", "audit_finding"}, {"title", "Neglect cases drift without review"}, {"dated_on-day", "1"},
      {"dated_on-month", "3"}, {"dated_on-year", "2012"}, {"referral_id", referral}};
  EXPECT_EQ(PostForm(manager, Path("/procedures/triggers"), trigger).status, 422);  // no chapter chosen
  trigger.emplace_back("chapter_" + id, "yes");
  ASSERT_EQ(PostForm(manager, Path("/procedures/triggers"), trigger).status, 303);
  auto page = MainOf(manager.Get(Path("/procedures/chapters/" + id)));
  EXPECT_NE(page.find("Neglect cases drift without review"), std::string::npos);
  EXPECT_NE(page.find("1 June 2012"), std::string::npos) << page.substr(0, 2000);  // 3 months on
  auto triggers = MainOf(manager.Get(Path("/procedures/triggers")));
  EXPECT_NE(triggers.find("Raised as"), std::string::npos);
  auto calendar = MainOf(manager.Get(Path("/governance-calendar")));
  EXPECT_NE(calendar.find("Review procedures chapter 5.12 Neglect after Neglect cases drift without review"),
            std::string::npos);
  // The new version meets it, and makes the chapter current.
  EXPECT_EQ(PostForm(manager, Path("/procedures/chapters/" + id + "/amendments"), {{"amended_on-day", "20"}}).status, 422);
  ASSERT_EQ(PostForm(manager, Path("/procedures/chapters/" + id + "/amendments"),
                     {{"amended_on-day", "20"}, {"amended_on-month", "3"}, {"amended_on-year", "2012"},
                      {"note", "March 2012: chapter written with the audit's finding; re-read in full"}})
                .status,
            303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM procedure_chapters WHERE id = " + id + " AND status = 'current'"), 1);
  EXPECT_EQ(MainOf(manager.Get(Path("/governance-calendar"))).find("Review procedures chapter 5.12"), std::string::npos);
  EXPECT_NE(MainOf(manager.Get(Path("/procedures/amendments"))).find("March 2012: chapter written"), std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
