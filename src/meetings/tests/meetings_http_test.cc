// HTTP tests of meetings: quorum, attendance and deputies, papers, minutes, standing items, series,
// apologies, procedure approval, calendar feeds and the attendance report, against the real server on loopback with the demo board.
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

class MeetingsHttp : public DemoServerTest {};

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

TEST_F(MeetingsHttp, ADecisionNeedsAQuorateMeeting) {
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

TEST_F(MeetingsHttp, ADeputyFromAnotherAgencyIsRefusedAndNothingIsRecorded) {
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

TEST_F(MeetingsHttp, CancelledMeetingsTakeNoAttendance) {
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

TEST_F(MeetingsHttp, TheAttendanceReportIsAPageAndACsv) {
  Client lay = SignedIn("lay member");
  auto board = FirstId("SELECT id FROM partnership_groups WHERE kind = 'board' AND partnership_id = 1");
  auto page = lay.Get(Path("/groups/" + std::to_string(board) + "/attendance?year=2011"));
  ASSERT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("Lay Member 2"), std::string::npos);
  // Without a year it opens on the latest year with meetings, with a picker of the years.
  page = lay.Get(Path("/groups/" + std::to_string(board) + "/attendance"));
  EXPECT_NE(page.body.find("<option value=\"2011\" selected>2011-12</option>"), std::string::npos) << page.body;
  auto csv = lay.Get(Path("/groups/" + std::to_string(board) + "/attendance.csv?year=2011"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.headers["content-type"], "text/csv; charset=utf-8");
  EXPECT_NE(csv.body.find("agency,Lay Member 2,4,1,0,"), std::string::npos);
  EXPECT_NE(csv.body.find("agency,NSPCC,5,0,0,"), std::string::npos);
}

TEST_F(MeetingsHttp, PapersMustBeRealOfficeFilesWithinTheLimit) {
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

TEST_F(MeetingsHttp, ApprovedMinutesAreLockedAndPublishedWithoutConfidentialItems) {
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

TEST_F(MeetingsHttp, ANewBoardMeetingApprovesThePreviousMinutesAndRatifiesChairsAction) {
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

TEST_F(MeetingsHttp, AGroupSchedulesASeriesAtItsCadenceAndMovesAMeeting) {
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

TEST_F(MeetingsHttp, AMemberSendsApologiesAndNamesADeputyFromTheirAgency) {
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

TEST_F(MeetingsHttp, ApprovingAProcedureNeedsThreeAgencies) {
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

TEST_F(MeetingsHttp, MeetingsAreCalendarFeedsAndTheReportASpreadsheet) {
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

}  // namespace
}  // namespace safeboard::testing
