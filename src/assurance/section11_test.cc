#include "assurance/section11.h"

#include <gtest/gtest.h>

namespace safeboard::assurance {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }

Section11Template Template(std::initializer_list<std::pair<std::int64_t, const char*>> standards) {
  Section11Template t;
  t.name = "Section 11 standards";
  t.grades = {"Fully met", "Partly met", "Not met"};
  for (const auto& [id, reference] : standards) t.standards.push_back({id, 0, reference, std::string("Standard ") + reference, ""});
  return t;
}

Section11Answer Answer(std::int64_t standard, std::optional<int> grade) {
  Section11Answer a;
  a.standard_id = standard;
  a.grade = grade;
  return a;
}

ReturnRecord Record(std::int64_t agency, std::optional<const char*> submitted, std::vector<Section11Answer> answers,
                    std::vector<Section11Action> actions = {}) {
  ReturnRecord r;
  r.ret.agency_id = agency;
  if (submitted) r.ret.submitted_on = D(*submitted);
  r.answers = std::move(answers);
  r.actions = std::move(actions);
  return r;
}

Section11Action Action(std::int64_t standard, std::optional<const char*> completed) {
  Section11Action a;
  a.standard_id = standard;
  a.due_on = D("2010-06-30");
  if (completed) a.completed_on = D(*completed);
  return a;
}

TEST(Section11Standing, NotStartedInProgressOverdueSubmittedOrLate) {
  Section11Return ret;
  auto due = D("2011-10-31");
  EXPECT_EQ(StandingOf(ret, {}, due, D("2011-10-01")), ReturnStanding::kNotStarted);
  std::vector<Section11Answer> started = {Answer(1, 2)};
  EXPECT_EQ(StandingOf(ret, started, due, D("2011-10-31")), ReturnStanding::kInProgress);  // due today: not overdue
  EXPECT_EQ(StandingOf(ret, started, due, D("2011-11-01")), ReturnStanding::kOverdue);
  ret.submitted_on = D("2011-10-31");
  EXPECT_EQ(StandingOf(ret, started, due, D("2012-03-31")), ReturnStanding::kSubmitted);
  ret.submitted_on = D("2011-11-09");
  EXPECT_EQ(StandingOf(ret, started, due, D("2012-03-31")), ReturnStanding::kSubmittedLate);
}

TEST(Section11Gaps, TheAgreedGradeIsTheChallengesWhenItChangedIt) {
  auto a = Answer(5, 1);
  EXPECT_FALSE(IsGap(a));
  a.challenge = ChallengeOutcome::kChanged;
  a.agreed_grade = 2;
  EXPECT_EQ(AgreedGrade(a), 2);
  EXPECT_TRUE(IsGap(a));
  a.challenge = ChallengeOutcome::kAccepted;
  EXPECT_EQ(AgreedGrade(a), 1);
  EXPECT_FALSE(IsGap(Answer(5, std::nullopt)));  // not graded is not a gap yet
  auto t = Template({{5, "5"}});
  EXPECT_EQ(GradeLabel(t, 2), "Partly met");
  EXPECT_EQ(GradeLabel(t, 4), "Not graded");
}

TEST(Section11Round, CountsReturnsLatenessGapsAndActions) {
  std::vector<ReturnRecord> records = {
      Record(1, "2011-10-05", {Answer(1, 1), Answer(2, 2)}, {Action(2, "2012-01-31")}),
      Record(2, "2011-11-09", {Answer(1, 3), Answer(2, 1)}),
      Record(3, std::nullopt, {Answer(1, 2)}),  // a gap in a draft is not counted
  };
  auto f = CountRound(records, D("2011-10-31"), D("2012-03-31"));
  EXPECT_EQ(f.returns, 3);
  EXPECT_EQ(f.submitted, 2);
  EXPECT_EQ(f.submitted_late, 1);
  EXPECT_EQ(f.overdue, 1);
  EXPECT_EQ(f.gaps, 2);
  EXPECT_EQ(f.gaps_without_action, 1);
  EXPECT_EQ(f.actions, 1);
  EXPECT_EQ(f.actions_completed, 1);
}

TEST(Section11Progress, AnAgencyProgressedWhenEveryPreviousActionWasDoneByItsNextSubmission) {
  std::vector<ReturnRecord> previous = {
      Record(1, "2010-01-22", {}, {Action(1, "2010-07-14"), Action(2, "2010-12-06")}),
      Record(2, "2010-01-27", {}, {Action(1, "2010-09-20"), Action(2, std::nullopt)}),  // one never done
      Record(3, "2010-02-05", {}, {Action(1, "2011-12-15")}),                            // done after submitting again
      Record(4, "2010-01-18", {}),                                                        // no actions: not counted
  };
  std::vector<ReturnRecord> current = {Record(1, "2011-10-20", {}), Record(2, "2011-10-28", {}),
                                       Record(3, "2011-11-09", {})};
  auto progress = ProgressOnPreviousActions(previous, current, D("2012-03-31"));
  EXPECT_EQ(progress.agencies_with_actions, 3);
  EXPECT_EQ(progress.satisfactory, 1);
  EXPECT_FALSE(progress.Most());
  // Not yet submitted to this round: judged on today.
  current.pop_back();
  progress = ProgressOnPreviousActions(previous, current, D("2012-03-31"));
  EXPECT_EQ(progress.satisfactory, 2);
  EXPECT_TRUE(progress.Most());
}

TEST(Section11Compare, StandardsMatchByReferenceAcrossTemplateVersions) {
  auto before = Template({{1, "1"}, {8, "8"}});
  auto now = Template({{11, "1"}, {18, "8"}, {19, "9"}});
  std::vector<ReturnRecord> before_returns = {Record(1, "2010-01-01", {Answer(1, 1), Answer(8, 2)}),
                                              Record(2, "2010-01-01", {Answer(1, 1), Answer(8, 2)})};
  std::vector<ReturnRecord> now_returns = {Record(1, "2011-10-01", {Answer(11, 1), Answer(18, 1), Answer(19, 1)}),
                                           Record(2, "2011-10-01", {Answer(11, 1), Answer(18, 2), Answer(19, 2)}),
                                           Record(3, std::nullopt, {Answer(18, 1)})};  // drafts are not counted
  auto c = CompareRounds(now, now_returns, &before, before_returns);
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[1].reference, "8");
  EXPECT_EQ(c[1].met_before, 0);
  EXPECT_EQ(c[1].returns_before, 2);
  EXPECT_EQ(c[1].met_now, 1);
  EXPECT_EQ(c[1].returns_now, 2);
  EXPECT_EQ(c[2].returns_before, 0);  // standard 9 was not asked before
  auto carried = CarriedAnswers(now, before, before_returns[0].answers);
  ASSERT_EQ(carried.size(), 2u);
  EXPECT_EQ(carried[1].standard_id, 18);
  EXPECT_EQ(carried[1].grade, 2);
}

TEST(Section11Readers, ATemplateNeedsAScaleAndUniqueReferences) {
  Section11Template t;
  auto errors = ReadTemplate({{"name", "S11"}, {"grades", "Met"}, {"reference_1", "1"}, {"title_1", "Senior commitment"}}, t);
  EXPECT_NE(errors.For("grades"), nullptr);
  errors = ReadTemplate({{"name", "S11"}, {"grades", "Met\r\nNot met"}, {"reference_1", "1"}, {"title_1", "A"},
                         {"reference_3", "1"}, {"title_3", "B"}},
                        t);
  ASSERT_NE(errors.For("reference_3"), nullptr);
  EXPECT_EQ(*errors.For("reference_3"), "Reference 1 is used by another standard");
  errors = ReadTemplate({{"name", "S11"}, {"grades", "Met\nNot met"}}, t);
  EXPECT_NE(errors.For("reference_1"), nullptr);
  errors = ReadTemplate({{"name", "S11"}, {"grades", "Met\r\nNot met\n"}, {"reference_2", "7"}, {"title_2", "Sharing"}}, t);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(t.grades, (std::vector<std::string>{"Met", "Not met"}));
  ASSERT_EQ(t.standards.size(), 1u);
  EXPECT_EQ(t.standards[0].position, 1);
}

TEST(Section11Readers, ReturnsAreForStatutoryPartnersOnlyAndOncePerRound) {
  Section11Round round;
  std::vector<std::int64_t> agencies;
  core::FieldValues in{{"title", "S11 2011-12"}, {"template_id", "3"}, {"opens_on", "2011-06-16"},
                       {"returns_due_on", "2011-10-31"}, {"agency_7", "yes"}, {"agency_9", "yes"}};
  auto errors = ReadRound(in, {3}, {}, {}, {7}, round, agencies);
  ASSERT_NE(errors.For("agencies"), nullptr);
  EXPECT_NE(errors.For("agencies")->find("statutory"), std::string::npos);
  in.erase("agency_9");
  EXPECT_TRUE(ReadRound(in, {3}, {}, {}, {7}, round, agencies).empty());
  EXPECT_EQ(agencies, (std::vector<std::int64_t>{7}));
  in["returns_due_on"] = "2011-06-01";
  EXPECT_NE(ReadRound(in, {3}, {}, {}, {7}, round, agencies).For("returns_due_on"), nullptr);

  Section11Return ret;
  EXPECT_NE(ReadReturnAgency({{"agency_id", "9"}}, {7}, {}, {}, ret).For("agency_id"), nullptr);
  EXPECT_EQ(*ReadReturnAgency({{"agency_id", "7"}}, {7}, {7}, {}, ret).For("agency_id"),
            "This agency already has a return in this round");
  EXPECT_NE(ReadReturnAgency({{"agency_id", "7"}, {"lead_person_id", "40"}}, {7}, {}, {41}, ret).For("lead_person_id"),
            nullptr);
  EXPECT_TRUE(ReadReturnAgency({{"agency_id", "7"}, {"lead_person_id", "41"}}, {7}, {}, {41}, ret).empty());
}

TEST(Section11Readers, GradesAreOnTheScaleAndAllNeededToSubmit) {
  auto t = Template({{1, "1"}, {2, "2"}});
  std::vector<Section11Answer> answers;
  EXPECT_NE(ReadAnswers({{"grade_1", "4"}}, t, false, answers).For("grade_1"), nullptr);
  EXPECT_NE(ReadAnswers({{"grade_1", "two"}}, t, false, answers).For("grade_1"), nullptr);
  EXPECT_TRUE(ReadAnswers({{"grade_1", "2"}, {"evidence_1", "Policy"}}, t, false, answers).empty());
  EXPECT_EQ(answers[0].grade, 2);
  EXPECT_FALSE(answers[1].grade.has_value());
  auto errors = ReadAnswers({{"grade_1", "2"}}, t, true, answers);
  ASSERT_NE(errors.For("grade_2"), nullptr);
  EXPECT_EQ(*errors.For("grade_2"), "Choose a grade for standard 2 (Standard 2) before submitting");
}

TEST(Section11Readers, AChangedGradeDiffersAndSaysWhy) {
  auto t = Template({{1, "1"}, {2, "2"}});
  std::vector<Section11Answer> answers = {Answer(1, 1), Answer(2, std::nullopt)};
  Section11Answer out;
  auto today = D("2011-12-06");
  EXPECT_NE(ReadChallenge({{"challenged_standard_id", "2"}, {"outcome", "accepted"}}, t, answers, today, out).For("challenged_standard_id"),
            nullptr);
  EXPECT_NE(ReadChallenge({{"challenged_standard_id", "1"}, {"outcome", "changed"}, {"agreed_grade", "1"}, {"reason", "x"}}, t,
                          answers, today, out)
                .For("agreed_grade"),
            nullptr);
  EXPECT_NE(ReadChallenge({{"challenged_standard_id", "1"}, {"outcome", "changed"}, {"agreed_grade", "2"}}, t, answers, today, out)
                .For("reason"),
            nullptr);
  EXPECT_TRUE(ReadChallenge({{"challenged_standard_id", "1"}, {"outcome", "changed"}, {"agreed_grade", "2"}, {"reason", "68% trained"}},
                            t, answers, today, out)
                  .empty());
  EXPECT_EQ(AgreedGrade(out), 2);
  EXPECT_EQ(out.challenged_on, today);
  EXPECT_TRUE(ReadChallenge({{"challenged_standard_id", "1"}, {"outcome", "accepted"}, {"agreed_grade", "3"}}, t, answers, today, out)
                  .empty());
  EXPECT_EQ(AgreedGrade(out), 1);  // an accepted grade keeps the agency's
}

TEST(Section11Readers, AnActionNeedsItsStandardOwnerAndDueDateAndIsNotCompletedInTheFuture) {
  auto t = Template({{1, "1"}});
  Section11Action a;
  auto errors = ReadAction({{"standard_id", "9"}, {"description", ""}}, t, a);
  EXPECT_NE(errors.For("standard_id"), nullptr);
  EXPECT_NE(errors.For("description"), nullptr);
  EXPECT_NE(errors.For("owner"), nullptr);
  EXPECT_NE(errors.For("due_on"), nullptr);
  EXPECT_NE(ReadActionProgress({{"completed_on", "2012-04-01"}}, D("2012-03-31"), a).For("completed_on"), nullptr);
  EXPECT_TRUE(ReadActionProgress({{"progress", "Done"}, {"completed_on", "2012-03-31"}}, D("2012-03-31"), a).empty());
}

}  // namespace
}  // namespace safeboard::assurance
