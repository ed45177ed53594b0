// Times as people in the UK read them (issue 15): boards are in the UK, so the audit log and
// anything else showing a time shows UK time (GMT or BST), from the system's time zone database
// (tzdata) through Howard Hinnant's date library.
#pragma once
#include <string>

#include "core/clock.h"
#include "core/date.h"

namespace safeboard::core {

constexpr const char* kBoardTimeZone = "Europe/London";

// "3 December 2026, 23:10" (GMT) or "1 July 2026, 10:05" (BST: an hour ahead of UTC).
std::string FormatUkTime(TimePoint time);
// The instant a UK calendar day begins (midnight UK time), for filtering stored UTC times by day.
TimePoint UkStartOfDay(const Date& day);

}  // namespace safeboard::core
