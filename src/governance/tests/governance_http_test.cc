// HTTP tests of governance: memberships as at a date, ending a person or a membership, the agencies
// API's field errors, contact details hidden from lay members, against the real server on loopback with the demo board.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "auth/policy.h"
#include "core/date.h"
#include "demo_server_test.h"
#include "storage/database.h"

namespace safeboard::testing {
namespace {

namespace json = boost::json;

class GovernanceHttp : public DemoServerTest {};

TEST_F(GovernanceHttp, AMembershipWithAMissingDateIsRefusedWithInputKept) {
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

TEST_F(GovernanceHttp, MembershipIsShownAsAtADateAndEndingKeepsHistory) {
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

TEST_F(GovernanceHttp, EndingAPersonEndsTheirOpenMembershipsAndKeepsThem) {
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

TEST_F(GovernanceHttp, ApiReportsBadFieldsAsJsonAndSavesNothing) {
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

// RULE: issue 14 - the API keeps a group's quorum rule as the page does, and refuses a field it
// does not store instead of dropping it.
TEST_F(GovernanceHttp, TheApiKeepsAGroupsQuorumRuleAndRefusesFieldsItDoesNotStore) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto send = [&](const std::string& method, const std::string& path, const std::string& body) {
    return manager.Send(method, "/api/v1/p/milton-keynes" + path, body, "application/json", {{"X-CSRF-Token", token}});
  };
  auto police = FirstId("SELECT a.id FROM agencies a JOIN partnerships p ON p.id = a.partnership_id "
                        "WHERE p.slug = 'milton-keynes' AND a.sector = 'police'");
  auto other_agency = FirstId("SELECT a.id FROM agencies a JOIN partnerships p ON p.id = a.partnership_id "
                              "WHERE p.slug <> 'milton-keynes'");
  auto before = Count("SELECT COUNT(*) FROM partnership_groups");
  auto r = send("POST", "/groups", R"({"name": "Neglect Task Group", "kind": "task_and_finish", "cadence": "monthly",
                                     "quorum": 5, "colour": "red"})");
  EXPECT_EQ(r.status, 422);
  auto errors = json::parse(r.body).at("errors").as_object();
  EXPECT_TRUE(errors.contains("quorum"));
  EXPECT_TRUE(errors.contains("colour"));
  r = send("POST", "/groups", R"({"name": "Neglect Task Group", "kind": "task_and_finish", "cadence": "monthly",
                                "quorum_agency_ids": [)" + std::to_string(other_agency) + "]}");
  EXPECT_EQ(r.status, 422);  // another partnership's agency
  EXPECT_EQ(Count("SELECT COUNT(*) FROM partnership_groups"), before);

  r = send("POST", "/groups", R"({"name": "Neglect Task Group", "kind": "task_and_finish", "cadence": "monthly",
                                "quorum_sectors": ["health", "hospitals"]})");
  EXPECT_EQ(r.status, 422);  // not a sector: the message lists those that are
  EXPECT_NE(json::parse(r.body).at("errors").at("quorum_sectors").as_string().find("local_authority"), std::string::npos);
  auto board = FirstId("SELECT g.id FROM partnership_groups g JOIN partnerships p ON p.id = g.partnership_id "
                       "WHERE p.slug = 'milton-keynes' AND g.kind = 'board'");
  auto other_group = FirstId("SELECT g.id FROM partnership_groups g JOIN partnerships p ON p.id = g.partnership_id "
                             "WHERE p.slug <> 'milton-keynes'");
  r = send("POST", "/groups", R"({"name": "Neglect Task Group", "kind": "task_and_finish", "cadence": "monthly",
                                "minutes_approved_by_group_id": )" + std::to_string(other_group) + "}");
  EXPECT_EQ(r.status, 422);  // another partnership's group
  EXPECT_EQ(Count("SELECT COUNT(*) FROM partnership_groups"), before);

  r = send("POST", "/groups", R"({"name": "Neglect Task Group", "kind": "task_and_finish", "cadence": "monthly",
                                "quorum_min_members": 5, "quorum_min_agencies": 3, "quorum_sectors": ["health"],
                                "minutes_approved_by_group_id": )" + std::to_string(board) + R"(,
                                "quorum_agency_ids": [)" + std::to_string(police) + "]}");
  ASSERT_EQ(r.status, 201) << r.body;
  auto group = json::parse(r.body).as_object();
  EXPECT_EQ(group.at("quorum_min_members").as_int64(), 5);
  EXPECT_EQ(group.at("quorum_agency_ids").as_array().size(), 1u);
  EXPECT_EQ(group.at("quorum_sectors").as_array().at(0).as_string(), "health");
  EXPECT_EQ(group.at("minutes_approved_by_group_id").as_int64(), board);
  std::string id = std::to_string(group.at("id").as_int64());
  EXPECT_EQ(Count("SELECT quorum_min_agencies FROM partnership_groups WHERE id = " + id), 3);
  // The page shows the rule the API stored.
  auto page = manager.Get(Path("/groups/" + id)).body;
  EXPECT_NE(page.find("5 members from 3 agencies"), std::string::npos);
  EXPECT_NE(page.find("an agency of the sector Health"), std::string::npos);
  EXPECT_NE(page.find("Minutes approved by"), std::string::npos);
  // The edit form keeps them when saved unchanged.
  auto edit = manager.Get(Path("/groups/" + id + "/edit")).body;
  EXPECT_NE(edit.find("name=\"quorum_sector-health\" type=\"checkbox\" value=\"yes\" checked"), std::string::npos)
      << edit.substr(edit.find("quorum_sector-health") - 200, 400);

  // What GET returns can be sent back with a change; the id cannot be changed.
  group["quorum_min_members"] = 6;
  r = send("PUT", "/groups/" + id, json::serialize(group));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Count("SELECT quorum_min_members FROM partnership_groups WHERE id = " + id), 6);
  group["id"] = 1;
  r = send("PUT", "/groups/" + id, json::serialize(group));
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(json::parse(r.body).at("errors").as_object().contains("id"));
  // Agencies and people refuse unknown fields too.
  EXPECT_EQ(send("POST", "/agencies", R"({"name": "X", "sector": "police", "website": "x"})").status, 422);
  EXPECT_EQ(send("POST", "/people", R"({"full_name": "X", "agency_id": 1, "nickname": "x"})").status, 422);
}

TEST_F(GovernanceHttp, LayMembersDoNotSeeContactDetails) {
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
