// Working days in England and Wales: weekends and bank holidays are not working days. Shared by
// the areas that count deadlines in working days (papers, complaints).
#pragma once
#include <vector>

#include "core/date.h"

namespace safeboard::core {

using core::Date;

// Easter Sunday (Gregorian, anonymous computus).
Date EasterSunday(int year);

// The bank holidays of England and Wales in `year`, in date order: the regular ones with their
// substitute days, and the one-off days proclaimed since 1995 (royal weddings, jubilees, the
// millennium, the Queen's funeral, the coronation) with the moved May holidays of 1995, 2002,
// 2012, 2020 and 2022.
std::vector<Date> BankHolidays(int year);

bool IsWorkingDay(const Date& date);

// RULE: Constitution 6 / issue 3 - agenda and papers go out at least 5 working days before
// the meeting. Returns the date `working_days` working days before `meeting` (the meeting day
// itself does not count).
Date WorkingDaysBefore(const Date& meeting, int working_days);
// The date `working_days` working days after `from` (`from` itself does not count): a deadline
// of "within 3 working days" of a Friday is the Wednesday after.
Date WorkingDaysAfter(const Date& from, int working_days);

}  // namespace safeboard::core
