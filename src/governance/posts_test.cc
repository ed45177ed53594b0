#include "governance/posts.h"

#include <gtest/gtest.h>

namespace safeboard::governance {
namespace {

using namespace std::chrono;

Post HeadOfSafeguarding() {
  Post p;
  p.id = 5;
  p.title = "Head of Safeguarding";
  p.agency_id = 1;
  p.agency_name = "Thames Valley Police";
  p.holdings = {{1, 5, 10, "Ann Jones", year(2010) / April / 1, year(2011) / March / 31},
                {2, 5, 11, "Bo Smith", year(2011) / June / 1, std::nullopt}};
  return p;
}

TEST(Post, IsNamedWithItsAgencyOrAloneForTheBoard) {
  auto p = HeadOfSafeguarding();
  EXPECT_EQ(PostName(p), "Head of Safeguarding (Thames Valley Police)");
  p.agency_id.reset();
  p.agency_name.clear();
  EXPECT_EQ(PostName(p), "Head of Safeguarding");
}

TEST(Post, IsVacantBetweenHolders) {
  auto p = HeadOfSafeguarding();
  ASSERT_NE(HolderOn(p, year(2010) / May / 1), nullptr);
  EXPECT_EQ(HolderOn(p, year(2010) / May / 1)->person_name, "Ann Jones");
  EXPECT_EQ(HolderOn(p, year(2011) / May / 1), nullptr);
  EXPECT_EQ(HolderOn(p, year(2012) / May / 1)->person_name, "Bo Smith");
}

TEST(Post, ReadsATitleAndAnOptionalAgency) {
  Post p;
  EXPECT_TRUE(ReadPost({{"title", "Designated Nurse"}, {"agency_id", "2"}}, {1, 2}, p).empty());
  EXPECT_EQ(p.agency_id, 2);
  EXPECT_TRUE(ReadPost({{"title", "Partnership Manager"}, {"agency_id", ""}}, {1, 2}, p).empty());
  EXPECT_FALSE(p.agency_id);
  auto errors = ReadPost({{"title", ""}, {"agency_id", "9"}}, {1, 2}, p);
  EXPECT_NE(errors.For("title"), nullptr);
  EXPECT_NE(errors.For("agency_id"), nullptr);
}

core::FieldValues NewHolder(const std::string& person, int day, int month, int year) {
  return {{"person_id", person},
          {"started_on-day", std::to_string(day)},
          {"started_on-month", std::to_string(month)},
          {"started_on-year", std::to_string(year)}};
}

TEST(Post, ANewHolderEndsTheCurrentHoldingTheDayBefore) {
  auto p = HeadOfSafeguarding();
  PostHolding h;
  std::optional<EndsHolding> ends;
  ASSERT_TRUE(ReadNewHolder(NewHolder("12", 1, 1, 2013), {10, 11, 12}, p, h, ends).empty());
  EXPECT_EQ(h.person_id, 12);
  ASSERT_TRUE(ends);
  EXPECT_EQ(ends->holding_id, 2);
  EXPECT_EQ(ends->ended_on, year(2012) / December / 31);
}

TEST(Post, ANewHolderCannotStartBeforeTheCurrentOne) {
  auto p = HeadOfSafeguarding();
  PostHolding h;
  std::optional<EndsHolding> ends;
  auto errors = ReadNewHolder(NewHolder("12", 1, 6, 2011), {10, 11, 12}, p, h, ends);
  ASSERT_NE(errors.For("started_on"), nullptr);
  EXPECT_NE(errors.For("started_on")->find("Bo Smith held this post"), std::string::npos);
  EXPECT_FALSE(ends);
  EXPECT_NE(ReadNewHolder(NewHolder("99", 1, 1, 2013), {10, 11, 12}, p, h, ends).For("person_id"), nullptr);
}

TEST(Post, ANewHolderOfAVacantPostEndsNothing) {
  auto p = HeadOfSafeguarding();
  p.holdings.pop_back();
  PostHolding h;
  std::optional<EndsHolding> ends;
  EXPECT_TRUE(ReadNewHolder(NewHolder("11", 1, 5, 2011), {10, 11}, p, h, ends).empty());
  EXPECT_FALSE(ends);
  // Inside the ended holding is refused.
  EXPECT_NE(ReadNewHolder(NewHolder("11", 1, 3, 2011), {10, 11}, p, h, ends).For("started_on"), nullptr);
}

TEST(Post, FallsVacantNotBeforeTheHolderStarted) {
  auto p = HeadOfSafeguarding();
  EndsHolding ends;
  EXPECT_TRUE(ReadVacancy({{"ended_on", "2012-03-31"}}, p, ends).empty());
  EXPECT_EQ(ends.holding_id, 2);
  EXPECT_NE(ReadVacancy({{"ended_on", "2011-05-31"}}, p, ends).For("ended_on"), nullptr);
  p.holdings.pop_back();
  EXPECT_NE(ReadVacancy({{"ended_on", "2012-03-31"}}, p, ends).For("ended_on"), nullptr);
}

}  // namespace
}  // namespace safeboard::governance
