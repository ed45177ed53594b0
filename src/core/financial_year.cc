#include "core/financial_year.h"

#include <cstdio>

namespace safeboard::core {

int FinancialYearOf(const Date& date) {
  return int(date.year()) - (unsigned(date.month()) < 4 ? 1 : 0);
}

std::string FinancialYearLabel(int year) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, (year + 1) % 100);
  return buffer;
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
