#include "training/training.h"

#include <gtest/gtest.h>

#include "training/budget_request.h"
#include "training/conference.h"

namespace safeboard::training {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }
const Date kToday = D("2012-03-31");

Event EventOn(const char* day, int capacity) {
  Event e;
  e.id = 1;
  e.on = D(day);
  e.capacity = capacity;
  return e;
}

Booking Place(std::int64_t id, BookingStatus status, const char* asked = "2012-03-01") {
  Booking b;
  b.id = id;
  b.status = status;
  b.requested_on = D(asked);
  b.work_email = "p" + std::to_string(id) + "@example.org";
  b.agency_id = 5;
  b.agency_name = "Police";
  return b;
}

TEST(Places, AFullEventPutsTheNextOnTheWaitingListWhichMovesUpInTheOrderAsked) {
  auto e = EventOn("2012-04-25", 2);
  std::vector<Booking> bookings{Place(1, BookingStatus::kConfirmed), Place(2, BookingStatus::kRequested)};
  EXPECT_EQ(PlacesLeft(e, bookings), 0);  // a request awaiting its manager holds its place
  EXPECT_EQ(StatusOnRequest(e, bookings, true), BookingStatus::kWaiting);
  bookings.push_back(Place(4, BookingStatus::kWaiting, "2012-03-05"));
  bookings.push_back(Place(3, BookingStatus::kWaiting, "2012-03-02"));
  EXPECT_FALSE(NextFromWaitingList(e, bookings));  // still full
  bookings[0].status = BookingStatus::kCancelled;
  // RULE: issue 17 - the first to have asked of those waiting takes the place.
  EXPECT_EQ(NextFromWaitingList(e, bookings), 3);
  EXPECT_EQ(StatusOnRequest(EventOn("2012-04-25", 30), bookings, false), BookingStatus::kRequested);
}

TEST(Charges, FreeForContributorsAFeeForOthersLateCancellationAndNoShowUnlessAColleagueSubstitutes) {
  ChargeRules rules{4500, 2500, 4500, 5, {7}};
  auto e = EventOn("2012-04-25", 20);
  auto b = Place(1, BookingStatus::kConfirmed);
  EXPECT_EQ(ChargeOf(b, e, rules), 4500);
  b.agency_id = 7;
  EXPECT_EQ(ChargeOf(b, e, rules), 0);
  b.attendance = Attendance::kDidNotAttend;
  EXPECT_EQ(ChargeOf(b, e, rules), 4500);  // a no-show pays even from a contributing agency
  b.substitute_name = "A colleague";
  EXPECT_EQ(ChargeOf(b, e, rules), 0);
  auto cancelled = Place(2, BookingStatus::kCancelled);
  cancelled.cancelled_on = D("2012-04-21");  // 4 days before: late
  EXPECT_EQ(ChargeOf(cancelled, e, rules), 2500);
  cancelled.cancelled_on = D("2012-04-20");  // 5 days before: in time
  EXPECT_EQ(ChargeOf(cancelled, e, rules), 0);
  EXPECT_EQ(ChargeOf(Place(3, BookingStatus::kWaiting), e, rules), 0);
}

TEST(Charges, InvoicedByPayerCountedFromEachChargedPlace) {
  ChargeRules rules{4500, 2500, 3000, 5, {7}};
  auto held = EventOn("2012-02-10", 20);
  auto later = EventOn("2012-03-10", 20);
  later.id = 2;
  auto fee = Place(1, BookingStatus::kConfirmed);  // police, not free
  auto free_place = Place(2, BookingStatus::kConfirmed);
  free_place.agency_id = 7;
  free_place.agency_name = "Council";
  auto no_show = free_place;
  no_show.id = 3;
  no_show.attendance = Attendance::kDidNotAttend;
  auto nursery = Place(4, BookingStatus::kCancelled);
  nursery.agency_id.reset();
  nursery.organisation = "Rainbow Nursery";
  nursery.cancelled_on = D("2012-03-08");
  auto cancelled_event = EventOn("2012-03-01", 20);
  cancelled_event.cancelled_on = D("2012-02-01");
  std::vector<EventWithBookings> events{{later, {nursery, fee}}, {held, {fee, free_place, no_show}},
                                        {cancelled_event, {fee}}};
  auto payers = ChargesByPayer(events, rules);
  ASSERT_EQ(payers.size(), 3u);  // by name
  EXPECT_EQ(payers[0].payer, "Council");
  EXPECT_EQ(payers[0].total_pence, 3000);
  EXPECT_EQ(payers[0].places.at(ChargeReason::kNoShow), 1);
  EXPECT_EQ(payers[1].payer, "Police");
  EXPECT_EQ(payers[1].total_pence, 9000);  // two fees; the cancelled event's place is not charged
  EXPECT_EQ(payers[1].charged.front().event.on, D("2012-02-10"));  // by event day
  EXPECT_EQ(payers[2].payer, "Rainbow Nursery");
  EXPECT_EQ(payers[2].charged.at(0).charge.reason, ChargeReason::kLateCancellation);
  EXPECT_EQ(payers[2].total_pence, 2500);
}

TEST(TrainingFigures, AttendancesAndDistinctPeopleWithAndWithoutTheConference) {
  auto course = EventOn("2011-05-10", 20);
  auto conference = EventOn("2011-11-16", 300);
  conference.id = 2;
  conference.delivery = Delivery::kConference;
  auto a = Place(1, BookingStatus::kConfirmed);
  a.attendance = Attendance::kAttended;
  auto partial = Place(2, BookingStatus::kConfirmed);
  partial.attendance = Attendance::kPartial;
  auto dna = Place(3, BookingStatus::kConfirmed);
  dna.attendance = Attendance::kDidNotAttend;
  auto again = a;  // the same person at the conference
  again.id = 4;
  again.work_email = "P1@EXAMPLE.org";
  auto cancelled = Place(5, BookingStatus::kCancelled);
  auto cancelled_event = EventOn("2011-06-01", 20);
  cancelled_event.cancelled_on = D("2011-05-20");
  std::vector<EventWithBookings> events{{course, {a, partial, dna, cancelled}}, {conference, {again}},
                                        {cancelled_event, {a}}};
  auto f = FiguresOf(events);
  EXPECT_EQ(f.events, 2);
  EXPECT_EQ(f.attendances, 3);
  EXPECT_EQ(f.attendances_without_conference, 2);
  EXPECT_EQ(f.distinct_people, 2);  // p1 twice, p2
  EXPECT_EQ(f.distinct_people_without_conference, 2);
  EXPECT_EQ(f.conference_delegates, 1);
  EXPECT_EQ(f.did_not_attend, 1);
  EXPECT_EQ(f.cancellations, 1);
  EXPECT_EQ(f.places_offered, 320);
  EXPECT_EQ(f.attendances_by_agency["Police"], 3);
  EXPECT_EQ(f.attendances_by_sector["Other employers"], 3);  // no sector on these bookings
  EXPECT_EQ(f.attendances_by_quarter[1], 2);                  // 10 May 2011
  EXPECT_EQ(f.attendances_by_quarter[3], 1);                  // 16 November 2011
  EXPECT_EQ(f.events_by_quarter[1], 1);
}

TEST(EventReader, TimesInOrderAndAWholeNumberOfPlaces) {
  Event e;
  core::FieldValues in{{"course_id", "3"}, {"on", "2012-04-25"}, {"starts_at", "16:30"}, {"ends_at", "09:30"},
                       {"venue", "Civic Offices"}, {"capacity", "0"}};
  auto errors = ReadEvent(in, {3}, e);
  EXPECT_EQ(*errors.For("ends_at"), "The event must end after it starts");
  EXPECT_EQ(*errors.For("capacity"), "Enter the places as a whole number from 1 to 2000");
  in["starts_at"] = "9.30";
  EXPECT_EQ(*ReadEvent(in, {3}, e).For("starts_at"), "Enter the start time like 09:30");
  in = {{"course_id", "3"}, {"on", "2012-04-25"}, {"starts_at", "09:30"}, {"ends_at", "16:30"}, {"venue", "Civic Offices"},
        {"capacity", "30"}};
  EXPECT_TRUE(ReadEvent(in, {3}, e).empty());
  EXPECT_NE(ReadEvent(in, {4}, e).For("course_id"), nullptr);
}

TEST(BookingReader, OnePlacePerPersonPerEventWithAnAgencyOrAnEmployer) {
  Booking b;
  core::FieldValues in{{"name", "Amy Adams"}, {"work_email", "amy@tvp.example.org"}, {"agency_id", "5"},
                       {"requested_on", "2012-03-20"}};
  EXPECT_TRUE(ReadBooking(in, {5}, {}, kToday, b).empty());
  // RULE: issue 17 - one booking per person per event, whatever the case of the email.
  EXPECT_EQ(*ReadBooking(in, {5}, {"AMY@tvp.example.org"}, kToday, b).For("work_email"),
            "This practitioner already has a place or is waiting for one on this event");
  in.erase("agency_id");
  EXPECT_EQ(*ReadBooking(in, {5}, {}, kToday, b).For("organisation"),
            "Choose the practitioner's agency or enter their employer");
  in["organisation"] = "Little Acorns Nursery";
  in["work_email"] = "not an email";
  in["manager_email"] = "boss@";
  auto errors = ReadBooking(in, {5}, {}, kToday, b);
  EXPECT_NE(errors.For("work_email"), nullptr);
  EXPECT_NE(errors.For("manager_email"), nullptr);
}

TEST(RegisterAndCancellation, OnlyConfirmedPlacesOnTheDayAndAColleagueMayTakeThePlace) {
  auto e = EventOn("2012-03-20", 20);
  Attendance a;
  EXPECT_EQ(*ReadAttendance({{"attendance", "attended"}}, Place(1, BookingStatus::kWaiting), e, kToday, a).For("attendance"),
            "Only a confirmed place is marked on the register");
  EXPECT_NE(ReadAttendance({{"attendance", "attended"}}, Place(1, BookingStatus::kConfirmed), EventOn("2012-04-25", 20), kToday, a)
                .For("attendance"),
            nullptr);
  ASSERT_TRUE(ReadAttendance({{"attendance", "partial"}}, Place(1, BookingStatus::kConfirmed), e, kToday, a).empty());
  EXPECT_EQ(a, Attendance::kPartial);
  auto b = Place(1, BookingStatus::kConfirmed);
  Booking out = b;
  ASSERT_TRUE(ReadCancellation({{"cancelled_on", "2012-03-18"}, {"substitute_name", "Ben Begum"}}, b, e, kToday, out).empty());
  EXPECT_EQ(out.status, BookingStatus::kConfirmed);  // passed on, not cancelled
  EXPECT_EQ(out.substitute_name, "Ben Begum");
  out = b;
  ASSERT_TRUE(ReadCancellation({{"cancelled_on", "2012-03-18"}}, b, e, kToday, out).empty());
  EXPECT_EQ(out.status, BookingStatus::kCancelled);
  EXPECT_EQ(*ReadCancellation({{"cancelled_on", "2012-03-21"}}, b, e, kToday, out).For("cancelled_on"),
            "A place cannot be given up after the event");
  EXPECT_NE(ReadCancellation({{"cancelled_on", "2012-03-18"}}, out, e, kToday, out).For("cancelled_on"), nullptr);
}

TEST(ChargeRulesReader, PoundsAndPenceAndTheFreeAgencies) {
  ChargeRules r;
  ASSERT_TRUE(ReadChargeRules({{"fee", "45"}, {"late_cancellation", "\xC2\xA3" "25.5"}, {"no_show", "45.00"},
                               {"late_days", "5"}, {"agency_7", "yes"}},
                              {7, 8}, r)
                  .empty());
  EXPECT_EQ(r.fee_pence, 4500);
  EXPECT_EQ(r.late_cancellation_pence, 2550);
  EXPECT_EQ(r.free_agencies, (std::set<std::int64_t>{7}));
  auto errors = ReadChargeRules({{"fee", "45.123"}, {"late_cancellation", "-1"}, {"no_show", "x"}, {"late_days", "61"},
                                 {"agency_9", "yes"}},
                                {7, 8}, r);
  for (const char* field : {"fee", "late_cancellation", "no_show", "late_days", "agencies"})
    EXPECT_NE(errors.For(field), nullptr) << field;
}

}  // namespace
}  // namespace safeboard::training

#include "training/elearning.h"

namespace safeboard::training {
namespace {

core::NameIndex Agencies() {
  core::NameIndex index;
  index.Add("Thames Valley Police", 5);
  index.Add("TVP", 5);
  return index;
}

TEST(ELearningImport, EveryRowCheckedAndOneBadRowRefusesTheFile) {
  core::ImportTable table{{"Module", "Name", "Email", "Agency", "Completed"},
                          {"Basic Safeguarding", "Amy Adams", "amy@tvp.example.org", "tvp", "14/10/2011"},
                          {"Basic Safeguarding", "Ben Begum", "ben@nursery.example.org", "Rainbow Nursery", "2011-10-15"},
                          {"Basic Safeguarding", "Cara Clarke", "cara", "", "2012-04-02"}};
  auto result = ReadELearningImport(table, Agencies(), {}, kToday);
  ASSERT_EQ(result.errors.size(), 2u);  // row 4: the email, and the day after today
  EXPECT_EQ(result.errors[0].row, 4);
  EXPECT_TRUE(result.rows.empty());  // refused whole
  table.pop_back();
  result = ReadELearningImport(table, Agencies(), {}, kToday);
  ASSERT_TRUE(result.errors.empty());
  ASSERT_EQ(result.rows.size(), 2u);
  EXPECT_EQ(result.rows[0].agency_id, 5);  // matched by another name, any case
  EXPECT_EQ(result.rows[0].completed_on, D("2011-10-14"));
  EXPECT_EQ(result.rows[1].organisation, "Rainbow Nursery");
  // A completion already recorded, or twice in the file, is refused.
  auto again = ReadELearningImport(table, Agencies(), {CompletionKey(result.rows[0])}, kToday);
  EXPECT_EQ(again.errors.at(0).message, "This completion is already recorded");
  table.push_back({"BASIC SAFEGUARDING", "Ben Begum", "BEN@nursery.example.org", "", "15/10/2011"});
  EXPECT_EQ(ReadELearningImport(table, Agencies(), {}, kToday).errors.at(0).message, "This completion is in the file twice");
  EXPECT_FALSE(ReadELearningImport({{"Module", "Name", "Email", "Score", "Completed"}}, Agencies(), {}, kToday).errors.empty());
}

TEST(ELearningFigures, PeopleAreDistinctEmails) {
  std::vector<Completion> c{{0, "Basic", "Amy", "amy@x.org", 5, "", D("2011-10-01"), "Police"},
                            {0, "CAF", "Amy", "AMY@x.org", 5, "", D("2011-10-02"), "Police"},
                            {0, "Basic", "Ben", "ben@y.org", std::nullopt, "Nursery", D("2011-10-03"), ""}};
  auto f = ELearningFiguresOf(c);
  EXPECT_EQ(f.completions, 3);
  EXPECT_EQ(f.people, 2);
  EXPECT_EQ(f.completions_by_module["Basic"], 2);
  EXPECT_EQ(f.people_by_agency["Police"], 1);
  EXPECT_EQ(f.people_by_agency["Nursery"], 1);
}

}  // namespace
}  // namespace safeboard::training

#include "training/needs.h"

namespace safeboard::training {
namespace {

TEST(NeedsReturnReader, OnePerRespondentAYearWithBothAnswers) {
  NeedsReturn r;
  core::FieldValues in{{"year", "2011"}, {"organisation", "Rainbow Nursery"}, {"single_agency_in_place", "yes"},
                       {"accessing_inter_agency", "no"}, {"returned_on", "2012-01-31"}};
  ASSERT_TRUE(ReadNeedsReturn(in, {5}, {}, kToday, r).empty());
  EXPECT_EQ(r.year_start, 2011);
  // RULE: issue 17 - one return per respondent a year, whatever the case of its name.
  in["organisation"] = "RAINBOW nursery";
  EXPECT_EQ(*ReadNeedsReturn(in, {5}, {RespondentKey(r)}, kToday, r).For("organisation"),
            "This respondent has already made its return for the year");
  auto errors = ReadNeedsReturn({{"year", "twenty"}, {"single_agency_in_place", "maybe"}}, {5}, {}, kToday, r);
  for (const char* field : {"year", "organisation", "single_agency_in_place", "accessing_inter_agency", "returned_on"})
    EXPECT_NE(errors.For(field), nullptr) << field;
}

TEST(NeedsFigures, PercentagesOfRespondentsRoundedHalfUp) {
  std::vector<NeedsReturn> returns(200);
  for (std::size_t k = 0; k < returns.size(); ++k) {
    returns[k].single_agency_in_place = k >= 5;  // 195 of 200: 97.5%
    returns[k].accessing_inter_agency = k >= 7;  // 193 of 200: 96.5%
  }
  auto f = NeedsFiguresOf(returns);
  EXPECT_EQ(f.respondents, 200);
  EXPECT_EQ(f.SingleAgencyPercent(), 98);
  EXPECT_EQ(f.InterAgencyPercent(), 97);
  EXPECT_FALSE(NeedsFiguresOf({}).SingleAgencyPercent());
}

}  // namespace
}  // namespace safeboard::training

#include "training/public_booking.h"

namespace safeboard::training {
namespace {

TEST(TrainerReader, JoinedThenLeftOnceAndNotBeforeJoining) {
  Trainer t;
  EXPECT_NE(ReadTrainer({{"name", "Helen Marsh"}, {"joined_on", "2012-04-01"}}, {5}, kToday, t).For("joined_on"), nullptr);
  ASSERT_TRUE(ReadTrainer({{"name", "Helen Marsh"}, {"agency_id", "5"}, {"joined_on", "2010-04-01"}}, {5}, kToday, t).empty());
  Date left;
  EXPECT_EQ(*ReadTrainerLeft({{"left_on", "2010-03-01"}}, t, kToday, left).For("left_on"), "They cannot leave before they joined");
  ASSERT_TRUE(ReadTrainerLeft({{"left_on", "2011-07-31"}}, t, kToday, left).empty());
  t.left_on = left;
  EXPECT_NE(ReadTrainerLeft({{"left_on", "2011-08-31"}}, t, kToday, left).For("left_on"), nullptr);
}

TEST(Reminders, OnceForAConfirmedPlaceInTheWeekBeforeTheEvent) {
  auto e = EventOn("2012-04-25", 20);
  auto confirmed = Place(1, BookingStatus::kConfirmed);
  // RULE: issue 17 - from 7 days before to the day before, once.
  EXPECT_FALSE(ReminderDue(confirmed, e, D("2012-04-17")));
  EXPECT_TRUE(ReminderDue(confirmed, e, D("2012-04-18")));
  EXPECT_TRUE(ReminderDue(confirmed, e, D("2012-04-24")));
  EXPECT_FALSE(ReminderDue(confirmed, e, D("2012-04-25")));
  EXPECT_FALSE(ReminderDue(Place(2, BookingStatus::kWaiting), e, D("2012-04-20")));
  EXPECT_FALSE(ReminderDue(Place(3, BookingStatus::kRequested), e, D("2012-04-20")));
  EXPECT_FALSE(ReminderDue(Place(4, BookingStatus::kCancelled), e, D("2012-04-20")));
  auto reminded = confirmed;
  reminded.reminded_on = D("2012-04-18");
  EXPECT_FALSE(ReminderDue(reminded, e, D("2012-04-20")));
  auto cancelled_event = e;
  cancelled_event.cancelled_on = D("2012-04-10");
  EXPECT_FALSE(ReminderDue(confirmed, cancelled_event, D("2012-04-20")));
}

TEST(ConferenceSessionReader, OnlyAConferenceHasSessionsWithinItsHours) {
  auto conference = EventOn("2011-11-16", 300);
  conference.delivery = Delivery::kConference;
  conference.starts_at = "09:00";
  conference.ends_at = "16:00";
  core::FieldValues in{{"kind", "workshop"}, {"title", "Domestic abuse"}, {"speaker", "Claire Dunn"},
                       {"starts_at", "13:30"}, {"ends_at", "15:00"}};
  ConferenceSession s;
  ASSERT_TRUE(ReadConferenceSession(in, conference, s).empty());
  EXPECT_EQ(s.kind, SessionKind::kWorkshop);
  EXPECT_EQ(s.event_id, conference.id);
  // RULE: issue 17 - only a conference has a programme.
  EXPECT_EQ(*ReadConferenceSession(in, EventOn("2011-11-16", 20), s).For("title"),
            "Only a conference has a programme of sessions");
  auto early = in;
  early["starts_at"] = "08:30";
  EXPECT_EQ(*ReadConferenceSession(early, conference, s).For("starts_at"),
            "The session must start while the conference runs, between 09:00 and 16:00");
  auto late = in;
  late["ends_at"] = "16:30";
  EXPECT_EQ(*ReadConferenceSession(late, conference, s).For("ends_at"), "The session must end by the conference's end, 16:00");
  auto backwards = in;
  backwards["ends_at"] = "13:00";
  EXPECT_EQ(*ReadConferenceSession(backwards, conference, s).For("ends_at"), "The session must end after it starts");
  auto errors = ReadConferenceSession({}, conference, s);
  for (const char* field : {"kind", "title", "speaker", "starts_at", "ends_at"}) EXPECT_TRUE(errors.For(field)) << field;
}

TEST(BudgetRequestReaders, ItemsUntilSubmittedThenOneDecisionUpToTheAmountAsked) {
  BudgetRequest r{.year_start = 2012};
  BudgetItem item;
  EXPECT_EQ(*ReadBudgetItem({{"description", "Trainers"}, {"amount", "-5"}}, r, item).For("amount"),
            "Enter the amount in pounds, like 4,500 or 4500.00");
  EXPECT_TRUE(ReadBudgetItem({{"description", "Trainers"}, {"amount", "0"}}, r, item).For("amount"));
  ASSERT_TRUE(ReadBudgetItem({{"description", "Trainers"}, {"amount", "12,400"}}, r, item).empty());
  EXPECT_EQ(item.pence, 1240000);
  // RULE: issue 17 - a request is submitted once, with at least one item.
  BudgetRequest submitted;
  core::FieldValues on{{"submitted_on", "2012-02-14"}, {"group_id", "3"}};
  EXPECT_EQ(*ReadBudgetSubmission(on, r, {3}, kToday, submitted).For("submitted_on"),
            "Add at least one item before submitting the request");
  r.items = {item, {0, "Conference", 500000}};
  EXPECT_EQ(r.RequestedPence(), 1740000);  // the sum of the items
  EXPECT_TRUE(ReadBudgetSubmission({{"submitted_on", "2012-04-01"}}, r, {3}, kToday, submitted).For("submitted_on"));
  EXPECT_TRUE(ReadBudgetSubmission({{"submitted_on", "2012-02-14"}, {"group_id", "4"}}, r, {3}, kToday, submitted).For("group_id"));
  ASSERT_TRUE(ReadBudgetSubmission(on, r, {3}, kToday, submitted).empty());
  EXPECT_EQ(submitted.submitted_to_group_id, 3);
  EXPECT_EQ(*ReadBudgetItem({{"description", "More"}, {"amount", "5"}}, submitted, item).For("description"),
            "The request has been submitted: its items can no longer change");
  EXPECT_TRUE(ReadBudgetSubmission(on, submitted, {3}, kToday, r).For("submitted_on"));  // once
  // RULE: issue 17 - the decision once, after submitting, up to the amount asked.
  BudgetRequest decided;
  EXPECT_EQ(*ReadBudgetDecision({{"decided_on", "2012-03-01"}, {"agreed", "17,400.01"}}, submitted, kToday, decided)
                 .For("agreed"),
            "Enter the amount agreed, from 0 to the \xC2\xA3" "17,400.00 asked");
  EXPECT_TRUE(ReadBudgetDecision({{"decided_on", "2012-02-13"}, {"agreed", "100"}}, submitted, kToday, decided).For("decided_on"));
  ASSERT_TRUE(ReadBudgetDecision({{"decided_on", "2012-03-01"}, {"agreed", "15,000"}}, submitted, kToday, decided).empty());
  EXPECT_EQ(decided.agreed_pence, 1500000);
  EXPECT_TRUE(ReadBudgetDecision({{"decided_on", "2012-03-02"}, {"agreed", "1"}}, decided, kToday, r).For("decided_on"));
  EXPECT_TRUE(ReadBudgetDecision({{"decided_on", "2012-03-02"}, {"agreed", "1"}}, BudgetRequest{}, kToday, r).For("decided_on"));
}

TEST(Retention, ThreeYearsAfterTheDay) {
  // RULE: issue 17 - kept 3 years, then anonymised.
  EXPECT_EQ(RetainFrom(D("2015-03-31")), D("2012-03-31"));
  EXPECT_EQ(RetainFrom(D("2015-02-28")), D("2012-02-28"));
  EXPECT_EQ(RetainFrom(D("2016-02-29")), D("2013-03-01"));
}

TEST(PublicRequests, FiveAnHourFromAnAddressThreeADayForAnEmail) {
  // RULE: issue 17 - limits per address and per email.
  EXPECT_FALSE(RequestLimitMessage(4, 2));
  EXPECT_NE(RequestLimitMessage(5, 0)->find("in the last hour"), std::string::npos);
  EXPECT_NE(RequestLimitMessage(0, 3)->find("3 places today"), std::string::npos);
}

TEST(PublicRequests, TheManagersEmailIsRequiredAndNotTheirOwn) {
  Booking b;
  core::FieldValues in{{"name", "Priya Patel"}, {"work_email", "priya@nursery.example.org"}, {"organisation", "Rainbow"}};
  EXPECT_EQ(*ReadPublicBooking(in, {}, {}, kToday, b).For("manager_email"),
            "Enter your manager's work email: they approve the place");
  in["manager_email"] = "PRIYA@nursery.example.org";
  EXPECT_EQ(*ReadPublicBooking(in, {}, {}, kToday, b).For("manager_email"), "Enter your manager's email, not your own");
  in["manager_email"] = "boss@nursery.example.org";
  ASSERT_TRUE(ReadPublicBooking(in, {}, {}, kToday, b).empty());
  EXPECT_EQ(b.requested_on, kToday);  // asked today, whatever was sent
  Event e = EventOn("2012-04-25", 20);
  e.course_title = "Working Together";
  e.starts_at = "09:30";
  e.ends_at = "16:30";
  e.venue = "Civic Offices";
  auto approval = ApprovalRequestMessage("Northshire Board", b, e, "https://board.example/approve/abc");
  EXPECT_EQ(approval.to_address, "boss@nursery.example.org");
  EXPECT_NE(approval.body.find("https://board.example/approve/abc"), std::string::npos);
  EXPECT_FALSE(mail::MailProblem(approval));
  b.status = BookingStatus::kWaiting;
  EXPECT_NE(RequestReceivedMessage("Northshire Board", b, e).body.find("waiting list"), std::string::npos);
  b.status = BookingStatus::kCancelled;
  EXPECT_NE(DecisionMessage("Northshire Board", b, e).body.find("declined"), std::string::npos);
  b.status = BookingStatus::kWaiting;
  EXPECT_NE(TeamBookingMessage("Northshire Board", b, e).body.find("waiting list"), std::string::npos);
  auto moved = MovedUpMessage("Northshire Board", b, e);
  EXPECT_EQ(moved.subject, "A place has come free: Working Together");
  EXPECT_EQ(moved.to_address, "priya@nursery.example.org");
  auto reminder = ReminderMessage("Northshire Board", b, e, ChargeRules{4500, 2500, 4500, 5, {}});
  EXPECT_EQ(reminder.subject, "Reminder: Working Together on 25 April 2012");
  EXPECT_NE(reminder.body.find("within 5 days of the event is charged \xC2\xA3" "25.00"), std::string::npos) << reminder.body;
  EXPECT_EQ(ReminderMessage("Northshire Board", b, e, ChargeRules{}).body.find("charged"), std::string::npos);
  EXPECT_FALSE(mail::MailProblem(reminder));
}

}  // namespace
}  // namespace safeboard::training

#include "training/evaluation.h"

namespace safeboard::training {
namespace {

TEST(EvaluationReader, ThreeStagesAtTheirTimesTheFollowUpWithTheManager) {
  auto e = EventOn("2012-01-10", 20);
  auto b = Place(1, BookingStatus::kConfirmed);
  b.attendance = Attendance::kAttended;
  Evaluation v;
  core::FieldValues before{{"stage", "before"}, {"confidence", "2"}, {"knowledge", "3"}, {"completed_on", "2012-01-11"}};
  EXPECT_EQ(*ReadEvaluation(before, b, e, {}, kToday, v).For("completed_on"),
            "The baseline is completed on or before the day of the course");
  before["completed_on"] = "2012-01-09";
  ASSERT_TRUE(ReadEvaluation(before, b, e, {}, kToday, v).empty());
  EXPECT_EQ(*ReadEvaluation(before, b, e, {Stage::kBefore}, kToday, v).For("stage"),
            "This stage of the evaluation is already recorded");
  core::FieldValues follow{{"stage", "follow_up"}, {"confidence", "4"}, {"knowledge", "6"}, {"completed_on", "2012-02-10"}};
  auto errors = ReadEvaluation(follow, b, e, {}, kToday, v);
  EXPECT_EQ(*errors.For("knowledge"), "Choose a score for knowledge from 1 to 5");
  EXPECT_EQ(*errors.For("completed_on"), "The follow-up is completed 6 to 8 weeks after the course");
  follow["knowledge"] = "4";
  follow["completed_on"] = "2012-02-28";  // 7 weeks
  errors = ReadEvaluation(follow, b, e, {}, kToday, v);
  EXPECT_EQ(*errors.For("with_manager"), "The follow-up is completed with the practitioner's manager");
  EXPECT_NE(errors.For("used_in_practice"), nullptr);
  follow["with_manager"] = "yes";
  follow["used_in_practice"] = "yes";
  ASSERT_TRUE(ReadEvaluation(follow, b, e, {}, kToday, v).empty());
  EXPECT_EQ(v.used_in_practice, true);
  auto absent = b;
  absent.attendance = Attendance::kDidNotAttend;
  EXPECT_NE(ReadEvaluation(follow, absent, e, {}, kToday, v).For("stage"), nullptr);
}

TEST(Impact, AverageScoresPerStageAndCourse) {
  std::vector<EvaluatedPlace> places{
      {"Neglect", {0, 1, Stage::kBefore, 2, 3, std::nullopt, false, "", D("2012-01-09")}},
      {"Neglect", {0, 2, Stage::kBefore, 3, 3, std::nullopt, false, "", D("2012-01-09")}},
      {"Neglect", {0, 1, Stage::kAfter, 4, 4, std::nullopt, false, "", D("2012-01-10")}},
      {"Neglect", {0, 1, Stage::kFollowUp, 4, 4, true, true, "", D("2012-02-28")}},
      {"CAF", {0, 3, Stage::kAfter, 5, 5, std::nullopt, false, "", D("2012-01-10")}}};
  auto impact = ImpactOf(places);
  ASSERT_EQ(impact.size(), 2u);
  EXPECT_EQ(impact[1].course, "Neglect");
  EXPECT_EQ(impact[1].stages[Stage::kBefore].responses, 2);
  EXPECT_EQ(impact[1].stages[Stage::kBefore].confidence_tenths, 25);
  EXPECT_EQ(impact[1].used_in_practice, 1);
  EXPECT_EQ(Tenths(25), "2.5");
}

}  // namespace
}  // namespace safeboard::training
