#include "training/reminders.h"

#include "governance/store.h"
#include "mail/store.h"
#include "training/public_booking.h"
#include "training/store.h"

namespace safeboard::training {

int QueueTrainingReminders(storage::Connection& db, const core::Date& today, const std::string& queued_at) {
  governance::GovernanceStore governance(db);
  int queued = 0;
  for (const auto& partnership : governance.PartnershipsOfUser(0, true)) {
    storage::Transaction tx(db);
    TrainingStore store(db);
    mail::Outbox outbox(db);
    auto rules = store.Rules(partnership.id);
    for (const auto& [event, bookings] :
         store.EventsWithBookings(partnership.id, core::AddDays(today, 1), core::AddDays(today, kReminderDaysAhead))) {
      for (const auto& booking : bookings) {
        if (!ReminderDue(booking, event, today)) continue;
        // Marked even when the address cannot be mailed, so it is not tried every day.
        store.SaveReminded(partnership.id, booking.id, today);
        auto message = ReminderMessage(partnership.name, booking, event, rules);
        if (mail::MailProblem(message)) continue;
        outbox.Queue(message, partnership.id, queued_at);
        ++queued;
      }
    }
    tx.Commit();
  }
  return queued;
}

}  // namespace safeboard::training
