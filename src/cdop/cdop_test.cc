#include "cdop/cdop.h"
#include "core/small_numbers.h"

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
  EXPECT_EQ(core::FinancialYearOf(year(2012) / 3 / 31), 2011);
  EXPECT_EQ(core::FinancialYearOf(year(2012) / 4 / 1), 2012);
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
  EXPECT_EQ(core::PublishableCount(3, true), "1-5");
  EXPECT_EQ(core::PublishableCount(3, false), "3");
  EXPECT_EQ(core::PublishableCount(0, true), "0");
  EXPECT_EQ(core::PublishableCount(6, true), "6");
}

TEST(Cdop, VocabulariesHaveTheNationalLists) {
  EXPECT_EQ(Categories().size(), 10u);
  EXPECT_EQ(RecommendationAreas().size(), 10u);
  EXPECT_EQ(core::CodeOf(ModifiableFindings(), Modifiable::kInadequateInformation), "inadequate_information");
}

core::FieldValues Notification(std::map<std::string, std::string> changes = {}) {
  core::FieldValues v{{"date_of_birth", "2011-01-15"}, {"date_of_death", "2011-06-01"}, {"sex", "female"},
                      {"normally_resident", "yes"}, {"place_of_death", "hospital"}, {"expected", "unexpected"},
                      {"notified_by", "Coroner's officer"}, {"notified_on", "2011-06-02"}};
  for (auto& [k, value] : changes) v[k] = value;
  return v;
}

TEST(Cdop, ANotificationIsReadAndItsDatesChecked) {
  Date today = year(2011) / 7 / 1;
  Case c;
  EXPECT_TRUE(ReadNotification(Notification(), today, c).empty());
  EXPECT_EQ(c.sex, Sex::kFemale);
  EXPECT_FALSE(ReadNotification(Notification({{"normally_resident", "no"}}), today, c).size());
  EXPECT_FALSE(c.normally_resident);
  auto errors = ReadNotification(Notification({{"date_of_death", "2010-12-01"}}), today, c);
  EXPECT_NE(errors.For("date_of_death"), nullptr);
  errors = ReadNotification(Notification({{"notified_on", "2011-05-01"}}), today, c);
  EXPECT_NE(errors.For("notified_on"), nullptr);
  errors = ReadNotification(Notification({{"notified_on", "2011-08-01"}}), today, c);
  EXPECT_NE(errors.For("notified_on"), nullptr);
  errors = ReadNotification(Notification({{"date_of_birth", "1990-01-01"}}), today, c);
  EXPECT_NE(errors.For("date_of_birth"), nullptr);  // not a child
  errors = ReadNotification(Notification({{"sex", ""}, {"notified_by", ""}, {"normally_resident", ""}}), today, c);
  EXPECT_EQ(errors.size(), 3u);
}

core::FieldValues ReviewForm(std::map<std::string, std::string> changes = {}) {
  core::FieldValues v{{"meeting_id", "7"}, {"category", "perinatal"}, {"modifiable", "not_identified"},
                      {"area-individual_case", "yes"}};
  for (auto& [k, value] : changes) v[k] = value;
  return v;
}

TEST(Cdop, AReviewNeedsAPanelMeetingAfterTheDeathAndConsistentFindings) {
  Case c;
  c.id = 3;
  c.date_of_death = year(2011) / 6 / 1;
  std::map<std::int64_t, Date> meetings{{7, year(2011) / 7 / 12}, {8, year(2011) / 5 / 10}};
  CaseReview r;
  std::string summary;
  EXPECT_TRUE(ReadReview(ReviewForm(), c, meetings, r, summary).empty());
  EXPECT_EQ(r.reviewed_on, Date(year(2011) / 7 / 12));
  EXPECT_NE(ReadReview(ReviewForm({{"meeting_id", "8"}}), c, meetings, r, summary).For("meeting_id"), nullptr);
  EXPECT_NE(ReadReview(ReviewForm({{"meeting_id", "99"}}), c, meetings, r, summary).For("meeting_id"), nullptr);
  EXPECT_NE(ReadReview(ReviewForm({{"modifiable", "identified"}}), c, meetings, r, summary).For("modifiable_factors"),
            nullptr);
  // RULE: a safeguarding concern refers the case, so the panel must say what to consider.
  EXPECT_NE(ReadReview(ReviewForm({{"safeguarding_concern", "yes"}}), c, meetings, r, summary).For("referral_summary"),
            nullptr);
  EXPECT_TRUE(ReadReview(ReviewForm({{"safeguarding_concern", "yes"}, {"referral_summary", "Neglect concerns"}}), c,
                         meetings, r, summary).empty());
  EXPECT_TRUE(r.safeguarding_concern);
  EXPECT_EQ(summary, "Neglect concerns");
  EXPECT_FALSE(ReadReview(ReviewForm({{"area-individual_case", ""}}), c, meetings, r, summary).empty());
  EXPECT_FALSE(ReadReview(ReviewForm({{"area-none", "yes"}}), c, meetings, r, summary).empty());
}

TEST(Cdop, RecommendationAreasRoundTripThroughTheirCodes) {
  std::vector<RecommendationArea> areas{RecommendationArea::kIndividualCase, RecommendationArea::kLegislationNational};
  EXPECT_EQ(EncodeAreas(areas), "individual_case,legislation");
  EXPECT_EQ(DecodeAreas("individual_case,legislation"), areas);
  EXPECT_TRUE(DecodeAreas("").empty());
  EXPECT_EQ(core::FinancialYearLabel(2011), "2011-12");
  EXPECT_EQ(core::FinancialYearLabel(1999), "1999-00");
  EXPECT_EQ(ParseYear("2011"), 2011);
  EXPECT_FALSE(ParseYear("11").has_value());
  EXPECT_FALSE(ParseYear("2011x").has_value());
}

TEST(SuppressSmallCounts, OnlyThoseEntitledToTheRecordsSeeCountsOfOneToFive) {
  EXPECT_TRUE(SuppressSmallCounts(false, false));
  EXPECT_TRUE(SuppressSmallCounts(false, true));
  EXPECT_FALSE(SuppressSmallCounts(true, false));
  EXPECT_TRUE(SuppressSmallCounts(true, true));
}

}  // namespace
}  // namespace safeboard::cdop
