#include "cdop/cdop.h"

#include <gtest/gtest.h>

namespace safeboard::cdop {
namespace {

using namespace std::chrono;

TEST(Cdop, AgesAreSaidAsPeopleSayThem) {
  EXPECT_EQ(AgeAtDeath(year(2011) / 5 / 1, year(2011) / 5 / 4), "3 days");
  EXPECT_EQ(AgeAtDeath(year(2011) / 1 / 15, year(2011) / 7 / 1), "5 months");
  EXPECT_EQ(AgeAtDeath(year(1997) / 6 / 10, year(2011) / 6 / 9), "13 years");
  EXPECT_EQ(AgeInYears(year(1997) / 6 / 10, year(2011) / 6 / 10), 14);
}

// RULE: a pseudonymous reference, never the child's name.
TEST(Cdop, CaseReferencesArePseudonymous) {
  EXPECT_EQ(CaseReference(2011, 7), "CD-2011-007");
  EXPECT_EQ(FinancialYearOf(year(2012) / 3 / 31), 2011);
  EXPECT_EQ(FinancialYearOf(year(2012) / 4 / 1), 2012);
}

// RULE: the annual report 2011-12 - 29 reviews over the year, by year of death 1, 7, 14, 7;
// modifiable factors 7 / 22 / 0; percentages are whole numbers, half up.
TEST(Cdop, YearStatisticsCountReviewsByYearOfDeathAndShareByCategory) {
  std::vector<Review> reviews;
  auto add = [&](int n, Date death, Category c, Modifiable m) {
    for (int i = 0; i < n; ++i) reviews.push_back({year(2011) / 9 / 1, death, c, m, {RecommendationArea::kIndividualCase}});
  };
  add(1, year(2008) / 10 / 1, Category::kChronicMedical, Modifiable::kNotIdentified);
  add(7, year(2009) / 10 / 1, Category::kPerinatalNeonatal, Modifiable::kNotIdentified);
  add(13, year(2010) / 10 / 1, Category::kPerinatalNeonatal, Modifiable::kIdentified);
  add(1, year(2010) / 11 / 1, Category::kSuicideSelfHarm, Modifiable::kNotIdentified);
  add(7, year(2011) / 5 / 1, Category::kInfection, Modifiable::kNotIdentified);
  reviews.push_back({year(2012) / 5 / 1, year(2011) / 6 / 1, Category::kInfection, Modifiable::kNotIdentified, {}});  // next year
  std::vector<Notification> notified = {{year(2011) / 5 / 1, year(2011) / 5 / 2, true},
                                        {year(2012) / 2 / 1, year(2012) / 2 / 2, false},
                                        {year(2011) / 3 / 1, year(2011) / 3 / 2, true}};
  auto s = YearStatistics(2011, notified, reviews);
  EXPECT_EQ(s.reviews, 29);
  EXPECT_EQ(s.reviews_by_death_year, (std::map<int, int>{{2008, 1}, {2009, 7}, {2010, 14}, {2011, 7}}));
  EXPECT_EQ(s.categories[Category::kPerinatalNeonatal].count, 20);
  EXPECT_EQ(s.categories[Category::kPerinatalNeonatal].percent, 69);
  EXPECT_EQ(s.modifiable[Modifiable::kIdentified].count, 13);
  EXPECT_EQ(s.modifiable[Modifiable::kInadequateInformation].count, 0);
  EXPECT_EQ(s.notified, 2);
  EXPECT_EQ(s.notified_not_resident, 1);
  EXPECT_EQ(s.notified_by_year[2010], 1);
  EXPECT_EQ(s.recommendation_areas, (std::vector<RecommendationArea>{RecommendationArea::kIndividualCase}));
}

TEST(Cdop, SmallNumbersCanBeSuppressedForPublication) {
  EXPECT_EQ(Publishable(3, true), "1-5");
  EXPECT_EQ(Publishable(3, false), "3");
  EXPECT_EQ(Publishable(0, true), "0");
  EXPECT_EQ(Publishable(6, true), "6");
}

TEST(Cdop, VocabulariesHaveTheNationalLists) {
  EXPECT_EQ(Categories().size(), 10u);
  EXPECT_EQ(RecommendationAreas().size(), 10u);
  EXPECT_EQ(core::CodeOf(ModifiableFindings(), Modifiable::kInadequateInformation), "inadequate_information");
}

}  // namespace
}  // namespace safeboard::cdop
