#include "assurance/lado.h"

#include <charconv>

#include "core/financial_year.h"
#include "core/form_fields.h"
#include "core/small_numbers.h"

namespace safeboard::assurance {
namespace {

constexpr int kMaxCount = 100000;

int ReadCount(const core::FieldValues& in, const std::string& name, const std::string& what, core::FieldErrors& errors) {
  auto text = core::Trim(core::ValueOf(in, name));
  if (text.empty()) return 0;
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < 0 || value > kMaxCount) {
    errors.Add(name, "Enter " + what + " as a whole number, 0 or more");
    return 0;
  }
  return value;
}

bool IsSmall(int count) { return count >= 1 && count <= 5; }

LadoCell Count(std::optional<int> value) { return {value, value && IsSmall(*value)}; }
LadoCell Percent(int part, int whole, bool recorded) {
  if (!recorded) return {};
  return {WholePercent(part, whole), IsSmall(part) || IsSmall(whole)};
}

}  // namespace

std::span<const core::Term<EmployerSector>> EmployerSectors() {
  static constexpr core::Term<EmployerSector> kTerms[] = {
      {EmployerSector::kEducation, "education", "Education"},
      {EmployerSector::kEarlyYears, "early_years", "Early years and childcare"},
      {EmployerSector::kHealth, "health", "Health"},
      {EmployerSector::kSocialCare, "social_care", "Social care"},
      {EmployerSector::kFosterCare, "foster_care", "Foster carers"},
      {EmployerSector::kPolice, "police", "Police"},
      {EmployerSector::kVoluntaryFaith, "voluntary_faith", "Voluntary and faith organisations"},
      {EmployerSector::kSportLeisure, "sport_leisure", "Sport and leisure"},
      {EmployerSector::kTransport, "transport", "Transport"},
      {EmployerSector::kOther, "other", "Other"},
  };
  return kTerms;
}

std::span<const core::Term<AllegationOutcome>> AllegationOutcomes() {
  static constexpr core::Term<AllegationOutcome> kTerms[] = {
      {AllegationOutcome::kSubstantiated, "substantiated", "Substantiated"},
      {AllegationOutcome::kUnsubstantiated, "unsubstantiated", "Unsubstantiated"},
      {AllegationOutcome::kFalse, "false", "False"},
      {AllegationOutcome::kMalicious, "malicious", "Malicious"},
      {AllegationOutcome::kUnfounded, "unfounded", "Unfounded"},
  };
  return kTerms;
}

int LadoReturn::Concluded() const {
  int total = 0;
  for (const auto& [outcome, count] : outcomes) total += count;
  return total;
}

std::string QuarterLabel(int quarter) {
  static const char* kMonths[] = {"April to June", "July to September", "October to December", "January to March"};
  if (quarter < 1 || quarter > 4) return "";
  return "Q" + std::to_string(quarter) + " (" + kMonths[quarter - 1] + ")";
}

core::FieldErrors ReadLadoReturn(const core::FieldValues& in, const std::vector<std::int64_t>& meetings, LadoReturn& out) {
  core::FieldErrors errors;
  if (auto year = core::ParseFinancialYearStart(core::ValueOf(in, "year")))
    out.year_start = *year;
  else
    errors.Add("year", "Enter the financial year by its first calendar year, like 2011 for 2011-12");
  auto quarter = core::Trim(core::ValueOf(in, "quarter"));
  if (quarter.size() == 1 && quarter[0] >= '1' && quarter[0] <= '4')
    out.quarter = quarter[0] - '0';
  else
    errors.Add("quarter", "Choose the quarter");
  out.referrals = ReadCount(in, "referrals", "the referrals", errors);
  out.advice = ReadCount(in, "advice", "the advice-only contacts", errors);
  out.police_involved = ReadCount(in, "police_involved", "the referrals with police involvement", errors);
  out.considered_within_1_day = ReadCount(in, "considered_within_1_day", "the referrals considered within a working day", errors);
  out.concluded_within_3_months = ReadCount(in, "concluded_within_3_months", "the cases concluded within 3 months", errors);
  out.delay_reasons = core::OptionalText(in, "delay_reasons", "the reasons for delay", 5000, errors);
  out.reported_at_meeting_id = core::ReadReference(in, "reported_at_meeting_id", "the meeting", meetings, false, errors);
  out.by_sector.clear();
  out.outcomes.clear();
  int sectors = 0;
  for (const auto& t : EmployerSectors()) {
    int n = ReadCount(in, "sector_" + std::string(t.code), "the referrals from " + std::string(t.label), errors);
    if (n) out.by_sector[t.value] = n;
    sectors += n;
  }
  for (const auto& t : AllegationOutcomes()) {
    int n = ReadCount(in, "outcome_" + std::string(t.code), "the cases concluded as " + std::string(t.label), errors);
    if (n) out.outcomes[t.value] = n;
  }
  if (!errors.empty()) return errors;
  if (sectors != out.referrals)
    errors.Add("sector_education", "The referrals by sector add up to " + std::to_string(sectors) + ", not the " +
                                       std::to_string(out.referrals) + " referrals");
  if (out.police_involved > out.referrals)
    errors.Add("police_involved", "Police involvement cannot be more than the referrals");
  if (out.considered_within_1_day > out.referrals)
    errors.Add("considered_within_1_day", "Referrals considered within a working day cannot be more than the referrals");
  if (out.concluded_within_3_months > out.Concluded())
    errors.Add("concluded_within_3_months", "Cases concluded within 3 months cannot be more than the " +
                                                std::to_string(out.Concluded()) + " concluded");
  return errors;
}

LadoYear YearTotals(std::span<const LadoReturn> returns) {
  LadoYear y;
  for (const auto& r : returns) {
    ++y.quarters;
    y.total.year_start = r.year_start;
    y.total.referrals += r.referrals;
    y.total.advice += r.advice;
    y.total.police_involved += r.police_involved;
    y.total.considered_within_1_day += r.considered_within_1_day;
    y.total.concluded_within_3_months += r.concluded_within_3_months;
    for (const auto& [k, n] : r.by_sector) y.total.by_sector[k] += n;
    for (const auto& [k, n] : r.outcomes) y.total.outcomes[k] += n;
  }
  return y;
}

std::optional<int> WholePercent(int part, int whole) {
  if (whole <= 0) return std::nullopt;
  return (part * 200 + whole) / (2 * whole);
}

std::vector<LadoMeasure> LadoMeasures(std::span<const LadoReturn> year, std::span<const LadoReturn> previous_year) {
  const LadoReturn* by_quarter[4] = {};
  for (const auto& r : year)
    if (r.quarter >= 1 && r.quarter <= 4) by_quarter[r.quarter - 1] = &r;
  auto this_year = YearTotals(year), last_year = YearTotals(previous_year);
  std::vector<LadoMeasure> out;
  auto add_count = [&](const std::string& label, auto get) {
    LadoMeasure m{label};
    for (int q = 0; q < 4; ++q)
      if (by_quarter[q]) m.quarter[q] = Count(get(*by_quarter[q]));
    if (this_year.quarters) m.year = Count(get(this_year.total));
    if (last_year.quarters) m.previous_year = Count(get(last_year.total));
    out.push_back(m);
  };
  auto add_percent = [&](const std::string& label, auto part, auto whole) {
    LadoMeasure m{label};
    m.percentage = true;
    for (int q = 0; q < 4; ++q)
      m.quarter[q] = Percent(by_quarter[q] ? part(*by_quarter[q]) : 0, by_quarter[q] ? whole(*by_quarter[q]) : 0,
                             by_quarter[q] != nullptr);
    m.year = Percent(part(this_year.total), whole(this_year.total), this_year.quarters > 0);
    m.previous_year = Percent(part(last_year.total), whole(last_year.total), last_year.quarters > 0);
    out.push_back(m);
  };
  add_count("Contacts", [](const LadoReturn& r) { return r.Contacts(); });
  add_count("Referrals", [](const LadoReturn& r) { return r.referrals; });
  add_count("Advice only", [](const LadoReturn& r) { return r.advice; });
  add_count("Referrals with police involvement", [](const LadoReturn& r) { return r.police_involved; });
  add_count("Considered within 1 working day", [](const LadoReturn& r) { return r.considered_within_1_day; });
  add_percent("Considered within 1 working day (% of referrals)", [](const LadoReturn& r) { return r.considered_within_1_day; },
              [](const LadoReturn& r) { return r.referrals; });
  add_count("Cases concluded", [](const LadoReturn& r) { return r.Concluded(); });
  add_count("Concluded within 3 months", [](const LadoReturn& r) { return r.concluded_within_3_months; });
  add_percent("Concluded within 3 months (% of concluded)", [](const LadoReturn& r) { return r.concluded_within_3_months; },
              [](const LadoReturn& r) { return r.Concluded(); });
  for (const auto& t : EmployerSectors())
    add_count("Referrals: " + std::string(t.label), [&](const LadoReturn& r) {
      auto it = r.by_sector.find(t.value);
      return it == r.by_sector.end() ? 0 : it->second;
    });
  for (const auto& t : AllegationOutcomes())
    add_count("Concluded: " + std::string(t.label), [&](const LadoReturn& r) {
      auto it = r.outcomes.find(t.value);
      return it == r.outcomes.end() ? 0 : it->second;
    });
  return out;
}

std::string CellText(const LadoCell& cell, bool percentage, bool publication) {
  if (!cell.value) return "";
  if (percentage) return publication && cell.small ? "-" : std::to_string(*cell.value) + "%";
  return core::PublishableCount(*cell.value, publication);
}

}  // namespace safeboard::assurance
