// HTTP tests of asking for a training place on the public site (issue 17), with a server that
// sends its email to a local SMTP sink: a refused request saves and sends nothing; a good one
// holds a place and emails the manager a one-time link and the practitioner a receipt; the
// manager approves through the link, which then is gone; requests from one address are limited.
#include <gtest/gtest.h>

#include <regex>

#include "smtp_sink.h"
#include "storage/database.h"
#include "test_server.h"

namespace safeboard::testing {
namespace {

std::int64_t Number(const TestServer& server, const std::string& sql) {
  auto row = storage::OpenDatabase(server.database_url())->Connect()->QueryOne(sql);
  return row && !row->IsNull(0) ? row->Int(0) : 0;
}

TEST(PublicTraining, APractitionerAsksAndTheManagerApprovesByTheOneTimeLink) {
  SmtpSink sink;
  TestServerOptions options;
  options.extra_args = {"--smtp", sink.url(), "--mail-from", "board@safeboard.test", "--base-url", "https://board.example"};
  TestServer server(options);
  auto event = std::to_string(Number(server, "SELECT id FROM training_events WHERE held_on = '2012-04-25'"));
  std::string path = "/public/milton-keynes/training/events/" + event;
  Client practitioner = server.NewClient();
  ASSERT_EQ(practitioner.Get("/public/milton-keynes/training").status, 200);
  ASSERT_EQ(practitioner.Get(path).status, 200);
  auto bookings = Number(server, "SELECT COUNT(*) FROM training_bookings");
  std::vector<std::pair<std::string, std::string>> fields = {
      {"name", "Priya Patel"}, {"work_email", "priya.patel@nursery.example.org"}, {"organisation", "Rainbow Nursery"}};
  auto refused = PostForm(practitioner, path, fields);  // no manager's email
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Enter your manager&#39;s work email: they approve the place"), std::string::npos);
  EXPECT_EQ(Number(server, "SELECT COUNT(*) FROM training_bookings"), bookings);
  EXPECT_EQ(Number(server, "SELECT COUNT(*) FROM public_requests"), 0);
  fields.emplace_back("manager_email", "manager@nursery.example.org");
  ASSERT_EQ(PostForm(practitioner, path, fields).status, 303);
  EXPECT_EQ(Number(server, "SELECT COUNT(*) FROM training_bookings WHERE status = 'requested'"), 1);

  auto messages = sink.WaitFor(2);
  ASSERT_EQ(messages.size(), 2u) << server.Log();
  const SunkMessage* to_manager = nullptr;
  for (const auto& m : messages)
    if (m.recipients.at(0) == "<manager@nursery.example.org>") to_manager = &m;
  ASSERT_NE(to_manager, nullptr);
  EXPECT_EQ(to_manager->Subject(), "Approve a training place for Priya Patel");
  std::smatch link;
  std::string body = to_manager->Body();
  ASSERT_TRUE(std::regex_search(body, link, std::regex("https://board\\.example(/public/milton-keynes/training/approve/[0-9a-f]{64})")))
      << body;
  std::string approve = link[1];

  Client manager = server.NewClient();
  auto page = manager.Get(approve);
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Priya Patel"), std::string::npos);
  auto decided = PostForm(manager, approve, {{"decision", "approve"}});
  ASSERT_EQ(decided.status, 200) << decided.body.substr(0, 500);
  EXPECT_NE(decided.body.find("Place approved"), std::string::npos);
  EXPECT_EQ(Number(server, "SELECT COUNT(*) FROM training_bookings WHERE work_email = 'priya.patel@nursery.example.org' "
                           "AND status = 'confirmed' AND confirmed_by = 'manager' AND approval_token_hash IS NULL"),
            1);
  messages = sink.WaitFor(3);
  ASSERT_EQ(messages.size(), 3u);
  EXPECT_EQ(messages[2].Subject(), "Your training place: Working Together to Safeguard Children");
  EXPECT_EQ(manager.Get(approve).status, 410);  // used once
  EXPECT_EQ(PostForm(manager, approve, {{"decision", "decline"}}).status, 410);

  // Requests from one address are limited: five an hour.
  for (int k = 2; k <= 5; ++k)
    ASSERT_EQ(PostForm(practitioner, path,
                       {{"name", "Person " + std::to_string(k)}, {"work_email", "p" + std::to_string(k) + "@school.example.org"},
                        {"organisation", "A school"}, {"manager_email", "head@school.example.org"}})
                  .status,
              303);
  auto limited = PostForm(practitioner, path,
                          {{"name", "Person 6"}, {"work_email", "p6@school.example.org"}, {"organisation", "A school"},
                           {"manager_email", "head@school.example.org"}});
  EXPECT_EQ(limited.status, 422);
  EXPECT_NE(limited.body.find("Too many requests have come from your connection in the last hour"), std::string::npos);
  EXPECT_EQ(Number(server, "SELECT COUNT(*) FROM training_bookings WHERE work_email = 'p6@school.example.org'"), 0);
  // The training team may confirm a place its manager has not answered for; once.
  Client team = SignedInAs(server, "business manager");
  auto waiting = std::to_string(Number(server, "SELECT id FROM training_bookings WHERE work_email = 'p2@school.example.org'"));
  ASSERT_EQ(PostForm(team, "/p/milton-keynes/training/bookings/" + waiting + "/confirm", {}).status, 303);
  EXPECT_EQ(PostForm(team, "/p/milton-keynes/training/bookings/" + waiting + "/confirm", {}).status, 422);
  EXPECT_EQ(Number(server, "SELECT COUNT(*) FROM training_bookings WHERE id = " + waiting +
                           " AND status = 'confirmed' AND approval_token_hash IS NULL"),
            1);
  auto sheet = team.Get("/p/milton-keynes/training/events/" + event + "/sign-in-sheet");
  ASSERT_EQ(sheet.status, 200);
  EXPECT_NE(sheet.body.find("Priya Patel"), std::string::npos);
  EXPECT_NE(sheet.body.find("Person 2"), std::string::npos);
  EXPECT_EQ(sheet.body.find("Person 3"), std::string::npos);  // still waiting for the manager
  // The team's booking is emailed to the practitioner, and a place coming free from the waiting
  // list is emailed to whoever takes it.
  ASSERT_EQ(PostForm(team, "/p/milton-keynes/training/events/" + event + "/bookings",
                     {{"name", "Tariq Usman"}, {"work_email", "tariq@police.example.org"}, {"organisation", "A police team"},
                      {"requested_on-day", "31"}, {"requested_on-month", "3"}, {"requested_on-year", "2012"}})
                .status,
            303);
  auto caf = std::to_string(Number(server, "SELECT id FROM training_events WHERE held_on = '2012-05-10'"));
  auto waiting_email = storage::OpenDatabase(server.database_url())
                           ->Connect()
                           ->QueryOne("SELECT work_email FROM training_bookings WHERE event_id = " + caf + " AND status = 'waiting'")
                           ->Text(0);
  auto place = std::to_string(Number(server, "SELECT MIN(id) FROM training_bookings WHERE event_id = " + caf +
                                             " AND status = 'confirmed'"));
  ASSERT_EQ(PostForm(team, "/p/milton-keynes/training/bookings/" + place + "/cancel",
                     {{"b" + place + "-cancelled_on-day", "31"}, {"b" + place + "-cancelled_on-month", "3"},
                      {"b" + place + "-cancelled_on-year", "2012"}})
                .status,
            303);
  messages = sink.WaitFor(13);
  bool booked = false, moved_up = false;
  for (const auto& m : messages) {
    if (m.recipients.at(0) == "<tariq@police.example.org>" && m.Body().find("The training team has booked you") != std::string::npos)
      booked = true;
    if (m.recipients.at(0) == "<" + waiting_email + ">" && m.Subject() == "A place has come free: The Common Assessment Framework")
      moved_up = true;
  }
  EXPECT_TRUE(booked);
  EXPECT_TRUE(moved_up) << waiting_email;
  // The address is kept only as a hash.
  EXPECT_EQ(Number(server, "SELECT COUNT(*) FROM public_requests WHERE address_key LIKE '%127.0.0.1%'"), 0);
}

}  // namespace
}  // namespace safeboard::testing
