#include "app/routes.h"

#include <gtest/gtest.h>

#include <set>

namespace safeboard::app {

using namespace safeboard::http;
namespace {

TEST(Routes, PatternsBindNamedSegments) {
  std::map<std::string, std::string> params;
  ASSERT_TRUE(MatchPattern("/p/{slug}/groups/{id}", "/p/milton-keynes/groups/12", params));
  EXPECT_EQ(params["slug"], "milton-keynes");
  EXPECT_EQ(params["id"], "12");
  EXPECT_FALSE(MatchPattern("/p/{slug}/groups/{id}", "/p/milton-keynes/groups/", params));
  EXPECT_FALSE(MatchPattern("/p/{slug}/groups/{id}", "/p/milton-keynes/groups/12/edit", params));
  EXPECT_FALSE(MatchPattern("/p/{slug}", "/p//", params));
  EXPECT_FALSE(MatchPattern("/p/{slug}/plans/{id}", "/p/mk/plans/1.csv", params));
  ASSERT_TRUE(MatchPattern("/p/{slug}/plans/{id}.csv", "/p/mk/plans/12.csv", params));
  EXPECT_EQ(params["id"], "12");
  EXPECT_FALSE(MatchPattern("/p/{slug}/plans/{id}.csv", "/p/mk/plans/.csv", params));
}

TEST(Routes, EveryRouteIsUniqueAndPartnershipRoutesNeedMoreThanPublic) {
  std::set<std::pair<std::string_view, std::string_view>> seen;
  for (const auto& route : Routes()) {
    EXPECT_TRUE(seen.emplace(route.method, route.pattern).second) << route.pattern;
    if (route.pattern.starts_with("/p/")) {
      EXPECT_NE(route.permission, auth::Permission::kPublic) << route.pattern;
    }
    // Only signing in, accepting an invitation (which signs in), and asking for a training place
    // with its manager's one-time approval (issue 17: the public site's only form) may write
    // without a session.
    static const std::set<std::string_view> kPublicWrites = {
        "/sign-in", "/invitations/{token}", "/api/v1/invitations/{token}", "/public/{slug}/training/events/{id}",
        "/public/{slug}/training/approve/{token}"};
    if (route.method != "GET" && !kPublicWrites.contains(route.pattern)) {
      EXPECT_NE(route.permission, auth::Permission::kPublic) << route.pattern;
    }
  }
}

}  // namespace
}  // namespace safeboard::app
