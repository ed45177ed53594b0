// Section 11 (issue 16) on both backends: the demo's two rounds give annual report 2.2's findings
// (every statutory partner asked returned; most agencies with actions in the previous audit made
// satisfactory progress; information sharing within organisations improved), and a second
// board's template versions, returns, answers, challenges and actions keep what was saved.
#include <gtest/gtest.h>

#include "assurance/section11.h"
#include "assurance/section11_store.h"
#include "cli/commands.h"
#include "governance/store.h"
#include "storage_fixture.h"

namespace safeboard::assurance {
namespace {

class Section11StoreTest : public storage::StorageTest {};

Date D(const char* iso) { return *core::ParseDate(iso); }

TEST_F(Section11StoreTest, TheDemoRoundsGiveTheAnnualReportsFindings) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  Section11Store store(connection());
  auto rounds = store.ListRounds(partnership);
  ASSERT_EQ(rounds.size(), 2u);
  const auto& now = rounds[0];
  EXPECT_EQ(now.title, "Section 11 audit 2011-12");
  EXPECT_TRUE(now.planned_audit_id);
  auto previous = store.PreviousRound(partnership, now);
  ASSERT_TRUE(previous);
  EXPECT_EQ(previous->id, rounds[1].id);
  EXPECT_FALSE(store.PreviousRound(partnership, *previous));

  auto today = D("2012-03-31");
  auto records = store.RecordsOf(partnership, now.id);
  auto before = store.RecordsOf(partnership, previous->id);
  auto figures = CountRound(records, now.returns_due_on, today);
  EXPECT_EQ(figures.returns, 10);
  EXPECT_EQ(figures.submitted, 10);  // "a section 11 audit was carried out with each statutory partner"
  EXPECT_EQ(figures.submitted_late, 1);
  EXPECT_EQ(figures.gaps_without_action, 0);
  auto progress = ProgressOnPreviousActions(before, records, today);
  EXPECT_EQ(progress.agencies_with_actions, 8);
  EXPECT_EQ(progress.satisfactory, 6);
  EXPECT_TRUE(progress.Most());  // "most agencies that had actions ... had made satisfactory progress"

  auto now_template = store.FindTemplate(partnership, now.template_id);
  auto before_template = store.FindTemplate(partnership, previous->template_id);
  ASSERT_TRUE(now_template && before_template);
  EXPECT_EQ(now_template->version, 2);
  EXPECT_TRUE(now_template->in_use);
  auto comparison = CompareRounds(*now_template, records, &*before_template, before);
  for (const auto& c : comparison)
    if (c.reference == "8") {  // "an improvement on effective information-sharing within organisations"
      EXPECT_EQ(c.met_before, 4);
      EXPECT_EQ(c.met_now, 8);
    }
}

TEST_F(Section11StoreTest, ASecondBoardsRoundKeepsWhatWasSaved) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "northshire", "Northshire Safeguarding Children Board", "Northshire"},
                                                  "2012-01-01T00:00:00Z");
  governance::Agency police{0, partnership, "Northshire Police", governance::Sector::kPolice, true};
  police.id = governance.CreateAgency(police);
  Section11Store store(connection());
  Section11Template tmpl;
  ASSERT_TRUE(ReadTemplate({{"name", "Northshire standards"}, {"grades", "Green\nAmber\nRed"},
                            {"reference_1", "A"}, {"title_1", "Leadership"}, {"reference_2", "B"}, {"title_2", "Training"}},
                           tmpl)
                  .empty());
  auto v1 = store.AddTemplate(partnership, tmpl, std::nullopt);
  tmpl.standards.pop_back();
  tmpl.id = v1;
  store.ReplaceTemplate(partnership, tmpl);
  EXPECT_EQ(store.FindTemplate(partnership, v1)->standards.size(), 1u);
  auto v2 = store.AddTemplate(partnership, *store.FindTemplate(partnership, v1), v1);
  EXPECT_EQ(store.FindTemplate(partnership, v2)->version, 2);
  EXPECT_EQ(store.FindTemplate(partnership, v2)->grades, (std::vector<std::string>{"Green", "Amber", "Red"}));

  Section11Round first{0, v1, "Round 1", D("2012-01-02"), D("2012-02-28")};
  first.id = store.AddRound(partnership, first);
  EXPECT_TRUE(store.FindTemplate(partnership, v1)->in_use);
  auto standard_v1 = store.FindTemplate(partnership, v1)->standards[0].id;
  auto ret = store.StartReturn(partnership, first, *store.FindTemplate(partnership, v1), {0, 0, police.id});
  store.SaveAnswers(partnership, ret, {{standard_v1, 2, "Policy signed off"}});
  store.SetSubmitted(partnership, ret, D("2012-02-20"));
  auto answer = store.AnswersOf(partnership, ret)[0];
  answer.challenge = ChallengeOutcome::kChanged;
  answer.agreed_grade = 3;
  answer.challenge_reason = "No board report";
  answer.challenged_on = D("2012-03-06");
  store.SaveChallenge(partnership, ret, answer);
  store.SaveAnswers(partnership, ret, {{standard_v1, 2, "Policy signed off; report due"}});  // keeps the challenge
  auto saved = store.AnswersOf(partnership, ret);
  ASSERT_EQ(saved.size(), 1u);
  EXPECT_EQ(saved[0].evidence, "Policy signed off; report due");
  EXPECT_EQ(AgreedGrade(saved[0]), 3);
  EXPECT_EQ(saved[0].challenge_reason, "No board report");
  Section11Action action{0, ret, standard_v1, "Report to the chief officer group", "Head of PPU", D("2012-06-30")};
  action.id = store.AddAction(partnership, action);
  action.completed_on = D("2012-06-01");
  action.progress = "Reported";
  store.UpdateActionProgress(partnership, action);
  EXPECT_EQ(core::FormatDate(*store.FindAction(partnership, action.id)->completed_on), "2012-06-01");
  store.AddFile(partnership, {0, ret, standard_v1, "policy.pdf", "application/pdf", 5}, "JVBERi0=", "2012-02-01T10:00:00Z");
  auto files = store.FilesOf(partnership, ret);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(store.FileWithContent(partnership, files[0].id)->second, "JVBERi0=");

  // The next round, on version 2, starts from the last submitted return: its lead and answers.
  Section11Round second{0, v2, "Round 2", D("2013-01-02"), D("2013-02-28")};
  second.id = store.AddRound(partnership, second);
  auto next = store.StartReturn(partnership, second, *store.FindTemplate(partnership, v2), {0, 0, police.id});
  auto carried = store.AnswersOf(partnership, next);
  ASSERT_EQ(carried.size(), 1u);
  EXPECT_EQ(carried[0].standard_id, store.FindTemplate(partnership, v2)->standards[0].id);
  EXPECT_EQ(carried[0].grade, 3);  // the agreed grade
  EXPECT_FALSE(carried[0].challenge);
  EXPECT_EQ(store.ReturnsOf(partnership, second.id)[0].agency_name, "Northshire Police");
  EXPECT_FALSE(store.FindReturn(partnership + 1000, next));
}

}  // namespace
}  // namespace safeboard::assurance
