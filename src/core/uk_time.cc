#include "core/uk_time.h"

#include <date/tz.h>

#include <cstdio>

namespace safeboard::core {

std::string FormatUkTime(TimePoint time) {
  auto local = date::make_zoned(kBoardTimeZone, std::chrono::time_point_cast<std::chrono::seconds>(time)).get_local_time();
  auto day = date::floor<date::days>(local);
  date::year_month_day ymd{day};
  date::hh_mm_ss<std::chrono::seconds> clock{local - day};
  char hm[8];
  std::snprintf(hm, sizeof hm, "%02d:%02d", static_cast<int>(clock.hours().count()), static_cast<int>(clock.minutes().count()));
  Date as_std{std::chrono::year(static_cast<int>(ymd.year())), std::chrono::month(static_cast<unsigned>(ymd.month())),
              std::chrono::day(static_cast<unsigned>(ymd.day()))};
  return FormatDateLong(as_std) + ", " + hm;
}

TimePoint UkStartOfDay(const Date& day) {
  date::local_days local{date::year(static_cast<int>(day.year())) / static_cast<unsigned>(day.month()) /
                         static_cast<unsigned>(day.day())};
  // Midnight always exists in the UK (clocks change at 01:00 and 02:00).
  auto start = date::make_zoned(kBoardTimeZone, local, date::choose::earliest).get_sys_time();
  return std::chrono::time_point_cast<TimePoint::duration>(start);
}

}  // namespace safeboard::core
