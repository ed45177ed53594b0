#include "plan/plan.h"

#include <gtest/gtest.h>

namespace safeboard::plan {
namespace {

using namespace std::chrono;

TEST(ByWhen, ReadsTheSeedsWays) {
  auto two = ParseByWhen("October 2010 March 2011");
  ASSERT_TRUE(two);
  EXPECT_EQ(two->kind, ByWhen::Kind::kDates);
  EXPECT_EQ(two->dates, (std::vector<core::Date>{year(2010) / 10 / 31, year(2011) / 3 / 31}));
  EXPECT_EQ(ParseByWhen("31/03/2011")->dates[0], year(2011) / 3 / 31);
  EXPECT_EQ(ParseByWhen("2011-03-31")->dates[0], year(2011) / 3 / 31);
  EXPECT_EQ(ParseByWhen("Ongoing")->kind, ByWhen::Kind::kOngoing);
  auto rule = ParseByWhen("within 3 months of new guidance");
  ASSERT_TRUE(rule);
  EXPECT_EQ(rule->kind, ByWhen::Kind::kAfterTrigger);
  EXPECT_EQ(rule->months_after, 3);
  EXPECT_EQ(rule->trigger, "new guidance");
  EXPECT_EQ(FormatByWhen(*two), "31 October 2010, 31 March 2011");
}

TEST(ByWhen, StoredFormRoundTrips) {
  for (const char* text : {"October 2010 March 2011", "ongoing", "within 3 months of new guidance"}) {
    auto b = *ParseByWhen(text);
    auto back = DecodeByWhen(EncodeByWhen(b));
    ASSERT_TRUE(back) << text;
    EXPECT_EQ(FormatByWhen(*back), FormatByWhen(b)) << text;
  }
}

// RULE: issue 14 - deadlines as boards write them, each stored with its kind.
TEST(ByWhen, ReadsEveryKindBoardsWriteAndStoresIt) {
  using std::chrono::year;
  struct Case {
    const char* text;
    ByWhen::Kind kind;
    const char* shown;
  };
  for (const auto& c : std::vector<Case>{
           {"Q3 2013/14", ByWhen::Kind::kQuarter, "Q3 2013/14"},
           {"q4 2013-14", ByWhen::Kind::kQuarter, "Q4 2013/14"},
           {"June-July 2013", ByWhen::Kind::kRange, "June to July 2013"},
           {"November 2013 - January 2014", ByWhen::Kind::kRange, "November 2013 to January 2014"},
           {"end of September 2013", ByWhen::Kind::kDates, "30 September 2013"},
           {"every quarter", ByWhen::Kind::kRepeating, "Every quarter"},
           {"Twice a year", ByWhen::Kind::kRepeating, "Twice a year"},
           {"each March", ByWhen::Kind::kRepeating, "Each March"},
           {"first by March 2014, then ongoing", ByWhen::Kind::kFirstThenOngoing,
            "First by 31 March 2014, then ongoing"}}) {
    auto b = ParseByWhen(c.text);
    ASSERT_TRUE(b) << c.text;
    EXPECT_EQ(b->kind, c.kind) << c.text;
    EXPECT_EQ(FormatByWhen(*b), c.shown) << c.text;
    // Stored and read back, and shown on the edit form as text that reads back the same.
    auto stored = DecodeByWhen(EncodeByWhen(*b));
    ASSERT_TRUE(stored) << c.text;
    EXPECT_EQ(FormatByWhen(*stored), c.shown) << c.text;
    EXPECT_EQ(FormatByWhen(*ParseByWhen(ByWhenAsTyped(*b))), c.shown) << c.text;
  }
  EXPECT_EQ(DueDates(*ParseByWhen("Q3 2013/14")), std::vector<Date>{year(2013) / 12 / 31});
  EXPECT_EQ(DueDates(*ParseByWhen("June-July 2013")), std::vector<Date>{year(2013) / 7 / 31});
}

// RULE: issue 14 - overdue for each kind: a quarter or range at its end, "first by" at its date,
// a repeating action when the last period went unreported.
TEST(Overdue, EachKindOfDeadline) {
  using std::chrono::year;
  Date today = year(2014) / 1 / 15;
  EXPECT_TRUE(IsOverdue(*ParseByWhen("Q3 2013/14"), {}, today));
  EXPECT_FALSE(IsOverdue(*ParseByWhen("Q4 2013/14"), {}, today));
  EXPECT_TRUE(IsOverdue(*ParseByWhen("first by December 2013, then ongoing"), {}, today));
  std::vector<ProgressUpdate> green{{year(2013) / 12 / 20, "Done", Rag::kGreen, "QA"}};
  EXPECT_FALSE(IsOverdue(*ParseByWhen("first by December 2013, then ongoing"), green, today));
  // Every quarter: the quarter to 31 December needs an update after 30 September.
  auto quarterly = *ParseByWhen("every quarter");
  std::vector<ProgressUpdate> september{{year(2013) / 9 / 1, "Q2", Rag::kAmber, "QA"}};
  std::vector<ProgressUpdate> november{{year(2013) / 11 / 1, "Q3", Rag::kAmber, "QA"}};
  std::vector<ProgressUpdate> march{{year(2013) / 3 / 20, "Yearly", Rag::kAmber, "QA"}};
  EXPECT_TRUE(IsOverdue(quarterly, september, today));
  EXPECT_FALSE(IsOverdue(quarterly, november, today));
  EXPECT_FALSE(IsOverdue(*ParseByWhen("each March"), march, today));
}

TEST(ByWhen, RefusesWhatItCannotRead) {
  for (const char* text : {"", "soon", "31/02/2011", "Smarch 2011", "within months of x", "2011-13-01"})
    EXPECT_FALSE(ParseByWhen(text)) << text;
}

ProgressUpdate Update(core::Date on, Rag rag) { return {on, "note", rag, "someone"}; }

// RULE: an action past its date without a green latest update is overdue.
TEST(Overdue, PastItsDateWithoutAGreenUpdate) {
  auto by_when = *ParseByWhen("March 2011");
  core::Date after = year(2011) / 4 / 1;
  EXPECT_TRUE(IsOverdue(by_when, {}, after));
  std::vector<ProgressUpdate> amber = {Update(year(2011) / 2 / 1, Rag::kAmber)};
  EXPECT_TRUE(IsOverdue(by_when, amber, after));
  std::vector<ProgressUpdate> green = {Update(year(2011) / 2 / 1, Rag::kAmber), Update(year(2011) / 3 / 20, Rag::kGreen)};
  EXPECT_FALSE(IsOverdue(by_when, green, after));
  EXPECT_FALSE(IsOverdue(by_when, {}, year(2011) / 3 / 31));  // due today is not yet overdue
}

// RULE: issue 15 - the dashboard counts actions by their latest update's RAG, and overdue ones.
TEST(PlanStanding, CountsByLatestRagAndOverdue) {
  PlanStanding standing;
  core::Date today = year(2011) / 4 / 1;
  auto march = *ParseByWhen("March 2011");
  auto ongoing = *ParseByWhen("Ongoing");
  AddToStanding(standing, march, std::vector<ProgressUpdate>{Update(year(2011) / 2 / 1, Rag::kGreen),
                                                              Update(year(2011) / 3 / 1, Rag::kRed)}, today);
  AddToStanding(standing, march, std::vector<ProgressUpdate>{Update(year(2011) / 3 / 1, Rag::kGreen)}, today);
  AddToStanding(standing, ongoing, std::vector<ProgressUpdate>{Update(year(2011) / 3 / 1, Rag::kAmber)}, today);
  AddToStanding(standing, march, {}, today);
  EXPECT_EQ(standing.red, 1);
  EXPECT_EQ(standing.amber, 1);
  EXPECT_EQ(standing.green, 1);
  EXPECT_EQ(standing.no_update, 1);
  EXPECT_EQ(standing.overdue, 2);  // the red one and the one never updated
}

TEST(Overdue, OngoingNeverAndTriggeredOnlyOnceTriggered) {
  EXPECT_FALSE(IsOverdue(*ParseByWhen("ongoing"), {}, year(2030) / 1 / 1));
  auto rule = *ParseByWhen("within 3 months of new guidance");
  EXPECT_FALSE(IsOverdue(rule, {}, year(2030) / 1 / 1));
  rule.triggered_on = year(2010) / 3 / 15;
  EXPECT_EQ(DueDates(rule)[0], year(2010) / 6 / 15);
  EXPECT_TRUE(IsOverdue(rule, {}, year(2010) / 6 / 16));
}

TEST(Rag, TonesAreOneMapping) {
  EXPECT_EQ(StatusOf(Rag::kRed).tone, core::Tone::kBad);
  EXPECT_EQ(StatusOf(Rag::kAmber).tone, core::Tone::kWarning);
  EXPECT_EQ(StatusOf(Rag::kGreen).tone, core::Tone::kGood);
  EXPECT_EQ(StatusOf(Rag::kAmber).label, "Amber");
}

TEST(Risk, ImpactIsRequiredAndTheScoreIsLikelihoodTimesSeverity) {
  Risk r;
  EXPECT_TRUE(ReadRisk({{"risk", "Partners do not attend"}, {"impact", "Decisions are delayed"}, {"likelihood", "3"},
                        {"severity", "4"}},
                       r)
                  .empty());
  EXPECT_EQ(RiskScore(r), 12);
  EXPECT_TRUE(ReadRisk({{"risk", "Partners do not attend"}, {"impact", "Decisions are delayed"}}, r).empty());
  EXPECT_FALSE(RiskScore(r));  // no score without both
  auto errors = ReadRisk({{"risk", ""}, {"impact", ""}, {"likelihood", "6"}, {"severity", "x"}}, r);
  EXPECT_EQ(errors.size(), 4u);
  ObjectiveFields o;
  EXPECT_NE(ReadObjectiveFields({{"outcome", ""}, {"number", std::string(21, '1')}}, o).For("number"), nullptr);
}

TEST(ActionFields, CostIsMoneyInPenceAndTriggersNeedARule) {
  ActionFields a;
  EXPECT_TRUE(ReadActionFields({{"activity", "Audit"}, {"cost", "\xC2\xA3" "8,000"}, {"by_when", "April 2011"}}, a).empty());
  EXPECT_EQ(a.cost_pence, 800000);
  EXPECT_EQ(FormatPence(a.cost_pence), "\xC2\xA3" "8,000.00");
  EXPECT_TRUE(ReadActionFields({{"activity", "x"}, {"cost", "1500.5"}, {"by_when", "ongoing"}}, a).empty());
  EXPECT_EQ(a.cost_pence, 150050);
  EXPECT_NE(ReadActionFields({{"activity", "x"}, {"cost", "ten"}, {"by_when", "ongoing"}}, a).For("cost"), nullptr);
  EXPECT_NE(ReadActionFields({{"activity", "x"}, {"by_when", "ongoing"}, {"triggered_on", "2012-01-01"}}, a).For("triggered_on"), nullptr);
  EXPECT_TRUE(ReadActionFields({{"activity", "x"}, {"by_when", "within 3 months of new guidance"}, {"triggered_on", "2012-01-31"}}, a).empty());
  EXPECT_EQ(DueDates(a.by_when)[0], std::chrono::year(2012) / 4 / 30);
}

TEST(Csv, QuotesNewlinesTabsAndByteOrderMark) {
  auto rows = ParseCsv("\xEF\xBB\xBF" "a,\"b, \"\"c\"\"\",d\r\n\"multi\nline\",,\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"a", "b, \"c\"", "d"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"multi\nline", "", ""}));
  EXPECT_EQ(ParseCsv("x\ty", '\t')[0].size(), 2u);
}

std::vector<std::string> Header() {
  return {"Desired Outcome", "Actions", "Performance Measures", "Lead", "Resources required",
          "By when", "Progress report", "RAG"};
}

TEST(Import, ReportsEveryErrorByRowAndColumn) {
  std::vector<std::string> leads = {"Business Management Group", "Quality Assurance Sub-Group"};
  std::vector<std::vector<std::string>> table = {
      Header(),
      {"1. Clear governance", "Sign the constitution", "80% attendance", "Business Management Group", "", "March 2011", "", "green"},
      {"", "Annual review", "Report", "Business Management Group", "", "31/02/2011", "", "amber"},
      {"", "Audit", "Audits done", "The Audit Commission", "", "ongoing", "", "purple"},
  };
  auto result = CheckPlanImport(table, leads);
  ASSERT_EQ(result.errors.size(), 3u);
  EXPECT_EQ(result.errors[0].row, 3);
  EXPECT_EQ(result.errors[0].column, "By when");
  EXPECT_EQ(result.errors[1].row, 4);
  EXPECT_EQ(result.errors[1].column, "Lead");
  EXPECT_EQ(result.errors[2].column, "RAG");
  EXPECT_EQ(result.errors[2].message, "\"purple\" is not red, amber or green");
  // The desired outcome carries down to the rows below it, as in the seeds.
  EXPECT_EQ(result.actions[2].objective, "1. Clear governance");
}

// RULE: issue 14 - import messages suggest near matches.
TEST(Import, AnUnknownLeadSuggestsTheNearestGroupOrPerson) {
  std::vector<std::string> leads = {"Learning & Improvement Sub-Group", "Quality Assurance Sub-Group"};
  auto result = CheckPlanImport(
      {Header(),
       {"1. Learning", "Briefings", "Held", "Learning and Improvement Sub Group", "", "ongoing", "", ""},
       {"", "Audit", "Done", "The Audit Commission", "", "ongoing", "", ""}},
      leads);
  ASSERT_EQ(result.errors.size(), 2u);
  EXPECT_EQ(result.errors[0].message,
            "\"Learning and Improvement Sub Group\" is not a group, post or person of this partnership; did you mean "
            "\"Learning & Improvement Sub-Group\"? To name several leads, separate them with \";\"");
  EXPECT_EQ(result.errors[1].message, "\"The Audit Commission\" is not a group, post or person of this partnership");
}

// RULE: issue 14 - leads match whatever their case, in any script.
TEST(Import, LeadsMatchWhateverTheirCaseInAnyScript) {
  std::vector<std::string> leads = {"Zoë Ångström", "Learning & Improvement Sub-Group"};
  auto result = CheckPlanImport({Header(), {"1. Learning", "Briefings", "Held", "ZOË ÅNGSTRÖM", "", "ongoing", "", ""}},
                                leads);
  EXPECT_TRUE(result.errors.empty()) << result.errors.front().message;
}

// RULE: issue 14 - plans in any board's layout.
TEST(Import, ColumnsAreSuggestedFromRememberedHeadingsTheirOwnNamesAndSynonyms) {
  std::vector<std::string> header = {"Workstream", "Activity", "Owner", "Deadline", "How we will know", "Team", "RAG"};
  auto mapping = SuggestMapping(header, {{"team", "Lead"}});
  EXPECT_EQ(mapping.at("Desired Outcome"), 0u);
  EXPECT_EQ(mapping.at("Actions"), 1u);
  EXPECT_EQ(mapping.at("Lead"), 5u);  // remembered beats the synonym "Owner"
  EXPECT_EQ(mapping.at("By when"), 3u);
  EXPECT_EQ(mapping.at("Performance Measures"), 4u);
  EXPECT_EQ(mapping.at("RAG"), 6u);
  EXPECT_FALSE(mapping.count("Resources required"));
  auto result = CheckMappedPlanImport({header, {"Neglect", "Audit", "x", "ongoing", "", "QA", "green"}},
                                      std::vector<std::string>{"QA"}, mapping);
  ASSERT_TRUE(result.errors.empty()) << result.errors.front().message;
  EXPECT_EQ(result.actions.front().lead, "QA");
}

TEST(Import, TheChosenMappingNeedsEveryRequiredFieldAndOneFieldPerColumn) {
  ColumnMapping mapping;
  auto errors = ReadMapping({{"field-0", "0"}, {"field-1", "0"}, {"field-3", "9"}}, 4, mapping);
  EXPECT_TRUE(errors.For("field-1"));  // column 0 already gives the outcome
  EXPECT_TRUE(errors.For("field-3"));  // no column 9
  EXPECT_TRUE(errors.For("field-5"));  // By when is required
  EXPECT_FALSE(errors.For("field-2"));  // Performance Measures is optional
  errors = ReadMapping({{"field-0", "0"}, {"field-1", "1"}, {"field-3", "2"}, {"field-5", "3"}}, 4, mapping);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(mapping.at("By when"), 3u);
}

TEST(Import, AMissingColumnIsReportedOnTheHeader) {
  auto header = Header();
  header.erase(header.begin() + 5);  // no "By when"
  auto result = CheckPlanImport({header, {"x"}}, {});
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].row, 1);
  EXPECT_EQ(result.errors[0].column, "By when");
}

}  // namespace
}  // namespace safeboard::plan
