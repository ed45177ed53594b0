#include "meetings/pack.h"

#include <gtest/gtest.h>

namespace safeboard::meetings {
namespace {

AgendaItem Item(std::int64_t id, std::string title, bool confidential = false) {
  AgendaItem item;
  item.id = id;
  item.title = std::move(title);
  item.confidential = confidential;
  return item;
}

Paper PaperOf(std::int64_t id, std::int64_t item, std::string file) {
  Paper paper;
  paper.id = id;
  paper.agenda_item_id = item;
  paper.file_name = std::move(file);
  paper.uploaded_at = "2012-02-20T10:00:00Z";
  return paper;
}

TEST(PackEntries, PapersInAgendaOrderWithConfidentialOnesOnlyForThoseEntitled) {
  std::vector<AgendaItem> items = {Item(10, "Minutes"), Item(11, "Case review", true), Item(12, "Budget")};
  // Added out of agenda order: the pack follows the agenda.
  std::vector<Paper> papers = {PaperOf(1, 12, "budget.pdf"), PaperOf(2, 11, "scr.pdf"), PaperOf(3, 10, "minutes.docx"),
                               PaperOf(4, 12, "forecast.xlsx")};
  auto everyone = PackEntries(items, papers, false);
  ASSERT_EQ(everyone.size(), 3u);
  EXPECT_EQ(everyone[0].paper->file_name, "minutes.docx");
  EXPECT_EQ(everyone[1].paper->file_name, "budget.pdf");
  EXPECT_EQ(everyone[2].paper->file_name, "forecast.xlsx");
  EXPECT_EQ(everyone[2].item_number, 3);  // numbered as on the agenda, the hidden item counted
  EXPECT_EQ(PackBookmark(everyone[1]), "3. Budget: budget.pdf");
  auto entitled = PackEntries(items, papers, true);
  ASSERT_EQ(entitled.size(), 4u);
  EXPECT_EQ(PackBookmark(entitled[1]), "2. Case review: scr.pdf");
}

TEST(PaperStartPages, EachPaperStartsAfterTheAgendaAndThePapersBeforeIt) {
  EXPECT_EQ(PaperStartPages(2, {3, 0, 1, 5}), (std::vector<int>{3, 6, 6, 7}));
  EXPECT_TRUE(PaperStartPages(1, {}).empty());
}

TEST(PackFingerprint, ChangesWhenAPaperAnItemOrTheMeetingChangesAndNotOtherwise) {
  Meeting meeting;
  meeting.meets_on = *core::ParseDate("2012-03-01");
  std::vector<AgendaItem> items = {Item(10, "Minutes")};
  std::vector<Paper> papers = {PaperOf(1, 10, "a.pdf")};
  auto base = PackFingerprint(meeting, items, papers, false);
  EXPECT_EQ(PackFingerprint(meeting, items, papers, false), base);
  EXPECT_NE(PackFingerprint(meeting, items, papers, true), base);
  auto more_papers = papers;
  more_papers.push_back(PaperOf(2, 10, "b.pdf"));
  EXPECT_NE(PackFingerprint(meeting, items, more_papers, false), base);
  auto renamed = items;
  renamed[0].title = "Minutes of the last meeting";
  EXPECT_NE(PackFingerprint(meeting, renamed, papers, false), base);
  auto moved = meeting;
  moved.location = "Civic Offices";
  EXPECT_NE(PackFingerprint(moved, items, papers, false), base);
}

}  // namespace
}  // namespace safeboard::meetings
