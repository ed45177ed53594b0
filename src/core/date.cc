// Calendar date parsing and formatting.
#include "core/date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>

namespace safeboard::core {
namespace {

bool ParseInt(std::string_view text, int& out) {
  if (text.empty()) return false;
  for (char c : text)
    if (c < '0' || c > '9') return false;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (!ParseInt(text.substr(0, 4), y) || !ParseInt(text.substr(5, 2), m) ||
      !ParseInt(text.substr(8, 2), d))
    return std::nullopt;
  Date date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
  if (!date.ok() || y < 1900 || y > 2200) return std::nullopt;
  return date;
}

std::optional<Date> ParseSpreadsheetDate(std::string_view text) {
  if (auto iso = ParseDate(text)) return iso;
  auto real = [](int y, int m, int d) -> std::optional<Date> {
    Date date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
    if (!date.ok() || y < 1900 || y > 2200) return std::nullopt;
    return date;
  };
  // Excel's serial numbers: 1 January 1900 to 2200.
  if (text.size() == 5 && text.find_first_not_of("0123456789") == std::string_view::npos) {
    int serial = 0;
    if (!ParseInt(text, serial) || serial < 2) return std::nullopt;
    using namespace std::chrono;
    return Date{sys_days{year(1899) / December / 30} + days(serial)};
  }
  // d/m/yyyy (the UK's order).
  if (auto first = text.find('/'); first != std::string_view::npos) {
    auto second = text.find('/', first + 1);
    if (second == std::string_view::npos) return std::nullopt;
    int d = 0, m = 0, y = 0;
    if (!ParseInt(text.substr(0, first), d) || !ParseInt(text.substr(first + 1, second - first - 1), m) ||
        text.size() - second - 1 != 4 || !ParseInt(text.substr(second + 1), y))
      return std::nullopt;
    return real(y, m, d);
  }
  // "1 September 2011", "1 Sep 2011".
  auto space = text.find(' ');
  auto last = text.rfind(' ');
  if (space == std::string_view::npos || last == space) return std::nullopt;
  int d = 0, y = 0;
  std::string_view month_word = text.substr(space + 1, last - space - 1);
  if (!ParseInt(text.substr(0, space), d) || !ParseInt(text.substr(last + 1), y) || month_word.size() < 3)
    return std::nullopt;
  static constexpr std::array<std::string_view, 12> kMonths = {"january", "february", "march",     "april",
                                                               "may",     "june",     "july",      "august",
                                                               "september", "october", "november", "december"};
  std::string lower(month_word);
  for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (int m = 0; m < 12; ++m)
    if (kMonths[m].starts_with(lower) && (lower.size() == 3 || lower == kMonths[m] || (m == 8 && lower == "sept")))
      return real(y, m + 1, d);
  return std::nullopt;
}

std::string FormatDate(const Date& date) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", int(date.year()),
                unsigned(date.month()), unsigned(date.day()));
  return buffer;
}

std::string FormatDateLong(const Date& date) {
  static constexpr std::array<const char*, 12> kMonths = {
      "January", "February", "March",     "April",   "May",      "June",
      "July",    "August",   "September", "October", "November", "December"};
  return std::to_string(unsigned(date.day())) + " " + kMonths[unsigned(date.month()) - 1] + " " +
         std::to_string(int(date.year()));
}

Date DateOf(TimePoint time) { return Date{std::chrono::floor<std::chrono::days>(time)}; }

std::string FormatTimestamp(TimePoint time) {
  auto day = std::chrono::floor<std::chrono::days>(time);
  std::chrono::hh_mm_ss hms{time - day};
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%sT%02d:%02d:%02dZ", FormatDate(Date{day}).c_str(),
                int(hms.hours().count()), int(hms.minutes().count()),
                int(hms.seconds().count()));
  return buffer;
}

std::optional<TimePoint> ParseTimestamp(std::string_view text) {
  if (text.size() != 20 || text[10] != 'T' || text[19] != 'Z') return std::nullopt;
  auto date = ParseDate(text.substr(0, 10));
  int h = 0, m = 0, s = 0;
  if (!date || text[13] != ':' || text[16] != ':' || !ParseInt(text.substr(11, 2), h) ||
      !ParseInt(text.substr(14, 2), m) || !ParseInt(text.substr(17, 2), s) || h > 23 || m > 59 ||
      s > 59)
    return std::nullopt;
  return std::chrono::sys_days{*date} + std::chrono::hours(h) + std::chrono::minutes(m) +
         std::chrono::seconds(s);
}

bool Covers(const Date& start, const std::optional<Date>& end, const Date& on) {
  return start <= on && (!end || on <= *end);
}

Date AddMonths(const Date& date, int months) {
  using namespace std::chrono;
  year_month ym = date.year() / date.month() + std::chrono::months(months);
  return ym / std::min(date.day(), (ym / last).day());
}

Date AddDays(const Date& date, int n) {
  using namespace std::chrono;
  return Date{sys_days{date} + days{n}};
}

}  // namespace safeboard::core
