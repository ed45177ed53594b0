// Performance data: the indicator catalogue's vocabularies, rates per 10,000 children, values
// against targets, and the child protection data set of the annual report (appendix 3). No I/O.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/field_errors.h"
#include "core/vocabulary.h"

namespace safeboard::performance {

enum class Unit { kCount, kPercentage, kRatePer10000 };
enum class Better { kHigher, kLower };
enum class Frequency { kQuarterly, kAnnual };
// RULE: issue 14 - an indicator is the responsibility of one agency, several agencies, all
// agencies, or a group.
enum class Responsible { kAgency, kAgencies, kAllAgencies, kGroup };
std::span<const core::Term<Responsible>> Responsibles();
std::span<const core::Term<Unit>> Units();
std::span<const core::Term<Better>> Betters();
std::span<const core::Term<Frequency>> Frequencies();

// RULE: issue 4 - rates per 10,000 children aged 0-17 are computed from counts and the
// partnership's child population for the year, rounded to one decimal place (half up), never
// typed in. Returned in tenths: 55 children of 58,600 -> 94 (9.4). nullopt without a population.
std::optional<std::int64_t> RateTenthsPer10000(std::int64_t count, std::int64_t population);
std::string FormatTenths(std::int64_t tenths);  // 94 -> "9.4"

enum class AgainstTarget { kMet, kNotMet, kNoTarget };
AgainstTarget Compare(double value, std::optional<double> target, Better better);

// The target a value is measured against: its own year's, or when the board set none for that
// year, the next one it set (a 2008-09 baseline against the plan's 2009-10 target).
struct TargetFor {
  std::optional<double> value;
  std::string year;    // "2009-10"; "" when there is none
  bool later = false;  // a later year's target, not the value's own
};
// RULE: issue 15 - the dashboard shows RAG against the target for a value's own year or, failing
// that, the next target set after it, naming that year; with no such target it has none.
// `period` is "2008-09" or "2008-09 Q1"; `targets` by year label.
TargetFor TargetForValue(const std::string& period, const std::map<std::string, double>& targets);
// How a value against its target reads: met is good, not met bad.
core::Status StatusOf(AgainstTarget against);

// RULE: values are for a year ("2011-12") or a quarter ("2011-12 Q1"); percentages lie in
// 0-100; rates per 10,000 are never entered (they are computed).
core::FieldErrors ReadIndicatorValue(const core::FieldValues& in, Unit unit, std::string& period,
                                     double& value);

// For a rate per 10,000: reads the period and the count ("count"), and computes the rate from
// `population` (the child population of the period's year; nullopt when not recorded).
core::FieldErrors ReadRateFromCount(const core::FieldValues& in, const std::optional<std::int64_t>& population,
                                    std::string& period, double& rate);
// The financial year a period falls in: "2011-12 Q3" -> 2011.
int YearOfPeriod(const std::string& period);

// Importing values: columns Code, Period, Value (any order). `units` maps indicator codes to
// their units. Every row is checked; errors carry the file's row number (header = row 1).
struct ValueImportRow {
  std::string code;
  std::string period;
  double value = 0;
};
using ValueImportError = core::ImportError;
struct ValueImport {
  std::vector<ValueImportRow> rows;
  std::vector<ValueImportError> errors;
};
ValueImport CheckValueImport(const std::vector<std::vector<std::string>>& table,
                             const std::vector<std::pair<std::string, Unit>>& units);

// The child protection data set (annual report appendix 3) and the breakdowns of children
// subject to a plan. Codes are stored; never rename them.
struct Measure {
  std::string_view code;
  std::string_view label;
};
std::span<const Measure> ChildProtectionMeasures();
std::span<const Measure> PlanCategories();  // neglect, emotional, physical, sexual, multiple
std::span<const Measure> AgeBands();

// The category or age band shares as whole percentages of their total, rounded half up.
std::vector<int> Shares(std::span<const std::int64_t> counts);

}  // namespace safeboard::performance
