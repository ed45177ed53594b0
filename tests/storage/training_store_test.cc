// The training programme (issue 17) on both backends: the demo's registers add up to annual report
// 3.2 (2,860 attendances in 2011-12, 1,802 more than 2010-11; 270 conference delegates, 71% more);
// and a new board's event with bookings, a waiting place, a cancellation and the register, its
// charging rules kept, nothing of it reachable from another board.
#include <gtest/gtest.h>

#include "cli/commands.h"
#include "governance/store.h"
#include "storage_fixture.h"
#include "mail/store.h"
#include "training/reminders.h"
#include "training/store.h"
#include "training/training.h"

namespace safeboard::training {
namespace {

class TrainingStoreTest : public storage::StorageTest {};

Date D(const char* iso) { return *core::ParseDate(iso); }

TEST_F(TrainingStoreTest, TheDemosRegistersAddUpToTheAnnualReport) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  TrainingStore store(connection());
  auto year = FiguresOf(store.EventsWithBookings(partnership, D("2011-04-01"), D("2012-03-31")));
  auto before = FiguresOf(store.EventsWithBookings(partnership, D("2010-04-01"), D("2011-03-31")));
  EXPECT_EQ(year.attendances, 2860);  // "Over the year 2860 people attended the training events"
  EXPECT_EQ(year.attendances - before.attendances, 1802);  // "an increase of 1802 attendees"
  EXPECT_EQ(year.conference_delegates, 270);  // "attended by 270 delegates"
  EXPECT_EQ(before.conference_delegates, 158);  // "an increase of 71%": 270 / 158 = 1.71
  EXPECT_LT(year.distinct_people, year.attendances);
  EXPECT_EQ(year.attendances - year.attendances_without_conference, 270);
  // "In addition 609 people accessed the new MKSCB e-learning resource"
  auto elearning = ELearningFiguresOf(store.CompletionsBetween(partnership, D("2011-04-01"), D("2012-03-31")));
  EXPECT_EQ(elearning.people, 609);
  EXPECT_GT(elearning.completions, 609);
  EXPECT_EQ(store.CompletionKeys(partnership).size(), static_cast<std::size_t>(elearning.completions));
  // "98% of respondents having single-agency training in place and 97% accessing inter-agency training"
  auto needs = NeedsFiguresOf(store.NeedsReturns(partnership, 2011));
  EXPECT_EQ(needs.SingleAgencyPercent(), 98);
  EXPECT_EQ(needs.InterAgencyPercent(), 97);
  // Evaluations: the baseline and second stage for a sample, and follow-ups by the demo's day.
  auto impact = ImpactOf(store.EvaluationsBetween(partnership, D("2011-04-01"), D("2012-03-31")));
  ASSERT_FALSE(impact.empty());
  for (auto& c : impact) EXPECT_LT(*c.stages[Stage::kBefore].confidence_tenths, *c.stages[Stage::kAfter].confidence_tenths);
  // "Training: development of materials and buy-in of trainers, includes CAF, e-learning, Annual
  // Conference 34,887" (annual report 1.5): the request's items add up to the budget agreed.
  auto budget = store.BudgetRequestOf(partnership, 2011);
  ASSERT_TRUE(budget);
  EXPECT_EQ(budget->RequestedPence(), 3488700);
  EXPECT_EQ(budget->agreed_pence, 3488700);
  EXPECT_EQ(budget->group_name, "Business Management Group");
  auto rules = store.Rules(partnership);
  EXPECT_EQ(rules.fee_pence, 4500);
  EXPECT_FALSE(rules.free_agencies.empty());
}

TEST_F(TrainingStoreTest, EachConfirmedPlaceIsRemindedOnceInTheWeekBeforeItsEvent) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  TrainingStore store(connection());
  auto upcoming = store.EventsWithBookings(partnership, D("2012-04-01"), D("2012-04-30"));
  ASSERT_EQ(upcoming.size(), 1u);  // the demo's event of 25 April
  int confirmed = 0;
  for (const auto& b : upcoming[0].bookings) confirmed += b.status == BookingStatus::kConfirmed;
  ASSERT_GT(confirmed, 0);
  auto outbox_count = [&] { return connection().QueryOne("SELECT COUNT(*) FROM outbox")->Int(0); };
  auto before = outbox_count();
  EXPECT_EQ(QueueTrainingReminders(connection(), D("2012-04-17"), "2012-04-17T00:00:01Z"), 0);  // 8 days before
  EXPECT_EQ(QueueTrainingReminders(connection(), D("2012-04-18"), "2012-04-18T00:00:01Z"), confirmed);
  EXPECT_EQ(outbox_count(), before + confirmed);
  EXPECT_EQ(QueueTrainingReminders(connection(), D("2012-04-18"), "2012-04-18T00:01:01Z"), 0);  // once
  EXPECT_EQ(QueueTrainingReminders(connection(), D("2012-04-19"), "2012-04-19T00:00:01Z"), 0);
  for (const auto& b : store.BookingsOf(partnership, upcoming[0].event.id))
    EXPECT_EQ(b.reminded_on.has_value(), b.status == BookingStatus::kConfirmed) << b.name;
  auto latest = mail::Outbox(connection()).Latest(1).at(0).message;
  EXPECT_EQ(latest.subject, "Reminder: " + upcoming[0].event.course_title + " on 25 April 2012");
}

TEST_F(TrainingStoreTest, AnEventsBookingsAndRegisterScopedToItsBoard) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "northshire", "Northshire Safeguarding Children Board", "Northshire"},
                                                  "2012-01-01T00:00:00Z");
  auto other = governance.CreatePartnership({0, "southshire", "Southshire Safeguarding Children Board", "Southshire"},
                                            "2012-01-01T00:00:00Z");
  governance::Agency police{0, partnership, "Northshire Police", governance::Sector::kPolice, true};
  police.id = governance.CreateAgency(police);
  TrainingStore store(connection());
  Course course{0, "Working Together", Level::kInterAgency, "", Delivery::kClassroom, Provider::kPoolTrainer, ""};
  course.id = store.AddCourse(partnership, course);
  Event event;
  event.course_id = course.id;
  event.on = D("2012-06-01");
  event.starts_at = "09:30";
  event.ends_at = "16:30";
  event.venue = "Town Hall";
  event.capacity = 1;
  event.id = store.AddEvent(event);
  Booking first{.event_id = event.id, .name = "Amy Adams", .work_email = "Amy@police.example.org", .agency_id = police.id,
                .requested_on = D("2012-05-01"), .status = BookingStatus::kConfirmed};
  Booking second{.event_id = event.id, .name = "Ben Begum", .work_email = "ben@nursery.example.org",
                 .organisation = "Northshire Nursery", .requested_on = D("2012-05-02"), .status = BookingStatus::kWaiting};
  store.AddBookings({first, second});
  // One place per person per event: the database refuses the same email again, in any case.
  Booking again = first;
  again.work_email = "amy@POLICE.example.org";
  try {
    store.AddBooking(again);
    ADD_FAILURE() << "a second booking of one person on one event was stored";
  } catch (const storage::DatabaseError& e) {
    EXPECT_TRUE(e.constraint());
  }
  auto bookings = store.BookingsOf(partnership, event.id);
  ASSERT_EQ(bookings.size(), 2u);
  EXPECT_EQ(bookings[0].agency_name, "Northshire Police");
  EXPECT_EQ(bookings[1].organisation, "Northshire Nursery");
  auto cancelled = bookings[0];
  cancelled.status = BookingStatus::kCancelled;
  cancelled.cancelled_on = D("2012-05-20");
  store.SaveBookingState(other, cancelled);  // another board changes nothing
  EXPECT_EQ(store.FindBooking(partnership, cancelled.id)->status, BookingStatus::kConfirmed);
  store.SaveBookingState(partnership, cancelled);
  auto moved = *store.FindBooking(partnership, bookings[1].id);
  moved.status = BookingStatus::kConfirmed;
  moved.attendance = Attendance::kAttended;
  store.SaveBookingState(partnership, moved);
  auto f = FiguresOf(store.EventsWithBookings(partnership, D("2012-04-01"), D("2013-03-31")));
  EXPECT_EQ(f.attendances, 1);
  EXPECT_EQ(f.cancellations, 1);
  // Retention: names and emails go, the counts stay (distinct people too, by the email's hash).
  EXPECT_EQ(store.AnonymiseBefore(D("2012-06-01")), 0);  // the event is on that day: kept
  EXPECT_EQ(store.AnonymiseBefore(D("2012-06-02")), 2);
  EXPECT_EQ(store.AnonymiseBefore(D("2012-06-02")), 0);  // once
  auto kept = FiguresOf(store.EventsWithBookings(partnership, D("2012-04-01"), D("2013-03-31")));
  EXPECT_EQ(kept.attendances, 1);
  EXPECT_EQ(kept.distinct_people, 1);
  EXPECT_EQ(kept.cancellations, 1);
  for (const auto& b : store.BookingsOf(partnership, event.id)) {
    EXPECT_EQ(b.name, "Anonymised");
    EXPECT_EQ(b.work_email, "");
  }
  ChargeRules rules{4500, 2500, 4500, 5, {police.id}};
  store.SaveRules(partnership, rules);
  rules.fee_pence = 5000;
  store.SaveRules(partnership, rules);
  EXPECT_EQ(store.Rules(partnership).fee_pence, 5000);
  EXPECT_EQ(store.Rules(partnership).free_agencies, (std::set<std::int64_t>{police.id}));
  EXPECT_EQ(store.Rules(other).fee_pence, 0);
  Trainer trainer{.name = "Helen Marsh", .agency_id = police.id, .joined_on = D("2010-04-01")};
  trainer.id = store.AddTrainer(partnership, trainer);
  store.SaveTrainerLeft(other, trainer.id, D("2011-07-31"));  // another board changes nothing
  EXPECT_FALSE(store.Trainers(partnership).at(0).left_on);
  store.SaveTrainerLeft(partnership, trainer.id, D("2011-07-31"));
  EXPECT_EQ(store.Trainers(partnership).at(0).left_on, D("2011-07-31"));
  EXPECT_EQ(store.Trainers(partnership).at(0).agency_name, "Northshire Police");
  EXPECT_TRUE(store.Trainers(other).empty());
  // A conference's programme: the event here is a classroom one, but the store keeps what it is
  // given (the reader refuses it); another board sees and removes nothing.
  ConferenceSession session{0, event.id, "10:00", "11:00", SessionKind::kWorkshop, "Neglect", "Amy Adams", ""};
  session.id = store.AddSession(session);
  EXPECT_TRUE(store.SessionsOf(other, event.id).empty());
  EXPECT_FALSE(store.FindSession(other, session.id));
  EXPECT_FALSE(store.RemoveSession(other, event.id, session.id));
  EXPECT_EQ(store.FindSession(partnership, session.id)->title, "Neglect");
  EXPECT_TRUE(store.RemoveSession(partnership, event.id, session.id));
  EXPECT_TRUE(store.SessionsOf(partnership, event.id).empty());
  // A budget request: started by its first item; another board's changes nothing.
  store.AddBudgetItem(partnership, 2012, {0, "Trainers", 120000});
  store.AddBudgetItem(partnership, 2012, {0, "Venue", 30000});
  auto request = *store.BudgetRequestOf(partnership, 2012);
  EXPECT_EQ(request.RequestedPence(), 150000);
  EXPECT_FALSE(store.BudgetRequestOf(other, 2012));
  request.submitted_on = D("2012-02-01");
  store.SaveBudgetRequestState(other, request);
  EXPECT_FALSE(store.BudgetRequestOf(partnership, 2012)->submitted_on);
  store.SaveBudgetRequestState(partnership, request);
  EXPECT_EQ(store.BudgetRequestOf(partnership, 2012)->submitted_on, D("2012-02-01"));
  EXPECT_FALSE(store.FindEvent(other, event.id));
  EXPECT_FALSE(store.FindBooking(other, moved.id));
  EXPECT_TRUE(store.Courses(other).empty());
  EXPECT_TRUE(store.EventsWithBookings(other, D("2012-04-01"), D("2013-03-31")).empty());
}

}  // namespace
}  // namespace safeboard::training
