// RULE: annual report 2011-12 sections 2.4 and 2.5 - the Child Death Overview Panel's figures for
// 2011-12 and the Serious Case Review sub-group's nine cases are reproduced from the demo's
// individual (pseudonymous) records; the 2008 Child B review is closed, so no audit is due; and
// an endorsed review's recommendations are audited six-monthly. Runs on both backends.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

#include "casereviews/store.h"
#include "cdop/store.h"
#include "cli/commands.h"
#include "governance/store.h"
#include "meetings/store.h"
#include "storage_fixture.h"

namespace safeboard::casereviews {
namespace {

using cdop::Category;
using cdop::Modifiable;
using cdop::RecommendationArea;

Date On(const char* text) { return *core::ParseDate(text); }

class ConfidentialReviewsTest : public storage::StorageTest {
 protected:
  std::int64_t LoadTheDemo() {
    EXPECT_TRUE(cli::LoadDemo(database()));
    return governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  }
  std::int64_t GroupNamed(std::int64_t partnership, const std::string& short_name) {
    for (const auto& g : governance::GovernanceStore(connection()).ListGroups(partnership))
      if (g.short_name == short_name) return g.id;
    ADD_FAILURE() << "no group " << short_name;
    return 0;
  }
};

TEST_F(ConfidentialReviewsTest, ChildDeathFiguresOf2011To12ReproduceTheAnnualReport) {
  auto partnership = LoadTheDemo();
  cdop::CdopStore store(connection());
  auto [notifications, reviews] = store.StatisticsInputs(partnership);
  auto s = cdop::YearStatistics(2011, notifications, reviews);

  // "notified of eighteen deaths ... The deaths include one child not normally resident."
  EXPECT_EQ(s.notified, 18);
  EXPECT_EQ(s.notified_not_resident, 1);
  // The numbers compared with previous years: 2008-09 to 2011-12 from the notifications ...
  EXPECT_EQ(s.notified_by_year, (std::map<int, int>{{2008, 36}, {2009, 34}, {2010, 28}, {2011, 18}}));
  // ... and the calendar years before the panel from its history.
  std::vector<std::pair<std::string, int>> history;
  for (const auto& year : store.History(partnership)) history.emplace_back(year.period, year.deaths);
  EXPECT_EQ(history, (std::vector<std::pair<std::string, int>>{
                         {"2003", 34}, {"2004", 23}, {"2005", 25}, {"2006", 28}, {"2007", 22}}));

  // "completed reviews on 29 child deaths over six panels; one ... occurred in year 1 (2008 - 09),
  // seven ... in year 2, fourteen in year 3 and seven died during year 4."
  EXPECT_EQ(s.reviews, 29);
  EXPECT_EQ(s.reviews_by_death_year, (std::map<int, int>{{2008, 1}, {2009, 7}, {2010, 14}, {2011, 7}}));
  auto panels = store.PanelMeetings(partnership);
  std::set<std::int64_t> panels_used;
  for (const auto& [id, review] : store.Reviews(partnership)) {
    if (core::FinancialYearOf(review.reviewed_on) != 2011) continue;
    ASSERT_TRUE(review.meeting_id);
    ASSERT_TRUE(panels.count(*review.meeting_id));
    EXPECT_EQ(panels.at(*review.meeting_id), review.reviewed_on);
    panels_used.insert(*review.meeting_id);
  }
  EXPECT_EQ(panels_used.size(), 6u);

  // Modifiable factors identified 7, not identified 22, inadequate information 0.
  EXPECT_EQ(s.modifiable[Modifiable::kIdentified].count, 7);
  EXPECT_EQ(s.modifiable[Modifiable::kNotIdentified].count, 22);
  EXPECT_EQ(s.modifiable[Modifiable::kInadequateInformation].count, 0);

  // Categories. The published 45/21/18/11/4% cannot all come from whole counts of 29 (see
  // demo/NOTES.md): 13, 6, 6, 3 and 1 give 45/21/21/10/3, half up.
  const std::map<Category, std::pair<int, int>> categories = {
      {Category::kPerinatalNeonatal, {13, 45}}, {Category::kChronicMedical, {6, 21}},
      {Category::kInfection, {6, 21}},          {Category::kSuicideSelfHarm, {3, 10}},
      {Category::kTraumaExternal, {1, 3}},
  };
  EXPECT_EQ(s.categories.size(), categories.size());
  for (const auto& [category, expected] : categories) {
    EXPECT_EQ(s.categories[category].count, expected.first) << core::CodeOf(cdop::Categories(), category);
    EXPECT_EQ(s.categories[category].percent, expected.second) << core::CodeOf(cdop::Categories(), category);
  }

  // Recommendations were made in exactly the six areas ticked in the report.
  EXPECT_EQ(s.recommendation_areas,
            (std::vector<RecommendationArea>{RecommendationArea::kIndividualCase, RecommendationArea::kCommunityEducation,
                                             RecommendationArea::kLocalOrganisation,
                                             RecommendationArea::kAdvocacyHealthPromotion,
                                             RecommendationArea::kLegislationNational, RecommendationArea::kNone}));

  // No SUDI this year; the apparent suicides: two deaths in 2010 and one in 2011, the first
  // discussed at the May 2011 panel; two safeguarding cases, each referred once.
  std::vector<int> suicide_years;
  Date first_suicide_review = On("2099-01-01");
  int safeguarding = 0;
  for (const auto& [id, review] : store.Reviews(partnership)) {
    if (core::FinancialYearOf(review.reviewed_on) != 2011) continue;
    EXPECT_FALSE(review.sudi);
    auto c = store.FindCase(partnership, id);
    ASSERT_TRUE(c);
    if (review.category == Category::kSuicideSelfHarm) {
      suicide_years.push_back(int(c->date_of_death.year()));
      first_suicide_review = std::min(first_suicide_review, review.reviewed_on);
    }
    if (review.safeguarding_concern) {
      ++safeguarding;
      EXPECT_TRUE(store.ReferralOf(partnership, id));
    }
  }
  std::sort(suicide_years.begin(), suicide_years.end());
  EXPECT_EQ(suicide_years, (std::vector<int>{2010, 2010, 2011}));
  EXPECT_EQ(core::FormatDate(first_suicide_review), "2011-05-12");
  EXPECT_EQ(safeguarding, 2);
}

TEST_F(ConfidentialReviewsTest, TheNineCasesOf2011To12WereDecidedAtQuorateMeetings) {
  auto partnership = LoadTheDemo();
  CaseReviewStore store(connection());
  cdop::CdopStore deaths(connection());
  meetings::MeetingStore meeting_store(connection());
  std::vector<Referral> cases;
  for (const auto& r : store.Referrals(partnership))  // newest first
    if (core::FinancialYearOf(r.referred_on) == 2011) cases.insert(cases.begin(), r);
  ASSERT_EQ(cases.size(), 9u);
  // Annual report 2.4: none met the criteria; Case 1 Health's own review (an IMR), Case 3 a
  // multi-agency review, Case 5 the hospital's Serious Incident report; the others nothing further.
  const std::vector<FollowUp> follow_ups = {
      FollowUp::kAgencyReview, FollowUp::kNone, FollowUp::kMultiAgencyReview, FollowUp::kNone,
      FollowUp::kSeriousIncidentReport, FollowUp::kNone, FollowUp::kNone, FollowUp::kNone, FollowUp::kNone};
  auto panels = store.PanelMeetings(partnership);
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const auto& r = cases[i];
    SCOPED_TRACE("Case " + std::to_string(i + 1) + " " + r.reference);
    EXPECT_EQ(r.reference, core::YearlyReference("CR", 2011, static_cast<int>(i) + 1));
    EXPECT_EQ(r.decision, Decision::kCriteriaNotMet);
    EXPECT_EQ(r.follow_up, follow_ups[i]);
    ASSERT_TRUE(r.meeting_id);
    ASSERT_TRUE(panels.count(*r.meeting_id));
    ASSERT_TRUE(r.considered_on);
    EXPECT_LE(r.referred_on, *r.considered_on);
    // RULE: constitution appendix 4 - decided at a meeting with police, health and children's
    // social care present.
    auto meeting = meeting_store.FindMeeting(partnership, *r.meeting_id);
    ASSERT_TRUE(meeting);
    auto quorum = meetings::CheckQuorum(meeting_store.QuorumRuleOf(partnership, meeting->group_id),
                                        meetings::AttendeesFrom(meeting_store.AttendanceOf(*meeting)));
    EXPECT_TRUE(quorum.quorate);
    EXPECT_FALSE(meeting_store.QuorumRuleOf(partnership, meeting->group_id).required_agencies.empty());
  }
  // Case 1 names the health agency doing its own review.
  ASSERT_TRUE(cases[0].follow_up_agency_id);
  auto agency = governance::GovernanceStore(connection()).FindAgency(partnership, *cases[0].follow_up_agency_id);
  ASSERT_TRUE(agency);
  EXPECT_EQ(agency->sector, governance::Sector::kHealth);
  // Two of the nine are the CDOP's safeguarding referrals, Case 1 among them; the decision notes
  // record Health's internal case review.
  std::vector<std::size_t> from_cdop;
  for (std::size_t i = 0; i < cases.size(); ++i)
    if (cases[i].from_child_death_id) {
      from_cdop.push_back(i);
      EXPECT_EQ(deaths.ReferralOf(partnership, *cases[i].from_child_death_id), cases[i].id);
      EXPECT_NE(cases[i].decision_notes.find("Safeguarding Children Team completed an internal case review"),
                std::string::npos);
    } else {
      EXPECT_TRUE(cases[i].referring_agency_id);
      EXPECT_FALSE(cases[i].summary.empty());
    }
  ASSERT_EQ(from_cdop.size(), 2u);
  EXPECT_EQ(from_cdop[0], 0u);
}

TEST_F(ConfidentialReviewsTest, TheChildBReviewIsEndorsedSignedOffAndNothingIsDue) {
  auto partnership = LoadTheDemo();
  CaseReviewStore store(connection());
  auto reviews = store.Reviews(partnership);
  ASSERT_EQ(reviews.size(), 1u);  // "not undertaken a serious case review since the Child B SCR in 2008"
  const auto& [review, referral] = reviews[0];
  EXPECT_EQ(core::FinancialYearOf(referral.referred_on), 2008);
  EXPECT_EQ(referral.decision, Decision::kSeriousCaseReview);
  EXPECT_EQ(referral.follow_up, FollowUp::kNone);
  ASSERT_TRUE(review.endorsed_on);
  EXPECT_EQ(int(review.endorsed_on->year()), 2009);
  EXPECT_EQ(review.grading, Grading::kAdequate);
  EXPECT_FALSE(review.overview_report.empty());
  EXPECT_FALSE(review.terms_of_reference.empty());
  auto imrs = store.ManagementReviews(review.id);
  EXPECT_GE(imrs.size(), 3u);
  for (const auto& imr : imrs) EXPECT_TRUE(imr.received_on);
  auto recommendations = store.Recommendations(review.id);
  EXPECT_GE(recommendations.size(), 4u);
  EXPECT_LE(recommendations.size(), 6u);
  for (const auto& r : recommendations) {
    EXPECT_TRUE(r.signed_off_on) << r.text;
    EXPECT_FALSE(r.actions.empty()) << r.text;
    for (const auto& a : r.actions) EXPECT_TRUE(a.completed_on) << a.action;
  }
  auto audits = store.Audits(review.id);
  ASSERT_FALSE(audits.empty());
  // Audited six-monthly from the endorsement, each audit on or before its due date, until the
  // last recommendation was signed off.
  Date last = *review.endorsed_on;
  for (const auto& audit : audits) {
    EXPECT_GT(audit.audited_on, last);
    EXPECT_LE(audit.audited_on, core::AddMonths(last, 6)) << core::FormatDate(audit.audited_on);
    last = audit.audited_on;
  }
  for (const auto& r : recommendations) EXPECT_LE(*r.signed_off_on, last) << r.text;
  EXPECT_TRUE(store.AuditsDue(partnership).empty());
  // The learning sent to the Training and Development sub-group for a briefing.
  auto briefings = store.BriefingsForGroup(partnership, GroupNamed(partnership, "T&D"));
  ASSERT_EQ(briefings.size(), 1u);
  EXPECT_EQ(briefings[0].reference, referral.reference);
}

// RULE: issue 5 - an endorsed review with a recommendation still open is audited six months after
// the Board endorses it, then six months after the latest audit, until all are signed off.
TEST_F(ConfidentialReviewsTest, AnEndorsedReviewWithAnOpenRecommendationIsAuditedSixMonthly) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "test-board", "Test Board", "Testshire"}, "2012-01-01T00:00:00Z");
  governance::Agency police;
  police.partnership_id = partnership;
  police.name = "Test Police";
  police.sector = governance::Sector::kPolice;
  auto agency = governance.CreateAgency(police);
  CaseReviewStore store(connection());
  Referral referral;
  referral.referred_on = On("2011-06-01");
  referral.referring_agency_id = agency;
  referral.summary = "A referral for the test";
  store.CreateReferral(partnership, referral);
  EXPECT_EQ(referral.reference, "CR-2011-001");
  referral.decision = Decision::kSeriousCaseReview;
  store.RecordDecision(partnership, referral);
  auto review = store.ReviewOfReferral(partnership, referral.id);
  ASSERT_TRUE(review);
  Recommendation recommendation;
  recommendation.review_id = review->id;
  recommendation.agency_id = agency;
  recommendation.text = "Share information";
  auto recommendation_id = store.AddRecommendation(recommendation);
  EXPECT_TRUE(store.AuditsDue(partnership).empty());  // not endorsed yet

  review->overview_report = "The overview";
  review->endorsed_on = On("2012-02-10");
  store.SaveReviewDetails(partnership, *review);
  auto due = store.AuditsDue(partnership);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(due[0].reference, "CR-2011-001");
  EXPECT_EQ(core::FormatDate(due[0].due), "2012-08-10");

  store.AddAudit({0, review->id, On("2012-09-03"), "Progress is slow"});
  due = store.AuditsDue(partnership);
  ASSERT_EQ(due.size(), 1u);
  EXPECT_EQ(core::FormatDate(due[0].due), "2013-03-03");

  store.AddActionItem({0, recommendation_id, "Write the protocol", On("2012-12-31"), On("2012-12-14")});
  ASSERT_TRUE(CanSignOff(*store.FindRecommendation(partnership, recommendation_id)));
  store.SignOff(recommendation_id, On("2013-01-10"));
  EXPECT_TRUE(store.AuditsDue(partnership).empty());
}

}  // namespace
}  // namespace safeboard::casereviews
