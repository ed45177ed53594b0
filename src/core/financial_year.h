// The board's year: the financial year, 1 April to 31 March, known by the year it starts in
// ("2011-12" is 2011). Reports, statistics and case references all count by it.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "core/date.h"

namespace safeboard::core {

// RULE: the financial year runs from 1 April to 31 March; it is named by its starting year.
int FinancialYearOf(const Date& date);
// "2011-12" for 2011, "1999-00" for 1999.
std::string FinancialYearLabel(int year);
// The year a label names: "2011-12" (also "2011/12", "2011-2012") is 2011; nullopt for anything
// else, including a second year that does not follow the first ("2011-13").
std::optional<int> ParseFinancialYearLabel(std::string_view label);
// A financial year given by its starting calendar year as four digits ("2011"), between 1990 and
// 2100; nullopt for anything else. How pages and the API take ?year=.
std::optional<int> ParseFinancialYearStart(std::string_view text);
// Its first and last days: 1 April `year` and 31 March `year + 1`.
std::pair<Date, Date> FinancialYearDates(int year);

// RULE: issue 5 - a pseudonymous reference, never a name: "CD-2011-007" from a prefix (at most
// 8 characters), the financial year and a sequence number within it.
std::string YearlyReference(std::string_view prefix, int financial_year, int sequence);

}  // namespace safeboard::core
