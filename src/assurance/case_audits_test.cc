#include "assurance/case_audits.h"

#include <gtest/gtest.h>

namespace safeboard::assurance {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }
const Date kToday = D("2012-03-31");

core::FieldValues NewCase() {
  return {{"planned_audit_id", "7"}, {"reference", "MACFA-2012-04"}, {"selected_on", "2012-03-01"},
          {"agency_3", "yes"}, {"agency_5", "on"}};
}

AuditedCase CaseWithParts(bool completed) {
  AuditedCase c;
  c.id = 1;
  c.selected_on = D("2012-01-09");
  for (std::int64_t agency : {3, 5}) {
    CasePart p;
    p.agency_id = agency;
    p.summary = "What the records show";
    if (completed) p.completed_on = D(agency == 3 ? "2012-01-27" : "2012-02-02");
    c.parts.push_back(p);
  }
  return c;
}

core::FieldValues Grades() {
  core::FieldValues in{{"discussed_on", "2012-02-16"}};
  for (const auto& d : AuditDomains()) in["grade_" + std::string(d.code)] = "good";
  return in;
}

TEST(AuditedCaseReader, TakesAPseudonymousReferenceOnceWithAtLeastTwoAgencies) {
  AuditedCase out;
  EXPECT_TRUE(ReadAuditedCase(NewCase(), {7}, {"MACFA-2012-01"}, {3, 5, 9}, kToday, out).empty());
  EXPECT_EQ(out.reference, "MACFA-2012-04");
  ASSERT_EQ(out.parts.size(), 2u);
  EXPECT_EQ(out.parts[0].agency_id, 3);
}

TEST(AuditedCaseReader, RefusesAReferenceUsedBeforeWhateverItsCase) {
  // RULE: issue 16 - a cohort case reference is never reused.
  AuditedCase out;
  auto in = NewCase();
  in["reference"] = "macfa-2012-01";
  auto errors = ReadAuditedCase(in, {7}, {"MACFA-2012-01"}, {3, 5}, kToday, out);
  ASSERT_NE(errors.For("reference"), nullptr);
  EXPECT_EQ(*errors.For("reference"), "The reference macfa-2012-01 is already used: give this case its own reference");
}

TEST(AuditedCaseReader, RefusesAReferenceThatCouldBeANameAndOtherBadInput) {
  AuditedCase out;
  for (const char* bad : {"Jane Smith", "JaneSmith", "AB/12", "A-1234567890123456789012345"}) {
    auto in = NewCase();
    in["reference"] = bad;
    EXPECT_NE(ReadAuditedCase(in, {7}, {}, {3, 5}, kToday, out).For("reference"), nullptr) << bad;
  }
  auto in = NewCase();
  in.erase("agency_5");
  EXPECT_EQ(*ReadAuditedCase(in, {7}, {}, {3, 5}, kToday, out).For("agencies"),
            "Choose at least two agencies that knew the child: this is a multi-agency audit");
  in = NewCase();
  in["agency_99"] = "yes";
  EXPECT_NE(ReadAuditedCase(in, {7}, {}, {3, 5}, kToday, out).For("agencies"), nullptr);
  in = NewCase();
  in["planned_audit_id"] = "8";  // not a case file audit the reader may add to
  EXPECT_NE(ReadAuditedCase(in, {7}, {}, {3, 5}, kToday, out).For("planned_audit_id"), nullptr);
  in = NewCase();
  in["selected_on"] = "2012-04-01";
  EXPECT_EQ(*ReadAuditedCase(in, {7}, {}, {3, 5}, kToday, out).For("selected_on"), "The date cannot be in the future");
}

TEST(CaseAuditAccess, TheAuditGroupAndTheBoardTeamOnlyAndNeverLayMembers) {
  CaseAuditReader board{.board_team = true};
  CaseAuditReader member{.groups = {4, 11}, .agencies = {3}};
  CaseAuditReader lay{.lay = true, .groups = {11}};
  CaseAuditReader outsider{.groups = {4}};
  EXPECT_TRUE(MaySeeCase(board, 11));
  EXPECT_TRUE(MaySeeCase(member, 11));
  EXPECT_FALSE(MaySeeCase(lay, 11));
  EXPECT_FALSE(MaySeeCase(outsider, 11));
  EXPECT_FALSE(MaySeeCase(member, std::nullopt));  // an audit with no group is the board team's
  // RULE: issue 16 - each agency completes its own part.
  EXPECT_TRUE(MayCompletePart(member, 11, 3));
  EXPECT_FALSE(MayCompletePart(member, 11, 5));
  EXPECT_TRUE(MayCompletePart(board, 11, 5));
}

TEST(CasePartReader, CompletedOnlyWithASummaryAndNotOnceDiscussed) {
  auto c = CaseWithParts(false);
  CasePart part = c.parts[0];
  EXPECT_EQ(*ReadCasePart({{"completed_on", "2012-01-27"}}, c, kToday, part).For("summary"),
            "Enter what the agency's records show before completing its part");
  EXPECT_EQ(*ReadCasePart({{"summary", "x"}, {"completed_on", "2012-01-01"}}, c, kToday, part).For("completed_on"),
            "The part cannot be completed before the case was selected");
  EXPECT_TRUE(ReadCasePart({{"summary", "A draft"}}, c, kToday, part).empty());
  EXPECT_FALSE(part.completed_on);
  c.discussed_on = D("2012-02-16");
  EXPECT_FALSE(ReadCasePart({{"summary", "Late"}}, c, kToday, part).empty());
}

TEST(DiscussionReader, NeedsEveryPartCompleteAndAGradeInEveryDomain) {
  AuditedCase out;
  // RULE: issue 16 - agencies complete their parts, then the discussion grades the case.
  EXPECT_EQ(*ReadDiscussion(Grades(), CaseWithParts(false), kToday, out).For("discussed_on"),
            "Every agency must complete its part before the case is discussed");
  auto c = CaseWithParts(true);
  EXPECT_EQ(StageOf(c), CaseStage::kAwaitingDiscussion);
  auto in = Grades();
  in.erase("grade_overall");
  in["grade_impact"] = "brilliant";
  auto errors = ReadDiscussion(in, c, kToday, out);
  EXPECT_EQ(*errors.For("grade_overall"), "Select a grade for overall");
  EXPECT_NE(errors.For("grade_impact"), nullptr);
  in = Grades();
  in["discussed_on"] = "2012-02-01";  // before the last part was completed
  EXPECT_NE(ReadDiscussion(in, c, kToday, out).For("discussed_on"), nullptr);
  EXPECT_TRUE(ReadDiscussion(Grades(), c, kToday, out).empty());
  EXPECT_EQ(out.grades.size(), AuditDomains().size());
  EXPECT_EQ(StageOf(out), CaseStage::kDiscussed);
}

TEST(FindingReader, AStrengthIsNotedADeficitMayBecomeAnActionOrATrainingReferral) {
  auto c = CaseWithParts(true);
  CaseFinding f;
  EXPECT_EQ(*ReadFinding({{"kind", "deficit"}, {"text", "x"}, {"follow_up", "noted"}}, c, f).For("text"),
            "Record the discussion before its findings");
  c.discussed_on = D("2012-02-16");
  EXPECT_EQ(*ReadFinding({{"kind", "strength"}, {"text", "Good notifications"}, {"follow_up", "action"}}, c, f).For("follow_up"),
            "A strength is noted: only a deficit becomes an action or a training referral");
  core::FieldValues action{{"agency_id", "5"}, {"kind", "deficit"}, {"text", "GP not invited"}, {"follow_up", "action"},
                           {"follow_up_text", "Remind practices"}, {"due_on", "2012-02-01"}};
  EXPECT_EQ(*ReadFinding(action, c, f).For("due_on"), "The action cannot be due before the case was discussed");
  action["due_on"] = "2012-03-31";
  action["agency_id"] = "9";  // not one of the case's agencies
  EXPECT_NE(ReadFinding(action, c, f).For("agency_id"), nullptr);
  action.erase("agency_id");
  EXPECT_EQ(*ReadFinding(action, c, f).For("agency_id"), "Choose the agency the action is for");
  action["agency_id"] = "5";
  ASSERT_TRUE(ReadFinding(action, c, f).empty());
  EXPECT_EQ(f.follow_up, FindingFollowUp::kAction);
  c.findings.push_back(f);
  EXPECT_EQ(StageOf(c), CaseStage::kActionsOpen);
  Date on;
  EXPECT_NE(ReadFindingCompleted({{"completed_on", "2012-02-10"}}, c, f, kToday, on).For("completed_on"), nullptr);
  ASSERT_TRUE(ReadFindingCompleted({{"completed_on", "2012-03-20"}}, c, f, kToday, on).empty());
  c.findings.back().completed_on = on;
  EXPECT_EQ(StageOf(c), CaseStage::kClosed);
  CaseFinding training;
  ASSERT_TRUE(ReadFinding({{"kind", "deficit"}, {"text", "Plans not measurable"}, {"follow_up", "training"},
                           {"follow_up_text", "Outcome-focused planning"}},
                          c, training)
                  .empty());
  EXPECT_FALSE(training.agency_id);  // the agencies together
  EXPECT_FALSE(training.due_on);
}

TEST(CaseAuditFigures, CohortsPerQuarterAgainstTheTargetGradesAndFindings) {
  auto a = CaseWithParts(true);
  a.selected_on = D("2012-01-09");
  a.discussed_on = D("2012-02-16");
  a.grades = {{AuditDomain::kOverall, CaseGrade::kGood}, {AuditDomain::kPlanning, CaseGrade::kRequiresImprovement}};
  a.findings.push_back({.agency_id = 5, .kind = FindingKind::kDeficit, .follow_up = FindingFollowUp::kTraining,
                        .agency_name = "NHS"});
  a.findings.push_back({.kind = FindingKind::kStrength});
  auto b = CaseWithParts(false);
  b.selected_on = D("2011-04-01");
  b.grades = {{AuditDomain::kOverall, CaseGrade::kGood}};
  auto c = CaseWithParts(false);
  c.selected_on = D("2012-04-01");  // the next year's first quarter
  std::vector<AuditedCase> cases{a, b, c};
  auto cohorts = CohortsOf(cases, 2011, 1);
  ASSERT_EQ(cohorts.size(), 4u);
  EXPECT_EQ(cohorts[0].cases, 1);
  EXPECT_TRUE(cohorts[0].Met());
  EXPECT_EQ(cohorts[1].cases, 0);
  EXPECT_FALSE(cohorts[1].Met());
  EXPECT_EQ(cohorts[3].cases, 1);
  EXPECT_EQ(cohorts[3].discussed, 1);
  EXPECT_FALSE(CohortsOf(cases, 2011, std::nullopt)[3].Met());  // no target, nothing met
  EXPECT_EQ((QuarterOf(D("2012-03-31")) <=> YearQuarter{2011, 4}), std::strong_ordering::equal);
  EXPECT_EQ(QuarterOf(D("2011-07-01")).quarter, 2);
  auto grades = GradeCounts(cases);
  EXPECT_EQ(grades[AuditDomain::kOverall][CaseGrade::kGood], 2);
  EXPECT_EQ(grades[AuditDomain::kPlanning][CaseGrade::kRequiresImprovement], 1);
  auto tallies = FindingsByAgency(cases);
  EXPECT_EQ(tallies["NHS"].deficits, 1);
  EXPECT_EQ(tallies["NHS"].training, 1);
  EXPECT_EQ(tallies["Agencies together"].strengths, 1);
}

TEST(CaseTargetReader, AWholeNumberFromOneToAHundred) {
  int target = 0;
  EXPECT_TRUE(ReadCaseTarget({{"cases_per_quarter", " 6 "}}, target).empty());
  EXPECT_EQ(target, 6);
  for (const char* bad : {"0", "101", "2.5", "six", ""})
    EXPECT_NE(ReadCaseTarget({{"cases_per_quarter", bad}}, target).For("cases_per_quarter"), nullptr) << bad;
}

}  // namespace
}  // namespace safeboard::assurance
