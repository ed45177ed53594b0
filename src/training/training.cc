#include "training/training.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "core/form_fields.h"
#include "core/money.h"
#include "core/text.h"
#include "governance/governance.h"

namespace safeboard::training {
namespace {

constexpr int kMaxCapacity = 2000;

}  // namespace

std::span<const core::Term<Level>> Levels() {
  static constexpr core::Term<Level> kTerms[] = {
      {Level::kAwareness, "awareness", "Level 1: safeguarding awareness"},
      {Level::kInterAgency, "inter_agency", "Level 2: inter-agency working"},
      {Level::kSpecialist, "specialist", "Level 3: specialist"},
  };
  return kTerms;
}

std::span<const core::Term<Delivery>> Deliveries() {
  static constexpr core::Term<Delivery> kTerms[] = {
      {Delivery::kClassroom, "classroom", "Classroom"},
      {Delivery::kELearning, "e_learning", "E-learning"},
      {Delivery::kBriefing, "briefing", "Briefing"},
      {Delivery::kForum, "forum", "Forum"},
      {Delivery::kConference, "conference", "Conference"},
  };
  return kTerms;
}

std::span<const core::Term<Provider>> Providers() {
  static constexpr core::Term<Provider> kTerms[] = {
      {Provider::kPoolTrainer, "pool", "The board's pool of trainers"},
      {Provider::kBoughtIn, "bought_in", "Bought in"},
  };
  return kTerms;
}

std::span<const core::Term<BookingStatus>> BookingStatuses() {
  static constexpr core::Term<BookingStatus> kTerms[] = {
      {BookingStatus::kRequested, "requested", "Awaiting approval"},
      {BookingStatus::kConfirmed, "confirmed", "Confirmed"},
      {BookingStatus::kWaiting, "waiting", "Waiting list"},
      {BookingStatus::kCancelled, "cancelled", "Cancelled"},
  };
  return kTerms;
}

std::span<const core::Term<Attendance>> Attendances() {
  static constexpr core::Term<Attendance> kTerms[] = {
      {Attendance::kAttended, "attended", "Attended"},
      {Attendance::kPartial, "partial", "Attended in part"},
      {Attendance::kDidNotAttend, "did_not_attend", "Did not attend"},
  };
  return kTerms;
}

core::Status StatusOf(BookingStatus status) {
  std::string label(core::LabelOf(BookingStatuses(), status));
  switch (status) {
    case BookingStatus::kRequested: return {label, core::Tone::kInfo};
    case BookingStatus::kConfirmed: return {label, core::Tone::kGood};
    case BookingStatus::kWaiting: return {label, core::Tone::kWarning};
    case BookingStatus::kCancelled: return {label, core::Tone::kNeutral};
  }
  return {label, core::Tone::kNeutral};
}

int ConfirmedPlaces(std::span<const Booking> bookings) {
  return static_cast<int>(
      std::count_if(bookings.begin(), bookings.end(), [](const Booking& b) { return b.status == BookingStatus::kConfirmed; }));
}

int PlacesLeft(const Event& event, std::span<const Booking> bookings) {
  // A request awaiting its manager holds its place, so approval never finds the event full.
  int held = static_cast<int>(std::count_if(bookings.begin(), bookings.end(), [](const Booking& b) {
    return b.status == BookingStatus::kConfirmed || b.status == BookingStatus::kRequested;
  }));
  return std::max(0, event.capacity - held);
}

BookingStatus StatusOnRequest(const Event& event, std::span<const Booking> bookings, bool confirmed) {
  if (PlacesLeft(event, bookings) == 0) return BookingStatus::kWaiting;
  return confirmed ? BookingStatus::kConfirmed : BookingStatus::kRequested;
}

std::optional<std::int64_t> NextFromWaitingList(const Event& event, std::span<const Booking> bookings) {
  if (PlacesLeft(event, bookings) == 0) return std::nullopt;
  const Booking* first = nullptr;
  for (const auto& b : bookings)
    if (b.status == BookingStatus::kWaiting &&
        (!first || b.requested_on < first->requested_on || (b.requested_on == first->requested_on && b.id < first->id)))
      first = &b;
  if (!first) return std::nullopt;
  return first->id;
}

std::span<const core::Term<ChargeReason>> ChargeReasons() {
  static constexpr core::Term<ChargeReason> kTerms[] = {
      {ChargeReason::kFee, "fee", "Fee"},
      {ChargeReason::kLateCancellation, "late_cancellation", "Late cancellation"},
      {ChargeReason::kNoShow, "no_show", "Did not attend"},
  };
  return kTerms;
}

std::optional<Charge> ChargeFor(const Booking& booking, const Event& event, const ChargeRules& rules) {
  bool free = booking.agency_id && rules.free_agencies.contains(*booking.agency_id);
  std::optional<Charge> charge;
  if (booking.status == BookingStatus::kCancelled) {
    if (!booking.cancelled_on) return std::nullopt;
    auto days_before = (std::chrono::sys_days(event.on) - std::chrono::sys_days(*booking.cancelled_on)).count();
    if (days_before < rules.late_days) charge = Charge{ChargeReason::kLateCancellation, rules.late_cancellation_pence};
  } else if (booking.status != BookingStatus::kConfirmed) {
    return std::nullopt;
  } else if (booking.attendance == Attendance::kDidNotAttend && booking.substitute_name.empty()) {
    charge = Charge{ChargeReason::kNoShow, rules.no_show_pence};
  } else if (!free) {
    charge = Charge{ChargeReason::kFee, rules.fee_pence};
  }
  if (charge && charge->pence == 0) return std::nullopt;
  return charge;
}

std::int64_t ChargeOf(const Booking& booking, const Event& event, const ChargeRules& rules) {
  auto charge = ChargeFor(booking, event, rules);
  return charge ? charge->pence : 0;
}

std::vector<PayerCharges> ChargesByPayer(std::span<const EventWithBookings> events, const ChargeRules& rules) {
  std::map<std::string, PayerCharges> by_payer;
  for (const auto& [event, bookings] : events) {
    if (event.cancelled_on) continue;
    for (const auto& b : bookings) {
      auto charge = ChargeFor(b, event, rules);
      if (!charge) continue;
      std::string payer = b.agency_id ? b.agency_name : b.organisation;
      auto& p = by_payer[payer];
      p.payer = payer;
      p.total_pence += charge->pence;
      ++p.places[charge->reason];
      p.charged.push_back({b, event, *charge});
    }
  }
  std::vector<PayerCharges> out;
  for (auto& [payer, p] : by_payer) {
    std::stable_sort(p.charged.begin(), p.charged.end(), [](const auto& a, const auto& b) { return a.event.on < b.event.on; });
    out.push_back(std::move(p));
  }
  return out;
}

Date RetainFrom(const Date& today) {
  Date from = today - std::chrono::years(kRetentionYears);
  // 29 February three years on is 1 March.
  return from.ok() ? from : Date(std::chrono::sys_days(Date(from.year() / from.month() / std::chrono::last)) + std::chrono::days(1));
}

bool IsTimeOfDay(const std::string& t) {
  if (t.size() != 5 || t[2] != ':') return false;
  auto h = core::ParseWholeNumber(t.substr(0, 2));
  auto m = core::ParseWholeNumber(t.substr(3, 2));
  return h && m && *h >= 0 && *h < 24 && *m >= 0 && *m < 60 && std::isdigit(static_cast<unsigned char>(t[0])) &&
         std::isdigit(static_cast<unsigned char>(t[3]));
}

bool ReminderDue(const Booking& booking, const Event& event, const Date& today) {
  return booking.status == BookingStatus::kConfirmed && !booking.reminded_on && !event.cancelled_on &&
         event.on > today && event.on <= core::AddDays(today, kReminderDaysAhead);
}

bool Came(const Booking& booking) {
  return booking.status == BookingStatus::kConfirmed &&
         (booking.attendance == Attendance::kAttended || booking.attendance == Attendance::kPartial);
}

YearFigures FiguresOf(std::span<const EventWithBookings> events) {
  YearFigures f;
  std::set<std::string> people, people_without_conference;
  for (const auto& [event, bookings] : events) {
    if (event.cancelled_on) continue;
    ++f.events;
    f.places_offered += event.capacity;
    auto month = static_cast<unsigned>(event.on.month());
    int quarter = month >= 4 ? static_cast<int>((month - 4) / 3 + 1) : 4;
    ++f.events_by_quarter[quarter];
    bool conference = event.delivery == Delivery::kConference;
    for (const auto& b : bookings) {
      if (b.status == BookingStatus::kCancelled) ++f.cancellations;
      if (b.status == BookingStatus::kConfirmed) ++f.places_filled;
      if (b.status == BookingStatus::kConfirmed && b.attendance == Attendance::kDidNotAttend) ++f.did_not_attend;
      if (!Came(b)) continue;
      // A colleague who substituted is another person, known by name at this event only.
      std::string person = b.substitute_name.empty() ? core::AsciiLower(b.work_email) : "substitute:" + std::to_string(b.id);
      ++f.attendances;
      people.insert(person);
      ++f.attendances_by_agency[b.agency_id ? b.agency_name : b.organisation];
      ++f.attendances_by_sector[b.agency_id && !b.agency_sector.empty() ? b.agency_sector : "Other employers"];
      ++f.attendances_by_quarter[quarter];
      if (conference) {
        ++f.conference_delegates;
      } else {
        ++f.attendances_without_conference;
        people_without_conference.insert(person);
      }
    }
  }
  f.distinct_people = static_cast<int>(people.size());
  f.distinct_people_without_conference = static_cast<int>(people_without_conference.size());
  return f;
}

core::FieldErrors ReadTrainer(const core::FieldValues& in, const std::vector<std::int64_t>& agencies, const Date& today,
                              Trainer& out) {
  core::FieldErrors errors;
  out.name = core::RequiredText(in, "name", "the trainer's name", errors);
  out.agency_id = core::ReadReference(in, "agency_id", "the agency", agencies, false, errors);
  auto on = governance::ReadDateField(in, "joined_on", "the day they joined the pool", true, errors);
  if (on) out.joined_on = *on;
  if (on && today < *on && !errors.For("joined_on")) errors.Add("joined_on", "The date cannot be in the future");
  return errors;
}

core::FieldErrors ReadTrainerLeft(const core::FieldValues& in, const Trainer& trainer, const Date& today, Date& out) {
  core::FieldErrors errors;
  if (trainer.left_on) {
    errors.Add("left_on", "The trainer has already left the pool");
    return errors;
  }
  auto on = governance::ReadDateField(in, "left_on", "the day they left the pool", true, errors);
  if (on && today < *on && !errors.For("left_on")) errors.Add("left_on", "The date cannot be in the future");
  if (on && *on < trainer.joined_on && !errors.For("left_on")) errors.Add("left_on", "They cannot leave before they joined");
  if (on && errors.empty()) out = *on;
  return errors;
}

core::FieldErrors ReadCourse(const core::FieldValues& in, Course& out) {
  core::FieldErrors errors;
  out.title = core::RequiredText(in, "title", "the course's title", errors);
  out.level = core::RequiredChoice(Levels(), in, "level", "the level", errors);
  out.themes = core::OptionalText(in, "themes", "the themes", 2000, errors);
  out.delivery = core::RequiredChoice(Deliveries(), in, "delivery", "how it is delivered", errors);
  out.provider = core::RequiredChoice(Providers(), in, "provider", "who provides it", errors);
  out.description = core::OptionalText(in, "description", "the description", 20000, errors);
  return errors;
}

core::FieldErrors ReadEvent(const core::FieldValues& in, const std::vector<std::int64_t>& courses, Event& out) {
  core::FieldErrors errors;
  auto course = core::ReadReference(in, "course_id", "the course", courses, true, errors);
  if (course) out.course_id = *course;
  auto on = governance::ReadDateField(in, "on", "the day of the event", true, errors);
  if (on) out.on = *on;
  out.starts_at = core::Trim(core::ValueOf(in, "starts_at"));
  out.ends_at = core::Trim(core::ValueOf(in, "ends_at"));
  if (!IsTimeOfDay(out.starts_at)) errors.Add("starts_at", "Enter the start time like 09:30");
  if (!IsTimeOfDay(out.ends_at))
    errors.Add("ends_at", "Enter the end time like 16:30");
  else if (IsTimeOfDay(out.starts_at) && out.ends_at <= out.starts_at)
    errors.Add("ends_at", "The event must end after it starts");
  out.venue = core::RequiredText(in, "venue", "the venue", errors);
  auto capacity = core::ParseWholeNumber(core::ValueOf(in, "capacity"));
  if (!capacity || *capacity < 1 || *capacity > kMaxCapacity)
    errors.Add("capacity", "Enter the places as a whole number from 1 to 2000");
  else
    out.capacity = *capacity;
  out.trainers = core::OptionalText(in, "trainers", "the trainers", 1000, errors);
  return errors;
}

core::FieldErrors ReadBooking(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                              const std::vector<std::string>& booked, const Date& today, Booking& out) {
  core::FieldErrors errors;
  out.name = core::RequiredText(in, "name", "the practitioner's name", errors);
  out.work_email = core::Trim(core::ValueOf(in, "work_email"));
  if (out.work_email.empty())
    errors.Add("work_email", "Enter the practitioner's work email");
  else if (!core::LooksLikeEmail(out.work_email) || out.work_email.size() > core::kMaxNameLength)
    errors.Add("work_email", core::kEmailFormatMessage);
  else
    for (const auto& email : booked)
      if (core::AsciiLower(email) == core::AsciiLower(out.work_email)) {
        errors.Add("work_email", "This practitioner already has a place or is waiting for one on this event");
        break;
      }
  out.agency_id = core::ReadReference(in, "agency_id", "the agency", agencies, false, errors);
  out.organisation = out.agency_id ? "" : core::OptionalText(in, "organisation", "the employer", core::kMaxNameLength, errors);
  if (!out.agency_id && out.organisation.empty() && !errors.For("agency_id"))
    errors.Add("organisation", "Choose the practitioner's agency or enter their employer");
  out.manager_email = core::Trim(core::ValueOf(in, "manager_email"));
  if (!out.manager_email.empty() && !core::LooksLikeEmail(out.manager_email))
    errors.Add("manager_email", core::kEmailFormatMessage);
  auto on = governance::ReadDateField(in, "requested_on", "the day the place was asked for", true, errors);
  if (on) out.requested_on = *on;
  if (on && today < *on && !errors.For("requested_on")) errors.Add("requested_on", "The date cannot be in the future");
  return errors;
}

core::FieldErrors ReadAttendance(const core::FieldValues& in, const Booking& booking, const Event& event,
                                 const Date& today, Attendance& out) {
  core::FieldErrors errors;
  if (booking.status != BookingStatus::kConfirmed) {
    errors.Add("attendance", "Only a confirmed place is marked on the register");
    return errors;
  }
  if (today < event.on) {
    errors.Add("attendance", "The register is marked on or after the day of the event");
    return errors;
  }
  out = core::RequiredChoice(Attendances(), in, "attendance", "attended, attended in part or did not attend", errors);
  return errors;
}

core::FieldErrors ReadCancellation(const core::FieldValues& in, const Booking& booking, const Event& event,
                                   const Date& today, Booking& out) {
  core::FieldErrors errors;
  if (booking.status == BookingStatus::kCancelled) {
    errors.Add("cancelled_on", "The place is already cancelled");
    return errors;
  }
  out.substitute_name = core::OptionalText(in, "substitute_name", "the colleague's name", core::kMaxNameLength, errors);
  auto on = governance::ReadDateField(in, "cancelled_on", "the day", true, errors);
  if (on && today < *on && !errors.For("cancelled_on")) errors.Add("cancelled_on", "The date cannot be in the future");
  if (on && event.on < *on && !errors.For("cancelled_on"))
    errors.Add("cancelled_on", "A place cannot be given up after the event");
  if (on && *on < booking.requested_on && !errors.For("cancelled_on"))
    errors.Add("cancelled_on", "A place cannot be given up before it was asked for");
  if (!errors.empty()) return errors;
  // RULE: issue 17 - a colleague substituting takes the place: it is not cancelled, and no
  // cancellation charge follows.
  if (!out.substitute_name.empty()) {
    if (booking.status != BookingStatus::kConfirmed)
      errors.Add("substitute_name", "Only a confirmed place can pass to a colleague");
    return errors;
  }
  out.status = BookingStatus::kCancelled;
  out.cancelled_on = on;
  return errors;
}

core::FieldErrors ReadChargeRules(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                  ChargeRules& out) {
  core::FieldErrors errors;
  auto amount = [&](const char* field, const char* what, std::int64_t& into) {
    // Blank is nothing to charge.
    auto typed = core::Trim(core::ValueOf(in, field));
    auto pence = typed.empty() ? std::optional<std::int64_t>(0) : core::ParsePence(typed);
    if (!pence || *pence > 100000000)
      errors.Add(field, std::string("Enter ") + what + " in pounds and pence, like 45.00");
    else
      into = *pence;
  };
  amount("fee", "the fee for agencies that do not contribute", out.fee_pence);
  amount("late_cancellation", "the charge for a late cancellation", out.late_cancellation_pence);
  amount("no_show", "the charge for not attending", out.no_show_pence);
  auto days = core::ParseWholeNumber(core::ValueOf(in, "late_days"));
  if (!days || *days < 0 || *days > 60)
    errors.Add("late_days", "Enter how many days before the event a cancellation is late, from 0 to 60");
  else
    out.late_days = *days;
  out.free_agencies.clear();
  for (const auto& [name, value] : in) {
    if (!name.starts_with("agency_") || !core::ReadFlag(in, name)) continue;
    auto id = core::ParseWholeNumber(std::string_view(name).substr(7));
    if (!id || std::find(agencies.begin(), agencies.end(), *id) == agencies.end())
      errors.Add("agencies", "Choose the agencies from the list");
    else
      out.free_agencies.insert(*id);
  }
  return errors;
}

}  // namespace safeboard::training
