#include "meetings/forms.h"

#include <gtest/gtest.h>

namespace safeboard::meetings {
namespace {

const QuorumResult kQuorate{true, 8, 4, {}, {}};
const QuorumResult kInquorate{false, 7, 4, {}, {}, {"7 of the 8 members needed are present"}};

Meeting OnTheFirstOfMay(bool cancelled = false) {
  Meeting m;
  m.id = 5;
  m.group_id = 2;
  m.meets_on = *core::ParseDate("2012-05-01");
  m.cancelled = cancelled;
  return m;
}

core::FieldValues DateFields(const std::string& name, int day, int month, int year) {
  return {{name + "-day", std::to_string(day)}, {name + "-month", std::to_string(month)},
          {name + "-year", std::to_string(year)}};
}

TEST(MeetingForms, TimesAreTwentyFourHour) {
  EXPECT_TRUE(IsValidTime("09:30"));
  EXPECT_TRUE(IsValidTime("23:59"));
  EXPECT_FALSE(IsValidTime("24:00"));
  EXPECT_FALSE(IsValidTime("9:30"));
  EXPECT_FALSE(IsValidTime("09:60"));
  EXPECT_FALSE(IsValidTime("ab:cd"));
}

TEST(MeetingForms, ASeriesEndsOnOrAfterItsFirstMeeting) {
  auto in = DateFields("meets_on", 1, 5, 2012);
  in.merge(DateFields("repeat_until", 1, 4, 2012));
  in["title"] = "Board";
  in["starts_at"] = "10:00";
  ScheduleRequest request;
  auto errors = ReadSchedule(in, governance::Cadence::kQuarterly, request);
  ASSERT_NE(errors.For("repeat_until"), nullptr);
  EXPECT_EQ(*errors.For("repeat_until"), "The series must end on or after the first meeting");
}

TEST(MeetingForms, AGroupThatMeetsAsRequiredHasNoSeries) {
  auto in = DateFields("meets_on", 1, 5, 2012);
  in.merge(DateFields("repeat_until", 1, 6, 2012));
  in["title"] = "Panel";
  in["starts_at"] = "10:00";
  ScheduleRequest request;
  auto errors = ReadSchedule(in, governance::Cadence::kAsRequired, request);
  ASSERT_NE(errors.For("repeat_until"), nullptr);
  EXPECT_EQ(errors.size(), 1u);
  EXPECT_EQ(request.meeting.title, "Panel");
}

// RULE: Constitution 6g - no decisions can be made without the meeting being quorate.
TEST(MeetingForms, NoDecisionAtAnInquorateMeeting) {
  Decision d;
  auto errors = ReadDecision({{"text", "Agreed"}}, OnTheFirstOfMay(), kInquorate, 3, {}, d);
  ASSERT_NE(errors.For("text"), nullptr);
  EXPECT_EQ(*errors.For("text"), NotQuorateMessage(kInquorate));
}

TEST(MeetingForms, ADecisionIsTakenUnderAnItemOfItsOwnMeeting) {
  Decision d;
  auto errors = ReadDecision({{"text", "Agreed"}, {"agenda_item_id", "99"}}, OnTheFirstOfMay(), kQuorate, 3,
                             {10, 11}, d);
  EXPECT_NE(errors.For("agenda_item_id"), nullptr);
  errors = ReadDecision({{"text", "Agreed"}, {"agenda_item_id", "11"}}, OnTheFirstOfMay(), kQuorate, 3,
                        {10, 11}, d);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(d.agenda_item_id, 11);
  EXPECT_EQ(d.meeting_id, 5);
  EXPECT_EQ(d.decided_on, OnTheFirstOfMay().meets_on);
}

// RULE: Constitution appendix 4 - approving a procedure document needs enough agencies present.
TEST(MeetingForms, AProcedureNeedsEnoughAgencies) {
  Decision d;
  auto errors = ReadDecision({{"text", "Approved"}, {"approves_procedure", "yes"}}, OnTheFirstOfMay(), kQuorate,
                             5, {}, d);
  ASSERT_NE(errors.For("approves_procedure"), nullptr);
  EXPECT_EQ(*errors.For("approves_procedure"), "Approving a procedure document needs 5 agencies present; 4 are");
}

// RULE: Constitution 9 - chair's action is the Board chair's.
TEST(MeetingForms, ChairsActionIsForTheBoardOnly) {
  Decision d;
  auto in = DateFields("decided_on", 2, 5, 2012);
  in["text"] = "Agreed the budget";
  EXPECT_TRUE(ReadChairsAction(in, governance::GroupKind::kBoard, d).empty());
  EXPECT_TRUE(d.chairs_action);
  EXPECT_NE(ReadChairsAction(in, governance::GroupKind::kSubGroup, d).For("text"), nullptr);
}

TEST(MeetingForms, NothingIsAddedToACancelledMeeting) {
  AgendaItem item;
  EXPECT_NE(ReadAgendaItem({{"item_title", "Budget"}}, OnTheFirstOfMay(true), item).For("item_title"), nullptr);
  EXPECT_TRUE(ReadAgendaItem({{"item_title", "Budget"}}, OnTheFirstOfMay(), item).empty());
}

// RULE: Constitution 6h - approved minutes are a permanent record.
TEST(MeetingForms, ApprovedMinutesTakeCorrectionsNotEdits) {
  Minutes approved;
  approved.status = MinutesStatus::kApproved;
  MinutesEdit edit;
  EXPECT_NE(ReadMinutes({{"body", "x"}}, OnTheFirstOfMay(), approved, {}, edit).For("correction"), nullptr);
  std::string text;
  EXPECT_TRUE(ReadCorrection({{"correction", "Spelling"}}, approved, text).empty());
  Minutes draft;
  EXPECT_NE(ReadCorrection({{"correction", "Spelling"}}, draft, text).For("correction"), nullptr);
  EXPECT_TRUE(CheckCanCirculate(draft).empty());
  EXPECT_FALSE(CheckCanCirculate(approved).empty());
}

TEST(MeetingForms, MinutesKeepOnlyTheItemsTheUserMayWrite) {
  MinutesEdit edit;
  auto errors = ReadMinutes({{"body", "Minutes"}, {"minute-1", "open"}, {"minute-2", "confidential"}},
                            OnTheFirstOfMay(), std::nullopt, {1}, edit);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(edit.body, "Minutes");
  ASSERT_EQ(edit.item_minutes.size(), 1u);
  EXPECT_EQ(edit.item_minutes.at(1), "open");
}

TEST(MeetingForms, AnActionsOwnerIsOneOfThePartnershipsPeople) {
  MeetingAction a;
  EXPECT_NE(ReadMeetingAction({{"action_description", "Write"}, {"action_owner", "7"}}, {1, 2}, a).For("action_owner"),
            nullptr);
  EXPECT_TRUE(ReadMeetingAction({{"action_description", "Write"}, {"action_owner", "2"}}, {1, 2}, a).empty());
  EXPECT_EQ(a.owner_person_id, 2);
  ActionStatus status = ActionStatus::kOpen;
  EXPECT_FALSE(ReadActionStatus({{"status", "closed"}}, status).empty());
  EXPECT_TRUE(ReadActionStatus({{"status", "done"}}, status).empty());
  EXPECT_EQ(status, ActionStatus::kDone);
}

TEST(MeetingForms, ApologiesGoToMeetingsStillToCome) {
  auto today = *core::ParseDate("2012-05-02");
  EXPECT_NE(CheckOpenForApologies(OnTheFirstOfMay(), today, "f").For("f"), nullptr);
  EXPECT_TRUE(CheckOpenForApologies(OnTheFirstOfMay(), *core::ParseDate("2012-04-30"), "f").empty());
}

}  // namespace
}  // namespace safeboard::meetings
