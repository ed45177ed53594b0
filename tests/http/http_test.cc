// HTTP tests against the real server on loopback: access policy on every route for every role,
// separation of partnerships, sessions, CSRF, throttling, headers, bad input, the API and its
// OpenAPI document.
#include <gtest/gtest.h>

#include <unistd.h>
#include <xlsxwriter.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <regex>
#include <set>

#include "auth/policy.h"
#include "app/routes.h"
#include "core/date.h"
#include "storage/database.h"
#include "test_server.h"

namespace safeboard::testing {
namespace {

namespace json = boost::json;

class HttpTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static Client SignedIn(const std::string& role) { return SignedInAs(*server_, role); }
  static std::int64_t Count(const std::string& sql) {
    auto database = storage::OpenDatabase(server_->database_url());
    auto db = database->Connect();
    return db->QueryOne(sql)->Int(0);
  }
  static std::int64_t FirstId(const std::string& sql) { return Count(sql); }

  static TestServer* server_;
};
TestServer* HttpTest::server_ = nullptr;

std::string Path(const std::string& p) { return std::string("/p/") + kDemoSlug + p; }

TEST_F(HttpTest, AnonymousVisitorsAreSentToSignIn) {
  auto r = server_->NewClient().Get(Path("/groups"));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.headers["location"], "/sign-in?next=%2Fp%2Fmilton-keynes%2Fgroups");
  auto api = server_->NewClient().Get("/api/v1/p/milton-keynes/groups");
  EXPECT_EQ(api.status, 401);
  EXPECT_EQ(api.headers["content-type"], "application/json");
}

TEST_F(HttpTest, EveryResponseCarriesSecurityHeaders) {
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

TEST_F(HttpTest, SessionCookieIsHttpOnlyAndSameSite) {
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

TEST_F(HttpTest, SignOutEndsTheSession) {
  Client client = SignedIn("member");
  ASSERT_EQ(client.Get(Path("/groups")).status, 200);
  std::string token = client.CsrfToken();
  EXPECT_EQ(client.Post("/sign-out", "csrf_token=" + token).status, 303);
  EXPECT_EQ(client.Get(Path("/groups")).status, 303);
}

TEST_F(HttpTest, FormsWithoutTheCsrfTokenAreRefusedAndChangeNothing) {
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

TEST_F(HttpTest, RepeatedFailedSignInsAreThrottled) {
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

TEST_F(HttpTest, EveryRouteAnswersEveryRoleAsThePolicySays) {
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

TEST_F(HttpTest, PartnershipsAreSeparated) {
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
  std::vector<std::string> targets = {"/partnerships", "/api/v1/partnerships", Path(""),
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

TEST_F(HttpTest, AMembershipWithAMissingDateIsRefusedWithInputKept) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto group = FirstId("SELECT MIN(id) FROM partnership_groups");
  auto person = FirstId("SELECT MAX(id) FROM people WHERE partnership_id = 1");
  auto agency = FirstId("SELECT MIN(id) FROM agencies WHERE partnership_id = 1");
  auto before = Count("SELECT COUNT(*) FROM memberships");
  std::string form = "csrf_token=" + token + "&person_id=" + std::to_string(person) +
                     "&agency_id=" + std::to_string(agency) +
                     "&role_category=co_opted&started_on-day=&started_on-month=9&started_on-year=2011";
  auto r = manager.Post(Path("/groups/" + std::to_string(group) + "/members"), form);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("There is a problem"), std::string::npos);
  EXPECT_NE(r.body.find("The start date must include a day, month and year"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"" + std::to_string(person) + "\" selected"), std::string::npos);
  EXPECT_NE(r.body.find("value=\"co_opted\" checked"), std::string::npos);
  EXPECT_NE(r.body.find("<title>Error: "), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM memberships"), before);
}

TEST_F(HttpTest, MembershipIsShownAsAtADateAndEndingKeepsHistory) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto r = manager.Post(Path("/people"), "csrf_token=" + token +
                                             "&full_name=Dana+Dated&job_title=Officer&agency_id=1");
  ASSERT_EQ(r.status, 303) << r.body;
  auto person = FirstId("SELECT MAX(id) FROM people");
  auto group = FirstId("SELECT MIN(id) FROM partnership_groups");
  std::string group_path = Path("/groups/" + std::to_string(group));
  r = manager.Post(group_path + "/members",
                   "csrf_token=" + token + "&person_id=" + std::to_string(person) +
                       "&agency_id=1&role_category=co_opted&started_on-day=1&started_on-month=9"
                       "&started_on-year=2011");
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers["location"], group_path + "?done=member-added");
  EXPECT_EQ(manager.Get(group_path + "?on=2011-08-31").body.find("Dana Dated"), std::string::npos);
  EXPECT_NE(manager.Get(group_path + "?on=2011-09-01").body.find("Dana Dated"), std::string::npos);
  // The same person cannot hold two overlapping memberships of the group.
  r = manager.Post(group_path + "/members",
                   "csrf_token=" + token + "&person_id=" + std::to_string(person) +
                       "&agency_id=1&role_category=co_opted&started_on=2012-01-01");
  EXPECT_EQ(r.status, 422);
  auto membership = FirstId("SELECT MAX(id) FROM memberships");
  // Ending it before it started is refused; ending it properly keeps it in the history.
  r = manager.Post(Path("/memberships/" + std::to_string(membership) + "/end"),
                   "csrf_token=" + token + "&ended_on-day=1&ended_on-month=1&ended_on-year=2010");
  EXPECT_EQ(r.status, 422);
  r = manager.Post(Path("/memberships/" + std::to_string(membership) + "/end"),
                   "csrf_token=" + token + "&ended_on-day=31&ended_on-month=3&ended_on-year=2012");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM memberships WHERE id = " + std::to_string(membership) +
                  " AND ended_on = '2012-03-31'"), 1);
  EXPECT_EQ(manager.Get(group_path + "?on=2012-04-01").body.find("Dana Dated"), std::string::npos);
  EXPECT_NE(manager.Get(group_path + "?on=all").body.find("Dana Dated"), std::string::npos);
  EXPECT_GE(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'end' AND record_type = "
                  "'membership' AND record_id = " + std::to_string(membership)), 1);
}

TEST_F(HttpTest, EndingAPersonEndsTheirOpenMembershipsAndKeepsThem) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto person = FirstId("SELECT p.id FROM people p WHERE p.full_name = 'Lee Westlake'");
  auto open_before = Count("SELECT COUNT(*) FROM memberships WHERE person_id = " +
                           std::to_string(person) + " AND ended_on IS NULL");
  ASSERT_GT(open_before, 0);
  auto total = Count("SELECT COUNT(*) FROM memberships WHERE person_id = " + std::to_string(person));
  auto r = manager.Post(Path("/people/" + std::to_string(person) + "/end"),
                        "csrf_token=" + token + "&ended_on-day=31&ended_on-month=13&ended_on-year=2012");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("The end date must be a real date"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM people WHERE ended_on IS NOT NULL AND id = " +
                  std::to_string(person)), 0);
  r = manager.Post(Path("/people/" + std::to_string(person) + "/end"),
                   "csrf_token=" + token + "&ended_on=2012-03-31");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM memberships WHERE person_id = " + std::to_string(person) +
                  " AND ended_on IS NULL"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM memberships WHERE person_id = " + std::to_string(person)),
            total);
}

// The ids of the Board's members (by person name) at a new Board meeting.
std::map<std::string, std::string> BoardMembershipsAt(const std::string& db_url, const std::string& day) {
  auto database = storage::OpenDatabase(db_url);
  auto db = database->Connect();
  std::map<std::string, std::string> out;
  for (const auto& r : db->Query(
           "SELECT p.full_name, m.id FROM memberships m JOIN people p ON p.id = m.person_id "
           "JOIN partnership_groups g ON g.id = m.group_id WHERE g.kind = 'board' AND "
           "g.partnership_id = 1 AND m.started_on <= ? AND (m.ended_on IS NULL OR m.ended_on >= ?)",
           {day, day}))
    out[r.Text(0)] = r.Text(1);
  return out;
}

TEST_F(HttpTest, ADecisionNeedsAQuorateMeeting) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto board = FirstId("SELECT id FROM partnership_groups WHERE kind = 'board' AND partnership_id = 1");
  auto r = manager.Post(Path("/groups/" + std::to_string(board) + "/meetings"),
                        "csrf_token=" + token + "&title=Board+meeting&meets_on=2030-06-13&starts_at=10:00");
  ASSERT_EQ(r.status, 303) << r.body;
  std::string meeting_path = r.headers["location"].substr(0, r.headers["location"].find('?'));
  auto members = BoardMembershipsAt(server_->database_url(), "2030-06-13");
  // Seven core members from five agencies, plus the Lead Member (an observer, who never counts).
  std::string form = "csrf_token=" + token;
  for (const char* name : {"Elaine Coleridge Smith", "Phil Latham", "Sue Cox", "Jill Wilkinson",
                           "Nicky Rayner", "Lyn Scott", "Anna Selby", "Cllr Andy Dransfield"})
    form += "&status-" + members.at(name) + "=present";
  ASSERT_EQ(manager.Post(meeting_path + "/attendance", form).status, 303);
  auto page = manager.Get(meeting_path);
  EXPECT_NE(page.body.find("Not quorate"), std::string::npos);
  EXPECT_NE(page.body.find("7 of the 8 members needed are present"), std::string::npos);
  auto decisions_before = Count("SELECT COUNT(*) FROM decisions");
  r = manager.Post(meeting_path + "/decisions", "csrf_token=" + token + "&text=Adopt+the+plan");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("The meeting is not quorate, so no decision can be recorded"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM decisions"), decisions_before);
  // An eighth member arrives.
  ASSERT_EQ(manager.Post(meeting_path + "/attendance",
                         "csrf_token=" + token + "&status-" + members.at("Richard North") + "=present")
                .status, 303);
  page = manager.Get(meeting_path);
  EXPECT_NE(page.body.find(">Quorate<"), std::string::npos);
  r = manager.Post(meeting_path + "/decisions", "csrf_token=" + token + "&text=Adopt+the+plan");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM decisions"), decisions_before + 1);
}

TEST_F(HttpTest, ADeputyFromAnotherAgencyIsRefusedAndNothingIsRecorded) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto meeting = FirstId("SELECT MIN(id) FROM meetings WHERE cancelled = 0 AND group_id = "
                         "(SELECT id FROM partnership_groups WHERE kind = 'board' AND partnership_id = 1)");
  auto members = BoardMembershipsAt(server_->database_url(), "2011-04-14");
  auto outsider = FirstId("SELECT id FROM people WHERE full_name = 'Karen Dale'");  // hospital
  auto before = Count("SELECT COUNT(*) FROM attendance WHERE meeting_id = " + std::to_string(meeting));
  auto marks_before = Count("SELECT COUNT(*) FROM attendance WHERE status = 'deputy'");
  auto r = manager.Post(Path("/meetings/" + std::to_string(meeting) + "/attendance"),
                        "csrf_token=" + token + "&status-" + members.at("Sue Cox") + "=absent" +
                            "&status-" + members.at("Richard North") + "=deputy&deputy-" +
                            members.at("Richard North") + "=" + std::to_string(outsider));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("The deputy for Richard North must be from Thames Valley Police"),
            std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attendance WHERE meeting_id = " + std::to_string(meeting)), before);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attendance WHERE status = 'deputy'"), marks_before);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attendance a JOIN memberships m ON m.id = a.membership_id "
                  "JOIN people p ON p.id = m.person_id WHERE p.full_name = 'Sue Cox' AND "
                  "a.status = 'absent' AND a.meeting_id = " + std::to_string(meeting)), 0);
}

TEST_F(HttpTest, CancelledMeetingsTakeNoAttendance) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto meeting = FirstId("SELECT MIN(id) FROM meetings WHERE cancelled = 1");
  auto membership = FirstId("SELECT MIN(id) FROM memberships");
  auto r = manager.Post(Path("/meetings/" + std::to_string(meeting) + "/attendance"),
                        "csrf_token=" + token + "&status-" + std::to_string(membership) + "=present");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("This meeting was cancelled"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attendance WHERE meeting_id = " + std::to_string(meeting)), 0);
}

TEST_F(HttpTest, TheAttendanceReportIsAPageAndACsv) {
  Client lay = SignedIn("lay member");
  auto board = FirstId("SELECT id FROM partnership_groups WHERE kind = 'board' AND partnership_id = 1");
  auto page = lay.Get(Path("/groups/" + std::to_string(board) + "/attendance?year=2011"));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Lay Member 2"), std::string::npos);
  auto csv = lay.Get(Path("/groups/" + std::to_string(board) + "/attendance.csv?year=2011"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.headers["content-type"], "text/csv; charset=utf-8");
  EXPECT_NE(csv.body.find("agency,Lay Member 2,4,1,0,"), std::string::npos);
  EXPECT_NE(csv.body.find("agency,NSPCC,5,0,0,"), std::string::npos);
}

TEST_F(HttpTest, PapersMustBeRealOfficeFilesWithinTheLimit) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto item = FirstId("SELECT MIN(id) FROM agenda_items WHERE purpose = '' AND meeting_id = "
                      "(SELECT MIN(id) FROM meetings WHERE cancelled = 0)");
  std::string target = Path("/agenda-items/" + std::to_string(item) + "/papers");
  std::string field = "paper-" + std::to_string(item);
  std::string type = "multipart/form-data; boundary=B0UNDARY";
  auto before = Count("SELECT COUNT(*) FROM papers");
  auto r = manager.Send("POST", target, Multipart(token, field, "report.pdf", "MZ not a pdf"), type);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("The selected file is not a real .pdf file"), std::string::npos);
  r = manager.Send("POST", target, Multipart(token, field, "big.pdf", "%PDF-" + std::string(11 * 1024 * 1024, 'x')), type);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("smaller than 10 MB"), std::string::npos);
  r = manager.Send("POST", target, Multipart(token, field, "run.exe", "MZ"), type);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM papers"), before);
  // A real PDF, uploaded long after the 2011 meeting: stored, and flagged late.
  std::string pdf = "%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n";
  r = manager.Send("POST", target, Multipart(token, field, "../Budget <2011>.pdf", pdf), type);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM papers"), before + 1);
  auto paper = FirstId("SELECT MAX(id) FROM papers");
  EXPECT_EQ(Count("SELECT late FROM papers WHERE id = " + std::to_string(paper)), 1);
  auto download = manager.Get(Path("/papers/" + std::to_string(paper)));
  EXPECT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf);
  EXPECT_EQ(download.headers["content-type"], "application/pdf");
  EXPECT_EQ(download.headers["content-disposition"], "attachment; filename=\"Budget _2011_.pdf\"");
  // Only the group's chair (or the board team) accepts a late paper.
  Client member = SignedIn("member");
  EXPECT_EQ(member.Post(Path("/papers/" + std::to_string(paper) + "/accept"),
                        "csrf_token=" + member.CsrfToken()).status, 403);
  Client chair = server_->NewClient();
  ASSERT_EQ(chair.SignIn("chair@demo.safeboard.test", "demo-chair"), 303);
  EXPECT_EQ(chair.Post(Path("/papers/" + std::to_string(paper) + "/accept"),
                       "csrf_token=" + chair.CsrfToken()).status, 303);
  EXPECT_EQ(Count("SELECT late_accepted FROM papers WHERE id = " + std::to_string(paper)), 1);
}

TEST_F(HttpTest, ApprovedMinutesAreLockedAndPublishedWithoutConfidentialItems) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto meeting = FirstId("SELECT MIN(meeting_id) FROM minutes WHERE status = 'approved'");
  std::string path = Path("/meetings/" + std::to_string(meeting) + "/minutes");
  auto r = manager.Post(path, "csrf_token=" + token + "&body=Rewritten+history");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("approved and locked"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM minutes WHERE body = 'Rewritten history'"), 0);
  r = manager.Post(path + "/corrections", "csrf_token=" + token + "&correction=Sue+Cox+was+present");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM minute_corrections WHERE meeting_id = " + std::to_string(meeting)), 1);
  // The public version, for anyone: no confidential item, the correction shown.
  Client anyone = server_->NewClient();
  auto page = anyone.Get("/public/milton-keynes/minutes/" + std::to_string(meeting));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("The Board agreed the budget"), std::string::npos);
  EXPECT_EQ(page.body.find("Serious case review referral"), std::string::npos);
  EXPECT_EQ(page.body.find("closed session"), std::string::npos);
  EXPECT_NE(page.body.find("Sue Cox was present"), std::string::npos);
  // Minutes not yet approved are not published.
  auto circulated = FirstId("SELECT MIN(meeting_id) FROM minutes WHERE status = 'circulated'");
  EXPECT_EQ(anyone.Get("/public/milton-keynes/minutes/" + std::to_string(circulated)).status, 404);
}

TEST_F(HttpTest, ANewBoardMeetingApprovesThePreviousMinutesAndRatifiesChairsAction) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto board = FirstId("SELECT id FROM partnership_groups WHERE kind = 'board' AND partnership_id = 1");
  // A chair's action before any later meeting is scheduled.
  auto r = manager.Post(Path("/groups/" + std::to_string(board) + "/chairs-actions"),
                        "csrf_token=" + token + "&text=Agreed+the+response+to+the+Munro+survey&decided_on=2012-04-10");
  ASSERT_EQ(r.status, 303);
  auto action = FirstId("SELECT MAX(id) FROM decisions WHERE chairs_action = 1");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM decisions WHERE id = " + std::to_string(action) +
                  " AND ratified_at_meeting_id IS NULL"), 1);
  r = manager.Post(Path("/groups/" + std::to_string(board) + "/meetings"),
                   "csrf_token=" + token + "&title=Board+meeting&meets_on=2012-06-14&starts_at=10:00");
  ASSERT_EQ(r.status, 303);
  auto meeting = FirstId("SELECT MAX(id) FROM meetings");
  auto minutes_item = FirstId("SELECT id FROM agenda_items WHERE purpose = 'minutes' AND meeting_id = " +
                              std::to_string(meeting));
  auto ratify_item = FirstId("SELECT id FROM agenda_items WHERE purpose = 'ratify' AND subject_id = " +
                             std::to_string(action) + " AND meeting_id = " + std::to_string(meeting));
  ASSERT_GT(minutes_item, 0);
  ASSERT_GT(ratify_item, 0);
  // Inquorate: neither can be done.
  r = manager.Post(Path("/agenda-items/" + std::to_string(minutes_item) + "/approve-minutes"), "csrf_token=" + token);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("not quorate"), std::string::npos);
  r = manager.Post(Path("/agenda-items/" + std::to_string(ratify_item) + "/ratify"), "csrf_token=" + token);
  EXPECT_EQ(r.status, 422);
  auto members = BoardMembershipsAt(server_->database_url(), "2012-06-14");
  std::string form = "csrf_token=" + token;
  for (const char* name : {"Elaine Coleridge Smith", "Phil Latham", "Sue Cox", "Jill Wilkinson",
                           "Nicky Rayner", "Lyn Scott", "Anna Selby", "Richard North"})
    form += "&status-" + members.at(name) + "=present";
  ASSERT_EQ(manager.Post(Path("/meetings/" + std::to_string(meeting) + "/attendance"), form).status, 303);
  r = manager.Post(Path("/agenda-items/" + std::to_string(minutes_item) + "/approve-minutes"), "csrf_token=" + token);
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM minutes WHERE status = 'approved' AND approved_at_meeting_id = " +
                  std::to_string(meeting)), 1);
  r = manager.Post(Path("/agenda-items/" + std::to_string(ratify_item) + "/ratify"), "csrf_token=" + token);
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT ratified_at_meeting_id FROM decisions WHERE id = " + std::to_string(action)), meeting);
}

TEST_F(HttpTest, AGroupSchedulesASeriesAtItsCadenceAndMovesAMeeting) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto cdop = FirstId("SELECT id FROM partnership_groups WHERE short_name = 'CDOP'");
  auto before = Count("SELECT COUNT(*) FROM meetings WHERE group_id = " + std::to_string(cdop));
  auto r = manager.Post(Path("/groups/" + std::to_string(cdop) + "/meetings"),
                        "csrf_token=" + token + "&title=CDOP&meets_on=2031-05-12&starts_at=14:00" +
                            "&repeat_until=2032-03-31");
  ASSERT_EQ(r.status, 303) << r.body;
  // Bi-monthly: May, July, September, November, January, March.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM meetings WHERE group_id = " + std::to_string(cdop)), before + 6);
  r = manager.Post(Path("/groups/" + std::to_string(cdop) + "/meetings"),
                   "csrf_token=" + token + "&title=CDOP&meets_on=2031-05-12&starts_at=25:00&repeat_until=2030-01-01");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM meetings WHERE group_id = " + std::to_string(cdop)), before + 6);
  auto meeting = FirstId("SELECT MAX(id) FROM meetings");
  r = manager.Post(Path("/meetings/" + std::to_string(meeting) + "/move"),
                   "csrf_token=" + token + "&moved_to=2032-03-19&moved_starts_at=09:30");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM meetings WHERE id = " + std::to_string(meeting) +
                  " AND meets_on = '2032-03-19' AND starts_at = '09:30'"), 1);
}

TEST_F(HttpTest, AMemberSendsApologiesAndNamesADeputyFromTheirAgency) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto board = FirstId("SELECT id FROM partnership_groups WHERE kind = 'board' AND partnership_id = 1");
  ASSERT_EQ(manager.Post(Path("/groups/" + std::to_string(board) + "/meetings"),
                         "csrf_token=" + token + "&title=Board+meeting&meets_on=2033-01-20&starts_at=10:00").status, 303);
  auto meeting = FirstId("SELECT MAX(id) FROM meetings");
  Client member = SignedIn("member");  // Richard North, Thames Valley Police
  std::string member_token = member.CsrfToken();
  auto page = member.Get(Path("/my-meetings"));
  EXPECT_NE(page.body.find("20 January 2033"), std::string::npos);
  auto hospital = FirstId("SELECT id FROM people WHERE full_name = 'Karen Dale'");
  auto police = FirstId("SELECT id FROM people WHERE full_name = 'Amanda Blake'");
  std::string field = "deputy-" + std::to_string(meeting);
  auto r = member.Post(Path("/meetings/" + std::to_string(meeting) + "/apologies"),
                       "csrf_token=" + member_token + "&" + field + "=" + std::to_string(hospital));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("must be from Thames Valley Police"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attendance WHERE meeting_id = " + std::to_string(meeting)), 0);
  r = member.Post(Path("/meetings/" + std::to_string(meeting) + "/apologies"),
                  "csrf_token=" + member_token + "&" + field + "=" + std::to_string(police));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attendance WHERE status = 'deputy' AND deputy_person_id = " +
                  std::to_string(police) + " AND meeting_id = " + std::to_string(meeting)), 1);
  // Someone who is not on the group cannot send apologies for it.
  auto qa_meeting = FirstId("SELECT MIN(id) FROM meetings WHERE title = 'Quality Assurance Sub-Group'");
  Client lay = SignedIn("lay member");
  EXPECT_EQ(lay.Post(Path("/meetings/" + std::to_string(qa_meeting) + "/apologies"),
                     "csrf_token=" + lay.CsrfToken()).status, 403);
}

TEST_F(HttpTest, ApprovingAProcedureNeedsThreeAgencies) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto pp = FirstId("SELECT id FROM partnership_groups WHERE short_name = 'P&P'");
  ASSERT_EQ(manager.Post(Path("/groups/" + std::to_string(pp) + "/meetings"),
                         "csrf_token=" + token + "&title=P%26P&meets_on=2033-02-10&starts_at=10:00").status, 303);
  auto meeting = FirstId("SELECT MAX(id) FROM meetings");
  auto database = storage::OpenDatabase(server_->database_url());
  auto db = database->Connect();
  std::map<std::string, std::string> members;
  for (const auto& r : db->Query("SELECT p.full_name, m.id FROM memberships m JOIN people p ON "
                                 "p.id = m.person_id WHERE m.group_id = ?", {pp}))
    members[r.Text(0)] = r.Text(1);
  // Nicky Rayner (council) and Amanda Blake (police): quorate, two agencies.
  ASSERT_EQ(manager.Post(Path("/meetings/" + std::to_string(meeting) + "/attendance"),
                         "csrf_token=" + token + "&status-" + members.at("Nicky Rayner") + "=present&status-" +
                             members.at("Amanda Blake") + "=present").status, 303);
  auto r = manager.Post(Path("/meetings/" + std::to_string(meeting) + "/decisions"),
                        "csrf_token=" + token + "&text=Approve+the+neglect+procedure&approves_procedure=yes");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Approving a procedure document needs 3 agencies present; 2 are"), std::string::npos);
  // Karen Dale (hospital) arrives: three agencies.
  ASSERT_EQ(manager.Post(Path("/meetings/" + std::to_string(meeting) + "/attendance"),
                         "csrf_token=" + token + "&status-" + members.at("Karen Dale") + "=present").status, 303);
  r = manager.Post(Path("/meetings/" + std::to_string(meeting) + "/decisions"),
                   "csrf_token=" + token + "&text=Approve+the+neglect+procedure&approves_procedure=yes");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM decisions WHERE approves_procedure = 1 AND meeting_id = " +
                  std::to_string(meeting)), 1);
}

TEST_F(HttpTest, TheGovernanceCalendarShowsWhatIsDueAndTakesNewDates) {
  // The demo's dates are in 2011-12: by 2013 the reviews are overdue.
  TestServerOptions in_2013;
  in_2013.today = "2013-01-01";
  TestServer server(in_2013);
  auto Count = [&](const std::string& sql) {
    return storage::OpenDatabase(server.database_url())->Connect()->QueryOne(sql)->Int(0);
  };
  Client manager = SignedInAs(server, "business manager");
  std::string token = manager.CsrfToken();
  auto overview = manager.Get(Path(""));
  EXPECT_NE(overview.body.find("Review the constitution"), std::string::npos);
  EXPECT_NE(overview.body.find("Overdue"), std::string::npos);
  auto r = manager.Post(Path("/governance-dates"),
                        "csrf_token=" + token + "&constitution_reviewed_on=2199-01-01");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("The date must be today or in the past"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM partnerships WHERE constitution_reviewed_on = '2011-10-20'"), 1);
  r = manager.Post(Path("/disputes"), "csrf_token=" + token + "&summary=&raised_on=2012-01-01");
  EXPECT_EQ(r.status, 422);
  r = manager.Post(Path("/disputes"), "csrf_token=" + token + "&summary=Funding+shares&raised_on=2099-01-01");
  EXPECT_EQ(r.status, 303);
  auto calendar = manager.Get(Path("/governance-calendar"));
  EXPECT_NE(calendar.body.find("Convene the dispute: Funding shares"), std::string::npos);
  EXPECT_NE(calendar.body.find("29 January 2099"), std::string::npos);  // 28 days after raising
}

TEST_F(HttpTest, MeetingsAreCalendarFeedsAndTheReportASpreadsheet) {
  Client member = SignedIn("member");
  auto board = FirstId("SELECT id FROM partnership_groups WHERE kind = 'board' AND partnership_id = 1");
  auto ics = member.Get(Path("/groups/" + std::to_string(board) + "/calendar.ics"));
  ASSERT_EQ(ics.status, 200);
  EXPECT_EQ(ics.headers["content-type"], "text/calendar; charset=utf-8");
  EXPECT_NE(ics.body.find("DTSTART;TZID=Europe/London:20110616T100000"), std::string::npos);
  // The private feed address: made on request, readable without a session, unguessable.
  ASSERT_EQ(member.Post(Path("/calendar-link"), "csrf_token=" + member.CsrfToken()).status, 303);
  auto token = [&] {
    auto database = storage::OpenDatabase(server_->database_url());
    auto db = database->Connect();
    return db->QueryOne("SELECT calendar_token FROM users WHERE email = 'member@demo.safeboard.test'")->Text(0);
  }();
  ASSERT_EQ(token.size(), 64u);
  auto feed = server_->NewClient().Get("/calendar/" + token + ".ics");
  EXPECT_EQ(feed.status, 200);
  EXPECT_NE(feed.body.find("BEGIN:VEVENT"), std::string::npos);
  EXPECT_EQ(server_->NewClient().Get("/calendar/" + std::string(64, '0') + ".ics").status, 404);
  auto xlsx = member.Get(Path("/groups/" + std::to_string(board) + "/attendance.xlsx?year=2011"));
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_GT(xlsx.body.size(), 3000u);
}

std::string CsvUpload(const std::string& token, const std::string& csv) {
  return "--B0UNDARY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
         "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.csv\"\r\n"
         "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--B0UNDARY--\r\n";
}

TEST_F(HttpTest, APlanImportWithErrorsSavesNothingAndListsEveryError) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto plan = FirstId("SELECT MIN(id) FROM plans");
  std::string target = Path("/plans/" + std::to_string(plan) + "/import");
  std::string type = "multipart/form-data; boundary=B0UNDARY";
  auto actions_before = Count("SELECT COUNT(*) FROM plan_actions");
  auto objectives_before = Count("SELECT COUNT(*) FROM objectives");
  std::string header = "Desired Outcome,Actions,Performance Measures,Lead,Resources required,By when,Progress report,RAG\n";
  std::string csv = header +
                    "1. Outcome,Good action,Measure,Business Management Group,,March 2013,,green\n"
                    ",Bad date,Measure,Business Management Group,,31/02/2013,,\n"
                    ",Unknown lead,Measure,The Ministry of Magic,,March 2013,,\n"
                    ",Purple,Measure,Business Management Group,,March 2013,,purple\n";
  auto r = manager.Send("POST", target, CsvUpload(token, csv), type);
  EXPECT_EQ(r.status, 422);
  for (const char* expected : {"31/02/2013", "The Ministry of Magic", "purple"})
    EXPECT_NE(r.body.find(expected), std::string::npos) << expected;
  EXPECT_NE(r.body.find("correct these 3 problems"), std::string::npos);
  // A missing column is reported on the header row.
  r = manager.Send("POST", target, CsvUpload(token, "Desired Outcome,Actions\nx,y\n"), type);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("The column &quot;By when&quot; is missing"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), actions_before);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM objectives"), objectives_before);
  // The good row alone imports.
  r = manager.Send("POST", target, CsvUpload(token, header + "1. Outcome,Good action,Measure,BMG,,March 2013,Started,green\n"), type);
  EXPECT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), actions_before + 1);
}

// A date relative to the test server's today (kTestToday), never the wall clock's.
std::string DaysFromToday(int days) {
  auto today = std::chrono::sys_days(*core::ParseDate(kTestToday));
  return core::FormatDate(core::Date{today + std::chrono::days(days)});
}

std::string Workbook(const std::vector<std::vector<std::string>>& rows) {
  char path[] = "/tmp/plan-xlsx-XXXXXX";
  int fd = ::mkstemp(path);
  ::close(fd);
  lxw_workbook* book = workbook_new(path);
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Plan");
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t c = 0; c < rows[r].size(); ++c)
      if (!rows[r][c].empty())
        worksheet_write_string(sheet, static_cast<lxw_row_t>(r), static_cast<lxw_col_t>(c), rows[r][c].c_str(), nullptr);
  workbook_close(book);
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::remove(path);
  return bytes.str();
}

TEST_F(HttpTest, APlanImportsFromAnExcelWorkbookWithTheSameChecks) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto plan = FirstId("SELECT MIN(id) FROM plans");
  std::string target = Path("/plans/" + std::to_string(plan) + "/import");
  std::vector<std::string> header = {"Desired Outcome", "Actions", "Performance Measures", "Lead",
                                     "Resources required", "By when", "Progress report", "RAG"};
  auto upload = [&](const std::string& bytes) {
    std::string body = "--B0UNDARY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
                       "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.xlsx\"\r\n"
                       "Content-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n--B0UNDARY--\r\n";
    return manager.Send("POST", target, body, "multipart/form-data; boundary=B0UNDARY");
  };
  auto before = Count("SELECT COUNT(*) FROM plan_actions");
  auto r = upload(Workbook({header, {"9. Outcome", "An action", "", "Nobody Known", "", "soon", "", "purple"}}));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("correct these 3 problems"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), before);
  r = upload("not a workbook at all");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("not an Excel workbook"), std::string::npos);
  r = upload(Workbook({header, {"9. Outcome", "An action", "", "BMG", "", "ongoing", "", "green"}}));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM plan_actions"), before + 1);
}

TEST_F(HttpTest, TheLeadGroupUpdatesItsActionAndTheBoardReportShowsIt) {
  Client manager = SignedIn("business manager");
  std::string manager_token = manager.CsrfToken();
  // A current plan with an action the Quality Assurance Sub-Group leads.
  auto r = manager.Post(Path("/plans"), "csrf_token=" + manager_token + "&title=Business+Plan+now&starts_on=" +
                                            DaysFromToday(-400) + "&ends_on=" + DaysFromToday(800));
  ASSERT_EQ(r.status, 303) << r.body;
  auto plan = FirstId("SELECT MAX(id) FROM plans");
  std::string csv = "Desired Outcome,Actions,Performance Measures,Lead,Resources required,By when,Progress report,RAG\n"
                    "1. Quality assurance,Audit neglect cases,Audit reported,Quality Assurance Sub-Group,,ongoing,,\n";
  ASSERT_EQ(manager.Send("POST", Path("/plans/" + std::to_string(plan) + "/import"), CsvUpload(manager_token, csv),
                         "multipart/form-data; boundary=B0UNDARY").status, 303);
  auto action = FirstId("SELECT MAX(id) FROM plan_actions");
  // Richard North sits on the Quality Assurance Sub-Group.
  Client member = SignedIn("member");
  std::string token = member.CsrfToken();
  r = member.Post(Path("/plan-actions/" + std::to_string(action) + "/updates"), "csrf_token=" + token + "&rag=purple&text=x");
  EXPECT_EQ(r.status, 422);
  r = member.Post(Path("/plan-actions/" + std::to_string(action) + "/updates"),
                  "csrf_token=" + token + "&rag=green&text=Audit+of+five+cases+reported");
  EXPECT_EQ(r.status, 303);
  // A lay member does not lead it.
  Client lay = SignedIn("lay member");
  EXPECT_EQ(lay.Post(Path("/plan-actions/" + std::to_string(action) + "/updates"),
                     "csrf_token=" + lay.CsrfToken() + "&rag=red&text=No").status, 403);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM progress_updates WHERE rag = 'red' AND action_id = " + std::to_string(action)), 0);
  // The next Board meeting's progress report carries the update.
  auto board = FirstId("SELECT id FROM partnership_groups WHERE kind = 'board' AND partnership_id = 1");
  ASSERT_EQ(manager.Post(Path("/groups/" + std::to_string(board) + "/meetings"),
                         "csrf_token=" + manager_token + "&title=Board&meets_on=" + DaysFromToday(10) + "&starts_at=10:00").status, 303);
  auto meeting = FirstId("SELECT MAX(id) FROM meetings");
  auto report = manager.Get(Path("/meetings/" + std::to_string(meeting) + "/progress-report"));
  ASSERT_EQ(report.status, 200);
  EXPECT_NE(report.body.find("Audit of five cases reported"), std::string::npos);
  EXPECT_NE(report.body.find("Business Plan now"), std::string::npos);
  EXPECT_EQ(report.body.find("MKSCB Business Plan 2010-11"), std::string::npos);  // long over
  // Attached to the meeting's agenda as its paper.
  auto papers_before = Count("SELECT COUNT(*) FROM papers");
  ASSERT_EQ(manager.Post(Path("/meetings/" + std::to_string(meeting) + "/progress-report"),
                         "csrf_token=" + manager_token).status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM papers"), papers_before + 1);
  auto paper = FirstId("SELECT MAX(id) FROM papers");
  auto download = manager.Get(Path("/papers/" + std::to_string(paper)));
  EXPECT_EQ(download.body.substr(0, 2), "PK");
  EXPECT_NE(manager.Get(Path("/meetings/" + std::to_string(meeting))).body.find("Business plan progress report"),
            std::string::npos);
}

TEST_F(HttpTest, IndicatorValuesAreCheckedAndShownWithTheChildProtectionRate) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto indicator = FirstId("SELECT id FROM indicators WHERE code = 'NI 63'");
  std::string path = Path("/indicators/" + std::to_string(indicator));
  auto before = Count("SELECT COUNT(*) FROM indicator_values");
  auto r = manager.Post(path + "/values", "csrf_token=" + token + "&period=2011-13&value=abc");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Enter a period like 2011-12"), std::string::npos);
  EXPECT_NE(r.body.find("Enter the value as a number"), std::string::npos);
  r = manager.Post(path + "/values", "csrf_token=" + token + "&period=2010-11&value=120");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_values"), before);
  r = manager.Post(path + "/values", "csrf_token=" + token + "&period=2010-11&value=74.5");
  EXPECT_EQ(r.status, 303);
  auto page = manager.Get(path);
  EXPECT_NE(page.body.find("<svg"), std::string::npos);
  EXPECT_NE(page.body.find("74.5%"), std::string::npos);
  EXPECT_NE(page.body.find("Target not met"), std::string::npos);  // 74.5 against 76
  // A rate per 10,000 takes a count; the rate is computed from the year's population.
  auto rate = FirstId("SELECT id FROM indicators WHERE code = 'CP rate'");
  r = manager.Post(Path("/indicators/" + std::to_string(rate) + "/values"), "csrf_token=" + token + "&period=2011-12&value=9.4");
  EXPECT_EQ(r.status, 422);
  r = manager.Post(Path("/indicators/" + std::to_string(rate) + "/values"), "csrf_token=" + token + "&period=2014-15&count=60");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Record the child population for 2014-15 first"), std::string::npos);
  r = manager.Post(Path("/indicators/" + std::to_string(rate) + "/values"), "csrf_token=" + token + "&period=2011-12%20Q1&count=50");
  EXPECT_EQ(r.status, 303);
  EXPECT_NE(manager.Get(Path("/indicators/" + std::to_string(rate))).body.find("8.5"), std::string::npos);  // 50 of 58,600
  auto cp = manager.Get(Path("/child-protection"));
  EXPECT_NE(cp.body.find("9.4"), std::string::npos);
  EXPECT_NE(cp.body.find("1451"), std::string::npos);
}

TEST_F(HttpTest, ThePlanAndIndicatorApiSharesThePagesRules) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto plans = json::parse(manager.Get("/api/v1/p/milton-keynes/plans").body).as_object();
  ASSERT_FALSE(plans.at("plans").as_array().empty());
  auto plan_id = plans.at("plans").as_array()[0].as_object().at("id").as_int64();
  auto plan = json::parse(manager.Get("/api/v1/p/milton-keynes/plans/" + std::to_string(plan_id)).body).as_object();
  EXPECT_FALSE(plan.at("objectives").as_array().empty());
  auto action = FirstId("SELECT MIN(id) FROM plan_actions");
  auto r = manager.Send("POST", "/api/v1/p/milton-keynes/plan-actions/" + std::to_string(action) + "/updates",
                        R"({"rag":"purple","text":""})", "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(r.status, 422);
  auto errors = json::parse(r.body).at("errors").as_object();
  EXPECT_TRUE(errors.contains("rag"));
  EXPECT_TRUE(errors.contains("text"));
  r = manager.Send("POST", "/api/v1/p/milton-keynes/plan-actions/" + std::to_string(action) + "/updates",
                   R"({"rag":"green","text":"Done"})", "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(json::parse(r.body).at("latest_rag").as_string(), "green");
  Client lay = SignedIn("lay member");
  r = lay.Send("POST", "/api/v1/p/milton-keynes/plan-actions/" + std::to_string(action) + "/updates",
               R"({"rag":"red","text":"No"})", "application/json", {{"X-CSRF-Token", lay.CsrfToken()}});
  EXPECT_EQ(r.status, 403);
  auto indicator = FirstId("SELECT id FROM indicators WHERE code = 'NI 59'");
  r = manager.Send("POST", "/api/v1/p/milton-keynes/indicators/" + std::to_string(indicator) + "/values",
                   R"({"period":"2010-11","value":81.5})", "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(r.status, 201) << r.body;
  auto values = json::parse(manager.Get("/api/v1/p/milton-keynes/indicators/" + std::to_string(indicator) + "/values").body);
  bool found = false;
  for (const auto& v : values.at("values").as_array())
    if (v.at("period").as_string() == "2010-11") {
      found = true;
      EXPECT_EQ(v.at("value").as_double(), 81.5);
      EXPECT_EQ(v.at("target").as_double(), 82);
    }
  EXPECT_TRUE(found);
}

TEST_F(HttpTest, PlansAndIndicatorsExportAsCsvAndExcelWithFormulasNeutralised) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto plan = FirstId("SELECT MIN(id) FROM plans");
  std::string csv = "Desired Outcome,Actions,Performance Measures,Lead,Resources required,By when,Progress report,RAG\n"
                    "9. Outcome,\"=HYPERLINK(\"\"http://evil\"\")\",Measure,BMG,,ongoing,,\n";
  ASSERT_EQ(manager.Send("POST", Path("/plans/" + std::to_string(plan) + "/import"), CsvUpload(token, csv),
                         "multipart/form-data; boundary=B0UNDARY").status, 303);
  auto out = manager.Get(Path("/plans/" + std::to_string(plan) + ".csv"));
  ASSERT_EQ(out.status, 200);
  EXPECT_TRUE(out.body.starts_with("Desired Outcome,Actions,"));
  EXPECT_NE(out.body.find("\"'=HYPERLINK("), std::string::npos);
  EXPECT_EQ(out.body.find(",=HYPERLINK"), std::string::npos);
  auto xlsx = manager.Get(Path("/plans/" + std::to_string(plan) + ".xlsx"));
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  auto indicators = manager.Get(Path("/indicators.csv"));
  EXPECT_NE(indicators.body.find("NI 63,"), std::string::npos);
  EXPECT_EQ(manager.Get(Path("/indicators.xlsx")).body.substr(0, 2), "PK");
}

TEST_F(HttpTest, IndicatorValuesImportOnlyWhenEveryRowIsRight) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto before = Count("SELECT COUNT(*) FROM indicator_values");
  auto upload = [&](const std::string& csv) {
    std::string body = "--B0UNDARY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
                       "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"values.csv\"\r\n\r\n" +
                       csv + "\r\n--B0UNDARY--\r\n";
    return manager.Send("POST", Path("/indicators/import"), body, "multipart/form-data; boundary=B0UNDARY");
  };
  auto r = upload("Code,Period,Value\nNI 60,2011-12,86\nNI 60,2011-12 Q5,86\nNI 404,2011-12,1\n");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("correct these 2 problems"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_values"), before);
  r = upload("Code,Period,Value\nNI 60,2011-12,86\nNI 59,2011-12,79.5\n");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_values"), before + 2);
}

TEST_F(HttpTest, AnActionsCostAndTriggerAreRecorded) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto action = FirstId("SELECT id FROM plan_actions WHERE by_when LIKE 'after %' ORDER BY id LIMIT 1");
  std::string path = Path("/plan-actions/" + std::to_string(action) + "/edit");
  auto r = manager.Post(path, "csrf_token=" + token + "&activity=Update+procedures&by_when=soon&cost=ten");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(Count("SELECT cost_pence FROM plan_actions WHERE id = " + std::to_string(action)), 0);
  r = manager.Post(path, "csrf_token=" + token +
                             "&activity=Update+procedures&by_when=within+3+months+of+new+guidance&triggered_on=2012-01-31"
                             "&cost=3%2C500&resources=Web+maintenance");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT cost_pence FROM plan_actions WHERE id = " + std::to_string(action)), 350000);
  auto page = manager.Get(Path("/plan-actions/" + std::to_string(action)));
  EXPECT_NE(page.body.find("3,500.00"), std::string::npos);
  EXPECT_NE(page.body.find("31 January 2012"), std::string::npos);
}

TEST_F(HttpTest, BadRiskScoresAndTargetsAreRefusedAndChangeNothing) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto objective = FirstId("SELECT MIN(id) FROM objectives");
  auto r = manager.Post(Path("/objectives/" + std::to_string(objective)),
                        "csrf_token=" + token + "&outcome=Clear+governance&likelihood=9&impact=x");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Likelihood must be a whole number from 1 to 5"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM objectives WHERE likelihood IS NOT NULL AND id = " + std::to_string(objective)), 0);
  r = manager.Post(Path("/objectives/" + std::to_string(objective)),
                   "csrf_token=" + token + "&outcome=Clear+governance&risks=Poor+attendance&likelihood=3&impact=4");
  EXPECT_EQ(r.status, 303);
  EXPECT_NE(manager.Get(Path("/plans/" + std::to_string(FirstId("SELECT plan_id FROM objectives WHERE id = " +
                                                                std::to_string(objective))))).body.find("= 12"),
            std::string::npos);
  auto indicator = FirstId("SELECT id FROM indicators WHERE code = 'NI 62'");
  auto targets = Count("SELECT COUNT(*) FROM indicator_targets");
  r = manager.Post(Path("/indicators/" + std::to_string(indicator) + "/targets"), "csrf_token=" + token + "&year=2011&target=8");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_targets"), targets);
  r = manager.Post(Path("/indicators/" + std::to_string(indicator) + "/targets"),
                   "csrf_token=" + token + "&year=2011-12&target=8&national=10.5");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_targets"), targets + 1);
}

TEST_F(HttpTest, UnknownIdsAnswer404) {
  Client manager = SignedIn("business manager");
  EXPECT_EQ(manager.Get(Path("/groups/999999")).status, 404);
  EXPECT_EQ(manager.Get(Path("/groups/abc")).status, 404);
  EXPECT_EQ(manager.Get("/api/v1/p/milton-keynes/agencies/999999").status, 404);
  EXPECT_EQ(manager.Get("/p/no-such-board").status, 404);
}

TEST_F(HttpTest, ApiReportsBadFieldsAsJsonAndSavesNothing) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto before = Count("SELECT COUNT(*) FROM agencies");
  auto r = manager.Send("POST", "/api/v1/p/milton-keynes/agencies",
                        R"({"name":"","sector":"martian","joined_on":"2011-02-30"})",
                        "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(r.status, 422);
  auto body = json::parse(r.body).as_object();
  auto errors = body.at("errors").as_object();
  EXPECT_TRUE(errors.contains("name"));
  EXPECT_TRUE(errors.contains("sector"));
  EXPECT_TRUE(errors.contains("joined_on"));
  r = manager.Send("POST", "/api/v1/p/milton-keynes/agencies", "not json", "application/json",
                   {{"X-CSRF-Token", token}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM agencies"), before);
  r = manager.Send("POST", "/api/v1/p/milton-keynes/agencies",
                   R"({"name":"Barnardo's","sector":"voluntary","statutory":false})",
                   "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(json::parse(r.body).at("name").as_string(), "Barnardo's");
  // The same name again is a clear field error, not a crash.
  r = manager.Send("POST", "/api/v1/p/milton-keynes/agencies",
                   R"({"name":"Barnardo's","sector":"voluntary"})", "application/json",
                   {{"X-CSRF-Token", token}});
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM agencies"), before + 1);
}

TEST_F(HttpTest, OpenApiDocumentDescribesExactlyTheApiRoutes) {
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

TEST_F(HttpTest, LayMembersDoNotSeeContactDetails) {
  auto person = FirstId("SELECT MIN(id) FROM people WHERE email <> ''");
  auto email = [&] {
    auto database = storage::OpenDatabase(server_->database_url());
    auto db = database->Connect();
    return db->QueryOne("SELECT email FROM people WHERE id = ?", {person})->Text(0);
  }();
  Client lay = SignedIn("lay member");
  auto r = lay.Get(Path("/people/" + std::to_string(person)));
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.body.find(email), std::string::npos);
  Client member = SignedIn("member");
  EXPECT_NE(member.Get(Path("/people/" + std::to_string(person))).body.find(email), std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
