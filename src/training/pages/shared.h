// What the training pages share (issue 17): paths, the year asked for, the event of a URL, and
// the options to choose from. Internal to src/training/pages.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "http/context.h"
#include "mail/message.h"
#include "training/training.h"
#include "ui/components.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::training_pages {

inline constexpr const char* kNav = "Training";

// ?year= (a financial year's start) or the year of today.
int YearAsked(const http::Context& ctx);
std::string ProgrammePath(const http::Context& ctx, int year);
std::string EventPath(const http::Context& ctx, std::int64_t id);
std::string ReportPath(const http::Context& ctx, int year);
// Throws http::NotFound for another board's event or booking.
training::Event EventOf(http::Context& ctx, std::int64_t id);
training::Booking BookingOf(http::Context& ctx, std::int64_t id);
std::vector<std::int64_t> AgencyIds(http::Context& ctx);
// Queues an email about a booking in the current transaction (nothing when the server sends no
// email, or the message could not be sent as it is).
void QueueTrainingEmail(http::Context& ctx, const mail::MailMessage& message);
// RULE: issue 17 - after a place is given up, the first on the waiting list takes it and is
// told; in the caller's transaction. Whether anyone moved up.
bool MoveUpWaitingList(http::Context& ctx, const training::Event& event);
Options AgencyOptions(http::Context& ctx);  // current agencies
// A conference's programme (conference.cc), nothing for another kind of event; with the team's
// form to add a session and buttons to take one out when `can_edit`.
void RenderConferenceProgramme(http::Context& ctx, Html& h, const training::Event& event, const FormState& form,
                               bool can_edit);

}  // namespace safeboard::ui::pages::training_pages
