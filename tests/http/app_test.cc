// HTTP tests of the application as a whole: sign-in and sessions, CSRF, the throttle, security headers,
// every route for every role as the policy says, partnership separation, unknown ids and the
// OpenAPI document, against the real server on loopback with the demo board.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "app/routes.h"
#include "auth/policy.h"
#include "core/date.h"
#include "demo_server_test.h"
#include "storage/database.h"

namespace safeboard::testing {
namespace {

namespace json = boost::json;

class AppHttp : public DemoServerTest {};

TEST_F(AppHttp, AnonymousVisitorsAreSentToSignIn) {
  auto r = server_->NewClient().Get(Path("/groups"));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.headers["location"], "/sign-in?next=%2Fp%2Fmilton-keynes%2Fgroups");
  auto api = server_->NewClient().Get("/api/v1/p/milton-keynes/groups");
  EXPECT_EQ(api.status, 401);
  EXPECT_EQ(api.headers["content-type"], "application/json");
}

TEST_F(AppHttp, EveryResponseCarriesSecurityHeaders) {
  Client manager = SignedIn("business manager");
  for (auto* client : {new Client(server_->port()), &manager}) {
    for (const char* target : {"/", "/sign-in", "/no-such-page", "/p/milton-keynes/groups",
                               "/api/v1/openapi.json"}) {
      auto r = client->Get(target);
      EXPECT_NE(r.headers["content-security-policy"].find("frame-ancestors 'none'"),
                std::string::npos) << target;
      EXPECT_EQ(r.headers["x-content-type-options"], "nosniff") << target;
      EXPECT_EQ(r.headers["referrer-policy"], "same-origin") << target;
      EXPECT_EQ(r.headers["x-frame-options"], "DENY") << target;
    }
    if (client != &manager) delete client;
  }
  EXPECT_EQ(manager.Get(Path("/groups")).headers["cache-control"], "no-store");
}

TEST_F(AppHttp, SessionCookieIsHttpOnlyAndSameSite) {
  Client client = server_->NewClient();
  std::string token = client.CsrfToken();
  auto r = client.Post("/sign-in", "csrf_token=" + token +
                                       "&email=member%40demo.safeboard.test&password=demo-member");
  ASSERT_EQ(r.status, 303);
  bool found = false;
  for (const auto& c : r.set_cookies)
    if (c.starts_with("safeboard=")) {
      found = true;
      EXPECT_NE(c.find("HttpOnly"), std::string::npos);
      EXPECT_NE(c.find("SameSite=Lax"), std::string::npos);
    }
  EXPECT_TRUE(found);
}

TEST_F(AppHttp, SignOutEndsTheSession) {
  Client client = SignedIn("member");
  ASSERT_EQ(client.Get(Path("/groups")).status, 200);
  std::string token = client.CsrfToken();
  EXPECT_EQ(client.Post("/sign-out", "csrf_token=" + token).status, 303);
  EXPECT_EQ(client.Get(Path("/groups")).status, 303);
}

TEST_F(AppHttp, FormsWithoutTheCsrfTokenAreRefusedAndChangeNothing) {
  Client manager = SignedIn("business manager");
  auto before = Count("SELECT COUNT(*) FROM agencies");
  auto r = manager.Post(Path("/agencies"), "name=Sneaky+Agency&sector=police");
  EXPECT_EQ(r.status, 403);
  r = manager.Post(Path("/agencies"), "csrf_token=" + std::string(64, 'a') + "&name=Sneaky&sector=police");
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM agencies"), before);
  auto api = manager.Send("POST", "/api/v1/p/milton-keynes/agencies",
                          R"({"name":"Sneaky","sector":"police"})", "application/json");
  EXPECT_EQ(api.status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM agencies"), before);
}

TEST_F(AppHttp, RepeatedFailedSignInsAreThrottled) {
  // A fresh account so other tests' sign-ins are unaffected.
  Client admin = SignedIn("admin");
  std::string token = admin.CsrfToken();
  auto created = admin.Post("/admin/users", "csrf_token=" + token +
                                                "&email=throttle%40example.org&display_name=Throttle"
                                                "&password=correct-horse-battery");
  ASSERT_EQ(created.status, 303) << created.body;
  Client attacker = server_->NewClient();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(attacker.SignIn("throttle@example.org", "wrong-password"), 401);
  // Even the right password is refused while the account is throttled.
  EXPECT_EQ(attacker.SignIn("throttle@example.org", "correct-horse-battery"), 429);
  EXPECT_GE(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in-failed'"), 5);
  EXPECT_GE(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in-throttled'"), 1);
}

TEST_F(AppHttp, EveryRouteAnswersEveryRoleAsThePolicySays) {
  auto ids = DemoIds(server_->database_url());
  // Each principal with the access the policy should give them: a role, plus the panels
  // (issue 5) that open case records to a member.
  auto member_of = [](bool child_deaths, bool case_reviews) {
    auth::Access a = auth::AccessOfRole(auth::Role::kMember);
    a.child_death_panel = child_deaths;
    a.case_review_panel = case_reviews;
    return a;
  };
  std::map<std::string, auth::Access> roles = {
      {"anonymous", auth::AccessOfRole(auth::Role::kAnonymous)},
      {"lay member", auth::AccessOfRole(auth::Role::kLayMember)},
      {"lead member", auth::AccessOfRole(auth::Role::kLayMember)},
      {"member", auth::AccessOfRole(auth::Role::kMember)},
      {"cdop member", member_of(true, false)},
      {"case review chair", member_of(false, true)},
      {"business manager", auth::AccessOfRole(auth::Role::kBusinessManager)},
      {"admin", auth::AccessOfRole(auth::Role::kAdmin)}};
  {
    auto database = storage::OpenDatabase(server_->database_url());
    auto db = database->Connect();
    db->Exec("UPDATE users SET calendar_token = ? WHERE email = 'member@demo.safeboard.test'",
             {std::string(64, 'c')});
  }
  int checked = 0;
  for (const auto& [role_name, access] : roles) {
    auto role = access.role;
    Client client = SignedIn(role_name);
    std::string token = client.CsrfToken();
    for (const auto& route : app::Routes()) {
      if (route.pattern == "/sign-out") continue;  // covered by SignOutEndsTheSession
      std::string target = FillPattern(route.pattern, ids);
      bool api = route.kind == app::RouteKind::kApi;
      HttpResult r;
      if (route.method == "GET")
        r = client.Get(target);
      else if (api)
        r = client.Send(std::string(route.method), target, "", "application/json",
                        {{"X-CSRF-Token", token}});
      else
        r = client.Post(target, "csrf_token=" + token);  // empty form: refused as bad input
      bool allowed = auth::Allows(access, route.permission);
      std::string where = role_name + " " + std::string(route.method) + " " + target;
      if (allowed) {
        bool refused = r.status == 403 && !route.record_check;
        EXPECT_TRUE(r.status != 401 && !refused && r.status != 404 && r.status < 500)
            << where << " -> " << r.status;
        if (r.status == 303) {
          EXPECT_FALSE(r.headers["location"].starts_with("/sign-in?")) << where;
        }
      } else if (role == auth::Role::kAnonymous) {
        if (api)
          EXPECT_EQ(r.status, 401) << where;
        else {
          EXPECT_EQ(r.status, 303) << where;
          EXPECT_TRUE(r.headers["location"].starts_with("/sign-in?next=")) << where;
        }
      } else {
        EXPECT_EQ(r.status, 403) << where;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 8 * 50);
  EXPECT_GT(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'denied'"), 0);
}

TEST_F(AppHttp, PartnershipsAreSeparated) {
  auto other_group = FirstId(std::string("SELECT g.id FROM partnership_groups g JOIN partnerships p "
                                         "ON p.id = g.partnership_id WHERE p.slug = '") +
                             kOtherSlug + "'");
  auto demo_group = FirstId("SELECT MIN(id) FROM partnership_groups");
  Client manager = SignedIn("business manager");
  // The other partnership does not exist as far as this user can tell.
  EXPECT_EQ(manager.Get(std::string("/p/") + kOtherSlug).status, 404);
  EXPECT_EQ(manager.Get(std::string("/api/v1/p/") + kOtherSlug + "/groups").status, 404);
  // Its records cannot be reached through this partnership's URLs either.
  EXPECT_EQ(manager.Get(Path("/groups/" + std::to_string(other_group))).status, 404);
  EXPECT_EQ(manager.Get("/api/v1/p/milton-keynes/groups/" + std::to_string(other_group)).status, 404);
  // Nothing of it appears on any page or API answer this user can see.
  // Someone in one partnership goes straight to its dashboard (issue 15).
  auto list = manager.Get("/partnerships");
  EXPECT_EQ(list.status, 303);
  EXPECT_EQ(list.headers["location"], Path(""));
  std::vector<std::string> targets = {"/api/v1/partnerships", Path(""),
                                      Path("/groups"), Path("/people"), Path("/agencies"),
                                      Path("/audit"), "/api/v1/p/milton-keynes/agencies",
                                      "/api/v1/p/milton-keynes/people", "/api/v1/p/milton-keynes/groups"};
  auto database = storage::OpenDatabase(server_->database_url());
  auto db = database->Connect();
  for (const auto& row : db->Query(
           "SELECT g.id FROM partnership_groups g JOIN partnerships p ON p.id = g.partnership_id "
           "WHERE p.slug = 'milton-keynes'")) {
    targets.push_back(Path("/groups/" + row.Text(0) + "?on=all"));
    targets.push_back("/api/v1/p/milton-keynes/groups/" + row.Text(0) + "/members?on=all");
  }
  for (const auto& target : targets) {
    auto r = manager.Get(target);
    EXPECT_EQ(r.status, 200) << target;
    EXPECT_EQ(r.body.find(kOtherMarker), std::string::npos) << target;
  }
  // And the other partnership's user cannot see the demo board.
  Client other = server_->NewClient();
  ASSERT_EQ(other.SignIn(OtherPartnershipLogin().email, OtherPartnershipLogin().password), 303);
  EXPECT_EQ(other.Get(Path("")).status, 404);
  EXPECT_EQ(other.Get(Path("/groups/" + std::to_string(demo_group))).status, 404);
  EXPECT_EQ(other.Get(std::string("/p/") + kOtherSlug + "/groups/" + std::to_string(demo_group)).status, 404);
  auto mine = other.Get("/api/v1/partnerships");
  EXPECT_NE(mine.body.find(kOtherSlug), std::string::npos);
  EXPECT_EQ(mine.body.find(kDemoSlug), std::string::npos);
  EXPECT_EQ(other.Get(std::string("/p/") + kOtherSlug + "/groups").status, 200);
}

TEST_F(AppHttp, UnknownIdsAnswer404) {
  Client manager = SignedIn("business manager");
  EXPECT_EQ(manager.Get(Path("/groups/999999")).status, 404);
  EXPECT_EQ(manager.Get(Path("/groups/abc")).status, 404);
  EXPECT_EQ(manager.Get("/api/v1/p/milton-keynes/agencies/999999").status, 404);
  EXPECT_EQ(manager.Get("/p/no-such-board").status, 404);
}

TEST_F(AppHttp, OpenApiDocumentDescribesExactlyTheApiRoutes) {
  auto r = server_->NewClient().Get("/api/v1/openapi.json");
  ASSERT_EQ(r.status, 200);
  auto doc = json::parse(r.body).as_object();
  EXPECT_EQ(std::string(doc.at("openapi").as_string()).substr(0, 2), "3.");
  std::set<std::string> documented, routed;
  for (const auto& [path, item] : doc.at("paths").as_object())
    for (const auto& [method, op] : item.as_object()) {
      std::string m(method);
      for (auto& c : m) c = static_cast<char>(std::toupper(c));
      documented.insert(m + " " + std::string(path));
      // The permission written in the document matches the table.
      for (const auto& route : app::Routes())
        if (route.pattern == path && route.method == m) {
          EXPECT_EQ(op.as_object().at("x-permission").as_string(),
                    auth::PermissionName(route.permission)) << m << " " << path;
        }
    }
  for (const auto& route : app::Routes())
    if (route.kind == app::RouteKind::kApi)
      routed.insert(std::string(route.method) + " " + std::string(route.pattern));
  EXPECT_EQ(documented, routed);
}

}  // namespace
}  // namespace safeboard::testing
