// Email through a real SMTP client (issue 15), checked at a local SMTP sink: the server started
// with --smtp sends what a write queued, and only after the write committed.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <chrono>
#include <set>

#include "smtp_sink.h"
#include "storage/database.h"
#include "test_server.h"

namespace safeboard::testing {
namespace {

namespace json = boost::json;

// RULE: issue 14 - the business manager's invitation is emailed when the server sends email;
// the link in it is the one the administrator sees, on the server's own address.
TEST(Mail, ANewBoardsBusinessManagerIsEmailedTheirInvitation) {
  SmtpSink sink;
  TestServerOptions options;
  options.extra_args = {"--smtp", sink.url(), "--mail-from", "board@safeboard.test", "--mail-from-name",
                        "safeboard test", "--base-url", "https://board.example/"};
  TestServer server(options);
  Client admin = SignedInAs(server, "admin");
  auto send = [&](const std::string& body) {
    return admin.Send("POST", "/api/v1/partnerships", body, "application/json", {{"X-CSRF-Token", admin.CsrfToken()}});
  };
  // A refused request queues nothing.
  EXPECT_EQ(send(R"({"name": "Westmoor Partnership", "slug": "Not A Slug",
                     "business_manager": {"full_name": "Wes", "email": "wes@westmoor.example"}})").status,
            422);
  auto r = send(R"({"name": "Westmoor Partnership", "slug": "westmoor", "child_population": {"2011-12": 20000},
                    "business_manager": {"full_name": "Zoë Ångström", "email": "zoe@westmoor.example"}})");
  ASSERT_EQ(r.status, 201) << r.body;
  auto created = json::parse(r.body).as_object();
  EXPECT_TRUE(created.at("invitation_emailed").as_bool());
  std::string path(created.at("invitation_path").as_string());

  auto messages = sink.WaitFor(1);
  ASSERT_EQ(messages.size(), 1u) << server.Log();
  const auto& m = messages[0];
  ASSERT_EQ(m.recipients.size(), 1u);
  EXPECT_EQ(m.recipients[0], "<zoe@westmoor.example>");
  EXPECT_EQ(m.mail_from, "<board@safeboard.test>");
  EXPECT_EQ(m.Subject(), "Set your password for Westmoor Partnership");
  EXPECT_NE(m.Header("From").find("<board@safeboard.test>"), std::string::npos);
  std::string body = m.Body();
  EXPECT_NE(body.find("Dear Zoë Ångström"), std::string::npos) << body;
  EXPECT_NE(body.find("https://board.example" + path + "\r\n"), std::string::npos) << body;
  EXPECT_NE(body.find("business manager of Westmoor Partnership"), std::string::npos);

  // The link in the email works.
  Client zoe = server.NewClient();
  EXPECT_EQ(zoe.Get(path).status, 200);
  // A new link from User accounts is emailed too; nothing else was sent.
  auto user = json::parse(r.body).at("business_manager").at("user_id").as_int64();
  auto again = admin.Post("/admin/users/" + std::to_string(user) + "/invitation", "csrf_token=" + admin.CsrfToken());
  EXPECT_EQ(again.status, 200);
  EXPECT_NE(again.body.find("safeboard has emailed this link to zoe@westmoor.example"), std::string::npos);
  messages = sink.WaitFor(2);
  ASSERT_EQ(messages.size(), 2u);
  EXPECT_EQ(messages[1].Subject(), "Set your password for safeboard");
  EXPECT_EQ(zoe.Get(path).status, 410);  // the first link no longer works
}

// Schedules a meeting of the demo Board as the business manager: its path ("" if refused).
// A demo server that sends its email to `sink`, with links to https://board.example.
TestServerOptions SendingMailTo(const SmtpSink& sink) {
  TestServerOptions options;
  options.extra_args = {"--smtp", sink.url(), "--mail-from", "board@safeboard.test", "--base-url", "https://board.example"};
  return options;
}

std::string ScheduleBoardMeeting(TestServer& server, Client& manager, const std::string& day, const std::string& time) {
  auto r = manager.Post("/p/" + std::string(kDemoSlug) + "/groups/" +
                            std::to_string(DemoIds(server.database_url()).at("groups")) + "/meetings",
                        "csrf_token=" + manager.CsrfToken() + "&title=Board+meeting&meets_on=" + day + "&starts_at=" + time);
  if (r.status != 303) return "";
  std::string path = r.headers.at("location");
  return path.substr(0, path.find('?'));
}

// RULE: issue 15 - minutes circulated go to each current member; apologies to the group's chair
// and the board team; neither message carries the minutes or any agenda item.
TEST(Mail, MembersAreEmailedCirculatedMinutesAndTheChairAndBoardTeamApologies) {
  SmtpSink sink;
  TestServer server(SendingMailTo(sink));
  Client manager = SignedInAs(server, "business manager");
  std::string token = manager.CsrfToken();
  std::string slug = "/p/" + std::string(kDemoSlug);
  std::string meeting_path = ScheduleBoardMeeting(server, manager, "2033-01-20", "10:00");
  ASSERT_FALSE(meeting_path.empty());

  // Richard North sends apologies: the chair and the board team hear of it.
  Client member = SignedInAs(server, "member");
  auto meeting_id = meeting_path.substr(meeting_path.rfind('/') + 1);
  ASSERT_EQ(member.Post(slug + "/meetings/" + meeting_id + "/apologies", "csrf_token=" + member.CsrfToken()).status, 303);
  auto queued = [&] {
    return storage::OpenDatabase(server.database_url())->Connect()->QueryOne("SELECT COUNT(*) FROM outbox")->Int(0);
  };
  auto messages = sink.WaitFor(static_cast<std::size_t>(queued()));
  ASSERT_EQ(messages.size(), static_cast<std::size_t>(queued())) << server.Log();
  std::set<std::string> apologies_to;
  for (const auto& m : messages) {
    EXPECT_NE(m.Subject().find("Apologies from Richard North"), std::string::npos) << m.Subject();
    EXPECT_NE(m.Body().find("No deputy was named"), std::string::npos);
    EXPECT_NE(m.Body().find("https://board.example" + meeting_path), std::string::npos) << m.Body();
    apologies_to.insert(m.recipients.at(0));
  }
  EXPECT_EQ(apologies_to.size(), messages.size()) << "each told once";
  EXPECT_GE(apologies_to.size(), 2u);  // the chair and at least the business manager

  // The business manager circulates the minutes: each current Board member with an email hears.
  std::size_t before = messages.size();
  ASSERT_EQ(manager.Post(meeting_path + "/minutes", "csrf_token=" + token + "&body=Present%3A+the+Board").status, 303);
  ASSERT_EQ(manager.Post(meeting_path + "/minutes/circulate", "csrf_token=" + token).status, 303);
  messages = sink.WaitFor(static_cast<std::size_t>(queued()));
  ASSERT_EQ(messages.size(), static_cast<std::size_t>(queued())) << server.Log();
  ASSERT_GT(messages.size(), before + 10);  // the Board has more than ten members with emails
  for (std::size_t i = before; i < messages.size(); ++i) {
    EXPECT_NE(messages[i].Subject().find("Minutes for approval:"), std::string::npos);
    EXPECT_EQ(messages[i].Body().find("Present: the Board"), std::string::npos) << "the minutes stay on the page";
    EXPECT_NE(messages[i].Body().find("https://board.example" + meeting_path + "/minutes"), std::string::npos);
  }
}

// RULE: issue 15 - the agenda and papers go to each current member with a link, never the papers;
// someone who turned papers off on their email choices is not sent them.
TEST(Mail, CirculatedPapersReachEachMemberWhoWantsThem) {
  SmtpSink sink;
  TestServer server(SendingMailTo(sink));
  Client manager = SignedInAs(server, "business manager");
  std::string token = manager.CsrfToken();
  std::string slug = "/p/" + std::string(kDemoSlug);
  std::string meeting_path = ScheduleBoardMeeting(server, manager, "2033-02-17", "09:30");
  ASSERT_FALSE(meeting_path.empty());
  // The lay member turns papers off (their other choices stay on).
  Client lay = SignedInAs(server, "lay member");
  ASSERT_EQ(lay.Post("/account/email", "csrf_token=" + lay.CsrfToken() + "&minutes=yes&apologies=yes&digest=yes").status,
            303);
  auto choices = lay.Get("/account/email");
  EXPECT_EQ(choices.body.find("id=\"papers\" name=\"papers\" type=\"checkbox\" value=\"yes\" checked"), std::string::npos);
  EXPECT_NE(choices.body.find("id=\"minutes\" name=\"minutes\" type=\"checkbox\" value=\"yes\" checked"), std::string::npos);
  auto db = storage::OpenDatabase(server.database_url())->Connect();
  auto lay_email = db->QueryOne("SELECT p.email FROM people p JOIN users u ON u.id = p.user_id WHERE "
                                "u.email = 'lay.member@demo.safeboard.test'")->Text(0);
  ASSERT_EQ(manager.Post(meeting_path + "/papers/circulate", "csrf_token=" + token).status, 303);
  auto queued = db->QueryOne("SELECT COUNT(*) FROM outbox")->Int(0);
  auto messages = sink.WaitFor(static_cast<std::size_t>(queued));
  ASSERT_EQ(messages.size(), static_cast<std::size_t>(queued)) << server.Log();
  ASSERT_GT(messages.size(), 10u);
  for (const auto& m : messages) {
    EXPECT_EQ(m.Subject(), "Papers: Milton Keynes Safeguarding Children Board meeting of 17 February 2033");
    EXPECT_NE(m.Body().find("https://board.example" + meeting_path + "\r\n"), std::string::npos) << m.Body();
    EXPECT_NE(m.recipients.at(0), "<" + lay_email + ">");
  }
  EXPECT_NE(manager.Get(meeting_path).body.find("Circulate the agenda and papers again"), std::string::npos);
  // Circulating again says the papers changed.
  ASSERT_EQ(manager.Post(meeting_path + "/papers/circulate", "csrf_token=" + token).status, 303);
  messages = sink.WaitFor(static_cast<std::size_t>(queued) * 2);
  ASSERT_EQ(messages.size(), static_cast<std::size_t>(queued) * 2);
  EXPECT_EQ(messages.back().Subject(), "Papers changed: Milton Keynes Safeguarding Children Board meeting of 17 February 2033");
  // A meeting already held cannot be circulated.
  auto held = db->QueryOne("SELECT id FROM meetings WHERE meets_on = '2012-03-15'")->Int(0);
  EXPECT_EQ(manager.Post(slug + "/meetings/" + std::to_string(held) + "/papers/circulate", "csrf_token=" + token).status,
            422);
}

}  // namespace
}  // namespace safeboard::testing
