#include "procedures/procedures.h"

#include <gtest/gtest.h>

#include "procedures/review.h"

namespace safeboard::procedures {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }
const Date kToday = D("2012-03-31");

TEST(ChapterNumbers, NumbersJoinedByDots) {
  for (const char* good : {"7", "5.12", "1.2.3.4", "100"}) EXPECT_TRUE(IsChapterNumber(good)) << good;
  for (const char* bad : {"", "5.", ".5", "5..1", "a", "5a", "1000", "1.2.3.4.5", "5 1"}) EXPECT_FALSE(IsChapterNumber(bad)) << bad;
}

TEST(ChapterReader, ANumberNotAnotherChaptersAndReviewsInOrder) {
  core::FieldValues in{{"number", "5.8"}, {"title", "Missing Child"}, {"status", "current"}, {"owner_group_id", "3"},
                       {"last_reviewed_on", "2011-06-20"}, {"next_review_on", "2012-06-20"}};
  Chapter c;
  ASSERT_TRUE(ReadChapter(in, {"5.7"}, {3}, kToday, c).empty());
  EXPECT_EQ(c.owner_group_id, 3);
  EXPECT_EQ(*ReadChapter(in, {"5.8"}, {3}, kToday, c).For("number"), "Another chapter has the number 5.8");
  in["number"] = "5,8";
  EXPECT_EQ(*ReadChapter(in, {}, {3}, kToday, c).For("number"), "Enter the chapter's number like 7 or 5.12");
  in["number"] = "5.8";
  in["next_review_on"] = "2011-06-20";
  EXPECT_EQ(*ReadChapter(in, {}, {3}, kToday, c).For("next_review_on"), "The next review must come after the last");
  in["last_reviewed_on"] = "2012-04-01";
  EXPECT_TRUE(ReadChapter(in, {}, {3}, kToday, c).For("last_reviewed_on"));
  auto errors = ReadChapter({}, {}, {}, kToday, c);
  for (const char* field : {"number", "title", "status"}) EXPECT_TRUE(errors.For(field)) << field;
}

TEST(AmendmentReader, ANoteAndADayNotBeforeTheLastVersion) {
  Chapter c;
  c.id = 4;
  c.amendments = {{1, 4, D("2011-06-20"), "June 2011: revised", "5.8", "Missing Child"}};
  Amendment a;
  EXPECT_EQ(*ReadAmendment({{"amended_on", "2011-06-19"}, {"note", "x"}}, c, kToday, a).For("amended_on"),
            "The chapter's last version is of 20 June 2011: a new one cannot come before it");
  EXPECT_TRUE(ReadAmendment({{"amended_on", "2012-04-01"}, {"note", "x"}}, c, kToday, a).For("amended_on"));
  EXPECT_TRUE(ReadAmendment({{"amended_on", "2012-01-10"}}, c, kToday, a).For("note"));
  ASSERT_TRUE(ReadAmendment({{"amended_on", "2012-01-10"}, {"note", "January 2012: re-read in full"}}, c, kToday, a).empty());
  EXPECT_EQ(a.chapter_id, 4);
}

TEST(ReviewsOwed, EachAffectedChapterIsDueThreeMonthsOnUntilANewVersion) {
  Chapter missing{.id = 1, .number = "5.8", .title = "Missing Child"};
  Chapter abuse{.id = 2, .number = "5.3", .title = "Domestic Abuse"};
  abuse.amendments = {{9, 2, D("2011-09-19"), "September 2011", "", ""}, {8, 2, D("2009-05-11"), "Added", "", ""}};
  Trigger guidance{.id = 5, .kind = TriggerKind::kNationalGuidance, .title = "New guidance", .dated_on = D("2011-07-01"),
                   .chapter_ids = {1, 2}};
  // RULE: business plan 2010-11 outcome 8 - due 3 months after the guidance.
  EXPECT_EQ(ReviewDueOn(guidance), D("2011-10-01"));
  std::vector<Chapter> chapters{missing, abuse};
  std::vector<Trigger> triggers{guidance};
  auto owed = ReviewsOwed(chapters, triggers, D("2011-10-01"));
  ASSERT_EQ(owed.size(), 2u);
  EXPECT_EQ(owed[0].chapter->id, 1);
  EXPECT_EQ(owed[0].standing, ReviewStanding::kDue);  // on the day: not yet overdue
  EXPECT_EQ(owed[1].standing, ReviewStanding::kMet);
  EXPECT_EQ(owed[1].met_on, D("2011-09-19"));  // the first version on or after the trigger
  EXPECT_EQ(ReviewsOwed(chapters, triggers, D("2011-10-02"))[0].standing, ReviewStanding::kOverdue);
  // A version before the trigger does not meet it.
  chapters[0].amendments = {{7, 1, D("2011-06-30"), "June 2011", "", ""}};
  EXPECT_FALSE(ReviewsOwed(chapters, triggers, kToday)[0].met_on);
}

TEST(TriggerReader, AKindADayAndAtLeastOneChapter) {
  core::FieldValues in{{"kind", "national_guidance"}, {"title", "Working Together 2013"}, {"dated_on", "2012-03-01"}};
  Trigger t;
  EXPECT_EQ(*ReadTrigger(in, {4, 5}, {}, kToday, t).For("chapters"), "Select the chapters it affects");
  in["chapter_5"] = "yes";
  in["chapter_9"] = "yes";  // not one of the board's
  ASSERT_TRUE(ReadTrigger(in, {4, 5}, {}, kToday, t).empty());
  EXPECT_EQ(t.chapter_ids, std::vector<std::int64_t>{5});
  in["referral_id"] = "12";
  EXPECT_TRUE(ReadTrigger(in, {4, 5}, {11}, kToday, t).For("referral_id"));
  ASSERT_TRUE(ReadTrigger(in, {4, 5}, {12}, kToday, t).empty());
  EXPECT_EQ(t.referral_id, 12);
  in["dated_on"] = "2012-04-01";
  EXPECT_TRUE(ReadTrigger(in, {4, 5}, {12}, kToday, t).For("dated_on"));
}

TEST(DocumentAndUpdateReaders, AnAddressAndAFutureDay) {
  LinkedDocument d;
  EXPECT_EQ(*ReadDocument({{"title", "Levels of Need"}, {"url", "javascript:alert(1)"}}, kToday, d).For("url"),
            "Enter the address where it is published, starting https://");
  ASSERT_TRUE(ReadDocument({{"title", "Levels of Need"}, {"approved_on", "2011-10-20"}}, kToday, d).empty());
  EXPECT_EQ(d.approved_on, D("2011-10-20"));
  Date next;
  EXPECT_TRUE(ReadNextUpdate({{"next_update_on", "2012-03-31"}}, kToday, next).For("next_update_on"));
  ASSERT_TRUE(ReadNextUpdate({{"next_update_on", "2012-07-02"}}, kToday, next).empty());
  EXPECT_EQ(next, D("2012-07-02"));
}

TEST(ReviewWorkflow, ConsultedApprovedByThreeAgenciesRatifiedThenPublished) {
  Chapter c{.id = 2, .number = "5.2", .title = "Allegations"};
  c.amendments = {{1, 2, D("2009-05-11"), "Added", "", ""}};
  Review r;
  EXPECT_EQ(*ReadReviewOpening({{"opened_on", "2011-09-05"}}, c, true, kToday, r).For("opened_on"),
            "Chapter 5.2 is already under review: finish that review first");
  ASSERT_TRUE(ReadReviewOpening({{"opened_on", "2011-09-05"}, {"draft", "## Draft"}}, c, false, kToday, r).empty());
  EXPECT_EQ(StageOf(r), ReviewStage::kDrafting);
  // The consultation sheet: at least one agency not asked, sent after the review began.
  std::vector<Consultee> added;
  Date closes;
  EXPECT_TRUE(ReadConsultation({{"sent_on", "2011-09-20"}, {"closes_on", "2011-10-21"}}, r, {7, 8, 9, 10}, kToday, added, closes)
                  .For("agencies"));
  EXPECT_TRUE(ReadConsultation({{"sent_on", "2011-09-01"}, {"closes_on", "2011-10-21"}, {"agency_7", "yes"}}, r, {7, 8, 9, 10},
                               kToday, added, closes)
                  .For("sent_on"));
  EXPECT_TRUE(ReadConsultation({{"sent_on", "2011-09-20"}, {"closes_on", "2011-09-20"}, {"agency_7", "yes"}}, r, {7, 8, 9, 10},
                               kToday, added, closes)
                  .For("closes_on"));
  ASSERT_TRUE(ReadConsultation({{"sent_on", "2011-09-20"}, {"closes_on", "2011-10-21"}, {"agency_7", "yes"}, {"agency_8", "yes"}},
                               r, {7, 8, 9, 10}, kToday, added, closes)
                  .empty());
  ASSERT_EQ(added.size(), 2u);
  r.consultees = added;
  EXPECT_EQ(StageOf(r), ReviewStage::kConsultation);
  Consultee answered;
  EXPECT_TRUE(ReadConsultationResponse({{"responded_on", "2011-09-19"}, {"response", "Agreed"}}, added[0], kToday, answered)
                  .For("responded_on"));
  ASSERT_TRUE(ReadConsultationResponse({{"responded_on", "2011-10-10"}, {"response", "Agreed"}}, added[0], kToday, answered).empty());
  // Approvals: each agency once; at a meeting only if it was quorate.
  std::map<std::int64_t, HeldMeeting> meetings{{50, {D("2011-11-03"), true}}, {51, {D("2011-11-10"), false}}};
  auto approve = [&](const core::FieldValues& in) {
    Approval a;
    auto errors = ReadApproval(in, r, {7, 8, 9, 10}, meetings, kToday, a);
    if (errors.empty()) r.approvals.push_back(a);
    return errors;
  };
  EXPECT_EQ(*approve({{"agency_id", "7"}, {"approver", "Jo Hooper"}, {"route", "meeting"}, {"meeting_id", "51"}}).For("meeting_id"),
            "That meeting was not quorate: approve by email instead");
  ASSERT_TRUE(approve({{"agency_id", "7"}, {"approver", "Jo Hooper"}, {"route", "meeting"}, {"meeting_id", "50"}}).empty());
  EXPECT_EQ(r.approvals.back().approved_on, D("2011-11-03"));  // the meeting's day
  EXPECT_EQ(*approve({{"agency_id", "7"}, {"approver", "Linda Frost"}, {"route", "email"}, {"approved_on", "2011-11-05"}})
                 .For("agency_id"),
            "This agency has approved already: each agency counts once");
  ASSERT_TRUE(approve({{"agency_id", "8"}, {"approver", "Richard North"}, {"route", "email"}, {"approved_on", "2011-11-09"}}).empty());
  EXPECT_EQ(StageOf(r), ReviewStage::kApproval);
  EXPECT_TRUE(ReadDraft({{"draft", "changed"}}, r, r).For("draft"));  // fixed once approval began
  // RULE: Constitution appendix 4 - the Board ratifies only after 3 agencies approved.
  BoardDecisions decisions{{90, D("2011-11-10")}, {91, D("2011-12-08")}};
  Review ratified;
  EXPECT_EQ(*ReadRatification({{"decision_id", "91"}}, r, decisions, ratified).For("decision_id"),
            "The review needs approval by 3 agencies before the Board ratifies it; 2 have approved");
  ASSERT_TRUE(approve({{"agency_id", "9"}, {"approver", "Helen Brooke"}, {"route", "email"}, {"approved_on", "2011-11-14"}}).empty());
  EXPECT_EQ(ApprovingAgencies(r), 3);
  EXPECT_EQ(StageOf(r), ReviewStage::kRatification);
  EXPECT_EQ(*ReadRatification({{"decision_id", "90"}}, r, decisions, ratified).For("decision_id"),
            "The Board's decision must come on or after the last approval, 14 November 2011");
  Amendment amendment;
  EXPECT_EQ(*ReadPublication({{"published_on", "2012-01-16"}, {"note", "x"}}, r, c, kToday, amendment).For("published_on"),
            "The Board must ratify the review before it is published");
  ASSERT_TRUE(ReadRatification({{"decision_id", "91"}}, r, decisions, ratified).empty());
  EXPECT_EQ(ratified.ratified_on, D("2011-12-08"));
  EXPECT_EQ(StageOf(ratified), ReviewStage::kPublication);
  EXPECT_TRUE(ReadApproval({{"agency_id", "10"}, {"approver", "X"}, {"route", "email"}, {"approved_on", "2011-12-09"}}, ratified,
                           {7, 8, 9, 10}, meetings, kToday, ratified.approvals.emplace_back())
                  .For("agency_id"));
  ratified.approvals.pop_back();
  EXPECT_EQ(*ReadPublication({{"published_on", "2011-12-01"}, {"note", "x"}}, ratified, c, kToday, amendment).For("published_on"),
            "Publication must come on or after the Board's ratification, 8 December 2011");
  EXPECT_TRUE(ReadPublication({{"published_on", "2012-01-16"}}, ratified, c, kToday, amendment).For("note"));
  ASSERT_TRUE(ReadPublication({{"published_on", "2012-01-16"}, {"note", "January 2012: revised"}}, ratified, c, kToday, amendment)
                  .empty());
  EXPECT_EQ(amendment.amended_on, D("2012-01-16"));
  EXPECT_EQ(amendment.chapter_id, 2);
}

TEST(PolicyCheckReader, AdviceUnlessConsistent) {
  PolicyCheck c;
  core::FieldValues in{{"organisation", "COMPASS"}, {"policy", "Safeguarding policy"}, {"checked_on", "2011-07-12"},
                       {"outcome", "changes_advised"}};
  EXPECT_EQ(*ReadPolicyCheck(in, kToday, c).For("advice"), "Enter what the sub-group advised the organisation to change");
  in["outcome"] = "consistent";
  ASSERT_TRUE(ReadPolicyCheck(in, kToday, c).empty());
  EXPECT_EQ(c.outcome, PolicyOutcome::kConsistent);
  in["checked_on"] = "2012-04-01";
  EXPECT_TRUE(ReadPolicyCheck(in, kToday, c).For("checked_on"));
}

}  // namespace
}  // namespace safeboard::procedures
