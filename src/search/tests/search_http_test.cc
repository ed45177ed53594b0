// HTTP tests of search (issue 15): a member finds a paper by a word inside it; what is found obeys
// the access rules (confidential items, draft minutes); a write shows at once; bad input is refused
// with a message.
#include <gtest/gtest.h>

#include "demo_server_test.h"
#include "documents/convert.h"

namespace safeboard::testing {
namespace {

class SearchHttp : public DemoServerTest {};

TEST_F(SearchHttp, AMemberFindsAPaperByAWordInsideItAndOnlyWhatTheyMayOpen) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto meeting = ScheduleMeeting(manager, "Quality Assurance Sub-Group", "2012-05-17");
  std::string meeting_path = Path("/meetings/" + std::to_string(meeting));
  ASSERT_EQ(manager.Post(meeting_path + "/agenda", "csrf_token=" + token + "&item_title=Thematic+audit").status, 303);
  ASSERT_EQ(manager.Post(meeting_path + "/agenda", "csrf_token=" + token + "&item_title=Named+case&confidential=yes").status,
            303);
  auto item = [&](const char* title) {
    return FirstId("SELECT id FROM agenda_items WHERE meeting_id = " + std::to_string(meeting) + " AND title = '" + title + "'");
  };
  auto upload = [&](std::int64_t on, const std::string& name, const std::string& bytes) {
    return manager.Send("POST", Path("/agenda-items/" + std::to_string(on) + "/papers"),
                        Multipart(token, "paper-" + std::to_string(on), name, bytes), "multipart/form-data; boundary=B0UNDARY");
  };
  ASSERT_EQ(upload(item("Thematic audit"), "thematic.pdf", PdfHolding("Findings on neglect in the Wolverton cluster")).status, 303);
  ASSERT_EQ(upload(item("Named case"), "named.pdf", PdfHolding("Neglect concerns for the Quillfeather family")).status, 303);
  auto paper = FirstId("SELECT id FROM papers WHERE file_name = 'thematic.pdf'");

  // The lay member (on the Board, not the sub-group) finds the paper by a word inside it, and
  // the result opens the paper.
  Client lay = SignedIn("lay member");
  auto found = lay.Get(Path("/search?q=Wolverton"));
  ASSERT_EQ(found.status, 200);
  EXPECT_NE(MainOf(found).find("1 result for"), std::string::npos) << MainOf(found);
  EXPECT_NE(MainOf(found).find("href=\"" + Path("/papers/" + std::to_string(paper)) + "\""), std::string::npos);
  EXPECT_NE(MainOf(found).find("<mark>Wolverton</mark>"), std::string::npos);
  EXPECT_EQ(lay.Get(Path("/papers/" + std::to_string(paper))).status, 200);
  // ...but not the confidential item's paper, nor its title; the group's member and the board team do.
  EXPECT_NE(MainOf(lay.Get(Path("/search?q=Quillfeather"))).find("No results"), std::string::npos);
  auto neglect = MainOf(lay.Get(Path("/search?q=neglect")));
  EXPECT_NE(neglect.find("thematic.pdf"), std::string::npos);
  EXPECT_EQ(neglect.find("named.pdf"), std::string::npos);
  EXPECT_EQ(neglect.find("Named case"), std::string::npos);
  EXPECT_NE(MainOf(SignedIn("member").Get(Path("/search?q=Quillfeather"))).find("named.pdf"), std::string::npos);
  EXPECT_NE(MainOf(manager.Get(Path("/search?q=Quillfeather"))).find("named.pdf"), std::string::npos);
  // The API answers the same, as JSON.
  auto api = lay.Get("/api/v1/p/milton-keynes/search?q=wolverton&kind=paper");
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"url\":\"" + Path("/papers/" + std::to_string(paper)) + "\""), std::string::npos) << api.body;
  EXPECT_EQ(lay.Get("/api/v1/p/milton-keynes/search?q=quillfeather").body.find("named.pdf"), std::string::npos);
}

TEST_F(SearchHttp, DraftMinutesAreTheBoardTeamsAndAWriteIsFoundAtOnce) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  // Found before: builds the index.
  EXPECT_EQ(manager.Get(Path("/search?q=Zanzibarish")).status, 200);
  auto meeting = FirstId("SELECT MIN(m.id) FROM meetings m WHERE m.cancelled = 0 AND NOT EXISTS "
                         "(SELECT 1 FROM minutes n WHERE n.meeting_id = m.id)");
  ASSERT_GT(meeting, 0);
  std::string minutes_path = Path("/meetings/" + std::to_string(meeting) + "/minutes");
  ASSERT_EQ(manager.Post(minutes_path, "csrf_token=" + token + "&body=The+Zanzibarish+protocol+was+agreed").status, 303);
  // The draft is found by the board team at once, not by a member.
  EXPECT_NE(MainOf(manager.Get(Path("/search?q=zanzibarish"))).find(minutes_path), std::string::npos);
  EXPECT_NE(MainOf(SignedIn("member").Get(Path("/search?q=zanzibarish"))).find("No results"), std::string::npos);
}

TEST_F(SearchHttp, AnEmptyQueryOrAnUnknownKindIsRefusedWithAMessage) {
  Client member = SignedIn("member");
  auto page = member.Get(Path("/search"));
  EXPECT_EQ(page.status, 200);  // the form, nothing searched yet
  auto empty = member.Get(Path("/search?q=%22%2A%28%29"));
  EXPECT_EQ(empty.status, 422);
  EXPECT_NE(empty.body.find("Enter a word to search for"), std::string::npos);
  EXPECT_NE(empty.body.find("<title>Error: "), std::string::npos);
  auto kind = member.Get(Path("/search?q=budget&kind=secrets"));
  EXPECT_EQ(kind.status, 422);
  EXPECT_NE(kind.body.find("Choose what to show from the list"), std::string::npos);
  auto api = member.Get("/api/v1/p/milton-keynes/search?q=");
  EXPECT_EQ(api.status, 422);
  EXPECT_NE(api.body.find("Enter a word to search for"), std::string::npos);
  // FTS syntax is just words: no query can be malformed.
  EXPECT_EQ(member.Get(Path("/search?q=budget+NEAR%2F2+%28board+OR%22")).status, 200);
}

}  // namespace
}  // namespace safeboard::testing
