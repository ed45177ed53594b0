#include "training/public_booking.h"

#include <cctype>

#include "core/date.h"
#include "core/money.h"
#include "core/form_fields.h"
#include "core/text.h"

namespace safeboard::training {
namespace {

std::string EventLine(const Event& e) {
  return e.course_title + ", " + core::FormatDateLong(e.on) + ", " + e.starts_at + " to " + e.ends_at + ", " + e.venue;
}

}  // namespace

std::optional<std::string> RequestLimitMessage(int from_address_last_hour, int for_email_last_day) {
  if (from_address_last_hour >= kRequestsPerAddressPerHour)
    return "Too many requests have come from your connection in the last hour. Try again in an hour, or ask the training "
           "team to book for you.";
  if (for_email_last_day >= kRequestsPerEmailPerDay)
    return "This work email has asked for 3 places today. Try again tomorrow, or ask the training team to book for you.";
  return std::nullopt;
}

core::FieldErrors ReadPublicBooking(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                    const std::vector<std::string>& booked, const core::Date& today, Booking& out) {
  auto values = in;
  values["requested_on"] = core::FormatDate(today);
  auto errors = ReadBooking(values, agencies, booked, today, out);
  if (out.manager_email.empty() && !errors.For("manager_email"))
    errors.Add("manager_email", "Enter your manager's work email: they approve the place");
  else if (!out.manager_email.empty() && core::AsciiLower(out.manager_email) == core::AsciiLower(out.work_email) && !errors.For("manager_email"))
    errors.Add("manager_email", "Enter your manager's email, not your own");
  return errors;
}

mail::MailMessage ApprovalRequestMessage(const std::string& board, const Booking& b, const Event& e,
                                         const std::string& link) {
  std::string body = "Hello,\n\n" + b.name + " has asked for a place on " + board + "'s training:\n\n" + EventLine(e) +
                     "\n\nAs their manager, please approve or decline the request here:\n\n" + link +
                     "\n\nThe link works once. If you do not know this person, you can ignore this email.\n";
  return {b.manager_email, "", "Approve a training place for " + b.name, body};
}

mail::MailMessage RequestReceivedMessage(const std::string& board, const Booking& b, const Event& e) {
  std::string state = b.status == BookingStatus::kWaiting
                          ? "The event is full, so you are on its waiting list: we will tell you if a place comes free."
                          : "We have asked your manager to approve it, and will tell you when they have.";
  std::string body = "Hello " + b.name + ",\n\nThank you for asking for a place on:\n\n" + EventLine(e) + "\n\n" + state +
                     "\n\nIf you did not ask for this place, please tell the training team.\n";
  return {b.work_email, b.name, "Your request for a place: " + e.course_title, body};
}

mail::MailMessage DecisionMessage(const std::string& board, const Booking& b, const Event& e) {
  std::string what;
  switch (b.status) {
    case BookingStatus::kConfirmed: what = "Your manager approved it: your place is confirmed."; break;
    case BookingStatus::kWaiting: what = "Your manager approved it, but the event is now full: you are on its waiting list."; break;
    default: what = "Your manager declined it, so you do not have a place."; break;
  }
  std::string body = "Hello " + b.name + ",\n\nAbout your request for a place on:\n\n" + EventLine(e) + "\n\n" + what +
                     "\n\n" + board + "\n";
  return {b.work_email, b.name, "Your training place: " + e.course_title, body};
}

mail::MailMessage TeamBookingMessage(const std::string& board, const Booking& b, const Event& e) {
  std::string state = b.status == BookingStatus::kWaiting
                          ? "The event is full, so you are on its waiting list: we will tell you if a place comes free."
                          : "Your place is confirmed.";
  std::string body = "Hello " + b.name + ",\n\nThe training team has booked you on:\n\n" + EventLine(e) + "\n\n" + state +
                     "\n\nIf you cannot come, please tell the training team as soon as you can.\n\n" + board + "\n";
  return {b.work_email, b.name, "Your training place: " + e.course_title, body};
}

mail::MailMessage MovedUpMessage(const std::string& board, const Booking& b, const Event& e) {
  std::string body = "Hello " + b.name + ",\n\nA place has come free on:\n\n" + EventLine(e) +
                     "\n\nYou were first on the waiting list, so the place is yours: it is confirmed. If you cannot "
                     "come, please tell the training team as soon as you can.\n\n" + board + "\n";
  return {b.work_email, b.name, "A place has come free: " + e.course_title, body};
}

mail::MailMessage ReminderMessage(const std::string& board, const Booking& b, const Event& e, const ChargeRules& rules) {
  std::string charge;
  if (rules.late_cancellation_pence > 0 && rules.late_days > 0)
    charge = " A place given up within " + std::to_string(rules.late_days) + " days of the event is charged " +
             core::FormatPounds(rules.late_cancellation_pence) + ", unless a colleague takes it.";
  std::string body = "Hello " + b.name + ",\n\nThis is a reminder of your place on:\n\n" + EventLine(e) +
                     "\n\nIf you cannot come, please tell the training team now, so that someone on the waiting list "
                     "can have the place, or a colleague can go instead." + charge + "\n\n" + board + "\n";
  return {b.work_email, b.name, "Reminder: " + e.course_title + " on " + core::FormatDateLong(e.on), body};
}

}  // namespace safeboard::training
