#include "training/pages/shared.h"

#include "core/date.h"
#include "core/financial_year.h"
#include "governance/store.h"
#include <algorithm>

#include "mail/store.h"
#include "training/public_booking.h"
#include "training/store.h"

namespace safeboard::ui::pages::training_pages {

int YearAsked(const http::Context& ctx) {
  if (auto asked = core::ParseFinancialYearStart(ctx.query.Get("year"))) return *asked;
  return core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
}

std::string ProgrammePath(const http::Context& ctx, int year) {
  return ctx.PartnershipPath("/training?year=" + std::to_string(year));
}

std::string EventPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/training/events/" + std::to_string(id));
}

std::string ReportPath(const http::Context& ctx, int year) {
  return ctx.PartnershipPath("/training/report?year=" + std::to_string(year));
}

training::Event EventOf(http::Context& ctx, std::int64_t id) {
  auto e = training::TrainingStore(ctx.db).FindEvent(ctx.partnership_id(), id);
  if (!e) throw http::NotFound{};
  return *e;
}

training::Booking BookingOf(http::Context& ctx, std::int64_t id) {
  auto b = training::TrainingStore(ctx.db).FindBooking(ctx.partnership_id(), id);
  if (!b) throw http::NotFound{};
  return *b;
}

std::vector<std::int64_t> AgencyIds(http::Context& ctx) {
  std::vector<std::int64_t> ids;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id())) ids.push_back(a.id);
  return ids;
}

Options AgencyOptions(http::Context& ctx) {
  Options out;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) out.emplace_back(std::to_string(a.id), a.name);
  return out;
}

void QueueTrainingEmail(http::Context& ctx, const mail::MailMessage& message) {
  if (!ctx.mail_enabled || message.to_address.empty() || mail::MailProblem(message)) return;
  mail::Outbox(ctx.db).Queue(message, ctx.partnership_id(), core::FormatTimestamp(ctx.clock.Now()));
}

bool MoveUpWaitingList(http::Context& ctx, const training::Event& event) {
  training::TrainingStore store(ctx.db);
  auto bookings = store.BookingsOf(ctx.partnership_id(), event.id);
  auto next = training::NextFromWaitingList(event, bookings);
  if (!next) return false;
  auto moved = *std::find_if(bookings.begin(), bookings.end(), [&](const auto& b) { return b.id == *next; });
  moved.status = training::BookingStatus::kConfirmed;
  store.SaveBookingState(ctx.partnership_id(), moved);
  ctx.Audit(auth::AuditAction::kUpdate, "training-booking", moved.id, "moved up from the waiting list");
  QueueTrainingEmail(ctx, training::MovedUpMessage(ctx.partnership->name, moved, event));
  return true;
}

}  // namespace safeboard::ui::pages::training_pages
