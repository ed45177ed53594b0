// HTTP tests of everyday use (issue 15): the dashboard per role, a meeting's pages by task,
// "mark everyone present" and a row's own Save, the meetings list's minutes, and the footer's
// pages.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class MeetingPagesHttp : public DemoServerTest {};

bool Has(const HttpResult& r, const std::string& text) { return MainOf(r).find(text) != std::string::npos; }

TEST_F(MeetingPagesHttp, TheDashboardShowsTheBoardTeamItsWorklistAndALayMemberTheirOwn) {
  auto manager = SignedIn("business manager").Get(Path(""));
  ASSERT_EQ(manager.status, 200);
  EXPECT_TRUE(Has(manager, "Coming meetings"));
  EXPECT_TRUE(Has(manager, "Minutes to finish"));
  // The Board meeting of 15 March 2012 has minutes circulated, awaiting approval.
  EXPECT_TRUE(Has(manager, "Circulated, awaiting approval"));
  EXPECT_TRUE(Has(manager, "Overdue actions from meetings"));
  EXPECT_TRUE(Has(manager, "Business plan"));
  EXPECT_TRUE(Has(manager, "Due and overdue"));
  auto lay = SignedIn("lay member").Get(Path(""));
  ASSERT_EQ(lay.status, 200);
  EXPECT_TRUE(Has(lay, "Your next meetings"));
  EXPECT_TRUE(Has(lay, "Your actions"));
  EXPECT_TRUE(Has(lay, "Business plan"));
  for (const char* worklist : {"Minutes to finish", "Overdue actions from meetings", "Due and overdue",
                               "Chair&#39;s actions awaiting ratification", "Late papers"})
    EXPECT_FALSE(Has(lay, worklist)) << worklist;
}

TEST_F(MeetingPagesHttp, TheDashboardCountsThePlanFromItsRecords) {
  // The 2011-13 plan covers the demo's today: its actions by their latest update's RAG.
  auto count = [&](const std::string& rag) {
    return Count("SELECT COUNT(*) FROM plan_actions a JOIN objectives o ON o.id = a.objective_id "
                 "JOIN plans p ON p.id = o.plan_id WHERE p.starts_on <= '2012-03-31' AND p.ends_on >= '2012-03-31' "
                 "AND (SELECT u.rag FROM progress_updates u WHERE u.action_id = a.id ORDER BY u.updated_on DESC, u.id DESC "
                 "LIMIT 1) = '" + rag + "'");
  };
  auto page = SignedIn("business manager").Get(Path(""));
  EXPECT_TRUE(Has(page, "Amber</strong> " + std::to_string(count("amber")))) << MainOf(page);
  EXPECT_TRUE(Has(page, "Green</strong> " + std::to_string(count("green"))));
}

TEST_F(MeetingPagesHttp, EveryonePresentFillsOnlyUnrecordedRowsAndARowSavesAlone) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto board = FirstId("SELECT id FROM partnership_groups WHERE kind = 'board' AND partnership_id = 1");
  auto r = manager.Post(Path("/groups/" + std::to_string(board) + "/meetings"),
                        "csrf_token=" + token + "&title=Board+meeting&meets_on=2030-07-11&starts_at=10:00");
  ASSERT_EQ(r.status, 303);
  std::string meeting = r.headers["location"].substr(0, r.headers["location"].find('?'));
  std::string id = meeting.substr(meeting.rfind('/') + 1);
  auto membership_of = [&](const std::string& name) {
    return std::to_string(FirstId("SELECT m.id FROM memberships m JOIN people p ON p.id = m.person_id WHERE "
                                  "p.full_name = '" + name + "' AND m.group_id = " + std::to_string(board) +
                                  " AND m.ended_on IS NULL"));
  };
  std::string russell = membership_of("Dan Russell"), latham = membership_of("Phil Latham");
  // A row's Save records that row alone, even with other rows' selects changed.
  r = manager.Post(meeting + "/attendance", "csrf_token=" + token + "&save_row=" + russell + "&status-" + russell +
                                                "=apologies&status-" + latham + "=absent");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(r.headers["location"], meeting + "/attendance?done=attendance-saved#quorum");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attendance WHERE meeting_id = " + id), 1);
  // A bad value in the saved row is refused; nothing more is stored.
  r = manager.Post(meeting + "/attendance", "csrf_token=" + token + "&save_row=" + latham + "&status-" + latham + "=late");
  EXPECT_EQ(r.status, 422);
  EXPECT_TRUE(Has(r, "Select how Phil Latham attended"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attendance WHERE meeting_id = " + id), 1);
  // Everyone not yet recorded is present; the apologies stay.
  auto expected = Count("SELECT COUNT(*) FROM memberships m WHERE m.group_id = " + std::to_string(board) +
                        " AND m.started_on <= '2030-07-11' AND (m.ended_on IS NULL OR m.ended_on >= '2030-07-11')");
  r = manager.Post(meeting + "/attendance", "csrf_token=" + token + "&everyone_present=yes");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attendance WHERE meeting_id = " + id + " AND status = 'present'"), expected - 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attendance WHERE meeting_id = " + id + " AND membership_id = " + russell +
                  " AND status = 'apologies'"), 1);
  auto page = manager.Get(meeting + "/attendance");
  EXPECT_TRUE(Has(page, "Quorate"));
  // Nothing is left to mark, so the button has gone.
  EXPECT_FALSE(Has(page, "Mark everyone not yet recorded as present"));
}

TEST_F(MeetingPagesHttp, AMeetingHasAPagePerTaskLinkedToItsMinutesAndNeighbours) {
  Client member = SignedIn("lay member");
  auto march = FirstId("SELECT id FROM meetings WHERE meets_on = '2012-03-15' AND partnership_id = 1");
  auto december = FirstId("SELECT id FROM meetings WHERE meets_on = '2011-12-08' AND partnership_id = 1 AND group_id = "
                          "(SELECT group_id FROM meetings WHERE id = " + std::to_string(march) + ")");
  std::string path = Path("/meetings/" + std::to_string(march));
  for (const char* tab : {"", "/attendance", "/decisions", "/minutes"}) {
    auto page = member.Get(path + tab);
    ASSERT_EQ(page.status, 200) << tab;
    EXPECT_TRUE(Has(page, "href=\"" + path + "/minutes\"")) << tab;
    EXPECT_TRUE(Has(page, "href=\"" + path + "/attendance\"")) << tab;
    EXPECT_TRUE(Has(page, "Previous meeting: 8 December 2011")) << tab;
    EXPECT_TRUE(Has(page, "href=\"" + Path("/meetings/" + std::to_string(december)) + "\"")) << tab;
    // A member sees no form on any of them.
    EXPECT_FALSE(Has(page, "<form method=\"post\" action=\"" + path)) << tab;
  }
  auto attendance = member.Get(path + "/attendance");
  EXPECT_TRUE(Has(attendance, "aria-current=\"page\">Attendance<"));
  auto list = member.Get(Path("/groups/" + std::to_string(FirstId("SELECT group_id FROM meetings WHERE id = " +
                                                                   std::to_string(march))) + "/meetings"));
  EXPECT_TRUE(Has(list, "Circulated, awaiting approval"));
  EXPECT_TRUE(Has(list, "<th scope=\"col\" class=\"govuk-table__header\">Minutes</th>"));
}

TEST_F(MeetingPagesHttp, TheFooterPagesArePublicAndStateRetentionFromTheCode) {
  Client anonymous = server_->NewClient();
  for (const char* page : {"/help", "/accessibility", "/privacy", "/contact"}) {
    auto r = anonymous.Get(page);
    EXPECT_EQ(r.status, 200) << page;
    EXPECT_NE(r.body.find("href=\"/privacy\""), std::string::npos) << page;
  }
  auto privacy = anonymous.Get("/privacy");
  EXPECT_TRUE(Has(privacy, "kept 90 days after it was sent"));
  EXPECT_TRUE(Has(privacy, "A session ends after 12 hours"));
  EXPECT_TRUE(Has(anonymous.Get("/help"), "id=\"formatting\""));
  // Signed in, contact names the board team of the user's partnership.
  auto contact = SignedIn("lay member").Get("/contact");
  EXPECT_TRUE(Has(contact, "Milton Keynes Safeguarding Children Board"));
  EXPECT_TRUE(Has(contact, "mailto:"));
  EXPECT_FALSE(Has(anonymous.Get("/contact"), "mailto:"));
}

}  // namespace
}  // namespace safeboard::testing
