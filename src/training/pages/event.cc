// One training event (issue 17): what, when and where, the places left; for the training team
// (the board team) the bookings with their charges, booking a place (the waiting list when full),
// cancelling one or passing it to a colleague (the waiting list moves up), and the register. A
// booking is personal data: only the training team sees the names.
#include <algorithm>

#include "core/date.h"
#include "core/money.h"
#include "core/financial_year.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/public_booking.h"
#include "training/store.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace {

struct EventForms {
  FormState booking, change, session;
  std::int64_t change_for = 0;  // the booking the change form's errors belong to
};

std::string ChangePrefix(std::int64_t booking) { return "b" + std::to_string(booking) + "-"; }

void RenderBooking(Context& ctx, Html& h, const training::Event& e, const training::Booking& b,
                   const training::ChargeRules& rules, const EventForms& forms, const core::Date& today) {
  h.Open("div", {{"class", "app-booking"}});
  h.Element("h3", {{"class", "govuk-heading-s"}}, b.name);
  h.Open("p", {{"class", "govuk-body"}});
  StatusTag(h, training::StatusOf(b.status));
  h.Close("p");
  std::vector<std::pair<std::string, std::string>> rows = {
      {"Agency", b.agency_id ? b.agency_name : b.organisation},
      {"Work email", b.work_email},
      {"Asked", core::FormatDateLong(b.requested_on)},
      {"Register", b.attendance ? std::string(core::LabelOf(training::Attendances(), *b.attendance)) : "Not marked"},
      {"Charge", core::FormatPounds(training::ChargeOf(b, e, rules))}};
  if (!b.substitute_name.empty()) rows.push_back({"Place taken by", b.substitute_name});
  if (b.cancelled_on) rows.push_back({"Cancelled", core::FormatDateLong(*b.cancelled_on)});
  if (b.reminded_on) rows.push_back({"Reminder emailed", core::FormatDateLong(*b.reminded_on)});
  SummaryList(h, rows);
  auto prefix = ChangePrefix(b.id);
  FormState shown = Prefixed(forms.change_for == b.id ? forms.change : FormState{}, prefix);
  std::string base = ctx.PartnershipPath("/training/bookings/" + std::to_string(b.id));
  // The page's summary at the top lists a refused change; each form shows its own fields' errors.
  FormState without_summary{shown.values, {}};
  if (training::Came(b)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, base + "/certificate.pdf", "Certificate of attendance for " + b.name + " (PDF)");
    h.Text(" ");
    Link(h, base + "/evaluation", "Evaluation by " + b.name);
    h.Close("p");
  }
  if (b.status == training::BookingStatus::kRequested) {
    // The training team may confirm a place its manager has not answered for yet.
    OpenForm(h, ctx, base + "/confirm", without_summary);
    Button(h, "Confirm place for " + b.name, true);
    h.Close("form");
  }
  if (b.status == training::BookingStatus::kConfirmed && !(today < e.on)) {
    OpenForm(h, ctx, base + "/attendance", without_summary);
    Select(h, shown, prefix + "attendance", "Register", VocabularyOptions(training::Attendances()), "Choose");
    Button(h, "Mark register", true);
    h.Close("form");
  }
  if (b.status != training::BookingStatus::kCancelled && !(e.on < today)) {
    OpenForm(h, ctx, base + "/cancel", without_summary);
    DateInput(h, shown, prefix + "cancelled_on", "Day given up");
    TextInput(h, shown, prefix + "substitute_name", "A colleague taking the place (optional)",
              {.hint = "Leave blank to cancel the place", .width_class = "govuk-!-width-one-half"});
    Button(h, "Give up the place", true);
    h.Close("form");
  }
  h.Close("div");
}

Response RenderEvent(Context& ctx, const training::Event& e, const EventForms& forms, int status) {
  training::TrainingStore store(ctx.db);
  auto bookings = store.BookingsOf(ctx.partnership_id(), e.id);
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  ErrorSummary(h, Prefixed(forms.change, ChangePrefix(forms.change_for)).errors);
  SummaryList(h, {{"Course", e.course_title},
                  {"Day", core::FormatDateLong(e.on) + ", " + e.starts_at + " to " + e.ends_at},
                  {"Venue", e.venue},
                  {"Trainers", e.trainers.empty() ? "Not named" : e.trainers},
                  {"Places", std::to_string(e.capacity)},
                  {"Places left", std::to_string(training::PlacesLeft(e, bookings))},
                  {"Waiting", std::to_string(std::count_if(bookings.begin(), bookings.end(), [](const auto& b) {
                     return b.status == training::BookingStatus::kWaiting;
                   }))}});
  RenderConferenceProgramme(ctx, h, e, forms.session, CanManage(ctx));
  if (CanManage(ctx)) {
    auto rules = store.Rules(ctx.partnership_id());
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "bookings"}}, "Bookings and register");
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, EventPath(ctx, e.id) + "/sign-in-sheet", "Print the sign-in sheet");
    h.Close("p");
    if (bookings.empty()) h.Element("p", {{"class", "govuk-body"}}, "No places booked yet.");
    for (const auto& b : bookings) RenderBooking(ctx, h, e, b, rules, forms, today);
    if (!e.cancelled_on && !(e.on < today)) {
      h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "book"}}, "Book a place");
      OpenForm(h, ctx, EventPath(ctx, e.id) + "/bookings", forms.booking);
      TextInput(h, forms.booking, "name", "Practitioner's name", {.autocomplete = "off", .width_class = "govuk-!-width-one-half"});
      TextInput(h, forms.booking, "work_email", "Work email", {.autocomplete = "off", .width_class = "govuk-!-width-one-half"});
      Select(h, forms.booking, "agency_id", "Agency", AgencyOptions(ctx), "Another employer");
      TextInput(h, forms.booking, "organisation", "Or another employer", {.width_class = "govuk-!-width-one-half"});
      TextInput(h, forms.booking, "manager_email", "Manager's email (optional)", {.width_class = "govuk-!-width-one-half"});
      DateInput(h, forms.booking, "requested_on", "Asked on");
      Button(h, "Book place");
      h.Close("form");
    }
  }
  auto chrome = ChromeWithCrumbs(ctx, e.course_title + ", " + core::FormatDateLong(e.on), kNav,
                                 {{"Training programme", ProgrammePath(ctx, core::FinancialYearOf(e.on))}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.booking.errors.empty() || !forms.change.errors.empty() || !forms.session.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowTrainingEvent(Context& ctx) { return RenderEvent(ctx, EventOf(ctx, ctx.Id("id")), {}, 200); }

Response BookTrainingPlace(Context& ctx) {
  auto e = EventOf(ctx, ctx.Id("id"));
  training::TrainingStore store(ctx.db);
  auto bookings = store.BookingsOf(ctx.partnership_id(), e.id);
  std::vector<std::string> booked;
  for (const auto& b : bookings)
    if (b.status != training::BookingStatus::kCancelled) booked.push_back(b.work_email);
  EventForms forms;
  forms.booking = {Submitted(ctx), {}};
  training::Booking booking;
  booking.event_id = e.id;
  forms.booking.errors = training::ReadBooking(forms.booking.values, AgencyIds(ctx), booked, core::DateOf(ctx.clock.Now()), booking);
  if (e.cancelled_on) forms.booking.errors.Add("name", "The event is cancelled");
  if (!forms.booking.errors.empty()) return RenderEvent(ctx, e, forms, 422);
  // The training team confirms the places it books; a full event puts the practitioner on the
  // waiting list.
  booking.status = training::StatusOnRequest(e, bookings, true);
  storage::Transaction tx(ctx.db);
  booking.id = store.AddBooking(booking);
  ctx.Audit(auth::AuditAction::kCreate, "training-booking", booking.id);
  QueueTrainingEmail(ctx, training::TeamBookingMessage(ctx.partnership->name, booking, e));
  tx.Commit();
  bool waiting = booking.status == training::BookingStatus::kWaiting;
  return http::Redirect(EventPath(ctx, e.id) + (waiting ? "?done=booking-waiting#bookings" : "?done=booking-confirmed#bookings"));
}

Response AddConferenceSession(Context& ctx) {
  auto e = EventOf(ctx, ctx.Id("id"));
  EventForms forms;
  forms.session = {Submitted(ctx), {}};
  training::ConferenceSession session;
  forms.session.errors = training::ReadConferenceSession(forms.session.values, e, session);
  if (!forms.session.errors.empty()) return RenderEvent(ctx, e, forms, 422);
  storage::Transaction tx(ctx.db);
  auto id = training::TrainingStore(ctx.db).AddSession(session);
  ctx.Audit(auth::AuditAction::kCreate, "conference-session", id);
  tx.Commit();
  return http::Redirect(EventPath(ctx, e.id) + "?done=session-added#programme");
}

Response CancelTrainingPlace(Context& ctx) {
  auto b = BookingOf(ctx, ctx.Id("id"));
  auto e = EventOf(ctx, b.event_id);
  EventForms forms;
  forms.change_for = b.id;
  forms.change.values = Unprefixed(ctx, ChangePrefix(b.id));
  training::Booking changed = b;
  forms.change.errors = training::ReadCancellation(forms.change.values, b, e, core::DateOf(ctx.clock.Now()), changed);
  if (!forms.change.errors.empty()) return RenderEvent(ctx, e, forms, 422);
  training::TrainingStore store(ctx.db);
  storage::Transaction tx(ctx.db);
  store.SaveBookingState(ctx.partnership_id(), changed);
  std::string done = changed.status == training::BookingStatus::kCancelled ? "booking-cancelled" : "booking-substituted";
  ctx.Audit(auth::AuditAction::kUpdate, "training-booking", b.id, done);
  // RULE: issue 17 - the waiting list moves up, in the same transaction.
  if (changed.status == training::BookingStatus::kCancelled && MoveUpWaitingList(ctx, e)) done = "booking-moved-up";
  tx.Commit();
  return http::Redirect(EventPath(ctx, e.id) + "?done=" + done + "#bookings");
}

Response MarkTrainingAttendance(Context& ctx) {
  auto b = BookingOf(ctx, ctx.Id("id"));
  auto e = EventOf(ctx, b.event_id);
  EventForms forms;
  forms.change_for = b.id;
  forms.change.values = Unprefixed(ctx, ChangePrefix(b.id));
  training::Attendance attendance;
  forms.change.errors = training::ReadAttendance(forms.change.values, b, e, core::DateOf(ctx.clock.Now()), attendance);
  if (!forms.change.errors.empty()) return RenderEvent(ctx, e, forms, 422);
  b.attendance = attendance;
  storage::Transaction tx(ctx.db);
  training::TrainingStore(ctx.db).SaveBookingState(ctx.partnership_id(), b);
  ctx.Audit(auth::AuditAction::kUpdate, "training-booking", b.id, "register marked");
  tx.Commit();
  return http::Redirect(EventPath(ctx, e.id) + "?done=attendance-marked#bookings");
}

Response ConfirmTrainingPlace(Context& ctx) {
  auto b = BookingOf(ctx, ctx.Id("id"));
  auto e = EventOf(ctx, b.event_id);
  EventForms forms;
  forms.change_for = b.id;
  if (b.status != training::BookingStatus::kRequested)
    forms.change.errors.Add("status", "Only a place waiting for its manager's approval can be confirmed");
  if (!forms.change.errors.empty()) return RenderEvent(ctx, e, forms, 422);
  b.status = training::BookingStatus::kConfirmed;
  storage::Transaction tx(ctx.db);
  training::TrainingStore(ctx.db).SaveApproval(ctx.partnership_id(), b, false);
  ctx.Audit(auth::AuditAction::kUpdate, "training-booking", b.id, "confirmed by the training team");
  tx.Commit();
  return http::Redirect(EventPath(ctx, e.id) + "?done=booking-confirmed#bookings");
}

Response ShowSignInSheet(Context& ctx) {
  auto e = EventOf(ctx, ctx.Id("id"));
  Html h;
  SummaryList(h, {{"Course", e.course_title},
                  {"Day", core::FormatDateLong(e.on) + ", " + e.starts_at + " to " + e.ends_at},
                  {"Venue", e.venue},
                  {"Trainers", e.trainers.empty() ? "Not named" : e.trainers}});
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& b : training::TrainingStore(ctx.db).BookingsOf(ctx.partnership_id(), e.id)) {
    if (b.status != training::BookingStatus::kConfirmed) continue;
    std::string name = b.substitute_name.empty() ? b.name : b.substitute_name + " (for " + b.name + ")";
    rows.push_back({TextCell(name), TextCell(b.agency_id ? b.agency_name : b.organisation), TextCell(""), TextCell("")});
  }
  Table(h, "Sign-in sheet", {"Name", "Agency", "Signature", "Time left"}, rows);
  h.Element("p", {{"class", "govuk-body"}},
            "Anyone attending without a place: please add your name, agency and work email below.");
  auto chrome = ChromeWithCrumbs(ctx, "Sign-in sheet: " + e.course_title + ", " + core::FormatDateLong(e.on), kNav,
                                 {{e.course_title, EventPath(ctx, e.id)}});
  return Page(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
