// HTTP tests of the meetings API (issue 15): OParl-shaped reads under the pages' access rules
// (confidential items, draft minutes), and the whole run of a meeting through JSON writes that
// share the pages' readers: schedule, agenda item, paper, attendance, decision, action.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "core/base64.h"
#include "demo_server_test.h"
#include "documents/convert.h"

namespace safeboard::testing {
namespace {

namespace json = boost::json;

class MeetingsApiHttp : public DemoServerTest {};

const std::string kApi = "/api/v1/p/milton-keynes";

json::object Object(const HttpResult& r) {
  EXPECT_NE(r.headers.at("content-type").find("application/json"), std::string::npos);
  return json::parse(r.body).as_object();
}

HttpResult SendJson(Client& client, const std::string& method, const std::string& path, const json::object& body) {
  return client.Send(method, path, json::serialize(body), "application/json", {{"X-CSRF-Token", client.CsrfToken()}});
}

TEST_F(MeetingsApiHttp, AMeetingReadsAsOParlWithConfidentialItemsOnlyForThoseEntitled) {
  // The Board of 14 April 2011: a confidential item, the budget paper, approved minutes.
  auto meeting = FirstId("SELECT MIN(m.id) FROM meetings m JOIN agenda_items a ON a.meeting_id = m.id "
                         "JOIN papers p ON p.agenda_item_id = a.id");
  Client board_member = SignedIn("member");
  auto list = Object(board_member.Get(kApi + "/meetings?from=2011-04-01&to=2011-04-30"));
  bool listed = false;
  for (const auto& m : list.at("data").as_array()) {
    EXPECT_EQ(m.at("type").as_string(), "https://schema.oparl.org/1.1/Meeting");
    listed = listed || m.at("id").as_int64() == meeting;
  }
  EXPECT_TRUE(listed);
  auto full = Object(board_member.Get(kApi + "/meetings/" + std::to_string(meeting)));
  EXPECT_EQ(std::string(full.at("start").as_string()).substr(0, 10), "2011-04-14");
  std::string names;
  for (const auto& item : full.at("agendaItem").as_array()) names += std::string(item.at("name").as_string()) + "|";
  EXPECT_NE(names.find("Serious case review referral"), std::string::npos);
  EXPECT_EQ(full.at("auxiliaryFile").as_array().at(0).at("type").as_string(), "https://schema.oparl.org/1.1/File");
  EXPECT_GT(full.at("participant").as_array().size(), 10u);
  EXPECT_EQ(full.at("minutes").at("status").as_string(), "approved");
  EXPECT_TRUE(full.at("minutes").as_object().contains("body"));
  // Someone not on the Board: the confidential item is named as such, with no papers or minutes.
  auto outside = Object(SignedIn("cdop member").Get(kApi + "/meetings/" + std::to_string(meeting)));
  std::string outside_names;
  for (const auto& item : outside.at("agendaItem").as_array()) {
    outside_names += std::string(item.at("name").as_string()) + "|";
    if (!item.at("public").as_bool()) EXPECT_FALSE(item.as_object().contains("auxiliaryFile"));
  }
  EXPECT_EQ(outside_names.find("Serious case review referral"), std::string::npos);
  EXPECT_NE(outside_names.find("Confidential item"), std::string::npos);
  auto paper = full.at("auxiliaryFile").as_array().at(0).at("id").as_int64();
  auto file = Object(board_member.Get(kApi + "/papers/" + std::to_string(paper)));
  EXPECT_EQ(file.at("downloadUrl").as_string(), Path("/papers/" + std::to_string(paper)));
  EXPECT_EQ(board_member.Get(kApi + "/meetings/999999").status, 404);
}

TEST_F(MeetingsApiHttp, TheBusinessManagerRunsAMeetingThroughTheApiWithThePagesRules) {
  Client manager = SignedIn("business manager");
  auto group = FirstId("SELECT id FROM partnership_groups WHERE name = 'Quality Assurance Sub-Group'");
  // Bad input: refused with a message per field, nothing saved.
  auto before = Count("SELECT COUNT(*) FROM meetings");
  auto refused = SendJson(manager, "POST", kApi + "/groups/" + std::to_string(group) + "/meetings",
                          {{"meets_on", "2012-02-30"}, {"starts_at", "25:00"}, {"colour", "red"}});
  ASSERT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("colour"), std::string::npos);
  refused = SendJson(manager, "POST", kApi + "/groups/" + std::to_string(group) + "/meetings",
                     {{"title", "API meeting"}, {"meets_on", "2012-02-30"}, {"starts_at", "25:00"}});
  ASSERT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("must be a real date"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM meetings"), before);

  auto scheduled = SendJson(manager, "POST", kApi + "/groups/" + std::to_string(group) + "/meetings",
                            {{"title", "API meeting"}, {"meets_on", "2012-09-13"}, {"starts_at", "14:00"}, {"location", "Room 2"}});
  ASSERT_EQ(scheduled.status, 201) << scheduled.body;
  auto meeting = Object(scheduled).at("data").as_array().at(0).at("id").as_int64();
  std::string meeting_api = kApi + "/meetings/" + std::to_string(meeting);

  EXPECT_EQ(SendJson(manager, "POST", meeting_api + "/agenda-items", {{"presenter", "x"}}).status, 422);
  auto item = SendJson(manager, "POST", meeting_api + "/agenda-items",
                       {{"item_title", "Audit of neglect cases"}, {"decision_needed", true}});
  ASSERT_EQ(item.status, 201) << item.body;
  auto item_id = Object(item).at("id").as_int64();
  EXPECT_TRUE(Object(item).at("decisionNeeded").as_bool());

  auto pdf = documents::HtmlToPdf("<!doctype html><title>Paper</title><p>Neglect audit findings</p>");
  ASSERT_TRUE(pdf.ok) << pdf.error;
  std::string papers_api = kApi + "/agenda-items/" + std::to_string(item_id) + "/papers";
  EXPECT_EQ(SendJson(manager, "POST", papers_api, {{"file_name", "x.pdf"}, {"content_base64", "%%%"}}).status, 422);
  auto not_pdf = SendJson(manager, "POST", papers_api, {{"file_name", "x.pdf"}, {"content_base64", core::Base64Encode("MZ")}});
  EXPECT_EQ(not_pdf.status, 422);
  EXPECT_NE(not_pdf.body.find("not a real .pdf file"), std::string::npos);
  auto paper = SendJson(manager, "POST", papers_api, {{"file_name", "neglect audit.pdf"}, {"content_base64", core::Base64Encode(pdf.bytes)}});
  ASSERT_EQ(paper.status, 201) << paper.body;
  EXPECT_EQ(Object(paper).at("mimeType").as_string(), "application/pdf");

  // Inquorate: no decision. Then everyone present, and the decision stands.
  EXPECT_EQ(SendJson(manager, "POST", meeting_api + "/decisions", {{"text", "Agreed the audit"}}).status, 422);
  EXPECT_EQ(SendJson(manager, "PUT", meeting_api + "/attendance", {{"status-x", "present"}, {"colour", "red"}}).status, 422);
  auto attendance = SendJson(manager, "PUT", meeting_api + "/attendance", {{"everyone_present", true}});
  ASSERT_EQ(attendance.status, 200) << attendance.body;
  EXPECT_TRUE(Object(attendance).at("quorum").at("quorate").as_bool());
  auto decision = SendJson(manager, "POST", meeting_api + "/decisions", {{"text", "Agreed the audit"}, {"agenda_item_id", item_id}});
  ASSERT_EQ(decision.status, 201) << decision.body;
  auto owner = FirstId("SELECT MIN(id) FROM people WHERE partnership_id = 1");
  auto action = SendJson(manager, "POST", meeting_api + "/actions",
                         {{"action_description", "Report the audit to the Board"}, {"action_owner", owner}, {"action_due_on", "2012-10-01"}});
  ASSERT_EQ(action.status, 201) << action.body;
  EXPECT_EQ(SendJson(manager, "POST", meeting_api + "/actions", {{"action_owner", 999999}}).status, 422);

  auto read = Object(manager.Get(meeting_api));
  EXPECT_EQ(read.at("decisions").as_array().size(), 1u);
  EXPECT_EQ(read.at("actions").as_array().at(0).at("status").as_string(), "open");
  EXPECT_EQ(read.at("auxiliaryFile").as_array().size(), 1u);
  // The pages' audit trail: one entry per write.
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'decision' AND record_id = " +
                  std::to_string(Object(decision).at("id").as_int64())),
            1);
  // A member reads but cannot write.
  Client member = SignedIn("member");
  EXPECT_EQ(member.Get(meeting_api).status, 200);
  EXPECT_EQ(SendJson(member, "POST", meeting_api + "/agenda-items", {{"item_title", "Mine"}}).status, 403);
}

}  // namespace
}  // namespace safeboard::testing
