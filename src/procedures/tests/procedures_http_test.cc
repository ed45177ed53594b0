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
  auto api = member.Get("/api/v1/p/milton-keynes/procedures");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"next_update_on\":\"2012-07-02\""), std::string::npos) << api.body.substr(0, 500);
  EXPECT_NE(api.body.find("\"standing\":\"overdue\""), std::string::npos);
  // "the sub-group has reviewed policies from COMPASS, EzyCare and Fostering Options"
  auto checks = MainOf(member.Get(Path("/procedures/policy-checks")));
  for (const char* organisation : {"COMPASS", "EzyCare", "Fostering Options"})
    EXPECT_NE(checks.find(organisation), std::string::npos) << organisation;
  Client manager = SignedIn("business manager");
  auto before = Count("SELECT COUNT(*) FROM procedure_policy_checks");
  EXPECT_EQ(PostForm(manager, Path("/procedures/policy-checks"),
                     {{"organisation", "Little Stars Nursery"}, {"policy", "Safeguarding"}, {"outcome", "not_consistent"},
                      {"checked_on-day", "1"}, {"checked_on-month", "3"}, {"checked_on-year", "2012"}})
                .status,
            422);  // no advice
  EXPECT_EQ(Count("SELECT COUNT(*) FROM procedure_policy_checks"), before);
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

TEST_F(ProceduresHttp, AChapterIsConsultedOnApprovedByThreeAgenciesRatifiedAndPublished) {
  Client manager = SignedIn("business manager");
  auto chapter = std::to_string(FirstId("SELECT id FROM procedure_chapters WHERE number = '5.11'"));
  auto date = [](const std::string& field, const char* d, const char* m, const char* y) {
    return std::vector<std::pair<std::string, std::string>>{{field + "-day", d}, {field + "-month", m}, {field + "-year", y}};
  };
  auto with = [](std::vector<std::pair<std::string, std::string>> a, const std::vector<std::pair<std::string, std::string>>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
  };
  ASSERT_EQ(PostForm(manager, Path("/procedures/chapters/" + chapter + "/reviews"),
                     with(date("opened_on", "1", "11", "2011"), {{"draft", "## Trafficking\n\nWhat to do."}}))
                .status,
            303);
  auto review = std::to_string(FirstId("SELECT MAX(id) FROM procedure_reviews"));
  std::string path = Path("/procedures/reviews/" + review);
  // A second review of the same chapter is refused while this one is open.
  EXPECT_EQ(PostForm(manager, Path("/procedures/chapters/" + chapter + "/reviews"), date("opened_on", "2", "11", "2011")).status,
            422);
  std::vector<std::string> agencies;
  for (const char* name : {"Thames Valley Police", "Milton Keynes Council Children & Families",
                           "NHS Milton Keynes & Northamptonshire"})
    agencies.push_back(std::to_string(FirstId(std::string("SELECT id FROM agencies WHERE name = '") + name + "'")));
  auto consultation = with(date("sent_on", "2", "11", "2011"), date("closes_on", "20", "11", "2011"));
  EXPECT_EQ(PostForm(manager, path + "/consultation", consultation).status, 422);  // no agency chosen
  for (const auto& a : agencies) consultation.emplace_back("agency_" + a, "yes");
  ASSERT_EQ(PostForm(manager, path + "/consultation", consultation).status, 303);
  std::string prefix = "a" + agencies[0] + "-";
  ASSERT_EQ(PostForm(manager, path + "/responses",
                     with({{"agency_id", agencies[0]}, {prefix + "response", "Agreed"}},
                          date(prefix + "responded_on", "10", "11", "2011")))
                .status,
            303);
  // Approval by three agencies by email; the Board cannot ratify after two.
  std::vector<std::string> approvers{"Richard North", "Jo Hooper", "Jan Norman"};
  for (int k = 0; k < 3; ++k) {
    if (k == 2) {
      auto early = PostForm(manager, path + "/ratification",
                            {{"decision_id", std::to_string(FirstId("SELECT MAX(id) FROM decisions WHERE meeting_id IS NOT NULL"))}});
      EXPECT_EQ(early.status, 422);
      EXPECT_NE(early.body.find("2 have approved"), std::string::npos);
    }
    ASSERT_EQ(PostForm(manager, path + "/approvals",
                       with({{"agency_id", agencies[static_cast<std::size_t>(k)]}, {"approver", approvers[static_cast<std::size_t>(k)]},
                             {"route", "email"}},
                            date("approved_on", std::to_string(21 + k).c_str(), "11", "2011")))
                  .status,
              303);
  }
  auto board_decision = std::to_string(FirstId(
      "SELECT d.id FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE m.meets_on = '2011-12-08'"));
  ASSERT_EQ(PostForm(manager, path + "/ratification", {{"decision_id", board_decision}}).status, 303);
  auto published = PostForm(manager, path + "/publication",
                            with({{"note", "March 2012: rewritten after consultation; re-read in full"}},
                                 date("published_on", "30", "3", "2012")));
  ASSERT_EQ(published.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM procedure_chapters WHERE id = " + chapter + " AND status = 'current'"), 1);
  auto page = MainOf(manager.Get(path));
  EXPECT_NE(page.find("Published"), std::string::npos);
  EXPECT_NE(page.find("3 of the 3 agencies needed have approved"), std::string::npos) << page.substr(0, 3000);
  // A briefing asked of the training sub-group shows in the training needs list with its source.
  auto group = std::to_string(FirstId("SELECT id FROM partnership_groups WHERE name = 'Training and Development Sub-Group'"));
  ASSERT_EQ(PostForm(manager, path + "/referrals",
                     with({{"kind", "training_need"}, {"need", "Briefing on the trafficking chapter"}, {"for_group_id", group}},
                          date("raised_on", "30", "3", "2012")))
                .status,
            303);
  auto needs = MainOf(manager.Get(Path("/learning?kind=training_need")));
  EXPECT_NE(needs.find("Briefing on the trafficking chapter"), std::string::npos);
  EXPECT_NE(needs.find("Review of procedures chapter 5.11 Trafficking and Exploitation"), std::string::npos);
  Client member = SignedIn("member");
  EXPECT_EQ(member.Get(path).status, 200);
  EXPECT_EQ(PostForm(member, path + "/approvals", {{"agency_id", agencies[0]}}).status, 403);
}

}  // namespace
}  // namespace safeboard::testing
