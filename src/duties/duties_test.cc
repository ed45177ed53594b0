#include "duties/duties.h"

#include <gtest/gtest.h>

namespace safeboard::duties {
namespace {

using namespace std::chrono;

const Duty* Find(const std::vector<Duty>& duties, const std::string& what) {
  for (const auto& d : duties)
    if (d.what == what) return &d;
  return nullptr;
}

// RULE: the constitution is reviewed annually; the chair's appointment every 2 years.
TEST(Duties, AnnualAndTwoYearlyReviews) {
  DutyInputs in;
  in.constitution_reviewed_on = year(2011) / 10 / 1;
  in.chair_appointment_reviewed_on = year(2011) / 9 / 1;
  in.lead_member_met_chair_on = year(2012) / 2 / 15;
  auto duties = Duties(in, year(2012) / 4 / 1);
  EXPECT_EQ(Find(duties, "Review the constitution")->due, year(2012) / 10 / 1);
  EXPECT_EQ(Find(duties, "Review the constitution")->status, DutyStatus::kLater);
  EXPECT_EQ(Find(duties, "Review the Independent Chair's appointment")->due, year(2013) / 9 / 1);
  // RULE: the Lead Member meets the Chair quarterly.
  EXPECT_EQ(Find(duties, "Lead Member meets the Independent Chair")->due, year(2012) / 5 / 15);
  EXPECT_EQ(Find(duties, "Lead Member meets the Independent Chair")->status, DutyStatus::kLater);
  EXPECT_EQ(Duties(in, year(2012) / 5 / 1)[0].status, DutyStatus::kDueSoon);
}

TEST(Duties, TermsOfReferenceNeverReviewedAreDueNowAndOldOnesOverdue) {
  DutyInputs in;
  in.groups = {{"CDOP", std::nullopt}, {"Board", year(2010) / 6 / 1}};
  auto duties = Duties(in, year(2011) / 9 / 1);
  EXPECT_EQ(Find(duties, "Review the terms of reference of Board")->status, DutyStatus::kOverdue);
  EXPECT_EQ(Find(duties, "Review the terms of reference of CDOP")->due, year(2011) / 9 / 1);
  EXPECT_EQ(duties.front().what, "Review the terms of reference of Board");  // soonest first
}

// RULE: Constitution 4 - convened within 28 days, met within 3 months, mediator within 28 days.
TEST(Duties, DisputeDeadlinesRunFromTheDayItWasRaised) {
  DutyInputs in;
  in.disputes = {{1, "Threshold for referrals", year(2011) / 11 / 15, std::nullopt, std::nullopt, std::nullopt}};
  auto duties = Duties(in, year(2011) / 11 / 20);
  EXPECT_EQ(Find(duties, "Convene the dispute: Threshold for referrals")->due, year(2011) / 12 / 13);
  EXPECT_EQ(Find(duties, "Meet on the dispute: Threshold for referrals")->due, year(2012) / 2 / 15);
  EXPECT_EQ(Find(duties, "Agree a mediator for the dispute: Threshold for referrals")->due, year(2011) / 12 / 13);
  in.disputes[0].convened_on = year(2011) / 12 / 1;
  EXPECT_EQ(Find(Duties(in, year(2011) / 11 / 20), "Convene the dispute: Threshold for referrals"), nullptr);
}

}  // namespace
}  // namespace safeboard::duties
