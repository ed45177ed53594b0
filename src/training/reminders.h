// The training reminders (issue 17), queued by the server's mail sender once a day.
#pragma once
#include <string>

#include "core/date.h"
#include "storage/database.h"

namespace safeboard::training {

// RULE: issue 17 - once a day, each confirmed place whose event is in the coming week and that
// has not been reminded is emailed a reminder (ReminderMessage) and marked reminded, in one
// transaction per partnership, so running again sends nothing twice. How many were queued.
int QueueTrainingReminders(storage::Connection& db, const core::Date& today, const std::string& queued_at);

}  // namespace safeboard::training
