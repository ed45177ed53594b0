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

}  // namespace safeboard::core
