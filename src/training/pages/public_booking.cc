// Training on the public site (issue 17): the events to come with their places, asking for a
// place without an account, and the manager's one-time link to approve or decline it. The first
// write open to anyone: the form carries the pre-session CSRF token like sign-in, requests are
// limited per address and per email, a refused form saves nothing (the log of requests included),
// and the emails go out through the outbox in the same transaction as the booking.
#include <algorithm>
#include <cctype>

#include "auth/accounts.h"
#include "core/date.h"
#include "core/text.h"
#include "governance/store.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/public_booking.h"
#include "training/store.h"
#include "ui/pages/public_site.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace {

std::string PublicTrainingPath(const Context& ctx, const std::string& rest = "") {
  return "/public/" + ctx.partnership->slug + "/training" + rest;
}

std::string PublicEventPath(const Context& ctx, std::int64_t id) { return PublicTrainingPath(ctx, "/events/" + std::to_string(id)); }

// The events still to come, not cancelled.
std::vector<training::EventWithBookings> EventsToCome(Context& ctx) {
  auto today = core::DateOf(ctx.clock.Now());
  auto until = core::Date(std::chrono::sys_days(today) + std::chrono::days(366));
  std::vector<training::EventWithBookings> out;
  for (auto& e : training::TrainingStore(ctx.db).EventsWithBookings(ctx.partnership_id(), today, until))
    if (!e.event.cancelled_on) out.push_back(std::move(e));
  return out;
}

training::Event EventToCome(Context& ctx) {
  auto e = EventOf(ctx, ctx.Id("id"));
  if (e.cancelled_on || e.on < core::DateOf(ctx.clock.Now())) throw http::NotFound{};
  return e;
}

Response RenderPublicEvent(Context& ctx, const training::Event& e, const FormState& form, int status) {
  auto bookings = training::TrainingStore(ctx.db).BookingsOf(ctx.partnership_id(), e.id);
  Html h;
  SummaryList(h, {{"Course", e.course_title},
                  {"Day", core::FormatDateLong(e.on) + ", " + e.starts_at + " to " + e.ends_at},
                  {"Venue", e.venue},
                  {"Places left", std::to_string(training::PlacesLeft(e, bookings))}});
  RenderConferenceProgramme(ctx, h, e, {}, false);
  if (ctx.query.Get("done") == "requested") {
    h.Open("div", {{"class", "govuk-panel govuk-panel--confirmation"}});
    h.Element("h2", {{"class", "govuk-panel__title"}}, "Request sent");
    h.Element("div", {{"class", "govuk-panel__body"}}, "We have emailed you and your manager");
    h.Close("div");
  }
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "ask"}}, "Ask for a place");
  h.Element("p", {{"class", "govuk-body"}},
            "Your manager approves the place by a link we email them. If the event is full you join its waiting list. "
            "We keep your name and work email to run the course and count who trained; see the board's privacy notice.");
  OpenForm(h, ctx, PublicEventPath(ctx, e.id), form);
  TextInput(h, form, "name", "Your name", {.autocomplete = "name", .width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "work_email", "Your work email", {.autocomplete = "email", .width_class = "govuk-!-width-one-half"});
  Select(h, form, "agency_id", "Your agency", AgencyOptions(ctx), "Another employer");
  TextInput(h, form, "organisation", "Or your employer", {.autocomplete = "organization", .width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "manager_email", "Your manager's work email", {.autocomplete = "off", .width_class = "govuk-!-width-one-half"});
  Button(h, "Ask for a place");
  h.Close("form");
  auto chrome = PublicChrome(ctx, e.course_title + ", " + core::FormatDateLong(e.on), "Training");
  chrome.breadcrumbs = {{"Training", PublicTrainingPath(ctx)}};
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowPublicTraining(Context& ctx) {
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Inter-agency safeguarding training for people who work with children and families. Choose an event to ask "
            "for a place.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& [e, bookings] : EventsToCome(ctx))
    rows.push_back({TextCell(core::FormatDateLong(e.on)), LinkCell(PublicEventPath(ctx, e.id), e.course_title),
                    TextCell(e.venue), TextCell(std::to_string(training::PlacesLeft(e, bookings)))});
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No events are planned yet.");
  else
    Table(h, "Events to come", {"Day", "Course", "Venue", "Places left"}, rows);
  return Page(ctx, PublicChrome(ctx, "Training", "Training"), std::move(h));
}

Response ShowPublicTrainingEvent(Context& ctx) { return RenderPublicEvent(ctx, EventToCome(ctx), {}, 200); }

Response RequestPublicTrainingPlace(Context& ctx) {
  auto e = EventToCome(ctx);
  training::TrainingStore store(ctx.db);
  auto bookings = store.BookingsOf(ctx.partnership_id(), e.id);
  std::vector<std::string> booked;
  for (const auto& b : bookings)
    if (b.status != training::BookingStatus::kCancelled) booked.push_back(b.work_email);
  FormState form{Submitted(ctx), {}};
  training::Booking booking;
  booking.event_id = e.id;
  auto now = ctx.clock.Now();
  form.errors = training::ReadPublicBooking(form.values, AgencyIds(ctx), booked, core::DateOf(now), booking);
  // RULE: issue 17 - requests are limited per address and per email; the address is kept only as
  // a hash, for a day.
  auto address_key = auth::HashToken("address:" + ctx.request.remote_address);
  auto email_key = core::AsciiLower(booking.work_email);
  if (form.errors.empty()) {
    auto limit = training::RequestLimitMessage(
        store.RequestsFromAddressSince(ctx.partnership_id(), address_key, core::FormatTimestamp(now - std::chrono::hours(1))),
        store.RequestsForEmailSince(ctx.partnership_id(), email_key, core::FormatTimestamp(now - std::chrono::hours(24))));
    if (limit) form.errors.Add("work_email", *limit);
  }
  if (!form.errors.empty()) return RenderPublicEvent(ctx, e, form, 422);
  booking.status = training::StatusOnRequest(e, bookings, false);
  auto token = auth::RandomToken();
  storage::Transaction tx(ctx.db);
  store.ForgetRequestsBefore(core::FormatTimestamp(now - std::chrono::hours(24)));
  store.LogPublicRequest(ctx.partnership_id(), address_key, email_key, core::FormatTimestamp(now));
  booking.id = store.AddBooking(booking);
  if (booking.status == training::BookingStatus::kRequested) {
    store.SetApprovalToken(ctx.partnership_id(), booking.id, auth::HashToken(token));
    QueueTrainingEmail(ctx, training::ApprovalRequestMessage(ctx.partnership->name, booking, e,
                                                ctx.base_url + PublicTrainingPath(ctx, "/approve/" + token)));
  }
  QueueTrainingEmail(ctx, training::RequestReceivedMessage(ctx.partnership->name, booking, e));
  ctx.Audit(auth::AuditAction::kCreate, "training-booking", booking.id, "asked for on the public site");
  tx.Commit();
  return http::Redirect(PublicEventPath(ctx, e.id) + "?done=requested#ask");
}

namespace {

std::string TokenOf(const Context& ctx) {
  auto it = ctx.params.find("token");
  return it == ctx.params.end() ? std::string() : it->second;
}

std::optional<training::Booking> BookingOfToken(Context& ctx) {
  auto token = TokenOf(ctx);
  if (token.size() != 64) return std::nullopt;
  return training::TrainingStore(ctx.db).FindByApprovalToken(ctx.partnership_id(), auth::HashToken(token));
}

// A link used up (or never right) is gone: 410, saying what to do instead.
Response LinkUsed(Context& ctx) {
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "This link has been used or is not right. If you still need to approve a place, ask the training team.");
  return Page(ctx, PublicChrome(ctx, "Approve a training place", "Training"), std::move(h), 410);
}

}  // namespace

Response ShowTrainingApproval(Context& ctx) {
  auto b = BookingOfToken(ctx);
  if (!b) return LinkUsed(ctx);
  Html h;
  auto e = EventOf(ctx, b->event_id);
  SummaryList(h, {{"Practitioner", b->name},
                  {"Work email", b->work_email},
                  {"Agency", b->agency_id ? b->agency_name : b->organisation},
                  {"Course", e.course_title},
                  {"Day", core::FormatDateLong(e.on) + ", " + e.starts_at + " to " + e.ends_at},
                  {"Venue", e.venue}});
  FormState form;
  OpenForm(h, ctx, PublicTrainingPath(ctx, "/approve/" + TokenOf(ctx)), form);
  Radios(h, form, "decision", "Your decision", {{"approve", "Approve the place"}, {"decline", "Decline it"}});
  Button(h, "Send decision");
  h.Close("form");
  return Page(ctx, PublicChrome(ctx, "Approve a training place", "Training"), std::move(h));
}

Response DecideTrainingApproval(Context& ctx) {
  auto b = BookingOfToken(ctx);
  if (!b) return LinkUsed(ctx);
  auto e = EventOf(ctx, b->event_id);
  auto decision = ctx.form.Get("decision");
  if (decision != "approve" && decision != "decline") {
    Html h;
    core::FieldErrors errors;
    errors.Add("decision", "Select approve or decline");
    ErrorSummary(h, errors);
    h.Element("p", {{"class", "govuk-body"}}, "Go back to the link in the email and choose approve or decline.");
    auto chrome = PublicChrome(ctx, "Approve a training place", "Training");
    chrome.has_errors = true;
    return Page(ctx, std::move(chrome), std::move(h), 422);
  }
  training::TrainingStore store(ctx.db);
  storage::Transaction tx(ctx.db);
  bool approved = decision == "approve";
  if (approved) {
    // RULE: issue 17 - the place held while waiting for the manager is theirs to confirm.
    b->status = training::BookingStatus::kConfirmed;
  } else {
    b->status = training::BookingStatus::kCancelled;
    b->cancelled_on = core::DateOf(ctx.clock.Now());
  }
  store.SaveApproval(ctx.partnership_id(), *b, approved);
  QueueTrainingEmail(ctx, training::DecisionMessage(ctx.partnership->name, *b, e));
  // A declined request frees its place: the waiting list moves up.
  if (!approved) MoveUpWaitingList(ctx, e);
  ctx.Audit(auth::AuditAction::kUpdate, "training-booking", b->id, approved ? "approved by the manager" : "declined by the manager");
  tx.Commit();
  Html h;
  h.Open("div", {{"class", "govuk-panel govuk-panel--confirmation"}});
  h.Element("h2", {{"class", "govuk-panel__title"}}, approved ? "Place approved" : "Request declined");
  h.Element("div", {{"class", "govuk-panel__body"}}, "We have emailed " + b->name);
  h.Close("div");
  return Page(ctx, PublicChrome(ctx, "Approve a training place", "Training"), std::move(h));
}

}  // namespace safeboard::ui::pages
