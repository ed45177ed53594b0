#include "meetings/icalendar.h"

#include <gtest/gtest.h>

namespace safeboard::meetings {
namespace {

using namespace std::chrono;

TEST(ICalendar, MeetingsAreLocalLondonTimesWithTheTimeZoneDefined) {
  auto now = *core::ParseTimestamp("2011-04-01T09:00:00Z");
  std::string ics = ICalendar("Board", {{"meeting-1@mk", "Board meeting, agenda; papers", year(2011) / 6 / 16,
                                         "10:00", 120, "Civic Offices, MK", false},
                                        {"meeting-2@mk", "Cancelled", year(2011) / 12 / 8, "23:30", 60, "", true}},
                              now);
  EXPECT_NE(ics.find("BEGIN:VTIMEZONE\r\nTZID:Europe/London"), std::string::npos);
  EXPECT_NE(ics.find("DTSTART;TZID=Europe/London:20110616T100000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTEND;TZID=Europe/London:20110616T120000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:Board meeting\\, agenda\\; papers\r\n"), std::string::npos);
  EXPECT_NE(ics.find("DTEND;TZID=Europe/London:20111209T003000\r\n"), std::string::npos);
  EXPECT_NE(ics.find("STATUS:CANCELLED"), std::string::npos);
  EXPECT_NE(ics.find("DTSTAMP:20110401T090000Z"), std::string::npos);
}

TEST(ICalendar, LongLinesAreFolded) {
  std::string ics = ICalendar("B", {{"u", std::string(200, 'x'), year(2011) / 6 / 16, "10:00", 60, "", false}},
                              sys_seconds{});
  std::size_t start = 0;
  while (true) {
    auto end = ics.find("\r\n", start);
    if (end == std::string::npos) break;
    EXPECT_LE(end - start, 75u);
    start = end + 2;
  }
}

}  // namespace
}  // namespace safeboard::meetings
