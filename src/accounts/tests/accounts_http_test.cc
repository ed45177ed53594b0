// HTTP tests of setting up a new board: the administrator creates a partnership (page, API),
// its business manager accepts the one-time invitation and sees only their own board; against
// the real server on loopback with the demo board.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <regex>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

namespace json = boost::json;

class AccountsHttp : public DemoServerTest {};

std::string FormBody(const std::string& token,
                     const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string body = "csrf_token=" + UrlEncode(token);
  for (const auto& [k, v] : fields) body += "&" + UrlEncode(k) + "=" + UrlEncode(v);
  return body;
}

std::vector<std::pair<std::string, std::string>> NewBoard(const std::string& slug, const std::string& email) {
  return {{"name", "Northshire Safeguarding Children Partnership " + slug},
          {"slug", slug},
          {"area", "Northshire"},
          {"population-1-year", "2011-12"},
          {"population-1-children", "58,600"},
          {"population-2-year", ""},
          {"population-2-children", ""},
          {"manager_name", "Zoë Ångström"},
          {"manager_email", email},
          {"manager_job_title", "Partnership Manager"}};
}

std::string InvitationToken(const std::string& body) {
  std::smatch m;
  static const std::regex link("/invitations/([0-9a-f]{64})");
  return std::regex_search(body, m, link) ? m[1].str() : "";
}

TEST_F(AccountsHttp, AnAdministratorCreatesAPartnershipAndItsBusinessManagerSeesOnlyIt) {
  Client admin = SignedIn("admin");
  std::string token = admin.CsrfToken();
  EXPECT_EQ(admin.Get("/admin/partnerships/new").status, 200);
  EXPECT_NE(admin.Get("/partnerships").body.find("Create a partnership"), std::string::npos);
  auto partnerships_before = Count("SELECT COUNT(*) FROM partnerships");

  // Bad input: every problem named, what was typed kept, nothing stored.
  auto bad = NewBoard("Northshire SCP", "zoe at northshire");
  bad.push_back({"population-3-year", "2011-13"});
  bad.push_back({"population-3-children", "lots"});
  auto r = admin.Post("/admin/partnerships", FormBody(token, bad));
  EXPECT_EQ(r.status, 422);
  for (const char* expected : {"lower-case letters", "name@example.org", "like 2025-26", "like 58,600",
                               "Northshire Safeguarding Children Partnership Northshire SCP"})
    EXPECT_NE(r.body.find(expected), std::string::npos) << expected;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM partnerships"), partnerships_before);

  r = admin.Post("/admin/partnerships", FormBody(token, NewBoard("northshire", "zoe@northshire.example")));
  ASSERT_EQ(r.status, 201) << r.body;
  std::string invitation = InvitationToken(r.body);
  ASSERT_FALSE(invitation.empty()) << r.body;
  auto partnership = FirstId("SELECT id FROM partnerships WHERE slug = 'northshire'");
  std::string in = " WHERE partnership_id = " + std::to_string(partnership);
  EXPECT_EQ(Count("SELECT population FROM child_populations" + in + " AND year_start = 2011"), 58600);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM partnership_groups" + in + " AND kind = 'board'"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM memberships" + in + " AND role_category = 'board_administration'"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log" + in + " AND action = 'create' AND record_type = 'partnership'"), 1);
  // Only the invitation's hash is stored.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM invitations WHERE token_hash = '" + invitation + "'"), 0);

  // The same slug again is refused.
  r = admin.Post("/admin/partnerships", FormBody(token, NewBoard("northshire", "someone@northshire.example")));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("already has this short name"), std::string::npos);

  // The invited person sets a password (twice the same, 10 characters or more) and is signed in.
  Client zoe = server_->NewClient();
  r = zoe.Get("/invitations/" + invitation);
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("zoe@northshire.example"), std::string::npos);
  std::string zoe_token = zoe.CsrfToken();
  r = zoe.Post("/invitations/" + invitation,
               FormBody(zoe_token, {{"password", "short"}, {"password_again", "short"}}));
  EXPECT_EQ(r.status, 422);
  r = zoe.Post("/invitations/" + invitation, FormBody(zoe_token, {{"password", "a good long password"},
                                                                       {"password_again", "a good long passwore"}}));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("type the same password twice"), std::string::npos);
  r = zoe.Post("/invitations/" + invitation, FormBody(zoe_token, {{"password", "a good long password"},
                                                                       {"password_again", "a good long password"}}));
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(r.headers["location"], "/p/northshire");
  // Signed in as the new board's business manager, who sees their board and nothing of the demo's.
  r = zoe.Get("/p/northshire/groups");
  EXPECT_EQ(r.status, 200);
  EXPECT_NE(r.body.find("Northshire Safeguarding Children Partnership northshire"), std::string::npos);
  EXPECT_EQ(zoe.Get("/p/northshire/agencies/new").status, 200);  // may manage the records
  EXPECT_EQ(zoe.Get(Path("")).status, 404);
  EXPECT_EQ(zoe.Get("/api/v1/p/" + std::string(kDemoSlug) + "/groups").status, 404);
  EXPECT_EQ(zoe.Get("/partnerships").body.find(kDemoSlug), std::string::npos);

  // Its overview guides the business manager through setting up the board.
  r = zoe.Get("/p/northshire");
  EXPECT_NE(r.body.find("Set up your board"), std::string::npos);
  EXPECT_NE(r.body.find("You have completed 1 of 8 steps"), std::string::npos);  // the child population
  EXPECT_NE(r.body.find("href=\"/p/northshire/agencies\""), std::string::npos);
  // The child population: a bad row stores nothing; a good one adds a year.
  zoe_token = zoe.CsrfToken();
  r = zoe.Post("/p/northshire/child-population",
               FormBody(zoe_token, {{"population-1-year", "2011-12"}, {"population-1-children", "58,700"},
                                    {"population-2-year", "2012-14"}, {"population-2-children", "59,000"}}));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("like 2025-26"), std::string::npos);
  EXPECT_EQ(Count("SELECT population FROM child_populations" + in + " AND year_start = 2011"), 58600);
  r = zoe.Post("/p/northshire/child-population",
               FormBody(zoe_token, {{"population-1-year", "2011-12"}, {"population-1-children", "58,700"},
                                    {"population-2-year", "2012-13"}, {"population-2-children", "59,000"}}));
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT population FROM child_populations" + in + " AND year_start = 2011"), 58700);
  EXPECT_NE(zoe.Get("/p/northshire/child-population?done=population-saved").body.find("59,000"), std::string::npos);
  // A set-up partnership's overview has no checklist.
  EXPECT_EQ(SignedIn("business manager").Get(Path("")).body.find("Set up your board"), std::string::npos);

  // The link works once; the password now signs in.
  EXPECT_EQ(server_->NewClient().Get("/invitations/" + invitation).status, 410);
  EXPECT_EQ(server_->NewClient().SignIn("zoe@northshire.example", "a good long password"), 303);
}

TEST_F(AccountsHttp, AnAccountStillWaitingGetsANewLinkAndTheOldOneStops) {
  Client admin = SignedIn("admin");
  std::string token = admin.CsrfToken();
  auto r = admin.Post("/admin/partnerships", FormBody(token, NewBoard("westshire", "sam@westshire.example")));
  ASSERT_EQ(r.status, 201) << r.body;
  std::string first = InvitationToken(r.body);
  auto user = FirstId("SELECT id FROM users WHERE email = 'sam@westshire.example'");
  EXPECT_NE(admin.Get("/admin/users").body.find("Invited: no password yet"), std::string::npos);
  r = admin.Post("/admin/users/" + std::to_string(user) + "/invitation", "csrf_token=" + token);
  ASSERT_EQ(r.status, 200);
  std::string second = InvitationToken(r.body);
  ASSERT_FALSE(second.empty());
  EXPECT_NE(second, first);
  EXPECT_EQ(server_->NewClient().Get("/invitations/" + first).status, 410);
  EXPECT_EQ(server_->NewClient().Get("/invitations/" + second).status, 200);
  // An account with a password needs no invitation.
  auto demo_user = FirstId("SELECT id FROM users WHERE email = 'member@demo.safeboard.test'");
  EXPECT_EQ(admin.Post("/admin/users/" + std::to_string(demo_user) + "/invitation", "csrf_token=" + token).status, 409);
  // An invited account cannot sign in before setting a password, whatever it types.
  EXPECT_EQ(server_->NewClient().SignIn("sam@westshire.example", ""), 422);
  EXPECT_EQ(server_->NewClient().SignIn("sam@westshire.example", "anything at all"), 401);
}

TEST_F(AccountsHttp, ABusinessManagerWithAnAccountAlreadyIsLinkedNotInvited) {
  Client admin = SignedIn("admin");
  auto r = admin.Post("/admin/partnerships", FormBody(admin.CsrfToken(),
                                                      NewBoard("eastshire", "member@demo.safeboard.test")));
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_TRUE(InvitationToken(r.body).empty());
  EXPECT_NE(r.body.find("already has an account"), std::string::npos);
  // The demo member now runs the new board too, and still only attends the demo's.
  Client member = SignedIn("member");
  EXPECT_EQ(member.Get("/p/eastshire/agencies/new").status, 200);
  EXPECT_EQ(member.Get(Path("/agencies/new")).status, 403);
}

TEST_F(AccountsHttp, TheApiCreatesAPartnershipAndRefusesFieldsItDoesNotKnow) {
  Client admin = SignedIn("admin");
  std::string token = admin.CsrfToken();
  auto post = [&](Client& client, const std::string& body) {
    return client.Send("POST", "/api/v1/partnerships", body, "application/json", {{"X-CSRF-Token", client.CsrfToken()}});
  };
  auto before = Count("SELECT COUNT(*) FROM partnerships");
  auto r = post(admin, R"({"name": "Southshire Partnership", "slug": "southshire", "colour": "blue",
                           "business_manager": {"full_name": "Ann Api", "email": "ann@southshire.example", "phone": "1"}})");
  EXPECT_EQ(r.status, 422);
  auto errors = json::parse(r.body).at("errors").as_object();
  EXPECT_TRUE(errors.contains("colour"));
  EXPECT_TRUE(errors.contains("business_manager.phone"));
  r = post(admin, R"({"name": "Southshire Partnership", "slug": "southshire",
                      "child_population": {"2011-12": 31000, "2012-13": "many"},
                      "business_manager": {"full_name": "Ann Api", "email": "not an email"}})");
  EXPECT_EQ(r.status, 422);
  errors = json::parse(r.body).at("errors").as_object();
  EXPECT_TRUE(errors.contains("child_population"));
  EXPECT_TRUE(errors.contains("business_manager.email"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM partnerships"), before);

  r = post(admin, R"({"name": "Southshire Partnership", "slug": "southshire", "area": "Southshire",
                      "child_population": {"2011-12": 31000, "2012-13": 31250},
                      "business_manager": {"full_name": "Ann Api", "email": "ann@southshire.example",
                                           "job_title": "Business Manager"}})");
  ASSERT_EQ(r.status, 201) << r.body;
  auto out = json::parse(r.body).as_object();
  EXPECT_EQ(out.at("partnership").at("slug").as_string(), "southshire");
  EXPECT_EQ(out.at("partnership").at("child_population").at("2012-13").as_int64(), 31250);
  std::string path(out.at("invitation_path").as_string());
  EXPECT_TRUE(path.starts_with("/invitations/"));
  EXPECT_EQ(server_->NewClient().Get(path).status, 200);

  // Only the deployment's administrator creates partnerships.
  Client manager = SignedIn("business manager");
  EXPECT_EQ(post(manager, R"({"name": "X", "slug": "xx"})").status, 403);
}

std::string Upload(const std::string& token, const std::string& file_name, const std::string& content) {
  return "--B0UNDARY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
         "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file_name +
         "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--B0UNDARY--\r\n";
}

// A new board's business manager, signed in through the invitation.
Client NewBoardManager(TestServer& server, Client& admin, const std::string& slug, const std::string& email) {
  auto r = admin.Send("POST", "/api/v1/partnerships",
                      R"({"name": "Board of )" + slug + R"(", "slug": ")" + slug +
                          R"(", "child_population": {"2011-12": 20000}, "business_manager": {"full_name": "Ann Manager", "email": ")" +
                          email + R"("}})",
                      "application/json", {{"X-CSRF-Token", admin.CsrfToken()}});
  EXPECT_EQ(r.status, 201) << r.body;
  std::string path(json::parse(r.body).at("invitation_path").as_string());
  Client manager = server.NewClient();
  manager.Get(path);
  r = manager.Post(path, FormBody(manager.CsrfToken(), {{"password", "a long password here"},
                                                        {"password_again", "a long password here"}}));
  EXPECT_EQ(r.status, 303);
  return manager;
}

TEST_F(AccountsHttp, ANewBoardSetsItselfUpFromItsOwnSpreadsheets) {
  Client admin = SignedIn("admin");
  Client manager = NewBoardManager(*server_, admin, "southdale", "ann@southdale.example");
  std::string token = manager.CsrfToken();
  std::string type = "multipart/form-data; boundary=B0UNDARY";
  std::string base = "/p/southdale";
  auto in = " WHERE partnership_id = " + std::to_string(FirstId("SELECT id FROM partnerships WHERE slug = 'southdale'"));

  // The templates.
  auto r = manager.Get(base + "/import/people/template.csv");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.body.starts_with("Full name,Job title,Agency,Email,Phone")) << r.body;
  r = manager.Get(base + "/import/groups/template.xlsx");
  EXPECT_EQ(r.status, 200);
  EXPECT_TRUE(r.body.starts_with("PK"));
  EXPECT_EQ(manager.Get(base + "/import/budgets").status, 404);

  // Agencies, from a CSV saved by Excel in Windows-1252 ("Société" with é as one byte).
  r = manager.Send("POST", base + "/import/agencies",
                   Upload(token, "agencies.csv", "Name,Sector,Statutory partner,Other names\r\n"
                                                 "Southdale Police,Police,Yes,SDP\r\n"
                                                 "Southdale Council,Local authority,yes,\r\n"
                                                 "Soci\xE9t\xE9 Saint-Vincent,Voluntary,no,\r\n"
                                                 "Southdale Health,Helth,yes,\r\n"),
                   type);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("did you mean &quot;Health&quot;?"), std::string::npos) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM agencies" + in), 0);
  r = manager.Send("POST", base + "/import/agencies",
                   Upload(token, "agencies.csv", "Name,Sector,Statutory partner,Other names\r\n"
                                                 "Southdale Police,Police,Yes,SDP\r\n"
                                                 "Southdale Council,Local authority,yes,\r\n"
                                                 "Soci\xE9t\xE9 Saint-Vincent,Voluntary,no,\r\n"
                                                 "Southdale Health,Health,yes,\r\n"),
                   type);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM agencies" + in), 4);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM agencies" + in + " AND name = 'Société Saint-Vincent'"), 1);
  // The same file again is refused whole: every agency is already there.
  r = manager.Send("POST", base + "/import/agencies",
                   Upload(token, "agencies.csv", "Name,Sector\r\nSouthdale Police,Police\r\n"), type);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("is already in the partnership"), std::string::npos);

  // People, by their agency's other name; groups with quorum rules; memberships.
  r = manager.Send("POST", base + "/import/people",
                   Upload(token, "people.csv", "Full name,Job title,Agency,Email\n"
                                               "Priya Shah,Detective Inspector,sdp,priya@sdp.example\n"
                                               "Tom Green,Head of Safeguarding,Southdale Council,\n"),
                   type);
  ASSERT_EQ(r.status, 303) << r.body;
  r = manager.Send("POST", base + "/import/groups",
                   Upload(token, "groups.csv", "Name,Short name,Kind,Reports to,Chair,Meets,Quorum: members,Quorum: agencies\n"
                                               "Business Management Group,BMG,Business management group,Board of southdale,Tom Green,Monthly,4,3\n"
                                               "Quality Assurance Sub-Group,QA,Sub-group,BMG,Priya Shah,Quarterly,,\n"),
                   type);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Count("SELECT quorum_min_members FROM partnership_groups" + in + " AND short_name = 'BMG'"), 4);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM partnership_groups g JOIN partnership_groups p ON p.id = g.parent_group_id "
                  "WHERE g.short_name = 'QA' AND p.short_name = 'BMG' AND g.partnership_id = p.partnership_id AND g." +
                  in.substr(7)),
            1);
  r = manager.Send("POST", base + "/import/memberships",
                   Upload(token, "members.csv", "Group,Person,Role,Started\n"
                                                "BMG,Tom Green,Core member,1/4/2011\n"
                                                "QA,Priya Shah,,2011-04-01\n"
                                                "QA,Priya Shaw,,2011-04-01\n"),
                   type);
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("did you mean &quot;Priya Shah&quot;?"), std::string::npos);
  r = manager.Send("POST", base + "/import/memberships",
                   Upload(token, "members.csv", "Group,Person,Role,Started\n"
                                                "BMG,Tom Green,Core member,1/4/2011\n"
                                                "QA,Priya Shah,,2011-04-01\n"),
                   type);
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM memberships" + in), 3);  // and the business manager's own
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log" + in + " AND action = 'import'"), 4);
  EXPECT_NE(manager.Get(base).body.find("You have completed 5 of 8 steps"), std::string::npos);
  // Only the board team imports.
  EXPECT_EQ(SignedIn("member").Get(Path("/import/agencies")).status, 403);
}

// The whole set-up through the JSON API alone, as documented in the OpenAPI document: the
// administrator creates the partnership, the business manager accepts the invitation and adds
// agencies, people, a group with its quorum rule, members and an indicator.
TEST_F(AccountsHttp, ABoardIsSetUpThroughTheApiAlone) {
  Client admin = SignedIn("admin");
  auto r = admin.Send("POST", "/api/v1/partnerships",
                      R"({"name": "Eastdale Partnership", "slug": "eastdale", "child_population": {"2011-12": 30500},
                          "business_manager": {"full_name": "Ben Api", "email": "ben@eastdale.example"}})",
                      "application/json", {{"X-CSRF-Token", admin.CsrfToken()}});
  ASSERT_EQ(r.status, 201) << r.body;
  auto board = json::parse(r.body).at("board_group_id").as_int64();
  std::string invitation(json::parse(r.body).at("invitation_path").as_string());
  EXPECT_FALSE(json::parse(r.body).at("invitation_emailed").as_bool());  // this server sends no email
  std::string token = invitation.substr(std::string("/invitations/").size());

  // Anonymous: the pre-session CSRF cookie any response sets is the token to send.
  Client ben = server_->NewClient();
  ben.Get("/api/v1/openapi.json");
  std::smatch m;
  std::string cookies = ben.cookie_header();
  ASSERT_TRUE(std::regex_search(cookies, m, std::regex("safeboard_csrf=([0-9a-f]{64})"))) << cookies;
  std::string pre_session = m[1];
  r = ben.Send("POST", "/api/v1/invitations/" + token, R"({"password": "short"})", "application/json",
               {{"X-CSRF-Token", pre_session}});
  EXPECT_EQ(r.status, 422);
  r = ben.Send("POST", "/api/v1/invitations/" + token, R"({"password": "a long eastdale password"})",
               "application/json", {{"X-CSRF-Token", pre_session}});
  ASSERT_EQ(r.status, 200) << r.body;
  std::string csrf(json::parse(r.body).at("csrf_token").as_string());
  EXPECT_EQ(json::parse(r.body).at("partnerships").as_array().at(0).as_string(), "eastdale");
  r = ben.Send("POST", "/api/v1/invitations/" + token, R"({"password": "a long eastdale password"})",
               "application/json", {{"X-CSRF-Token", csrf}});
  EXPECT_EQ(r.status, 410);

  auto post = [&](const std::string& path, const std::string& body) {
    auto result = ben.Send("POST", "/api/v1/p/eastdale" + path, body, "application/json", {{"X-CSRF-Token", csrf}});
    EXPECT_EQ(result.status, 201) << path << " " << result.body;
    return json::parse(result.body).as_object();
  };
  auto police = post("/agencies", R"({"name": "Eastdale Police", "sector": "police", "statutory": true,
                                     "other_names": ["EP"]})").at("id").as_int64();
  auto council = post("/agencies", R"({"name": "Eastdale Council", "sector": "local_authority"})").at("id").as_int64();
  auto priya = post("/people", R"({"full_name": "Priya Shah", "agency_id": )" + std::to_string(police) + "}")
                   .at("id").as_int64();
  auto bmg = post("/groups", R"({"name": "Business Management Group", "kind": "business_management_group",
                                "cadence": "monthly", "parent_group_id": )" + std::to_string(board) +
                                R"(, "quorum_min_members": 3, "quorum_sectors": ["health"], "minutes_approved_by_group_id": )" +
                                std::to_string(board) + R"(, "quorum_agency_ids": [)" + std::to_string(police) + "]}")
                 .at("id").as_int64();
  // A post of the police, held by Priya; a post of the board, vacant.
  auto head = post("/posts", R"({"title": "Head of Safeguarding", "agency_id": )" + std::to_string(police) + "}");
  EXPECT_EQ(head.at("name").as_string(), "Head of Safeguarding (Eastdale Police)");
  auto held = post("/posts/" + std::to_string(head.at("id").as_int64()) + "/holders",
                   R"({"person_id": )" + std::to_string(priya) + R"(, "started_on": "2011-04-01"})");
  EXPECT_EQ(held.at("held_by_person_id").as_int64(), priya);
  post("/posts", R"({"title": "Partnership Manager"})");
  // Bad input is refused field by field, and nothing is saved.
  auto refused = ben.Send("POST", "/api/v1/p/eastdale/posts", R"({"title": "", "agency_id": 999999, "grade": "B"})",
                          "application/json", {{"X-CSRF-Token", csrf}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(json::parse(refused.body).at("errors").as_object().contains("grade"));
  refused = ben.Send("POST", "/api/v1/p/eastdale/posts", R"({"title": "", "agency_id": 999999})", "application/json",
                     {{"X-CSRF-Token", csrf}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(json::parse(refused.body).at("errors").as_object().size(), 2u);
  refused = ben.Send("POST", "/api/v1/p/eastdale/posts/" + std::to_string(head.at("id").as_int64()) + "/holders",
                     R"({"person_id": )" + std::to_string(priya) + R"(, "started_on": "2011-03-01"})", "application/json",
                     {{"X-CSRF-Token", csrf}});
  EXPECT_EQ(refused.status, 422);  // before Priya started: one holder at a time
  post("/groups/" + std::to_string(bmg) + "/members",
       R"({"person_id": )" + std::to_string(priya) + R"(, "agency_id": )" + std::to_string(police) +
           R"(, "role_category": "core_member", "started_on": "2011-04-01"})");
  post("/indicators", R"({"code": "ED 1", "name": "Referrals", "new_cluster": "Early help", "responsible": "agencies",
                         "agency_ids": [)" + std::to_string(police) + ", " + std::to_string(council) +
                          R"(], "unit": "count", "better": "lower", "frequency": "quarterly"})");
  auto groups = ben.Get("/api/v1/p/eastdale/groups");
  EXPECT_NE(groups.body.find("\"quorum_min_members\":3"), std::string::npos) << groups.body;
  EXPECT_NE(groups.body.find("\"quorum_sectors\":[\"health\"]"), std::string::npos) << groups.body;
  auto posts = ben.Get("/api/v1/p/eastdale/posts");
  EXPECT_NE(posts.body.find("\"held_by_person_id\":null"), std::string::npos) << posts.body;
  // Nothing of the demo board.
  EXPECT_EQ(ben.Get(std::string("/api/v1/p/") + kDemoSlug + "/groups").status, 404);
  EXPECT_EQ(ben.Get("/api/v1/partnerships").body.find(kDemoSlug), std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
