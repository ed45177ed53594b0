// HTTP tests of the agenda pack (issue 15): the agenda and every paper in order as one PDF,
// bookmarked and page-numbered, made with the packaged tools; confidential items' papers only
// for those entitled; made again when a paper changes.
#include <gtest/gtest.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>

#include "demo_server_test.h"
#include "documents/convert.h"
#include "documents/pdf.h"

namespace safeboard::testing {
namespace {

class AgendaPackHttp : public DemoServerTest {};

std::vector<std::string> Bookmarks(const std::string& pdf) {
  QPDF read;
  read.processMemoryFile("pack", pdf.data(), pdf.size());
  QPDFOutlineDocumentHelper outline(read);
  std::vector<std::string> titles;
  for (auto& entry : outline.getTopLevelOutlines()) titles.push_back(entry.getTitle());
  return titles;
}

TEST_F(AgendaPackHttp, TheAgendaAndItsPapersInOrderNumberedAndBookmarkedConfidentialOnlyForTheEntitled) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  // A Quality Assurance Sub-Group meeting: the demo member sits on the group, the lay member does not.
  auto meeting = ScheduleMeeting(manager, "Quality Assurance Sub-Group", "2012-05-10", "14:00", "Civic Offices");
  std::string meeting_path = Path("/meetings/" + std::to_string(meeting));
  ASSERT_EQ(manager.Post(meeting_path + "/agenda", "csrf_token=" + token + "&item_title=Audit+findings&presenter=QA+chair").status,
            303);
  ASSERT_EQ(manager.Post(meeting_path + "/agenda", "csrf_token=" + token + "&item_title=Case+discussion&confidential=yes").status,
            303);
  auto findings = FirstId("SELECT id FROM agenda_items WHERE meeting_id = " + std::to_string(meeting) +
                          " AND title = 'Audit findings'");
  auto discussion = FirstId("SELECT id FROM agenda_items WHERE meeting_id = " + std::to_string(meeting) +
                            " AND title = 'Case discussion'");
  auto upload = [&](std::int64_t item, const std::string& name, const std::string& bytes) {
    return manager.Send("POST", Path("/agenda-items/" + std::to_string(item) + "/papers"),
                        Multipart(token, "paper-" + std::to_string(item), name, bytes),
                        "multipart/form-data; boundary=B0UNDARY");
  };
  ASSERT_EQ(upload(discussion, "case notes.pdf", PdfHolding("Confidential osprey notes")).status, 303);
  ASSERT_EQ(upload(findings, "findings.pdf", PdfHolding("Kestrelford audit findings")).status, 303);
  // A page that is not a PDF at all cannot go in: the pack says so instead of failing.
  ASSERT_EQ(upload(findings, "broken.pdf", "%PDF-1.4 and nothing more").status, 303);

  // The agenda pack link is on the meeting's agenda.
  EXPECT_NE(manager.Get(meeting_path).body.find(meeting_path + "/agenda-pack.pdf"), std::string::npos);

  // A member of the group gets every paper.
  Client qa_chair = SignedIn("member");
  auto full = qa_chair.Get(meeting_path + "/agenda-pack.pdf");
  ASSERT_EQ(full.status, 200) << full.body;
  EXPECT_EQ(full.headers["content-type"], "application/pdf");
  EXPECT_NE(full.headers["content-disposition"].find("attachment"), std::string::npos);
  EXPECT_EQ(documents::PdfPageCount(full.body), 3);  // the agenda, then one page per readable paper
  EXPECT_EQ(Bookmarks(full.body), (std::vector<std::string>{"Agenda", "3. Audit findings: findings.pdf",
                                                             "4. Case discussion: case notes.pdf"}));  // after the two standing items
  auto text = TextOf(full.body);
  for (const char* expected : {"Quality Assurance Sub-Group: agenda", "10 May 2012, 14:00, Civic Offices",
                               "findings.pdf: page 2", "case notes.pdf: page 3",
                               "broken.pdf: not in this pack", "Kestrelford audit findings", "osprey",
                               "Page 1 of 3", "Page 3 of 3"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'agenda-pack' AND record_id = " +
                  std::to_string(meeting)),
            1);

  // The lay member is not on the group: the confidential item shows only as such, without its paper.
  auto without = SignedIn("lay member").Get(meeting_path + "/agenda-pack.pdf");
  ASSERT_EQ(without.status, 200);
  EXPECT_EQ(documents::PdfPageCount(without.body), 2);
  auto lay_text = TextOf(without.body);
  EXPECT_EQ(lay_text.find("osprey"), std::string::npos);
  EXPECT_EQ(lay_text.find("Case discussion"), std::string::npos);
  EXPECT_NE(lay_text.find("Confidential item"), std::string::npos);

  // Kept, and made again when a paper is added.
  auto made_at = [&] {
    return Count("SELECT COUNT(*) FROM agenda_packs WHERE meeting_id = " + std::to_string(meeting));
  };
  EXPECT_EQ(made_at(), 2);  // one with and one without the confidential papers
  EXPECT_EQ(qa_chair.Get(meeting_path + "/agenda-pack.pdf").body, full.body);  // the same pack, not remade
  ASSERT_EQ(upload(findings, "appendix.pdf", PdfHolding("Appendix with figures")).status, 303);
  auto again = qa_chair.Get(meeting_path + "/agenda-pack.pdf");
  ASSERT_EQ(again.status, 200);
  EXPECT_EQ(documents::PdfPageCount(again.body), 4);
  EXPECT_NE(TextOf(again.body).find("appendix.pdf: page 3"), std::string::npos);
}

TEST_F(AgendaPackHttp, AnExcelPaperIsConvertedIntoThePackAndItsTextKeptForSearch) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  // A sub-group's meeting: the Board's own meetings are other tests' (their standing items).
  auto meeting = ScheduleMeeting(manager, "Quality Assurance Sub-Group", "2012-07-19");
  std::string meeting_path = Path("/meetings/" + std::to_string(meeting));
  // The progress report goes on the agenda as an Excel paper.
  ASSERT_EQ(manager.Post(meeting_path + "/progress-report", "csrf_token=" + token).status, 303);
  auto paper = FirstId("SELECT MAX(id) FROM papers");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM papers WHERE id = " + std::to_string(paper) +
                  " AND pdf_rendition IS NOT NULL AND text_content LIKE '%Objective%'"),
            1);
  auto pack = manager.Get(meeting_path + "/agenda-pack.pdf");
  ASSERT_EQ(pack.status, 200);
  auto pages = documents::PdfPageCount(pack.body);
  ASSERT_TRUE(pages);
  EXPECT_GE(*pages, 2);
  auto bookmarks = Bookmarks(pack.body);
  ASSERT_EQ(bookmarks.size(), 2u);
  EXPECT_NE(bookmarks[1].find("Business plan progress report"), std::string::npos);
  EXPECT_NE(TextOf(pack.body).find("Objective"), std::string::npos);
}

TEST_F(AgendaPackHttp, AnUnknownMeetingHasNoPackAndNobodySignedOutGetsOne) {
  Client manager = SignedIn("business manager");
  EXPECT_EQ(manager.Get(Path("/meetings/999999/agenda-pack.pdf")).status, 404);
  auto r = server_->NewClient().Get(Path("/meetings/1/agenda-pack.pdf"));
  EXPECT_NE(r.status, 200);
  EXPECT_EQ(r.body.find("%PDF-"), std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
