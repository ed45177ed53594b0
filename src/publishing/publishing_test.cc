#include "publishing/publishing.h"

#include <gtest/gtest.h>

namespace safeboard::publishing {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }
const Date kToday = D("2012-03-31");

TEST(PublicSiteRule, PublicFromTheDayPublishedUntilWithdrawn) {
  Publication p{.title = "Leaflet", .published_on = D("2012-03-20"), .on_public_site = true};
  // RULE: issue 18 - public, published, not withdrawn.
  EXPECT_FALSE(OnPublicSite(p, D("2012-03-19")));
  EXPECT_TRUE(OnPublicSite(p, D("2012-03-20")));
  p.withdrawn_on = D("2012-03-30");
  EXPECT_TRUE(OnPublicSite(p, D("2012-03-29")));
  EXPECT_FALSE(OnPublicSite(p, D("2012-03-30")));
  p.withdrawn_on.reset();
  p.on_public_site = false;
  EXPECT_FALSE(OnPublicSite(p, kToday));
}

TEST(PublicationReaders, APublicOneNeedsItsDayAndWithdrawnOnceAfterIt) {
  Publication p;
  core::FieldValues in{{"title", "Leaflet"}, {"kind", "leaflet"}, {"on_public_site", "yes"}};
  EXPECT_EQ(*ReadPublication(in, p).For("published_on"), "Enter the day published: the public site shows it from that day");
  in["published_on"] = "2012-03-20";
  in["url"] = "ftp://example.org/x";
  EXPECT_TRUE(ReadPublication(in, p).For("url"));
  in["url"] = "https://example.org/leaflet.pdf";
  ASSERT_TRUE(ReadPublication(in, p).empty());
  Date on;
  EXPECT_TRUE(ReadWithdrawal({{"withdrawn_on", "2012-03-19"}}, p, kToday, on).For("withdrawn_on"));
  EXPECT_TRUE(ReadWithdrawal({{"withdrawn_on", "2012-04-01"}}, p, kToday, on).For("withdrawn_on"));
  ASSERT_TRUE(ReadWithdrawal({{"withdrawn_on", "2012-03-30"}}, p, kToday, on).empty());
  p.withdrawn_on = on;
  EXPECT_EQ(*ReadWithdrawal({{"withdrawn_on", "2012-03-31"}}, p, kToday, on).For("withdrawn_on"), "It was withdrawn on 30 March 2012");
  SiteSettings settings;
  auto errors = ReadSiteSettings({}, settings);
  EXPECT_TRUE(errors.For("about"));
  EXPECT_TRUE(errors.For("who_to_call"));
}

TEST(Activities, AMediaEnquiryNamesWhoRespondedAndIsFlaggedWithoutTheDirector) {
  Activity a;
  core::FieldValues in{{"kind", "media_enquiry"}, {"title", "Newspaper"}, {"held_on", "2012-01-24"}};
  EXPECT_EQ(*ReadActivity(in, kToday, a).For("responded_by"), "Enter who responded to the media enquiry for the board");
  in["responded_by"] = "The Independent Chair";
  ASSERT_TRUE(ReadActivity(in, kToday, a).empty());
  // RULE: Constitution appendix 1, duty 17 - in consultation with the Director.
  EXPECT_TRUE(AnsweredWithoutTheDirector(a));
  in["dcs_consulted"] = "yes";
  ASSERT_TRUE(ReadActivity(in, kToday, a).empty());
  EXPECT_FALSE(AnsweredWithoutTheDirector(a));
  ASSERT_TRUE(ReadActivity({{"kind", "survey"}, {"title", "Survey"}, {"held_on", "2012-03-30"}}, kToday, a).empty());
  EXPECT_FALSE(AnsweredWithoutTheDirector(a));
  EXPECT_TRUE(ReadActivity({{"kind", "survey"}, {"title", "Survey"}, {"held_on", "2012-04-01"}}, kToday, a).For("held_on"));
}

}  // namespace
}  // namespace safeboard::publishing
