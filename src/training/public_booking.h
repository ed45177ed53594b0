// Asking for a place on the public site (issue 17): the first write open to people without an
// account. The limits on requests, the reader (the team's reader, with the manager's email
// required), and the emails the request sends. No I/O, no clock.
#pragma once
#include <optional>
#include <string>

#include "core/field_errors.h"
#include "mail/message.h"
#include "training/training.h"

namespace safeboard::training {

// RULE: issue 17 - at most 5 requests an hour from one address and 3 a day for one work email;
// a refusal says so and saves nothing.
inline constexpr int kRequestsPerAddressPerHour = 5;
inline constexpr int kRequestsPerEmailPerDay = 3;
std::optional<std::string> RequestLimitMessage(int from_address_last_hour, int for_email_last_day);

// A public request: as ReadBooking, and the manager's work email is required (the manager
// approves the place), different from the practitioner's.
core::FieldErrors ReadPublicBooking(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                    const std::vector<std::string>& booked, const core::Date& today, Booking& out);

// The email to the manager with the one-time link to approve or decline.
mail::MailMessage ApprovalRequestMessage(const std::string& board, const Booking& booking, const Event& event,
                                         const std::string& link);
// The email to the practitioner: their request received (awaiting the manager or on the waiting
// list), or the place confirmed, or declined.
mail::MailMessage RequestReceivedMessage(const std::string& board, const Booking& booking, const Event& event);
mail::MailMessage DecisionMessage(const std::string& board, const Booking& booking, const Event& event);
// The email to a practitioner the training team booked (confirmed, or on the waiting list), and
// to one whose place came free from the waiting list.
mail::MailMessage TeamBookingMessage(const std::string& board, const Booking& booking, const Event& event);
mail::MailMessage MovedUpMessage(const std::string& board, const Booking& booking, const Event& event);
// The reminder in the week before the event (ReminderDue), with the late-cancellation charge
// when the rules have one.
mail::MailMessage ReminderMessage(const std::string& board, const Booking& booking, const Event& event,
                                  const ChargeRules& rules);

}  // namespace safeboard::training
