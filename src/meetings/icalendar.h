// Meetings as iCalendar (RFC 5545) feeds, in Europe/London local time.
#pragma once
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/date.h"

namespace safeboard::meetings {

struct CalendarEvent {
  std::string uid;       // stable across feeds: "meeting-12@partnership-slug.safeboard"
  std::string summary;
  core::Date date;
  std::string starts_at;  // "HH:MM", Europe/London
  int duration_minutes = 120;
  std::string location;
  bool cancelled = false;
};

// A VCALENDAR with the Europe/London VTIMEZONE (GMT in winter, BST from the last Sunday of
// March to the last Sunday of October) and one VEVENT per meeting; text escaped and lines
// folded at 75 octets.
std::string ICalendar(const std::string& name, const std::vector<CalendarEvent>& events,
                      core::TimePoint now);

}  // namespace safeboard::meetings
