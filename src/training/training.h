// The inter-agency training programme (issue 17): courses and their events, places booked for
// practitioners with a waiting list that moves up when someone cancels, attendance from the
// register, the board's charging rules as data and the charges that follow, and the year's
// figures counted from the records. The records, the rules and the form readers. No I/O, no clock.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/field_errors.h"
#include "core/status.h"
#include "core/vocabulary.h"

namespace safeboard::training {

using core::Date;

enum class Level { kAwareness, kInterAgency, kSpecialist };
enum class Delivery { kClassroom, kELearning, kBriefing, kForum, kConference };
enum class Provider { kPoolTrainer, kBoughtIn };
enum class BookingStatus { kRequested, kConfirmed, kWaiting, kCancelled };
enum class Attendance { kAttended, kPartial, kDidNotAttend };
std::span<const core::Term<Level>> Levels();
std::span<const core::Term<Delivery>> Deliveries();
std::span<const core::Term<Provider>> Providers();
std::span<const core::Term<BookingStatus>> BookingStatuses();
std::span<const core::Term<Attendance>> Attendances();
core::Status StatusOf(BookingStatus status);

struct Course {
  std::int64_t id = 0;
  std::string title;
  Level level = Level::kInterAgency;
  std::string themes;
  Delivery delivery = Delivery::kClassroom;
  Provider provider = Provider::kPoolTrainer;
  std::string description;
};

struct Event {
  std::int64_t id = 0;
  std::int64_t course_id = 0;
  Date on;
  std::string starts_at, ends_at;  // "09:30"
  std::string venue;
  int capacity = 0;
  std::string trainers;
  std::optional<Date> cancelled_on;
  // Read only: its course's title and delivery.
  std::string course_title;
  Delivery delivery = Delivery::kClassroom;
};

struct Booking {
  std::int64_t id = 0;
  std::int64_t event_id = 0;
  std::string name;
  std::string work_email;
  std::optional<std::int64_t> agency_id;  // one of the board's agencies, or
  std::string organisation;               // another employer by name
  std::string manager_email;
  Date requested_on;
  BookingStatus status = BookingStatus::kRequested;
  std::optional<Date> cancelled_on;
  std::string substitute_name;  // a colleague who took the place
  std::optional<Attendance> attendance;
  std::optional<Date> reminded_on;  // the day the reminder was emailed
  std::string agency_name;    // read only
  std::string agency_sector;  // read only: the agency's sector's label, "" for another employer
};

struct EventWithBookings {
  Event event;
  std::vector<Booking> bookings;
};

// The board's charging rules, in pence: free for the agencies that contribute, a fee for others,
// a charge for a late cancellation (within `late_days` days of the event) or for not attending,
// each waived when a colleague substitutes.
struct ChargeRules {
  std::int64_t fee_pence = 0;
  std::int64_t late_cancellation_pence = 0;
  std::int64_t no_show_pence = 0;
  int late_days = 0;
  std::set<std::int64_t> free_agencies;
};

// RULE: issue 17 - places are confirmed up to the event's capacity; the rest wait, in the order
// they asked.
int ConfirmedPlaces(std::span<const Booking> bookings);
int PlacesLeft(const Event& event, std::span<const Booking> bookings);
// The status a new request takes: waiting when the event is full, otherwise `confirmed` or
// requested (awaiting its manager).
BookingStatus StatusOnRequest(const Event& event, std::span<const Booking> bookings, bool confirmed);
// RULE: issue 17 - a cancellation moves the waiting list up: the first to have asked of those
// waiting takes the place (nullopt when no one waits or the event is still full).
std::optional<std::int64_t> NextFromWaitingList(const Event& event, std::span<const Booking> bookings);

// RULE: issue 17 - what a booking costs under the rules: the fee unless the agency contributes;
// a late cancellation's or a no-show's charge instead, unless a colleague substituted.
enum class ChargeReason { kFee, kLateCancellation, kNoShow };
std::span<const core::Term<ChargeReason>> ChargeReasons();
struct Charge {
  ChargeReason reason = ChargeReason::kFee;
  std::int64_t pence = 0;
};
std::optional<Charge> ChargeFor(const Booking& booking, const Event& event, const ChargeRules& rules);  // none: free
std::int64_t ChargeOf(const Booking& booking, const Event& event, const ChargeRules& rules);

// The charges to invoice, by whom they are owed: the board's agency, or the other employer by
// name. Every place with a charge, and the totals counted from them.
struct ChargedPlace {
  Booking booking;
  Event event;
  Charge charge;
};
struct PayerCharges {
  std::string payer;
  std::int64_t total_pence = 0;
  std::map<ChargeReason, int> places;  // how many of each
  std::vector<ChargedPlace> charged;   // by event day
};
// By payer's name; cancelled events charge no one.
std::vector<PayerCharges> ChargesByPayer(std::span<const EventWithBookings> events, const ChargeRules& rules);

// RULE: issue 17 - a confirmed place is reminded once by email in the week before its event
// (from kReminderDaysAhead days before to the day before), so someone who cannot come can give
// the place to the waiting list; a cancelled event reminds no one.
inline constexpr int kReminderDaysAhead = 7;
bool ReminderDue(const Booking& booking, const Event& event, const Date& today);

// Who came: attended in full or in part.
bool Came(const Booking& booking);

// RULE: issue 17 - a practitioner's name and emails are kept 3 years after the event (or the
// e-learning completion), then anonymised: the row stays, so every count stays right, and the
// email is kept only as a one-way hash so distinct people still count once.
inline constexpr int kRetentionYears = 3;
// The day before which bookings and completions are anonymised.
Date RetainFrom(const Date& today);

// A year's figures, counted from the bookings of its events (cancelled events left out). "People"
// is counted both ways: attendances (a person at two events counts twice) and distinct persons
// (by work email), each with and without the conference.
struct YearFigures {
  int events = 0;
  int places_offered = 0;
  int places_filled = 0;  // confirmed bookings
  int attendances = 0;
  int attendances_without_conference = 0;
  int distinct_people = 0;
  int distinct_people_without_conference = 0;
  int conference_delegates = 0;
  int did_not_attend = 0;
  int cancellations = 0;
  std::map<std::string, int> attendances_by_agency;  // the agency's name, or the organisation's
  std::map<std::string, int> attendances_by_sector;  // the agency's sector, or "Other employers"
  std::map<int, int> attendances_by_quarter;         // 1 (April to June) to 4; events' days
  std::map<int, int> events_by_quarter;
};
YearFigures FiguresOf(std::span<const EventWithBookings> events);

// A member of the board's pool of trainers: practitioners its agencies release to deliver its
// courses.
struct Trainer {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::int64_t> agency_id;
  Date joined_on;
  std::optional<Date> left_on;
  std::string agency_name;  // read only
};
// The pool's trainer: a name, the agency (one of `agencies`, optional), the day joined (not after
// today).
core::FieldErrors ReadTrainer(const core::FieldValues& in, const std::vector<std::int64_t>& agencies, const Date& today,
                              Trainer& out);
// The day a trainer left the pool: on or after joining, not after today, once.
core::FieldErrors ReadTrainerLeft(const core::FieldValues& in, const Trainer& trainer, const Date& today, Date& out);

// "09:30": two digits, a colon, two digits, a real time of day.
bool IsTimeOfDay(const std::string& text);

// A course from a form or JSON: title, level, themes, delivery, provider and description.
core::FieldErrors ReadCourse(const core::FieldValues& in, Course& out);
// An event of a course (one of `courses`): its day, start and end (HH:MM, ending after it
// starts), venue, capacity (a whole number from 1 to 2000) and trainers.
core::FieldErrors ReadEvent(const core::FieldValues& in, const std::vector<std::int64_t>& courses, Event& out);
// A place asked for: the practitioner's name and work email, their agency (one of `agencies`) or
// employer by name, their manager's email, and the day asked (not after today). RULE: issue 17 -
// one booking per person per event (`booked` holds the event's work emails, any case).
core::FieldErrors ReadBooking(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                              const std::vector<std::string>& booked, const Date& today, Booking& out);
// Attendance from the register: only for a confirmed place, on or after the event's day.
core::FieldErrors ReadAttendance(const core::FieldValues& in, const Booking& booking, const Event& event,
                                 const Date& today, Attendance& out);
// A cancellation, with the colleague substituting if any: not once cancelled, nor after the
// event's day.
core::FieldErrors ReadCancellation(const core::FieldValues& in, const Booking& booking, const Event& event,
                                   const Date& today, Booking& out);
// The rules: amounts in pounds and pence ("45" or "45.00"), the late-cancellation window in days,
// and the agencies that train free (agency_ID flags among `agencies`).
core::FieldErrors ReadChargeRules(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                  ChargeRules& out);

}  // namespace safeboard::training
