#include "meetings/meetings.h"

#include <gtest/gtest.h>

namespace safeboard::meetings {
namespace {

using namespace std::chrono;
using governance::RoleCategory;

const QuorumRule kBoardRule{8, 4, {}};

std::vector<Attendee> Present(int members, int agencies, RoleCategory role = RoleCategory::kCoreMember) {
  std::vector<Attendee> out;
  for (int i = 0; i < members; ++i)
    out.push_back({i + 1, std::int64_t{100 + i % agencies}, role, AttendanceStatus::kPresent});
  return out;
}

// RULE: Constitution 6g - quorum is 8 members from 4 agencies.
TEST(Quorum, BoardIsQuorateWithEightMembersFromFourAgencies) {
  auto result = CheckQuorum(kBoardRule, Present(8, 4));
  EXPECT_TRUE(result.quorate);
  EXPECT_EQ(result.members_counted, 8);
  EXPECT_EQ(result.agencies_counted, 4);
}

TEST(Quorum, BoardIsInquorateWithEightMembersFromThreeAgencies) {
  auto result = CheckQuorum(kBoardRule, Present(8, 3));
  EXPECT_FALSE(result.quorate);
  ASSERT_EQ(result.reasons.size(), 1u);
  EXPECT_EQ(result.reasons[0], "3 of the 4 agencies needed are represented");
}

TEST(Quorum, BoardIsInquorateWithSevenMembers) {
  auto result = CheckQuorum(kBoardRule, Present(7, 7));
  EXPECT_FALSE(result.quorate);
  EXPECT_EQ(result.reasons[0], "7 of the 8 members needed are present");
}

TEST(Quorum, ADeputyCountsForTheirAgency) {
  auto attendees = Present(7, 3);
  attendees.push_back({50, std::int64_t{999}, RoleCategory::kCoreMember, AttendanceStatus::kDeputy});
  EXPECT_TRUE(CheckQuorum(kBoardRule, attendees).quorate);
}

// RULE: issue 14 - "a health agency" in a quorum rule: any agency of the sector present meets it.
TEST(Quorum, ARequiredSectorIsMetByAnyAgencyOfIt) {
  QuorumRule rule{2, 2, {}, {governance::Sector::kHealth}};
  std::vector<Attendee> attendees = {
      {1, std::int64_t{10}, RoleCategory::kCoreMember, AttendanceStatus::kPresent, governance::Sector::kPolice},
      {2, std::int64_t{11}, RoleCategory::kCoreMember, AttendanceStatus::kPresent, governance::Sector::kEducation}};
  auto result = CheckQuorum(rule, attendees);
  EXPECT_FALSE(result.quorate);
  ASSERT_EQ(result.missing_required_sectors.size(), 1u);
  EXPECT_EQ(result.reasons.back(), "No agency of the sector Health is represented");
  // An observer from a health agency does not meet it; a core member does.
  attendees.push_back({3, std::int64_t{12}, RoleCategory::kParticipantObserver, AttendanceStatus::kPresent,
                       governance::Sector::kHealth});
  EXPECT_FALSE(CheckQuorum(rule, attendees).quorate);
  attendees.push_back({4, std::int64_t{13}, RoleCategory::kCoreMember, AttendanceStatus::kDeputy,
                       governance::Sector::kHealth});
  EXPECT_TRUE(CheckQuorum(rule, attendees).quorate);
}

TEST(Quorum, ReadsRequiredSectorsFromTheForm) {
  QuorumRule rule;
  int approval = 0;
  EXPECT_TRUE(ReadQuorumRule({{"quorum_sector-health", "yes"}, {"quorum_sector-police", ""}}, {}, rule, approval).empty());
  ASSERT_EQ(rule.required_sectors.size(), 1u);
  EXPECT_EQ(rule.required_sectors[0], governance::Sector::kHealth);
}

TEST(Quorum, AnObserverAdviserOrAdministratorDoesNotCount) {
  auto attendees = Present(7, 4);
  for (auto role : {RoleCategory::kParticipantObserver, RoleCategory::kProfessionalAdviser,
                    RoleCategory::kBoardAdministration})
    attendees.push_back({60, std::int64_t{998}, role, AttendanceStatus::kPresent});
  auto result = CheckQuorum(kBoardRule, attendees);
  EXPECT_FALSE(result.quorate);
  EXPECT_EQ(result.members_counted, 7);
  attendees.push_back({61, std::int64_t{998}, RoleCategory::kCoOpted, AttendanceStatus::kPresent});
  EXPECT_TRUE(CheckQuorum(kBoardRule, attendees).quorate);
}

TEST(Quorum, ApologiesAndAbsenceDoNotCount) {
  auto attendees = Present(8, 4);
  attendees[0].status = AttendanceStatus::kApologies;
  EXPECT_FALSE(CheckQuorum(kBoardRule, attendees).quorate);
  attendees[0].status = AttendanceStatus::kAbsent;
  EXPECT_FALSE(CheckQuorum(kBoardRule, attendees).quorate);
}

// RULE: Constitution appendix 4 - the case review panel needs its 3 named agencies.
TEST(Quorum, CaseReviewPanelNeedsItsThreeNamedAgencies) {
  QuorumRule panel{0, 0, {1, 2, 3}};
  std::vector<Attendee> attendees = {
      {1, std::int64_t{1}, RoleCategory::kCoreMember, AttendanceStatus::kPresent},
      {2, std::int64_t{2}, RoleCategory::kCoreMember, AttendanceStatus::kPresent},
      {3, std::int64_t{4}, RoleCategory::kCoreMember, AttendanceStatus::kPresent}};
  auto result = CheckQuorum(panel, attendees);
  EXPECT_FALSE(result.quorate);
  EXPECT_EQ(result.missing_required_agencies, (std::vector<std::int64_t>{3}));
  attendees.push_back({4, std::int64_t{3}, RoleCategory::kCoreMember, AttendanceStatus::kDeputy});
  EXPECT_TRUE(CheckQuorum(panel, attendees).quorate);
}

// RULE: Constitution appendix 4 - sub-groups are quorate with two agencies.
TEST(Quorum, SubGroupNeedsTwoAgencies) {
  QuorumRule sub{0, 2, {}};
  EXPECT_FALSE(CheckQuorum(sub, Present(5, 1)).quorate);
  EXPECT_TRUE(CheckQuorum(sub, Present(2, 2)).quorate);
}

TEST(Attendance, PercentRoundsHalfUp) {
  EXPECT_EQ(Percent(1, 4), 25);
  EXPECT_EQ(Percent(2, 3), 67);
  EXPECT_EQ(Percent(1, 8), 13);  // 12.5 rounds up
  EXPECT_EQ(Percent(0, 0), 0);
}

ReportMembership Period(std::int64_t id, const std::string& person, const std::string& agency,
                        Date start, std::optional<Date> end = std::nullopt, bool lay = false) {
  return {id, id, person, id, agency, lay, start, end};
}

const std::vector<ReportMeeting> kYear = {{1, year(2011) / 4 / 14, false},
                                          {2, year(2011) / 7 / 14, false},
                                          {3, year(2011) / 9 / 22, false},
                                          {4, year(2011) / 12 / 8, true},
                                          {5, year(2012) / 1 / 19, false},
                                          {6, year(2012) / 3 / 15, false}};

TEST(Attendance, ExpectedMeetingsFollowMembershipPeriodsAndSkipCancelledOnes) {
  std::vector<ReportMembership> periods = {
      Period(1, "Jan Norman", "NHS Milton Keynes & Northamptonshire", year(2011) / 9 / 1)};
  std::vector<ReportMark> marks = {{3, 1, AttendanceStatus::kPresent},
                                   {5, 1, AttendanceStatus::kPresent},
                                   {6, 1, AttendanceStatus::kDeputy}};
  auto rows = AttendanceByAgency(kYear, periods, marks, 25);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].expected, 3);  // joined in September; December was cancelled
  EXPECT_EQ(rows[0].present, 2);
  EXPECT_EQ(rows[0].by_deputy, 1);
  EXPECT_EQ(rows[0].attendance_percent, 100);
  EXPECT_EQ(rows[0].deputy_percent, 33);
  EXPECT_TRUE(rows[0].deputies_over_limit);
  EXPECT_FALSE(rows[0].below_target);
}

TEST(Attendance, AnAgencyIsPresentWhenAnyOfItsMembersIs) {
  std::vector<ReportMembership> periods = {
      Period(1, "Nicky Rayner", "Children & Families", year(2009) / 1 / 1),
      Period(2, "Jo Hooper", "Children & Families", year(2009) / 1 / 1)};
  std::vector<ReportMark> marks = {{1, 1, AttendanceStatus::kApologies},
                                   {1, 2, AttendanceStatus::kPresent},
                                   {2, 1, AttendanceStatus::kApologies}};
  auto rows = AttendanceByAgency(kYear, periods, marks, 25);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].expected, 5);
  EXPECT_EQ(rows[0].present, 1);
  EXPECT_EQ(rows[0].apologies, 1);
  EXPECT_EQ(rows[0].absent, 3);
  EXPECT_EQ(rows[0].attendance_percent, 20);
  EXPECT_TRUE(rows[0].below_target);
}

TEST(Attendance, LayMembersAreReportedOneRowEach) {
  std::vector<ReportMembership> periods = {
      Period(1, "Christianne Best", "Lay members", year(2010) / 1 / 1, std::nullopt, true),
      Period(2, "Zeinab Sulemani", "Lay members", year(2011) / 5 / 1, std::nullopt, true)};
  std::vector<ReportMark> marks = {{2, 2, AttendanceStatus::kPresent}};
  auto rows = AttendanceByAgency(kYear, periods, marks, 25);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].label, "Lay Member 1");
  EXPECT_EQ(rows[1].label, "Lay Member 2");
  EXPECT_EQ(rows[1].expected, 4);
  EXPECT_EQ(rows[1].attendance_percent, 25);
}

TEST(Attendance, DeputyLimitsDifferForTheBoardAndSubGroups) {
  EXPECT_EQ(DeputyLimitPercent(governance::GroupKind::kBoard), 25);
  EXPECT_EQ(DeputyLimitPercent(governance::GroupKind::kSubGroup), 20);
}

}  // namespace
}  // namespace safeboard::meetings

namespace safeboard::meetings {
namespace {

std::vector<AttendanceEntry> Expected() {
  AttendanceEntry north;
  north.membership_id = 7;
  north.person_id = 70;
  north.person_name = "Richard North";
  north.agency_id = 1;
  north.agency_name = "Thames Valley Police";
  return {north};
}

const std::map<std::int64_t, std::optional<std::int64_t>> kAgencies = {
    {70, 1}, {71, 1}, {80, std::int64_t{2}}};

// RULE: a deputy must come from the member's agency.
TEST(AttendanceForm, RefusesADeputyFromAnotherAgency) {
  std::vector<MarkInput> marks;
  auto errors = ReadAttendanceForm({{"status-7", "deputy"}, {"deputy-7", "80"}}, Expected(),
                                   kAgencies, marks);
  ASSERT_NE(errors.For("deputy-7"), nullptr);
  EXPECT_EQ(*errors.For("deputy-7"), "The deputy for Richard North must be from Thames Valley Police");
  EXPECT_TRUE(marks.empty());
}

TEST(AttendanceForm, AcceptsADeputyFromTheSameAgency) {
  std::vector<MarkInput> marks;
  auto errors = ReadAttendanceForm({{"status-7", "deputy"}, {"deputy-7", "71"}}, Expected(),
                                   kAgencies, marks);
  EXPECT_TRUE(errors.empty());
  ASSERT_EQ(marks.size(), 1u);
  EXPECT_EQ(marks[0].deputy_person_id, 71);
}

// RULE: issue 15 - the quorum rule reads as a sentence.
TEST(QuorumRuleSentence, ReadsAsASentence) {
  QuorumRule rule;
  EXPECT_EQ(QuorumRuleSentence(rule, {}), "No rule recorded");
  rule.min_members = 8;
  rule.min_agencies = 4;
  EXPECT_EQ(QuorumRuleSentence(rule, {}), "8 members from 4 agencies.");
  rule.required_agencies = {1};
  rule.required_sectors = {governance::Sector::kHealth};
  EXPECT_EQ(QuorumRuleSentence(rule, {{1, "Thames Valley Police"}}),
            "8 members from 4 agencies, with Thames Valley Police and an agency of the sector Health present.");
  QuorumRule only_agencies;
  only_agencies.required_agencies = {1, 2, 3};
  EXPECT_EQ(QuorumRuleSentence(only_agencies, {{1, "A"}, {2, "B"}, {3, "C"}}), "A, B and C present.");
}

// RULE: issue 15 - "mark everyone present" fills only the marks not yet recorded.
TEST(AttendanceForm, EveryonePresentLeavesRecordedMarksAlone) {
  auto entries = Expected();
  AttendanceEntry sent_apologies = entries[0];
  sent_apologies.membership_id = 8;
  sent_apologies.status = AttendanceStatus::kApologies;
  AttendanceEntry deputised = entries[0];
  deputised.membership_id = 9;
  deputised.status = AttendanceStatus::kDeputy;
  deputised.deputy_person_id = 71;
  entries.push_back(sent_apologies);
  entries.push_back(deputised);
  auto marks = EveryoneNotRecordedPresent(entries);
  ASSERT_EQ(marks.size(), 1u);
  EXPECT_EQ(marks[0].membership_id, 7);
  EXPECT_EQ(marks[0].status, AttendanceStatus::kPresent);
  EXPECT_FALSE(marks[0].deputy_person_id);
}

// RULE: issue 15 - an action arising shows its label, and "Overdue" once its date has passed.
TEST(ActionStatusTag, ReadsAsALabelAndOverdueOncePastItsDate) {
  Date due = core::ParseDate("2012-03-01").value();
  EXPECT_EQ(ActionStatusTag(ActionStatus::kOpen, due, core::ParseDate("2012-03-01").value()).label, "Open");
  EXPECT_EQ(ActionStatusTag(ActionStatus::kOpen, due, core::ParseDate("2012-03-02").value()).label, "Overdue");
  EXPECT_EQ(ActionStatusTag(ActionStatus::kOpen, std::nullopt, core::ParseDate("2030-01-01").value()).label, "Open");
  EXPECT_EQ(ActionStatusTag(ActionStatus::kDone, due, core::ParseDate("2012-04-01").value()).label, "Done");
  EXPECT_EQ(ActionStatusTag(ActionStatus::kDropped, due, core::ParseDate("2012-04-01").value()).label, "Dropped");
}

TEST(AttendanceForm, ADeputyStatusNeedsADeputyAndOthersMustNotHaveOne) {
  std::vector<MarkInput> marks;
  EXPECT_NE(ReadAttendanceForm({{"status-7", "deputy"}}, Expected(), kAgencies, marks).For("deputy-7"),
            nullptr);
  EXPECT_NE(ReadAttendanceForm({{"status-7", "present"}, {"deputy-7", "71"}}, Expected(), kAgencies,
                               marks).For("deputy-7"),
            nullptr);
  EXPECT_NE(ReadAttendanceForm({{"status-7", "late"}}, Expected(), kAgencies, marks).For("status-7"),
            nullptr);
}

}  // namespace
}  // namespace safeboard::meetings

namespace safeboard::meetings {
namespace {

using namespace std::chrono;

TEST(Series, QuarterlyKeepsTheDayAndClampsToMonthEnd) {
  auto dates = SeriesDates(governance::Cadence::kQuarterly, year(2011) / 11 / 30, year(2012) / 12 / 31);
  ASSERT_EQ(dates.size(), 5u);
  EXPECT_EQ(dates[1], year(2012) / 2 / 29);  // no 30 February: the month's last day
  EXPECT_EQ(dates[2], year(2012) / 5 / 30);
}

TEST(Series, SixWeeklyStepsFortyTwoDays) {
  auto dates = SeriesDates(governance::Cadence::kSixWeekly, year(2011) / 4 / 7, year(2011) / 7 / 1);
  ASSERT_EQ(dates.size(), 3u);
  EXPECT_EQ(dates[1], year(2011) / 5 / 19);
  EXPECT_EQ(dates[2], year(2011) / 6 / 30);
}

TEST(Series, BiMonthlyForCdop) {
  auto dates = SeriesDates(governance::Cadence::kBiMonthly, year(2011) / 5 / 12, year(2012) / 3 / 31);
  EXPECT_EQ(dates.size(), 6u);  // May, July, September, November, January, March
  EXPECT_EQ(dates.back(), year(2012) / 3 / 12);
}

// RULE: approving a procedure document needs 3 agencies.
TEST(Quorum, ApprovingAProcedureNeedsThreeAgencies) {
  QuorumRule sub{0, 2, {}};
  EXPECT_FALSE(CanApproveProcedure(3, CheckQuorum(sub, Present(4, 2))));
  EXPECT_TRUE(CanApproveProcedure(3, CheckQuorum(sub, Present(3, 3))));
}

}  // namespace
}  // namespace safeboard::meetings

namespace safeboard::meetings {
namespace {

TEST(QuorumRuleForm, ReadsNumbersAndNamedAgencies) {
  QuorumRule rule;
  int procedure = 0;
  auto errors = ReadQuorumRule({{"quorum_min_members", "8"}, {"quorum_min_agencies", "4"},
                                {"quorum_agency-3", "yes"}, {"quorum_agency-9", "yes"},
                                {"procedure_approval_agencies", ""}},
                               {1, 2, 3}, rule, procedure);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(rule.min_members, 8);
  EXPECT_EQ(rule.min_agencies, 4);
  EXPECT_EQ(rule.required_agencies, (std::vector<std::int64_t>{3}));  // 9 is not this partnership's
  EXPECT_EQ(procedure, 0);
  errors = ReadQuorumRule({{"quorum_min_members", "-1"}, {"quorum_min_agencies", "lots"}}, {}, rule, procedure);
  EXPECT_NE(errors.For("quorum_min_members"), nullptr);
  EXPECT_NE(errors.For("quorum_min_agencies"), nullptr);
}

}  // namespace
// RULE: issue 15 - the attendance report opens where the meetings are.
TEST(AttendanceReport, OpensOnTheLatestYearWithAMeetingHeld) {
  std::vector<Date> dates = {year(2011) / 4 / 14, year(2012) / 3 / 15, year(2033) / 1 / 20};
  // Today 2026-12-03: the latest meeting held is in 2011-12 (the 2033 one is not held yet).
  EXPECT_EQ(DefaultReportYear(dates, year(2026) / 12 / 3), 2011);
  EXPECT_EQ(DefaultReportYear({}, year(2026) / 12 / 3), 2026);
  EXPECT_EQ(ReportYears(dates, year(2026) / 12 / 3), (std::vector<int>{2032, 2026, 2011}));
}

}  // namespace safeboard::meetings
