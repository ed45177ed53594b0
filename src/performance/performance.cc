// Performance data rules.
#include "performance/performance.h"

#include "core/suggest.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <map>
#include <numeric>
#include <unordered_map>

namespace safeboard::performance {
namespace {

constexpr std::array<core::Term<Responsible>, 4> kResponsibles{{
    {Responsible::kAgency, "agency", "One agency"},
    {Responsible::kAgencies, "agencies", "Several agencies"},
    {Responsible::kAllAgencies, "all_agencies", "All agencies"},
    {Responsible::kGroup, "group", "A group"},
}};
constexpr std::array<core::Term<Unit>, 3> kUnits{{
    {Unit::kCount, "count", "Count"},
    {Unit::kPercentage, "percentage", "Percentage"},
    {Unit::kRatePer10000, "rate_per_10000", "Rate per 10,000 children aged 0-17"},
}};
constexpr std::array<core::Term<Better>, 2> kBetters{{
    {Better::kHigher, "higher", "Higher is better"},
    {Better::kLower, "lower", "Lower is better"},
}};
constexpr std::array<core::Term<Frequency>, 2> kFrequencies{{
    {Frequency::kQuarterly, "quarterly", "Quarterly"},
    {Frequency::kAnnual, "annual", "Annual"},
}};

constexpr std::array<Measure, 10> kChildProtection{{
    {"initial_assessments", "Number of initial assessments completed in the year"},
    {"core_assessments", "Number of core assessments completed in the year"},
    {"s47_enquiries", "Number of section 47 enquiries initiated during the year"},
    {"initial_conferences", "Number of children subject to an initial child protection conference during the year"},
    {"plans_at_year_end", "Number of children subject to a child protection plan at 31 March"},
    {"became_subject", "Number of children who became subject to a child protection plan during the year"},
    {"with_previous_plan", "Of those children becoming subject to a child protection plan during the year, the number who had a previous child protection plan (at any time)"},
    {"plans_ceased", "Number of children with a child protection plan ceasing during the year"},
    {"ceased_after_two_years", "Of the child protection plans ceasing during the year, the number of children whose child protection plan had lasted for two years or more"},
    {"reviews_on_time_percent", "Of the child protection plans which should have been reviewed during the year, the percentage reviewed on time"},
}};
constexpr std::array<Measure, 5> kCategories{{
    {"neglect", "Neglect"}, {"emotional", "Emotional abuse"}, {"physical", "Physical abuse"},
    {"sexual", "Sexual abuse"}, {"multiple", "Multiple"}}};
constexpr std::array<Measure, 6> kAgeBands{{
    {"unborn", "Unborn"}, {"under_1", "Under 1"}, {"1_4", "1 to 4"}, {"5_9", "5 to 9"},
    {"10_15", "10 to 15"}, {"16_17", "16 and 17"}}};

}  // namespace

std::span<const core::Term<Responsible>> Responsibles() { return kResponsibles; }
std::span<const core::Term<Unit>> Units() { return kUnits; }
std::span<const core::Term<Better>> Betters() { return kBetters; }
std::span<const core::Term<Frequency>> Frequencies() { return kFrequencies; }
std::span<const Measure> ChildProtectionMeasures() { return kChildProtection; }
std::span<const Measure> PlanCategories() { return kCategories; }
std::span<const Measure> AgeBands() { return kAgeBands; }

std::optional<std::int64_t> RateTenthsPer10000(std::int64_t count, std::int64_t population) {
  if (population <= 0 || count < 0) return std::nullopt;
  // count * 10,000 / population per child, in tenths: count * 100,000 / population, half up.
  return (count * 200000 + population) / (2 * population);
}

std::string FormatTenths(std::int64_t tenths) {
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

AgainstTarget Compare(double value, std::optional<double> target, Better better) {
  if (!target) return AgainstTarget::kNoTarget;
  bool met = better == Better::kHigher ? value >= *target : value <= *target;
  return met ? AgainstTarget::kMet : AgainstTarget::kNotMet;
}

TargetFor TargetForValue(const std::string& period, const std::map<std::string, double>& targets) {
  std::string year = period.substr(0, 7);
  // Year labels "2008-09" sort as the years do.
  auto it = targets.lower_bound(year);
  if (it == targets.end()) return {};
  return {it->second, it->first, it->first != year};
}

namespace {
bool ValidPeriod(const std::string& p) {
  if (p.size() != 7 && p.size() != 10) return false;
  for (int i : {0, 1, 2, 3, 5, 6})
    if (!std::isdigit(static_cast<unsigned char>(p[i]))) return false;
  if (p[4] != '-') return false;
  int start = std::stoi(p.substr(0, 4)), end = std::stoi(p.substr(5, 2));
  if ((start + 1) % 100 != end) return false;
  return p.size() == 7 || (p.substr(7, 2) == " Q" && p[9] >= '1' && p[9] <= '4');
}
}  // namespace

core::FieldErrors ReadIndicatorValue(const core::FieldValues& in, Unit unit, std::string& period, double& value) {
  core::FieldErrors errors;
  period = core::Trim(core::ValueOf(in, "period"));
  if (!ValidPeriod(period)) errors.Add("period", "Enter a period like 2011-12 or 2011-12 Q1");
  std::string text = core::Trim(core::ValueOf(in, "value"));
  char* end = nullptr;
  value = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !std::isfinite(value) || value < 0)
    errors.Add("value", "Enter the value as a number, like 74 or 9.5");
  else if (unit == Unit::kRatePer10000)
    errors.Add("value", "Rates per 10,000 are computed from counts and the child population, not entered");
  else if (unit == Unit::kPercentage && value > 100)
    errors.Add("value", "A percentage must be between 0 and 100");
  return errors;
}

ValueImport CheckValueImport(const std::vector<std::vector<std::string>>& table,
                             const std::vector<std::pair<std::string, Unit>>& units) {
  ValueImport out;
  if (table.empty()) {
    out.errors.push_back({1, "", "The file is empty"});
    return out;
  }
  auto lower = [](std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
  };
  std::map<std::string, std::size_t> columns;
  for (std::size_t c = 0; c < table[0].size(); ++c) columns[lower(core::Trim(table[0][c]))] = c;
  for (const char* name : {"Code", "Period", "Value"})
    if (!columns.count(lower(name))) out.errors.push_back({1, name, "The column \"" + std::string(name) + "\" is missing"});
  if (!out.errors.empty()) return out;
  // Codes match whatever their case; the catalogue is indexed once, not searched per row (an
  // import may have a million rows).
  std::unordered_map<std::string, const std::pair<std::string, Unit>*> by_code;
  for (const auto& u : units) by_code.emplace(lower(u.first), &u);
  std::size_t code_column = columns["code"], period_column = columns["period"], value_column = columns["value"];
  // RULE: issue 14 - import messages suggest near matches ("did you mean"). Each unknown code is
  // looked up once, however many rows repeat it.
  std::vector<std::string> codes;
  for (const auto& u : units) codes.push_back(u.first);
  std::unordered_map<std::string, std::string> unknown_messages;
  auto UnknownCodeMessage = [&](const std::string& code) -> const std::string& {
    auto [it, added] = unknown_messages.try_emplace(code);
    if (added) {
      it->second = "\"" + code + "\" is not an indicator in the catalogue";
      if (auto nearest = core::NearestName(code, codes)) it->second += "; did you mean \"" + *nearest + "\"?";
    }
    return it->second;
  };
  out.rows.reserve(table.size() - 1);
  core::FieldValues fields{{"period", ""}, {"value", ""}};
  for (std::size_t r = 1; r < table.size(); ++r) {
    const auto& row = table[r];
    auto cell = [&](std::size_t c) { return c < row.size() ? core::Trim(row[c]) : std::string(); };
    std::string code = cell(code_column), period = cell(period_column), value = cell(value_column);
    if (code.empty() && period.empty() && value.empty()) continue;
    int number = static_cast<int>(r + 1);
    auto unit = by_code.find(lower(code));
    if (unit == by_code.end()) {
      out.errors.push_back({number, "Code", UnknownCodeMessage(code)});
      continue;
    }
    ValueImportRow parsed{unit->second->first, "", 0};
    fields["period"] = std::move(period);
    fields["value"] = std::move(value);
    auto errors = ReadIndicatorValue(fields, unit->second->second, parsed.period, parsed.value);
    for (const auto& e : errors.all())
      out.errors.push_back({number, e.field == "period" ? "Period" : "Value", e.message});
    if (errors.empty()) out.rows.push_back(parsed);
  }
  return out;
}

int YearOfPeriod(const std::string& period) {
  return period.size() >= 4 ? std::atoi(period.substr(0, 4).c_str()) : 0;
}

core::FieldErrors ReadRateFromCount(const core::FieldValues& in, const std::optional<std::int64_t>& population,
                                    std::string& period, double& rate) {
  core::FieldErrors errors;
  period = core::Trim(core::ValueOf(in, "period"));
  if (!ValidPeriod(period)) errors.Add("period", "Enter a period like 2011-12 or 2011-12 Q1");
  std::string count = core::Trim(core::ValueOf(in, "count"));
  bool digits = !count.empty() && count.size() <= 9 &&
                std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) errors.Add("count", "Enter the count of children as a whole number");
  if (errors.empty() && !population)
    errors.Add("period", "Record the child population for " + period.substr(0, 7) + " first: rates are computed from it");
  if (errors.empty()) rate = static_cast<double>(*RateTenthsPer10000(std::stoll(count), *population)) / 10.0;
  return errors;
}

std::vector<int> Shares(std::span<const std::int64_t> counts) {
  std::int64_t total = std::accumulate(counts.begin(), counts.end(), std::int64_t{0});
  std::vector<int> out;
  for (auto c : counts) out.push_back(total ? static_cast<int>((200 * c + total) / (2 * total)) : 0);
  return out;
}

core::Status StatusOf(AgainstTarget against) {
  switch (against) {
    case AgainstTarget::kMet: return {"Target met", core::Tone::kGood};
    case AgainstTarget::kNotMet: return {"Target not met", core::Tone::kBad};
    case AgainstTarget::kNoTarget: return {"No target", core::Tone::kNeutral};
  }
  return {"No target", core::Tone::kNeutral};
}

}  // namespace safeboard::performance
