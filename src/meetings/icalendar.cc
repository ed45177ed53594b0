// iCalendar output.
#include "meetings/icalendar.h"

namespace safeboard::meetings {
namespace {

std::string Escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

// Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1); never
// split inside a UTF-8 sequence.
void AddLine(std::string& out, const std::string& line) {
  std::size_t start = 0, limit = 75;
  while (line.size() - start > limit) {
    std::size_t cut = start + limit;
    while (cut > start && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out += line.substr(start, cut - start) + "\r\n ";
    start = cut;
    limit = 74;  // the leading space counts
  }
  out += line.substr(start) + "\r\n";
}

std::string LocalStamp(const core::Date& date, const std::string& hhmm, int add_minutes) {
  int minutes = std::stoi(hhmm.substr(0, 2)) * 60 + std::stoi(hhmm.substr(3, 2)) + add_minutes;
  core::Date day = date;
  while (minutes >= 24 * 60) {
    minutes -= 24 * 60;
    day = core::Date{std::chrono::sys_days{day} + std::chrono::days{1}};
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d%02u%02uT%02d%02d00", int(day.year()),
                unsigned(day.month()), unsigned(day.day()), minutes / 60, minutes % 60);
  return buffer;
}

}  // namespace

std::string ICalendar(const std::string& name, const std::vector<CalendarEvent>& events,
                      core::TimePoint now) {
  std::string out;
  for (const char* line : {"BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//safeboard//meetings//EN",
                           "CALSCALE:GREGORIAN", "METHOD:PUBLISH"})
    AddLine(out, line);
  AddLine(out, "X-WR-CALNAME:" + Escape(name));
  AddLine(out, "X-WR-TIMEZONE:Europe/London");
  for (const char* line :
       {"BEGIN:VTIMEZONE", "TZID:Europe/London", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19810329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19961027T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"})
    AddLine(out, line);
  std::string stamp = core::FormatTimestamp(now);
  std::string dtstamp;
  for (char c : stamp)
    if (c != '-' && c != ':') dtstamp += c;
  for (const auto& e : events) {
    AddLine(out, "BEGIN:VEVENT");
    AddLine(out, "UID:" + e.uid);
    AddLine(out, "DTSTAMP:" + dtstamp);
    AddLine(out, "DTSTART;TZID=Europe/London:" + LocalStamp(e.date, e.starts_at, 0));
    AddLine(out, "DTEND;TZID=Europe/London:" + LocalStamp(e.date, e.starts_at, e.duration_minutes));
    AddLine(out, "SUMMARY:" + Escape(e.summary));
    if (!e.location.empty()) AddLine(out, "LOCATION:" + Escape(e.location));
    AddLine(out, std::string("STATUS:") + (e.cancelled ? "CANCELLED" : "CONFIRMED"));
    AddLine(out, "END:VEVENT");
  }
  AddLine(out, "END:VCALENDAR");
  return out;
}

}  // namespace safeboard::meetings
