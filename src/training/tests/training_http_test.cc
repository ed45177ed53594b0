// HTTP tests of the training programme (issue 17): the year's figures as annual report 3.2 gives
// them, on the page and in the API; the training team books a place on a full event (the waiting
// list), cancels one (the waiting list moves up), passes one to a colleague and marks the
// register; refusals save nothing; members see the events but no one's name.
#include <gtest/gtest.h>

#include <cstdio>
#include <sstream>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class TrainingHttp : public DemoServerTest {
};

TEST_F(TrainingHttp, TheFiguresReproduceTheAnnualReport) {
  Client member = SignedIn("member");
  auto page = MainOf(member.Get(Path("/training/report?year=2011")));
  EXPECT_NE(page.find("Attendances, with the conference</td><td class=\"govuk-table__cell\">2860</td>"), std::string::npos)
      << page.substr(0, 3000);
  EXPECT_NE(page.find("+1802"), std::string::npos);
  EXPECT_NE(page.find("+112 (+71%)"), std::string::npos);  // conference delegates, 270 on 158
  EXPECT_NE(page.find("Attendances by sector"), std::string::npos);
  EXPECT_NE(page.find("By quarter (Q1 is April to June)"), std::string::npos);
  auto api = member.Get("/api/v1/p/milton-keynes/training/figures?year=2011");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"attendances\":2860"), std::string::npos) << api.body;
  EXPECT_NE(api.body.find("\"conference_delegates\":270"), std::string::npos);
  EXPECT_EQ(member.Get("/api/v1/p/milton-keynes/training/figures?year=twenty").status, 422);
  auto csv = member.Get(Path("/training/report.csv?year=2011"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("\"Attendances, with the conference\",2860,1058,'+1802 (+170%)"), std::string::npos) << csv.body;
}

TEST_F(TrainingHttp, AFullEventsWaitingListMovesUpWhenAPlaceIsCancelled) {
  Client manager = SignedIn("business manager");
  // The demo's CAF event of 10 May 2012: two places, both taken, one practitioner waiting.
  auto event = std::to_string(FirstId("SELECT e.id FROM training_events e WHERE e.held_on = '2012-05-10'"));
  std::string path = Path("/training/events/" + event);
  auto before = Count("SELECT COUNT(*) FROM training_bookings");
  std::vector<std::pair<std::string, std::string>> booking = {
      {"name", "Nadia Novak"}, {"work_email", "nadia.novak@nursery.example.org"}, {"organisation", "Rainbow Nursery"},
      {"requested_on-day", "30"}, {"requested_on-month", "3"}, {"requested_on-year", "2012"}};
  auto refused = PostForm(manager, path + "/bookings", {{"name", "Nadia Novak"}, {"work_email", "nadia"}});
  EXPECT_EQ(refused.status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_bookings"), before);
  auto waiting = PostForm(manager, path + "/bookings", booking);
  ASSERT_EQ(waiting.status, 303);
  EXPECT_NE(waiting.headers["location"].find("done=booking-waiting"), std::string::npos);
  EXPECT_EQ(PostForm(manager, path + "/bookings", booking).status, 422);  // once per event
  auto first_waiting = FirstId("SELECT id FROM training_bookings WHERE event_id = " + event +
                               " AND status = 'waiting' ORDER BY requested_on, id LIMIT 1");
  auto confirmed = std::to_string(FirstId("SELECT MIN(id) FROM training_bookings WHERE event_id = " + event +
                                          " AND status = 'confirmed'"));
  std::string prefix = "b" + confirmed + "-";
  auto cancelled = PostForm(manager, Path("/training/bookings/" + confirmed + "/cancel"),
                            {{prefix + "cancelled_on-day", "31"}, {prefix + "cancelled_on-month", "3"},
                             {prefix + "cancelled_on-year", "2012"}});
  ASSERT_EQ(cancelled.status, 303);
  EXPECT_NE(cancelled.headers["location"].find("done=booking-moved-up"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_bookings WHERE id = " + std::to_string(first_waiting) +
                  " AND status = 'confirmed'"),
            1);
  // The other confirmed place passes to a colleague: still confirmed, no cancellation.
  auto other = std::to_string(FirstId("SELECT MIN(id) FROM training_bookings WHERE event_id = " + event +
                                      " AND status = 'confirmed' AND id <> " + std::to_string(first_waiting)));
  prefix = "b" + other + "-";
  ASSERT_EQ(PostForm(manager, Path("/training/bookings/" + other + "/cancel"),
                     {{prefix + "cancelled_on-day", "31"}, {prefix + "cancelled_on-month", "3"},
                      {prefix + "cancelled_on-year", "2012"}, {prefix + "substitute_name", "Colin Colleague"}})
                .status,
            303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_bookings WHERE id = " + other +
                  " AND status = 'confirmed' AND substitute_name = 'Colin Colleague'"),
            1);
  // The register is marked on or after the day: not before.
  prefix = "b" + other + "-";
  EXPECT_EQ(PostForm(manager, Path("/training/bookings/" + other + "/attendance"), {{prefix + "attendance", "attended"}}).status,
            422);
  // Members see the event, not who booked.
  Client member = SignedIn("member");
  auto seen = MainOf(member.Get(path));
  EXPECT_NE(seen.find("The Common Assessment Framework"), std::string::npos);
  EXPECT_EQ(seen.find("Nadia Novak"), std::string::npos);
  EXPECT_EQ(seen.find("@"), std::string::npos);
  EXPECT_EQ(PostForm(member, path + "/bookings", booking).status, 403);
}

TEST_F(TrainingHttp, TheTeamAddsACourseAndAnEventAndMarksARegister) {
  Client manager = SignedIn("business manager");
  auto courses = Count("SELECT COUNT(*) FROM training_courses");
  EXPECT_EQ(PostForm(manager, Path("/training/courses"), {{"title", "Neglect"}}).status, 422);
  ASSERT_EQ(PostForm(manager, Path("/training/courses"),
                     {{"title", "Neglect"}, {"level", "inter_agency"}, {"delivery", "classroom"}, {"provider", "pool"}})
                .status,
            303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_courses"), courses + 1);
  auto course = std::to_string(FirstId("SELECT MAX(id) FROM training_courses"));
  auto added = PostForm(manager, Path("/training/events"),
                        {{"course_id", course}, {"on-day", "30"}, {"on-month", "3"}, {"on-year", "2012"},
                         {"starts_at", "09:30"}, {"ends_at", "12:30"}, {"venue", "Civic Offices"}, {"capacity", "10"}});
  ASSERT_EQ(added.status, 303);
  auto event = std::to_string(FirstId("SELECT MAX(id) FROM training_events"));
  ASSERT_EQ(PostForm(manager, Path("/training/events/" + event + "/bookings"),
                     {{"name", "Olu Owusu"}, {"work_email", "olu@police.example.org"},
                      {"agency_id", std::to_string(FirstId("SELECT id FROM agencies WHERE name = 'Thames Valley Police'"))},
                      {"requested_on-day", "1"}, {"requested_on-month", "3"}, {"requested_on-year", "2012"}})
                .status,
            303);
  auto booking = std::to_string(FirstId("SELECT MAX(id) FROM training_bookings"));
  ASSERT_EQ(PostForm(manager, Path("/training/bookings/" + booking + "/attendance"),
                     {{"b" + booking + "-attendance", "attended"}})
                .status,
            303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_bookings WHERE id = " + booking + " AND attendance = 'attended'"), 1);
  // A certificate of attendance, printed to PDF; none for a place not attended.
  auto certificate = manager.Get(Path("/training/bookings/" + booking + "/certificate.pdf"));
  ASSERT_EQ(certificate.status, 200);
  EXPECT_EQ(certificate.body.substr(0, 4), "%PDF");
  auto text = TextOf(certificate.body);
  EXPECT_NE(text.find("Certificate of attendance"), std::string::npos) << text;
  EXPECT_NE(text.find("Olu Owusu"), std::string::npos);
  EXPECT_NE(text.find("Neglect"), std::string::npos);
  auto absent = std::to_string(FirstId("SELECT MIN(id) FROM training_bookings WHERE attendance = 'did_not_attend'"));
  EXPECT_EQ(manager.Get(Path("/training/bookings/" + absent + "/certificate.pdf")).status, 409);
  EXPECT_EQ(SignedIn("member").Get(Path("/training/bookings/" + booking + "/certificate.pdf")).status, 403);
  // The evaluation: the baseline is refused after the day, the second stage is recorded.
  std::string evaluation = Path("/training/bookings/" + booking + "/evaluation");
  EXPECT_EQ(PostForm(manager, evaluation,
                     {{"stage", "before"}, {"confidence", "2"}, {"knowledge", "2"}, {"completed_on-day", "31"},
                      {"completed_on-month", "3"}, {"completed_on-year", "2012"}})
                .status,
            422);
  ASSERT_EQ(PostForm(manager, evaluation,
                     {{"stage", "after"}, {"confidence", "5"}, {"knowledge", "4"}, {"completed_on-day", "31"},
                      {"completed_on-month", "3"}, {"completed_on-year", "2012"}})
                .status,
            303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_evaluations WHERE booking_id = " + booking), 1);
  auto impact = MainOf(manager.Get(Path("/training/impact?year=2011")));
  EXPECT_NE(impact.find("Neglect"), std::string::npos);
  EXPECT_NE(impact.find("5.0 (1)"), std::string::npos);
  // The impact report as CSV: the new course's row, one response straight after, its scores.
  auto csv = manager.Get(Path("/training/impact.csv?year=2011"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Neglect"), std::string::npos) << csv.body;
  EXPECT_NE(csv.body.find(",0,,,1,5.0,4.0,0,,,0"), std::string::npos) << csv.body;
  EXPECT_EQ(manager.Get(Path("/training/impact.xlsx?year=2011")).status, 200);
  auto api = manager.Get("/api/v1/p/milton-keynes/training/figures?year=2011");
  EXPECT_NE(api.body.find("\"attendances\":2861"), std::string::npos) << api.body;
}

TEST_F(TrainingHttp, ELearningCompletionsAreImportedWholeOrNotAtAll) {
  Client member = SignedIn("member");
  auto page = MainOf(member.Get(Path("/training/e-learning?year=2011")));
  EXPECT_NE(page.find(">609<"), std::string::npos) << page.substr(0, 2000);  // 609 people, annual report 3.2
  EXPECT_EQ(page.find("Import completions"), std::string::npos);
  EXPECT_EQ(page.find("@"), std::string::npos);  // no learner's email
  Client manager = SignedIn("business manager");
  auto before = Count("SELECT COUNT(*) FROM elearning_completions");
  std::string type = "multipart/form-data; boundary=B0UNDARY";
  std::string bad = "Module,Name,Email,Agency,Completed\r\nBasic Safeguarding,Dee Dunn,dee@tvp.example.org,TVP,2012-03-01\r\n"
                    "Basic Safeguarding,Eve Ellis,eve,,2012-03-02\r\n";
  auto refused = manager.Send("POST", Path("/training/e-learning"), Multipart(manager.CsrfToken(), "file", "export.csv", bad), type);
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Nothing was saved: correct this problem and try again"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM elearning_completions"), before);  // not even row 2
  std::string good = "Module,Name,Email,Agency,Completed\r\nBasic Safeguarding,Dee Dunn,dee@tvp.example.org,TVP,2012-03-01\r\n";
  ASSERT_EQ(manager.Send("POST", Path("/training/e-learning"), Multipart(manager.CsrfToken(), "file", "export.csv", good), type).status,
            303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM elearning_completions"), before + 1);
  EXPECT_EQ(manager.Send("POST", Path("/training/e-learning"), Multipart(manager.CsrfToken(), "file", "export.csv", good), type).status,
            422);  // already recorded
  auto api = member.Get("/api/v1/p/milton-keynes/training/e-learning?year=2011");
  EXPECT_NE(api.body.find("\"people\":610"), std::string::npos) << api.body.substr(0, 300);
}

TEST_F(TrainingHttp, TheNeedsAnalysisShowsTheReportsPercentagesAndTheNeedsRaised) {
  Client member = SignedIn("member");
  auto page = MainOf(member.Get(Path("/training/needs?year=2011")));
  EXPECT_NE(page.find("98% (98)"), std::string::npos) << page.substr(0, 1500);
  EXPECT_NE(page.find("97% (97)"), std::string::npos);
  EXPECT_NE(page.find("Outcome-focused child protection planning"), std::string::npos);  // raised by the case file audit
  Client manager = SignedIn("business manager");
  std::vector<std::pair<std::string, std::string>> fields = {
      {"year", "2011"}, {"organisation", "Rainbow Nursery"}, {"single_agency_in_place", "yes"},
      {"returned_on-day", "1"}, {"returned_on-month", "2"}, {"returned_on-year", "2012"}};
  auto before = Count("SELECT COUNT(*) FROM training_needs_returns");
  EXPECT_EQ(PostForm(manager, Path("/training/needs"), fields).status, 422);  // the second answer is missing
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_needs_returns"), before);
  fields.emplace_back("accessing_inter_agency", "no");
  ASSERT_EQ(PostForm(manager, Path("/training/needs"), fields).status, 303);
  EXPECT_EQ(PostForm(manager, Path("/training/needs"), fields).status, 422);  // once a year
  auto api = member.Get("/api/v1/p/milton-keynes/training/needs?year=2011");
  EXPECT_NE(api.body.find("\"respondents\":101"), std::string::npos) << api.body.substr(0, 300);
  EXPECT_EQ(PostForm(member, Path("/training/needs"), fields).status, 403);
}

TEST_F(TrainingHttp, ThePoolOfTrainersKeepsWhoJoinedAndLeft) {
  Client member = SignedIn("member");
  auto page = MainOf(member.Get(Path("/training/trainers")));
  EXPECT_NE(page.find("5 trainers in the pool."), std::string::npos) << page.substr(0, 500);
  EXPECT_NE(page.find("Mark Ellis (invented)"), std::string::npos);
  Client manager = SignedIn("business manager");
  EXPECT_EQ(PostForm(manager, Path("/training/trainers"), {{"name", "Nia Nwosu"}}).status, 422);  // no day joined
  ASSERT_EQ(PostForm(manager, Path("/training/trainers"),
                     {{"name", "Nia Nwosu"}, {"joined_on-day", "1"}, {"joined_on-month", "3"}, {"joined_on-year", "2012"}})
                .status,
            303);
  auto id = std::to_string(FirstId("SELECT MAX(id) FROM training_trainers"));
  std::string prefix = "t" + id + "-";
  EXPECT_EQ(PostForm(manager, Path("/training/trainers/" + id),
                     {{prefix + "left_on-day", "1"}, {prefix + "left_on-month", "2"}, {prefix + "left_on-year", "2012"}})
                .status,
            422);  // before joining
  ASSERT_EQ(PostForm(manager, Path("/training/trainers/" + id),
                     {{prefix + "left_on-day", "30"}, {prefix + "left_on-month", "3"}, {prefix + "left_on-year", "2012"}})
                .status,
            303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_trainers WHERE id = " + id + " AND left_on = '2012-03-30'"), 1);
  EXPECT_EQ(PostForm(member, Path("/training/trainers"), {{"name", "X"}}).status, 403);
}

TEST_F(TrainingHttp, AConferencesProgrammeIsKeptByTheTeamAndShownToAll) {
  Client member = SignedIn("member");
  auto conference = std::to_string(FirstId("SELECT id FROM training_events WHERE held_on = '2011-11-16'"));
  std::string path = Path("/training/events/" + conference);
  auto page = MainOf(member.Get(path));
  EXPECT_NE(page.find("Welcome: Supporting Families in our Community"), std::string::npos) << page.substr(0, 2000);
  EXPECT_NE(page.find("Claire Dunn and DS Paul Hart (invented), domestic abuse service and Thames Valley Police"),
            std::string::npos);
  EXPECT_EQ(page.find("Add a session"), std::string::npos);  // members read it
  EXPECT_EQ(PostForm(member, path + "/sessions", {{"title", "X"}}).status, 403);
  Client manager = SignedIn("business manager");
  auto before = Count("SELECT COUNT(*) FROM training_conference_sessions");
  EXPECT_EQ(before, 6);
  std::vector<std::pair<std::string, std::string>> session = {
      {"kind", "workshop"}, {"title", "Neglect: seeing it early"}, {"speaker", "Nia Nwosu"},
      {"starts_at", "13:30"}, {"ends_at", "16:30"}};
  auto refused = PostForm(manager, path + "/sessions", session);  // after the conference ends
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("The session must end by the conference&#39;s end, 16:00"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_conference_sessions"), before);
  auto classroom = std::to_string(FirstId("SELECT MIN(id) FROM training_events WHERE held_on > '2012-03-31'"));
  EXPECT_EQ(PostForm(manager, Path("/training/events/" + classroom + "/sessions"), session).status, 422);
  session.back().second = "15:00";
  auto added = PostForm(manager, path + "/sessions", session);
  ASSERT_EQ(added.status, 303);
  EXPECT_NE(added.headers["location"].find("done=session-added"), std::string::npos);
  auto id = std::to_string(FirstId("SELECT MAX(id) FROM training_conference_sessions"));
  // Taking one out asks first.
  auto asked = PostForm(manager, Path("/training/sessions/" + id + "/remove"), {});
  EXPECT_EQ(asked.status, 200);
  EXPECT_NE(asked.body.find("out of the programme?"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_conference_sessions"), before + 1);
  ASSERT_EQ(PostForm(manager, Path("/training/sessions/" + id + "/remove"), {{"confirm", "yes"}}).status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_conference_sessions"), before);
}

TEST_F(TrainingHttp, TheChargesToInvoiceAddUpFromEachChargedPlace) {
  Client manager = SignedIn("business manager");
  auto page = MainOf(manager.Get(Path("/training/charges?year=2011")));
  // The demo's rules: £45 a place from the agencies that do not contribute; £25 for a late
  // cancellation and £45 for a place not attended from any agency.
  EXPECT_NE(page.find("<td class=\"govuk-table__cell\">Thames Valley Police</td><td class=\"govuk-table__cell\">0</td>"),
            std::string::npos)
      << page.substr(0, 3000);
  auto csv = manager.Get(Path("/training/charges.csv?year=2011"));
  ASSERT_EQ(csv.status, 200);
  // The page's total is the sum of the download's places.
  std::int64_t pence = 0;
  std::istringstream lines(csv.body);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line, "Agency or employer,Event day,Course,Practitioner,Charge for,Amount (\xC2\xA3)\r");
  int places = 0;
  while (std::getline(lines, line)) {
    auto amount = line.substr(line.rfind(',') + 1);
    pence += std::stoll(amount.substr(0, amount.find('.'))) * 100 + std::stoll(amount.substr(amount.find('.') + 1, 2));
    ++places;
  }
  EXPECT_GT(places, 100);
  char total[64];
  std::snprintf(total, sizeof total, "Total</td><td class=\"govuk-table__cell\"></td><td class=\"govuk-table__cell\"></td>"
                "<td class=\"govuk-table__cell\"></td><td class=\"govuk-table__cell\">\xC2\xA3%lld,%03lld.%02lld",
                static_cast<long long>(pence / 100000), static_cast<long long>(pence / 100 % 1000),
                static_cast<long long>(pence % 100));
  EXPECT_NE(page.find(total), std::string::npos) << total;
  EXPECT_EQ(manager.Get(Path("/training/charges.xlsx?year=2011")).status, 200);
  // Names are the training team's: members see neither the list nor the download.
  Client member = SignedIn("member");
  EXPECT_EQ(member.Get(Path("/training/charges?year=2011")).status, 403);
  EXPECT_EQ(member.Get(Path("/training/charges.csv?year=2011")).status, 403);
}

TEST_F(TrainingHttp, TheBudgetRequestIsTheSumOfItsItemsSubmittedThenDecided) {
  Client member = SignedIn("member");
  auto page = MainOf(member.Get(Path("/training/budget?year=2011")));
  EXPECT_NE(page.find("\xC2\xA3" "34,887.00 agreed of \xC2\xA3" "34,887.00 asked, on 21 March 2011"), std::string::npos)
      << page.substr(0, 2000);
  EXPECT_EQ(page.find("Add an item"), std::string::npos);
  EXPECT_EQ(PostForm(member, Path("/training/budget/items?year=2012"), {{"description", "X"}, {"amount", "1"}}).status, 403);
  Client manager = SignedIn("business manager");
  auto count = [&] { return Count("SELECT COUNT(*) FROM training_budget_items"); };
  auto before = count();
  auto bad = PostForm(manager, Path("/training/budget/items?year=2012"), {{"description", "Trainers"}, {"amount", "lots"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Enter the amount in pounds, like 4,500 or 4500.00"), std::string::npos);
  EXPECT_EQ(count(), before);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_budget_requests WHERE year_start = 2012"), 0);  // nothing started
  EXPECT_EQ(PostForm(manager, Path("/training/budget/submission?year=2012"),
                     {{"submitted_on-day", "1"}, {"submitted_on-month", "3"}, {"submitted_on-year", "2012"}})
                .status,
            422);  // no items
  ASSERT_EQ(PostForm(manager, Path("/training/budget/items?year=2012"), {{"description", "Trainers"}, {"amount", "12,000"}}).status,
            303);
  ASSERT_EQ(PostForm(manager, Path("/training/budget/items?year=2012"), {{"description", "Conference"}, {"amount", "5000.50"}}).status,
            303);
  auto prepared = MainOf(manager.Get(Path("/training/budget?year=2012")));
  EXPECT_NE(prepared.find("Total asked</td><td class=\"govuk-table__cell\">\xC2\xA3" "17,000.50"), std::string::npos)
      << prepared.substr(0, 2000);
  ASSERT_EQ(PostForm(manager, Path("/training/budget/submission?year=2012"),
                     {{"submitted_on-day", "1"}, {"submitted_on-month", "3"}, {"submitted_on-year", "2012"}})
                .status,
            303);
  EXPECT_EQ(PostForm(manager, Path("/training/budget/items?year=2012"), {{"description", "Late"}, {"amount", "1"}}).status, 422);
  std::vector<std::pair<std::string, std::string>> decision = {
      {"decided_on-day", "20"}, {"decided_on-month", "3"}, {"decided_on-year", "2012"}, {"agreed", "20,000"}};
  EXPECT_EQ(PostForm(manager, Path("/training/budget/decision?year=2012"), decision).status, 422);  // more than asked
  decision.back().second = "15,000";
  ASSERT_EQ(PostForm(manager, Path("/training/budget/decision?year=2012"), decision).status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM training_budget_requests WHERE year_start = 2012 AND agreed_pence = 1500000"), 1);
  EXPECT_EQ(PostForm(manager, Path("/training/budget/decision?year=2012"), decision).status, 422);  // once
}

}  // namespace
}  // namespace safeboard::testing
