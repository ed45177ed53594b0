// England and Wales bank holidays and working-day arithmetic.
#include "core/working_days.h"

#include <algorithm>

namespace safeboard::core {
namespace {

using namespace std::chrono;

bool IsWeekend(const Date& date) {
  weekday wd{sys_days{date}};
  return wd == Saturday || wd == Sunday;
}

Date NextWeekday(Date date) {
  while (IsWeekend(date)) date = Date{sys_days{date} + days{1}};
  return date;
}

Date FirstMonday(int y, unsigned m) { return Date{year(y) / month(m) / Monday[1]}; }
Date LastMonday(int y, unsigned m) { return Date{year(y) / month(m) / Monday[last]}; }

}  // namespace

Date EasterSunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25,
      g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4,
      l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451,
      month_number = (h + l - 7 * m + 114) / 31, day_number = (h + l - 7 * m + 114) % 31 + 1;
  return year(y) / month(static_cast<unsigned>(month_number)) / day(static_cast<unsigned>(day_number));
}

std::vector<Date> BankHolidays(int y) {
  std::vector<Date> out;
  // New Year's Day, or the next weekday.
  out.push_back(NextWeekday(year(y) / January / 1));
  Date easter = EasterSunday(y);
  out.push_back(Date{sys_days{easter} - days{2}});  // Good Friday
  out.push_back(Date{sys_days{easter} + days{1}});  // Easter Monday
  // Early May bank holiday: first Monday in May, moved for VE Day in 1995 and 2020.
  if (y == 1995)
    out.push_back(year(1995) / May / 8);
  else if (y == 2020)
    out.push_back(year(2020) / May / 8);
  else
    out.push_back(FirstMonday(y, 5));
  // Spring bank holiday: last Monday in May, moved for the jubilees of 2002, 2012 and 2022.
  if (y == 2002) {
    out.push_back(year(2002) / June / 3);
    out.push_back(year(2002) / June / 4);
  } else if (y == 2012) {
    out.push_back(year(2012) / June / 4);
    out.push_back(year(2012) / June / 5);
  } else if (y == 2022) {
    out.push_back(year(2022) / June / 2);
    out.push_back(year(2022) / June / 3);
  } else {
    out.push_back(LastMonday(y, 5));
  }
  out.push_back(LastMonday(y, 8));  // Summer bank holiday
  // Christmas Day and Boxing Day, with substitute days when they fall at a weekend.
  Date christmas = year(y) / December / 25, boxing = year(y) / December / 26;
  weekday christmas_day{sys_days{christmas}};
  if (christmas_day == Saturday) {
    out.push_back(year(y) / December / 27);
    out.push_back(year(y) / December / 28);
  } else if (christmas_day == Sunday) {
    out.push_back(year(y) / December / 27);  // for Christmas Day
    out.push_back(boxing);
  } else if (christmas_day == Friday) {
    out.push_back(christmas);
    out.push_back(year(y) / December / 28);  // Boxing Day falls on Saturday
  } else {
    out.push_back(christmas);
    out.push_back(boxing);
  }
  // One-off bank holidays.
  if (y == 1999) out.push_back(year(1999) / December / 31);
  if (y == 2011) out.push_back(year(2011) / April / 29);
  if (y == 2022) out.push_back(year(2022) / September / 19);
  if (y == 2023) out.push_back(year(2023) / May / 8);
  std::sort(out.begin(), out.end());
  return out;
}

bool IsWorkingDay(const Date& date) {
  if (IsWeekend(date)) return false;
  auto holidays = BankHolidays(int(date.year()));
  return std::find(holidays.begin(), holidays.end(), date) == holidays.end();
}

Date WorkingDaysBefore(const Date& meeting, int working_days) {
  Date date = meeting;
  while (working_days > 0) {
    date = Date{sys_days{date} - days{1}};
    if (IsWorkingDay(date)) --working_days;
  }
  return date;
}

Date WorkingDaysAfter(const Date& from, int working_days) {
  Date date = from;
  while (working_days > 0) {
    date = Date{sys_days{date} + days{1}};
    if (IsWorkingDay(date)) --working_days;
  }
  return date;
}

}  // namespace safeboard::core
