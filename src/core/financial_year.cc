#include "core/financial_year.h"

#include <cstdio>
#include <string>

namespace safeboard::core {

int FinancialYearOf(const Date& date) {
  return int(date.year()) - (unsigned(date.month()) < 4 ? 1 : 0);
}

std::string FinancialYearLabel(int year) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, (year + 1) % 100);
  return buffer;
}

std::optional<int> ParseFinancialYearLabel(std::string_view label) {
  auto digits = [](std::string_view text) {
    return !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
  };
  if (label.size() < 7 || (label[4] != '-' && label[4] != '/')) return std::nullopt;
  std::string_view first = label.substr(0, 4), second = label.substr(5);
  if (!digits(first) || !digits(second) || (second.size() != 2 && second.size() != 4)) return std::nullopt;
  int year = std::stoi(std::string(first));
  int next = std::stoi(std::string(second));
  if (second.size() == 2 ? next != (year + 1) % 100 : next != year + 1) return std::nullopt;
  return year;
}

std::optional<int> ParseFinancialYearStart(std::string_view text) {
  if (text.size() != 4) return std::nullopt;
  int year = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    year = year * 10 + (c - '0');
  }
  if (year < 1990 || year > 2100) return std::nullopt;
  return year;
}

std::pair<Date, Date> FinancialYearDates(int year) {
  using namespace std::chrono;
  return {std::chrono::year(year) / April / 1, std::chrono::year(year + 1) / March / 31};
}

std::string YearlyReference(std::string_view prefix, int financial_year, int sequence) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%.8s-%04d-%03d", std::string(prefix).c_str(), financial_year, sequence);
  return buffer;
}

}  // namespace safeboard::core
