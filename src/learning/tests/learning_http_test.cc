// HTTP tests of learning referrals (issue 16): an audit's lead group raises a training need from
// the audit (a refused one saves nothing); it shows on the audit and in the one list; the group
// it is for answers it and the audit shows where it led; others cannot; the panel raises one from
// a case review, whose source others see only as its label; the API.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class LearningHttp : public DemoServerTest {
 protected:
  static std::string Group(const std::string& name) {
    return std::to_string(FirstId("SELECT id FROM partnership_groups WHERE name = '" + name + "'"));
  }
};

TEST_F(LearningHttp, AnAuditRaisesATrainingNeedThatItsGroupAnswers) {
  Client member = SignedIn("member");  // in the Quality Assurance sub-group, which leads the case file audit
  auto audit = std::to_string(FirstId("SELECT MIN(id) FROM planned_audits WHERE kind = 'case_file'"));
  std::string path = Path("/assurance/audits/" + audit);
  auto before = Count("SELECT COUNT(*) FROM learning_referrals");
  std::vector<std::pair<std::string, std::string>> fields = {
      {"kind", "training_need"}, {"for_group_id", Group("Training and Development Sub-Group")},
      {"raised_on-day", "20"}, {"raised_on-month", "3"}, {"raised_on-year", "2012"}};
  auto refused = PostForm(member, path + "/referrals", fields);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Enter what is needed"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM learning_referrals"), before);
  fields.emplace_back("need", "Recording the voice of the child in core group minutes");
  ASSERT_EQ(PostForm(member, path + "/referrals", fields).status, 303);
  auto id = std::to_string(FirstId("SELECT MAX(id) FROM learning_referrals"));
  EXPECT_NE(MainOf(member.Get(path)).find("Recording the voice of the child in core group minutes"), std::string::npos);
  auto list = MainOf(member.Get(Path("/learning?kind=training_need")));
  EXPECT_NE(list.find("Recording the voice of the child"), std::string::npos);
  EXPECT_EQ(MainOf(member.Get(Path("/learning?kind=procedure_review"))).find("Recording the voice of the child"),
            std::string::npos);
  // Only the group it is for (or the board team) answers: not someone outside the training
  // sub-group, nor a lay member. The member is in it too.
  std::vector<std::pair<std::string, std::string>> answer = {
      {"response", "A workshop added to the 2012-13 programme"}, {"responded_on-day", "28"},
      {"responded_on-month", "3"}, {"responded_on-year", "2012"}};
  Client outsider = SignedIn("cdop member");
  EXPECT_EQ(PostForm(outsider, Path("/learning/" + id), answer).status, 403);
  Client lay = SignedIn("lay member");
  EXPECT_EQ(PostForm(lay, Path("/learning/" + id), answer).status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM learning_referrals WHERE id = " + id + " AND responded_on IS NOT NULL"), 0);
  ASSERT_EQ(PostForm(member, Path("/learning/" + id), answer).status, 303);
  EXPECT_NE(MainOf(member.Get(path)).find("A workshop added to the 2012-13 programme"), std::string::npos);
  auto api = member.Get("/api/v1/p/milton-keynes/learning?kind=training_need");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"response\":\"A workshop added to the 2012-13 programme\""), std::string::npos);
  EXPECT_EQ(member.Get("/api/v1/p/milton-keynes/learning?kind=course").status, 422);
  auto csv = member.Get(Path("/learning.csv?kind=training_need"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("A workshop added to the 2012-13 programme,Answered"), std::string::npos) << csv.body;
  EXPECT_EQ(csv.body.find("Procedure review"), std::string::npos);
  // Someone outside the audit's lead group raises nothing from it.
  EXPECT_EQ(PostForm(outsider, path + "/referrals", fields).status, 403);
}

TEST_F(LearningHttp, TheCaseReviewPanelRaisesLearningFromAReview) {
  Client chair = SignedIn("case review chair");
  auto review = std::to_string(FirstId("SELECT MIN(id) FROM case_reviews"));
  std::string path = Path("/case-reviews/reviews/" + review);
  ASSERT_EQ(PostForm(chair, path + "/referrals",
                     {{"kind", "procedure_review"}, {"need", "Pre-birth assessment chapter: when to start"},
                      {"for_group_id", Group("Policy and Procedure Sub-Group")}, {"raised_on-day", "1"},
                      {"raised_on-month", "3"}, {"raised_on-year", "2012"}})
                .status,
            303);
  EXPECT_NE(MainOf(chair.Get(path)).find("Pre-birth assessment chapter: when to start"), std::string::npos);
  auto id = std::to_string(FirstId("SELECT MAX(id) FROM learning_referrals"));
  // Others read the need and the review's label, with no link into the confidential review.
  Client member = SignedIn("member");
  auto page = member.Get(Path("/learning/" + id));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Case review CR-"), std::string::npos);
  EXPECT_EQ(page.body.find("/case-reviews/reviews/"), std::string::npos);
  EXPECT_NE(chair.Get(Path("/learning/" + id)).body.find("/case-reviews/reviews/" + review), std::string::npos);
  EXPECT_EQ(PostForm(member, path + "/referrals", {{"kind", "procedure_review"}, {"need", "x"}}).status, 403);
}

}  // namespace
}  // namespace safeboard::testing
