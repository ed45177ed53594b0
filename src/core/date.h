// Calendar dates as ISO 8601 text ("2011-09-01") at the edges, std::chrono types inside.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace safeboard::core {

using Date = std::chrono::year_month_day;

// Parses "YYYY-MM-DD"; returns nullopt unless it is a real calendar date between 1900 and 2200.
std::optional<Date> ParseDate(std::string_view text);
// A date as spreadsheets hold it: "2011-09-01", the UK's "1/9/2011" or "01/09/2011", "1 September
// 2011" or "1 Sep 2011", or an Excel date serial number ("40787", days since 30 December 1899).
std::optional<Date> ParseSpreadsheetDate(std::string_view text);
std::string FormatDate(const Date& date);              // "2011-09-01"
std::string FormatDateLong(const Date& date);          // "1 September 2011"
Date DateOf(TimePoint time);                           // the UTC calendar date of a time
std::string FormatTimestamp(TimePoint time);           // "2011-09-01T10:00:00Z"
std::optional<TimePoint> ParseTimestamp(std::string_view text);

// True if [start, end] (end optional = open) covers `on`.
bool Covers(const Date& start, const std::optional<Date>& end, const Date& on);

// Calendar arithmetic: the same day `months` later (the month's last day when it is shorter).
Date AddMonths(const Date& date, int months);
Date AddDays(const Date& date, int days);

}  // namespace safeboard::core
