// The daily digest of actions arising (issue 15), queued by the server's mail sender once a day.
#pragma once
#include <string>

#include "core/date.h"
#include "storage/database.h"

namespace safeboard::meetings {

// How far ahead an action counts as due for the digest.
inline constexpr int kDigestDaysAhead = 7;

// RULE: issue 15 - once a day, each person with open actions arising that are overdue or due
// within kDigestDaysAhead days is emailed the list (mail::ActionsDigestMessage), unless their
// account turned the digest off. Each partnership's digest is queued once a day, in one
// transaction, however often this runs. `base_url` prefixes the link to the dashboard. How many
// messages were queued.
int QueueActionDigests(storage::Connection& db, const core::Date& today, const std::string& base_url,
                       const std::string& queued_at);

}  // namespace safeboard::meetings
