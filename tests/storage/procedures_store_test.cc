// The procedures register (issue 18) on both backends: the demo's register as annual report 2.6
// describes it at 31 March 2012 (seven chapters updated in 2011-12, two under review, two
// identified for review, Levels of Need linked from chapter 7); a new board's chapter, version,
// document and trigger, none of it reachable from another board.
#include <gtest/gtest.h>

#include "cli/commands.h"
#include "governance/store.h"
#include "procedures/store.h"
#include "storage_fixture.h"

namespace safeboard::procedures {
namespace {

class ProceduresStoreTest : public storage::StorageTest {};

Date D(const char* iso) { return *core::ParseDate(iso); }

TEST_F(ProceduresStoreTest, TheDemosRegisterIsTheAnnualReports) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  ProcedureStore store(connection());
  auto chapters = store.Chapters(partnership);
  int updated = 0, under_review = 0, identified = 0;
  for (const auto& c : chapters) {
    bool in_year = false;
    for (const auto& a : c.amendments) in_year |= !(a.amended_on < D("2011-04-01")) && !(D("2012-03-31") < a.amended_on);
    updated += in_year;
    under_review += c.status == ChapterStatus::kUnderReview;
    identified += c.status == ChapterStatus::kIdentified;
  }
  EXPECT_EQ(updated, 7);  // "The following chapters have been updated" (seven)
  EXPECT_EQ(under_review, 2);
  EXPECT_EQ(identified, 2);
  EXPECT_EQ(chapters.front().number, "5.1");  // by number: 5.2 before 5.10
  EXPECT_EQ(chapters[1].number, "5.2");
  EXPECT_EQ(chapters[9].number, "5.10");
  // "Chapter 7 of the MKSCB Procedures also includes a link to the Levels of Need document."
  auto documents = store.Documents(partnership);
  ASSERT_EQ(documents.size(), 1u);
  EXPECT_EQ(documents[0].title, "Levels of Need");
  EXPECT_EQ(documents[0].approved_on, D("2011-10-20"));
  EXPECT_EQ(chapters.back().number, "7");
  EXPECT_EQ(chapters.back().document_ids, std::vector<std::int64_t>{documents[0].id});
  auto log = store.AmendmentsLog(partnership);
  EXPECT_EQ(log.front().chapter_title, "Allegations Against Staff, Carers and Volunteers");  // newest first
  auto owed = ReviewsOwed(chapters, store.Triggers(partnership), D("2012-03-31"));
  int overdue = 0, due = 0, met = 0;
  for (const auto& o : owed) {
    overdue += o.standing == ReviewStanding::kOverdue;
    due += o.standing == ReviewStanding::kDue;
    met += o.standing == ReviewStanding::kMet;
  }
  EXPECT_EQ(met, 2);      // domestic abuse and substance misuse, revised after the themes were set
  EXPECT_EQ(overdue, 1);  // mental health of parent or carer, still under review
  EXPECT_EQ(due, 2);      // trafficking and female genital mutilation, asked for in March 2012
  EXPECT_EQ(store.NextUpdate(partnership), D("2012-07-02"));
  // The allegations chapter's review: consulted on, approved by three agencies by email, ratified
  // at the Board of 8 December 2011, published as January 2012's version.
  auto allegations = chapters[1];
  auto reviews = store.ReviewsOf(partnership, allegations.id);
  ASSERT_EQ(reviews.size(), 1u);
  EXPECT_EQ(StageOf(reviews[0]), ReviewStage::kPublished);
  EXPECT_EQ(ApprovingAgencies(reviews[0]), 3);
  EXPECT_EQ(reviews[0].ratified_on, D("2011-12-08"));
  EXPECT_NE(reviews[0].ratified_text.find("Allegations Against Staff"), std::string::npos);
  EXPECT_EQ(allegations.amendments.front().amended_on, D("2012-01-16"));
  EXPECT_EQ(reviews[0].consultees.size(), 4u);
  auto mental_health = chapters[6];
  ASSERT_EQ(mental_health.number, "5.7");
  EXPECT_EQ(StageOf(store.ReviewsOf(partnership, mental_health.id).at(0)), ReviewStage::kApproval);
}

TEST_F(ProceduresStoreTest, ANewBoardsRegisterIsItsOwn) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "northshire", "Northshire Safeguarding Children Board", "Northshire"},
                                                  "2012-01-01T00:00:00Z");
  auto other = governance.CreatePartnership({0, "southshire", "Southshire Safeguarding Children Board", "Southshire"},
                                            "2012-01-01T00:00:00Z");
  ProcedureStore store(connection());
  Chapter chapter{.number = "3", .title = "Neglect", .status = ChapterStatus::kIdentified};
  chapter.id = store.AddChapter(partnership, chapter);
  // The number is the chapter's key in its manual: the database refuses it twice.
  try {
    store.AddChapter(partnership, chapter);
    ADD_FAILURE() << "a second chapter 3 was stored";
  } catch (const storage::DatabaseError& e) {
    EXPECT_TRUE(e.constraint());
  }
  store.AddChapter(other, chapter);  // another board's manual may have its own chapter 3
  EXPECT_THROW(store.AddAmendment(other, {0, chapter.id, D("2012-02-01"), "x", "", ""}), std::logic_error);
  store.AddAmendment(partnership, {0, chapter.id, D("2012-02-01"), "February 2012: written", "", ""});
  auto saved = *store.FindChapter(partnership, chapter.id);
  EXPECT_EQ(saved.status, ChapterStatus::kCurrent);  // a new version makes it current
  EXPECT_EQ(saved.last_reviewed_on, D("2012-02-01"));
  EXPECT_FALSE(store.FindChapter(other, chapter.id));
  auto document = store.AddDocument(partnership, {0, "Threshold guide", "", std::nullopt, ""});
  store.LinkDocument(other, chapter.id, document);  // nothing
  store.LinkDocument(partnership, chapter.id, document);
  store.LinkDocument(partnership, chapter.id, document);  // once
  EXPECT_EQ(store.FindChapter(partnership, chapter.id)->document_ids, std::vector<std::int64_t>{document});
  Trigger trigger{.kind = TriggerKind::kLocalNeed, .title = "Neglect strategy", .dated_on = D("2012-01-10"),
                  .chapter_ids = {chapter.id}};
  store.AddTrigger(partnership, trigger);
  store.AddTrigger(other, trigger);  // names a chapter not the other board's: no link
  EXPECT_EQ(store.Triggers(partnership).at(0).chapter_ids, std::vector<std::int64_t>{chapter.id});
  EXPECT_TRUE(store.Triggers(other).at(0).chapter_ids.empty());
  EXPECT_TRUE(store.AmendmentsLog(other).empty());
  // A review: another board's store calls change nothing.
  Review review{.chapter_id = chapter.id, .opened_on = D("2012-02-10"), .draft = "Draft"};
  EXPECT_THROW(store.OpenReview(other, review), std::logic_error);
  review.id = store.OpenReview(partnership, review);
  EXPECT_EQ(store.FindChapter(partnership, chapter.id)->status, ChapterStatus::kUnderReview);
  EXPECT_FALSE(store.FindReview(other, review.id));
  auto agency = governance.CreateAgency({0, partnership, "Northshire Police", governance::Sector::kPolice, true});
  EXPECT_THROW(store.AddConsultees(other, review.id, {{agency, D("2012-02-11")}}, D("2012-03-01")), std::logic_error);
  store.AddConsultees(partnership, review.id, {{agency, D("2012-02-11")}}, D("2012-03-01"));
  store.SaveResponse(other, review.id, {agency, D("2012-02-11"), D("2012-02-20"), "Other board"});
  EXPECT_FALSE(store.FindReview(partnership, review.id)->consultees.at(0).responded_on);
  store.SaveResponse(partnership, review.id, {agency, D("2012-02-11"), D("2012-02-20"), "Agreed"});
  EXPECT_EQ(store.FindReview(partnership, review.id)->consultees.at(0).response, "Agreed");
  EXPECT_THROW(store.AddApproval(other, review.id, {0, agency, "A", ApprovalRoute::kByEmail, std::nullopt, D("2012-03-02")}),
               std::logic_error);
  store.AddApproval(partnership, review.id, {0, agency, "A", ApprovalRoute::kByEmail, std::nullopt, D("2012-03-02")});
  EXPECT_EQ(ApprovingAgencies(*store.FindReview(partnership, review.id)), 1);
  store.SaveNextUpdate(partnership, D("2012-06-01"));
  store.SaveNextUpdate(partnership, D("2012-07-01"));
  EXPECT_EQ(store.NextUpdate(partnership), D("2012-07-01"));
  EXPECT_FALSE(store.NextUpdate(other));
}

}  // namespace
}  // namespace safeboard::procedures
