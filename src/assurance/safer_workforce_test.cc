#include "assurance/safer_workforce.h"

#include <gtest/gtest.h>

namespace safeboard::assurance {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }
const Date kToday = D("2011-06-30");

WorkforceAssessment Assessment() {
  WorkforceAssessment w;
  w.id = 1;
  w.title = "Safer recruitment self-assessment 2011";
  w.opens_on = D("2011-04-01");
  w.returns_due_on = D("2011-05-13");
  return w;
}

core::FieldValues SchoolReturn() {
  return {{"organisation", "Hillside Academy"}, {"type", "school"}, {"returned_on", "2011-05-13"},
          {"rating_recruitment", "partly_compliant"}, {"rating_induction_and_guidance", "compliant"},
          {"rating_safe_working_culture", "not_compliant"}, {"rating_monitoring", "compliant"}};
}

TEST(WorkforceReturnReader, AnOrganisationByNameRatesEveryDomainOnce) {
  WorkforceReturn r;
  ASSERT_TRUE(ReadWorkforceReturn(SchoolReturn(), Assessment(), {3}, {}, kToday, r).empty());
  EXPECT_EQ(r.Name(), "Hillside Academy");
  EXPECT_EQ(r.ratings.size(), 4u);
  EXPECT_EQ(r.Deficits(), (std::vector<WorkforceDomain>{WorkforceDomain::kRecruitment, WorkforceDomain::kSafeWorkingCulture}));
  // RULE: issue 16 - one return per organisation, whatever the case of its name.
  auto again = SchoolReturn();
  again["organisation"] = "HILLSIDE ACADEMY";
  EXPECT_EQ(*ReadWorkforceReturn(again, Assessment(), {3}, {ReturnKey(r)}, kToday, r).For("organisation"),
            "This organisation has already made its return to this assessment");
}

TEST(WorkforceReturnReader, ABoardAgencyIsThatKindAndBadInputIsRefused) {
  WorkforceReturn r;
  auto in = SchoolReturn();
  in.erase("organisation");
  in["agency_id"] = "3";
  ASSERT_TRUE(ReadWorkforceReturn(in, Assessment(), {3}, {}, kToday, r).empty());
  EXPECT_EQ(r.type, OrganisationType::kBoardAgency);
  EXPECT_EQ(ReturnKey(r), "agency:3");
  in.erase("agency_id");
  EXPECT_EQ(*ReadWorkforceReturn(in, Assessment(), {3}, {}, kToday, r).For("organisation"),
            "Choose one of the board's agencies or enter the organisation's name");
  in = SchoolReturn();
  in["rating_monitoring"] = "excellent";
  in["returned_on"] = "2011-03-31";
  auto errors = ReadWorkforceReturn(in, Assessment(), {3}, {}, kToday, r);
  EXPECT_EQ(*errors.For("rating_monitoring"), "Select how compliant it is in safer recruitment monitoring");
  EXPECT_EQ(*errors.For("returned_on"), "The return cannot be before the assessment opened");
  in = SchoolReturn();
  in["type"] = "board_agency";  // but no agency chosen
  EXPECT_NE(ReadWorkforceReturn(in, Assessment(), {3}, {}, kToday, r).For("agency_id"), nullptr);
}

TEST(SupportActionReader, SupportFollowsADeficitAndIsCompletedOnce) {
  WorkforceReturn r;
  ASSERT_TRUE(ReadWorkforceReturn(SchoolReturn(), Assessment(), {}, {}, kToday, r).empty());
  SupportAction a;
  // RULE: issue 16 - deficits become support actions.
  EXPECT_EQ(*ReadSupportAction({{"domain", "monitoring"}, {"support", "Audit tool"}, {"due_on", "2011-09-30"}}, r, a)
                 .For("domain"),
            "Choose a domain the organisation is not fully compliant in: support follows a deficit");
  EXPECT_EQ(*ReadSupportAction({{"domain", "recruitment"}, {"support", "Training"}, {"due_on", "2011-05-01"}}, r, a)
                 .For("due_on"),
            "The support cannot be due before the return");
  ASSERT_TRUE(ReadSupportAction({{"domain", "recruitment"}, {"support", "Training"}, {"due_on", "2011-09-30"}}, r, a).empty());
  EXPECT_FALSE(EveryDeficitAddressed(r));
  Date on;
  EXPECT_EQ(*ReadSupportCompleted({{"completed_on", "2011-07-01"}}, r, a, kToday, on).For("completed_on"),
            "The date cannot be in the future");
  ASSERT_TRUE(ReadSupportCompleted({{"completed_on", "2011-06-20"}}, r, a, kToday, on).empty());
  a.completed_on = on;
  r.actions.push_back(a);
  EXPECT_FALSE(EveryDeficitAddressed(r));  // the culture deficit has no support yet
  EXPECT_NE(ReadSupportCompleted({{"completed_on", "2011-06-21"}}, r, a, kToday, on).For("completed_on"), nullptr);
  SupportAction culture{.domain = WorkforceDomain::kSafeWorkingCulture, .completed_on = D("2011-06-25")};
  r.actions.push_back(culture);
  EXPECT_TRUE(EveryDeficitAddressed(r));
}

TEST(WorkforceFigures, CompliantInEveryDomainDeficitsAndTheirSupport) {
  WorkforceReturn school;
  ASSERT_TRUE(ReadWorkforceReturn(SchoolReturn(), Assessment(), {}, {}, kToday, school).empty());
  school.actions.push_back({.domain = WorkforceDomain::kRecruitment, .completed_on = D("2011-06-01")});
  WorkforceReturn police;
  police.type = OrganisationType::kBoardAgency;
  for (const auto& d : WorkforceDomains()) police.ratings[d.value] = Compliance::kCompliant;
  std::vector<WorkforceReturn> returns{school, police};
  auto f = FiguresOf(returns);
  EXPECT_EQ(f.returns, 2);
  EXPECT_EQ(f.fully_compliant, 1);
  EXPECT_EQ(f.with_deficits, 1);
  EXPECT_EQ(f.deficits_addressed, 0);
  EXPECT_EQ(f.actions_done, 1);
  EXPECT_EQ(f.ratings[WorkforceDomain::kRecruitment][Compliance::kCompliant], 1);
  EXPECT_EQ(f.ratings[WorkforceDomain::kSafeWorkingCulture][Compliance::kNotCompliant], 1);
  EXPECT_EQ(f.by_type[OrganisationType::kSchool], 1);
}

TEST(WorkforceAssessmentReader, DatesInOrderAndAReportWithItsMeeting) {
  WorkforceAssessment w;
  core::FieldValues in{{"title", "Safer recruitment 2011"}, {"opens_on", "2011-04-01"}, {"returns_due_on", "2011-03-01"}};
  EXPECT_EQ(*ReadWorkforceAssessment(in, {}, {}, kToday, w).For("returns_due_on"),
            "Returns must be due on or after the day it opens");
  in["returns_due_on"] = "2011-05-13";
  in["reported_at_meeting_id"] = "9";
  EXPECT_EQ(*ReadWorkforceAssessment(in, {}, {9}, kToday, w).For("reported_on"),
            "Enter the day it was reported to the meeting");
  in["reported_on"] = "2011-06-16";
  in["planned_audit_id"] = "4";
  EXPECT_NE(ReadWorkforceAssessment(in, {5}, {9}, kToday, w).For("planned_audit_id"), nullptr);
  EXPECT_TRUE(ReadWorkforceAssessment(in, {4}, {9}, kToday, w).empty());
  EXPECT_EQ(w.reported_on, D("2011-06-16"));
}

}  // namespace
}  // namespace safeboard::assurance
