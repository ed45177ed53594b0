// Business plan rules and import checks.
#include "plan/plan.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <sstream>

#include "core/financial_year.h"
#include "core/fold_case.h"
#include "core/form_fields.h"
#include "core/suggest.h"
#include "core/text.h"

namespace safeboard::plan {
namespace {

using namespace std::chrono;

constexpr std::array<core::Term<Rag>, 3> kRags{{
    {Rag::kRed, "red", "Red"},
    {Rag::kAmber, "amber", "Amber"},
    {Rag::kGreen, "green", "Green"},
}};

// Names, headings and words compare case-folded in any script.
std::string Lower(std::string_view s) { return core::FoldCase(s); }

std::optional<unsigned> MonthNumber(std::string_view word) {
  static const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                                  "july",    "august",   "september", "october", "november", "december"};
  std::string w = Lower(word);
  if (w.size() < 3) return std::nullopt;
  for (unsigned i = 0; i < 12; ++i)
    if (std::string_view(kMonths[i]).starts_with(w)) return i + 1;
  return std::nullopt;
}

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Date MonthEnd(int y, unsigned m) { return Date{year(y) / month(m) / last}; }

std::string Join(const std::vector<Date>& dates) {
  std::string out;
  for (const auto& d : dates) out += (out.empty() ? "" : ", ") + core::FormatDateLong(d);
  return out;
}

const std::array<std::string_view, 12> kMonthNames = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};

// The financial year's quarter `q` (1: April to June) of the year starting in `fy`.
std::pair<Date, Date> QuarterDates(int fy, int q) {
  unsigned first_month = static_cast<unsigned>(4 + (q - 1) * 3);
  int y = fy;
  if (first_month > 12) {
    first_month -= 12;
    y += 1;
  }
  return {year(y) / month(first_month) / 1, MonthEnd(y, first_month + 2)};
}

// "Month yyyy" (or "Month" then a year later in the text) as the month's first and last days.
std::optional<std::pair<Date, Date>> MonthOf(std::string_view month_word, std::string_view year_word) {
  auto m = MonthNumber(month_word);
  if (!m || !AllDigits(year_word) || year_word.size() != 4) return std::nullopt;
  int y = std::stoi(std::string(year_word));
  return std::pair{year(y) / month(*m) / 1, MonthEnd(y, *m)};
}

// The kinds beyond dates, "ongoing" and "within N months of": from the lower-cased text.
std::optional<ByWhen> ParseSpecialByWhen(const std::string& lower) {
  ByWhen out;
  if (lower == "every quarter" || lower == "quarterly") {
    out.kind = ByWhen::Kind::kRepeating;
    out.repeat = ByWhen::Repeat::kQuarterly;
    return out;
  }
  if (lower == "twice a year" || lower == "every six months" || lower == "every 6 months" || lower == "half-yearly" ||
      lower == "half yearly") {
    out.kind = ByWhen::Kind::kRepeating;
    out.repeat = ByWhen::Repeat::kHalfYearly;
    return out;
  }
  for (std::string_view prefix : {"each ", "every ", "annually in ", "yearly in "})
    if (lower.starts_with(prefix))
      if (auto m = MonthNumber(lower.substr(prefix.size())); m && lower.size() - prefix.size() >= 3) {
        out.kind = ByWhen::Kind::kRepeating;
        out.repeat = ByWhen::Repeat::kYearly;
        out.repeat_month = *m;
        return out;
      }
  // "q3 2013/14", "q3 2013-14"
  if (lower.size() >= 9 && lower[0] == 'q' && lower[1] >= '1' && lower[1] <= '4' && lower[2] == ' ') {
    if (auto fy = core::ParseFinancialYearLabel(core::Trim(lower.substr(3)))) {
      auto [first, last] = QuarterDates(*fy, lower[1] - '0');
      out.kind = ByWhen::Kind::kQuarter;
      out.dates = {first, last};
      return out;
    }
    return std::nullopt;
  }
  // "end of september 2013"
  if (lower.starts_with("end of ")) {
    std::istringstream in(lower.substr(7));
    std::string m, y, rest;
    if (in >> m >> y && !(in >> rest))
      if (auto month = MonthOf(m, y)) {
        out.kind = ByWhen::Kind::kDates;
        out.dates = {month->second};
        return out;
      }
    return std::nullopt;
  }
  // "first by march 2014, then ongoing"
  if (lower.starts_with("first by ")) {
    auto then = lower.find("then ongoing");
    if (then == std::string::npos) return std::nullopt;
    std::string when = core::Trim(lower.substr(9, then - 9));
    while (!when.empty() && (when.back() == ',' || when.back() == ' ')) when.pop_back();
    auto first = ParseByWhen(when);
    if (!first || first->kind != ByWhen::Kind::kDates || first->dates.size() != 1) return std::nullopt;
    out.kind = ByWhen::Kind::kFirstThenOngoing;
    out.dates = first->dates;
    return out;
  }
  // "june-july 2013", "june to july 2013", "november 2013 - january 2014"
  for (std::string_view separator : {" - ", "-", " to "}) {
    auto at = lower.find(separator);
    if (at == std::string::npos || at == 0) continue;
    std::istringstream left(lower.substr(0, at)), right(lower.substr(at + separator.size()));
    std::string m1, y1, m2, y2, extra;
    left >> m1 >> y1;
    right >> m2 >> y2;
    if (m1.empty() || m2.empty() || y2.empty() || (right >> extra)) continue;
    if (y1.empty()) y1 = y2;
    auto start = MonthOf(m1, y1), end = MonthOf(m2, y2);
    if (!start || !end || !(start->first < end->second)) continue;
    out.kind = ByWhen::Kind::kRange;
    out.dates = {start->first, end->second};
    return out;
  }
  return std::nullopt;
}

}  // namespace

std::span<const core::Term<Rag>> Rags() { return kRags; }

core::Status StatusOf(Rag rag) {
  std::string label(core::LabelOf(Rags(), rag));
  switch (rag) {
    case Rag::kRed: return {label, core::Tone::kBad};
    case Rag::kAmber: return {label, core::Tone::kWarning};
    case Rag::kGreen: return {label, core::Tone::kGood};
  }
  return {label, core::Tone::kNeutral};
}

std::optional<ByWhen> ParseByWhen(std::string_view text) {
  std::string lower = Lower(core::Trim(text));
  if (lower.empty()) return std::nullopt;
  ByWhen out;
  if (lower == "ongoing" || lower == "on-going" || lower == "on going") {
    out.kind = ByWhen::Kind::kOngoing;
    return out;
  }
  if (auto special = ParseSpecialByWhen(lower)) return special;
  // "within 3 months of new guidance"
  if (lower.starts_with("within ")) {
    std::istringstream in(lower.substr(7));
    int months = 0;
    std::string unit, of;
    if (in >> months >> unit >> of && months > 0 && months <= 120 && unit.starts_with("month") && of == "of") {
      std::string trigger;
      std::getline(in, trigger);
      trigger = core::Trim(trigger);
      if (trigger.empty()) return std::nullopt;
      out.kind = ByWhen::Kind::kAfterTrigger;
      out.months_after = months;
      out.trigger = trigger;
      return out;
    }
    return std::nullopt;
  }
  // One or more dates: ISO, dd/mm/yyyy, or "Month yyyy".
  out.kind = ByWhen::Kind::kDates;
  std::vector<std::string> words;
  {
    std::string word;
    for (char c : std::string(core::Trim(text)) + " ") {
      if (c == ' ' || c == ',' || c == ';' || c == '\n' || c == '\t') {
        if (!word.empty()) words.push_back(word);
        word.clear();
      } else {
        word += c;
      }
    }
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (auto iso = core::ParseDate(w)) {
      out.dates.push_back(*iso);
    } else if (std::count(w.begin(), w.end(), '/') == 2) {
      auto a = w.find('/'), b = w.rfind('/');
      std::string d = w.substr(0, a), m = w.substr(a + 1, b - a - 1), y = w.substr(b + 1);
      if (!AllDigits(d) || !AllDigits(m) || !AllDigits(y) || y.size() != 4) return std::nullopt;
      Date date = year(std::stoi(y)) / month(std::stoul(m)) / day(std::stoul(d));
      if (!date.ok()) return std::nullopt;
      out.dates.push_back(date);
    } else if (auto m = MonthNumber(w); m && i + 1 < words.size() && AllDigits(words[i + 1]) &&
                                         words[i + 1].size() == 4) {
      out.dates.push_back(MonthEnd(std::stoi(words[i + 1]), *m));
      ++i;
    } else {
      return std::nullopt;
    }
  }
  if (out.dates.empty()) return std::nullopt;
  std::sort(out.dates.begin(), out.dates.end());
  return out;
}

std::string FormatByWhen(const ByWhen& b) {
  switch (b.kind) {
    case ByWhen::Kind::kOngoing: return "Ongoing";
    case ByWhen::Kind::kAfterTrigger:
      return "Within " + std::to_string(b.months_after) + " months of " + b.trigger +
             (b.triggered_on ? " (" + core::FormatDateLong(*b.triggered_on) + ")" : "");
    case ByWhen::Kind::kDates: return Join(b.dates);
    case ByWhen::Kind::kQuarter: {
      int fy = core::FinancialYearOf(b.dates.front());
      int q = (static_cast<int>(unsigned(b.dates.front().month())) + 8) % 12 / 3 + 1;
      std::string label = core::FinancialYearLabel(fy);
      return "Q" + std::to_string(q) + " " + label.substr(0, 4) + "/" + label.substr(5);
    }
    case ByWhen::Kind::kRange:
      return std::string(kMonthNames[unsigned(b.dates.front().month()) - 1]) +
             (b.dates.front().year() == b.dates.back().year() ? "" : " " + std::to_string(int(b.dates.front().year()))) +
             " to " + std::string(kMonthNames[unsigned(b.dates.back().month()) - 1]) + " " +
             std::to_string(int(b.dates.back().year()));
    case ByWhen::Kind::kRepeating:
      switch (b.repeat) {
        case ByWhen::Repeat::kQuarterly: return "Every quarter";
        case ByWhen::Repeat::kHalfYearly: return "Twice a year";
        case ByWhen::Repeat::kYearly: return "Each " + std::string(kMonthNames[b.repeat_month - 1]);
      }
      return "";
    case ByWhen::Kind::kFirstThenOngoing: return "First by " + Join(b.dates) + ", then ongoing";
  }
  return "";
}

std::string ByWhenAsTyped(const ByWhen& b) {
  switch (b.kind) {
    case ByWhen::Kind::kDates: return EncodeByWhen(b);
    case ByWhen::Kind::kAfterTrigger: return "within " + std::to_string(b.months_after) + " months of " + b.trigger;
    case ByWhen::Kind::kFirstThenOngoing: return "first by " + core::FormatDate(b.dates.front()) + ", then ongoing";
    default: return FormatByWhen(b);
  }
}

std::string EncodeByWhen(const ByWhen& b) {
  switch (b.kind) {
    case ByWhen::Kind::kOngoing: return "ongoing";
    case ByWhen::Kind::kAfterTrigger: return "after " + std::to_string(b.months_after) + " months: " + b.trigger;
    case ByWhen::Kind::kDates: {
      std::string out;
      for (const auto& d : b.dates) out += (out.empty() ? "" : " ") + core::FormatDate(d);
      return out;
    }
    case ByWhen::Kind::kQuarter: return "quarter " + core::FormatDate(b.dates.front()) + " " + core::FormatDate(b.dates.back());
    case ByWhen::Kind::kRange: return "range " + core::FormatDate(b.dates.front()) + " " + core::FormatDate(b.dates.back());
    case ByWhen::Kind::kRepeating:
      switch (b.repeat) {
        case ByWhen::Repeat::kQuarterly: return "repeat quarterly";
        case ByWhen::Repeat::kHalfYearly: return "repeat half-yearly";
        case ByWhen::Repeat::kYearly: return "repeat yearly " + std::to_string(b.repeat_month);
      }
      return "ongoing";
    case ByWhen::Kind::kFirstThenOngoing: return "first " + core::FormatDate(b.dates.front()) + " then ongoing";
  }
  return "ongoing";
}

std::optional<ByWhen> DecodeByWhen(std::string_view stored) {
  if (stored.starts_with("after ")) {
    auto colon = stored.find(": ");
    if (colon == std::string_view::npos) return std::nullopt;
    ByWhen b;
    b.kind = ByWhen::Kind::kAfterTrigger;
    b.months_after = std::atoi(std::string(stored.substr(6, colon - 6)).c_str());
    b.trigger = std::string(stored.substr(colon + 2));
    return b;
  }
  auto two_dates = [&](std::size_t from, ByWhen::Kind kind) -> std::optional<ByWhen> {
    auto first = core::ParseDate(stored.substr(from, 10));
    auto last = stored.size() >= from + 21 ? core::ParseDate(stored.substr(from + 11, 10)) : std::nullopt;
    if (!first || !last) return std::nullopt;
    ByWhen b;
    b.kind = kind;
    b.dates = {*first, *last};
    return b;
  };
  if (stored.starts_with("quarter ")) return two_dates(8, ByWhen::Kind::kQuarter);
  if (stored.starts_with("range ")) return two_dates(6, ByWhen::Kind::kRange);
  if (stored.starts_with("repeat ")) {
    ByWhen b;
    b.kind = ByWhen::Kind::kRepeating;
    if (stored == "repeat quarterly") b.repeat = ByWhen::Repeat::kQuarterly;
    else if (stored == "repeat half-yearly") b.repeat = ByWhen::Repeat::kHalfYearly;
    else if (stored.starts_with("repeat yearly ")) {
      b.repeat = ByWhen::Repeat::kYearly;
      int m = std::atoi(std::string(stored.substr(14)).c_str());
      if (m < 1 || m > 12) return std::nullopt;
      b.repeat_month = static_cast<unsigned>(m);
    } else return std::nullopt;
    return b;
  }
  if (stored.starts_with("first ")) {
    auto first = core::ParseDate(stored.substr(6, 10));
    if (!first) return std::nullopt;
    ByWhen b;
    b.kind = ByWhen::Kind::kFirstThenOngoing;
    b.dates = {*first};
    return b;
  }
  return ParseByWhen(stored);
}

namespace {

// A repeating action's occurrences: quarter ends, 30 September and 31 March, or the end of its
// month each year; from 2000 to the first on or after `until`.
std::vector<Date> Occurrences(const ByWhen& b, const Date& until) {
  std::vector<unsigned> months;
  switch (b.repeat) {
    case ByWhen::Repeat::kQuarterly: months = {3, 6, 9, 12}; break;
    case ByWhen::Repeat::kHalfYearly: months = {3, 9}; break;
    case ByWhen::Repeat::kYearly: months = {b.repeat_month}; break;
  }
  std::vector<Date> out;
  int last_year = std::min(int(until.year()) + 1, 2200);
  for (int y = 2000; y <= last_year; ++y)
    for (unsigned m : months) {
      Date d = MonthEnd(y, m);
      out.push_back(d);
      if (!(d < until)) return out;
    }
  return out;
}

}  // namespace

std::vector<Date> DueDates(const ByWhen& b, const Date& until) {
  if (b.kind == ByWhen::Kind::kDates || b.kind == ByWhen::Kind::kFirstThenOngoing) return b.dates;
  if (b.kind == ByWhen::Kind::kQuarter || b.kind == ByWhen::Kind::kRange) return {b.dates.back()};
  if (b.kind == ByWhen::Kind::kRepeating) return Occurrences(b, until);
  if (b.kind == ByWhen::Kind::kAfterTrigger && b.triggered_on) {
    year_month ym = b.triggered_on->year() / b.triggered_on->month() + months(b.months_after);
    return {ym / std::min(b.triggered_on->day(), (ym / last).day())};
  }
  return {};
}

bool IsOverdue(const ByWhen& by_when, std::span<const ProgressUpdate> updates, const Date& today) {
  if (by_when.kind == ByWhen::Kind::kRepeating) {
    // The latest occurrence before today, and the one before it: an update in between reports it.
    auto occurrences = Occurrences(by_when, today);
    std::vector<Date> passed;
    for (const auto& d : occurrences)
      if (d < today) passed.push_back(d);
    if (passed.size() < 2) return false;
    const Date& due = passed.back();
    const Date& previous = passed[passed.size() - 2];
    return std::none_of(updates.begin(), updates.end(),
                        [&](const ProgressUpdate& u) { return previous < u.on && !(due < u.on); });
  }
  auto due = DueDates(by_when);
  bool passed = std::any_of(due.begin(), due.end(), [&](const Date& d) { return d < today; });
  if (!passed) return false;
  auto latest = LatestUpdate(updates);
  return !latest || latest->rag != Rag::kGreen;
}

void AddToStanding(PlanStanding& standing, const ByWhen& by_when, std::span<const ProgressUpdate> updates,
                   const Date& today) {
  if (auto latest = LatestUpdate(updates)) {
    switch (latest->rag) {
      case Rag::kRed: ++standing.red; break;
      case Rag::kAmber: ++standing.amber; break;
      case Rag::kGreen: ++standing.green; break;
    }
  } else {
    ++standing.no_update;
  }
  if (IsOverdue(by_when, updates, today)) ++standing.overdue;
}

std::optional<ProgressUpdate> LatestUpdate(std::span<const ProgressUpdate> updates) {
  std::optional<ProgressUpdate> latest;
  for (const auto& u : updates)
    if (!latest || !(u.on < latest->on)) latest = u;
  return latest;
}

core::FieldErrors ReadProgressUpdate(const core::FieldValues& in, ProgressUpdate& out) {
  core::FieldErrors errors;
  auto rag = core::ParseCode(Rags(), Lower(core::Trim(core::ValueOf(in, "rag"))));
  if (!rag) errors.Add("rag", "Select red, amber or green");
  else out.rag = *rag;
  out.text = core::Trim(core::ValueOf(in, "text"));
  if (out.text.empty()) errors.Add("text", "Enter the progress made");
  if (core::CharacterCount(out.text) > 10000) errors.Add("text", core::TooLongMessage("Progress", 10000));
  return errors;
}

core::FieldErrors ReadObjectiveFields(const core::FieldValues& in, ObjectiveFields& out) {
  core::FieldErrors errors;
  out.number = core::Trim(core::ValueOf(in, "number"));
  if (core::CharacterCount(out.number) > 20) errors.Add("number", core::TooLongMessage("The number", 20));
  out.outcome = core::Trim(core::ValueOf(in, "outcome"));
  if (out.outcome.empty()) errors.Add("outcome", "Enter the desired outcome");
  return errors;
}

std::optional<int> RiskScore(const Risk& risk) {
  if (!risk.likelihood || !risk.severity) return std::nullopt;
  return *risk.likelihood * *risk.severity;
}

core::FieldErrors ReadRisk(const core::FieldValues& in, Risk& out) {
  core::FieldErrors errors;
  out.description = core::RequiredText(in, "risk", "the risk", errors, 2000);
  out.impact = core::RequiredText(in, "impact", "its impact: what would follow if it happened", errors, 2000);
  auto score = [&](const char* field, const char* label) -> std::optional<int> {
    std::string text = core::Trim(core::ValueOf(in, field));
    if (text.empty()) return std::nullopt;
    if (text.size() != 1 || text[0] < '1' || text[0] > '5') {
      errors.Add(field, std::string(label) + " must be a whole number from 1 to 5");
      return std::nullopt;
    }
    return text[0] - '0';
  };
  out.likelihood = score("likelihood", "Likelihood");
  out.severity = score("severity", "Severity");
  return errors;
}

core::FieldErrors ReadActionFields(const core::FieldValues& in, ActionFields& out) {
  core::FieldErrors errors;
  out.activity = core::Trim(core::ValueOf(in, "activity"));
  if (out.activity.empty()) errors.Add("activity", "Enter the action");
  out.measure = core::Trim(core::ValueOf(in, "measure"));
  out.resources = core::Trim(core::ValueOf(in, "resources"));
  out.evidence = core::Trim(core::ValueOf(in, "evidence"));
  std::string cost;
  for (char c : core::Trim(core::ValueOf(in, "cost")))
    if (c != ',' && c != '\xC2' && c != '\xA3') cost += c;  // drop thousands commas and "£"
  out.cost_pence = 0;
  if (!cost.empty()) {
    auto dot = cost.find('.');
    std::string pounds = cost.substr(0, dot), pence = dot == std::string::npos ? "" : cost.substr(dot + 1);
    bool ok = AllDigits(pounds) && pounds.size() <= 9 && (pence.empty() || (AllDigits(pence) && pence.size() <= 2)) &&
              !(dot != std::string::npos && pence.empty());
    if (!ok)
      errors.Add("cost", "Enter the cost in pounds, like 1,500 or 1500.50");
    else
      out.cost_pence = std::stoll(pounds) * 100 + (pence.empty() ? 0 : std::stoll(pence.size() == 1 ? pence + "0" : pence));
  }
  auto by_when = ParseByWhen(core::ValueOf(in, "by_when"));
  if (!by_when) errors.Add("by_when", kByWhenKinds);
  else out.by_when = *by_when;
  std::string triggered = core::Trim(core::ValueOf(in, "triggered_on"));
  if (!triggered.empty()) {
    auto date = core::ParseDate(triggered);
    if (!date) errors.Add("triggered_on", "The trigger date must be a real date, like 2012-01-31");
    else if (by_when && by_when->kind == ByWhen::Kind::kAfterTrigger) out.by_when.triggered_on = date;
    else if (by_when) errors.Add("triggered_on", "Only an action due \"within N months of\" something has a trigger date");
  }
  return errors;
}

std::string FormatPence(std::int64_t pence) {
  std::string pounds = std::to_string(pence / 100);
  for (int i = static_cast<int>(pounds.size()) - 3; i > 0; i -= 3) pounds.insert(static_cast<std::size_t>(i), ",");
  char tail[8];
  std::snprintf(tail, sizeof tail, ".%02d", static_cast<int>(pence % 100));
  return "\xC2\xA3" + pounds + tail;
}

namespace {

// RULE: issue 14 - import messages suggest near matches.
std::string UnknownLeadMessage(const std::string& lead, std::span<const std::string> known_leads) {
  std::string message = "\"" + lead + "\" is not a group, post or person of this partnership";
  if (auto nearest = core::NearestName(lead, known_leads)) message += "; did you mean \"" + *nearest + "\"?";
  return message;
}

// The messages for a lead cell SplitLeads cannot read: each unknown part of a cell split by ";",
// or the whole cell.
std::vector<std::string> UnknownLeadMessages(const std::string& cell, std::span<const std::string> known_leads) {
  std::vector<std::string> out;
  if (cell.find(';') != std::string::npos)
    for (const auto& part : core::SplitList(cell, ";"))
      if (!SplitLeads(part, known_leads)) out.push_back(UnknownLeadMessage(part, known_leads));
  if (out.empty()) {
    std::string message = UnknownLeadMessage(cell, known_leads);
    // The cell may have meant several leads joined in a way that did not read.
    bool joined = cell.find_first_of(",/+&\n") != std::string::npos || cell.find(" and ") != std::string::npos;
    if (joined) message += std::string(message.back() == '?' ? " " : ". ") + "To name several leads, separate them with \";\"";
    out.push_back(std::move(message));
  }
  return out;
}

}  // namespace

namespace {

constexpr std::array<ImportField, 8> kImportFields{{
    {"Desired Outcome", true, "The objective the action serves; a blank cell carries down the one above"},
    {"Actions", true, "What will be done"},
    {"Performance Measures", false, "How the board will know it worked"},
    {"Lead", true, "Groups, posts or people of the partnership; several separated by \";\""},
    {"Resources required", false, ""},
    {"By when", true, "A date, a month, \"ongoing\" or \"within N months of ...\""},
    {"Progress report", false, "The latest progress, saved as an update"},
    {"RAG", false, "Red, amber or green"},
}};

// Other boards' names for each field, matched whatever their case.
const std::map<std::string, std::vector<std::string>>& Synonyms() {
  static const std::map<std::string, std::vector<std::string>> synonyms = {
      {"Desired Outcome", {"outcome", "objective", "priority", "workstream", "aim", "goal", "strategic priority"}},
      {"Actions", {"action", "activity", "activities", "task", "what we will do"}},
      {"Performance Measures", {"measure", "measures", "how we will know", "success measure", "success criteria",
                                "evidence", "outcome measure"}},
      {"Lead", {"owner", "accountable", "responsible", "lead officer", "lead agency", "who"}},
      {"Resources required", {"resources", "resource", "cost", "budget"}},
      {"By when", {"deadline", "due", "due date", "timescale", "target date", "when", "completion date"}},
      {"Progress report", {"progress", "update", "progress update", "comments", "status update"}},
      {"RAG", {"rag rating", "rag status", "status", "rating"}},
  };
  return synonyms;
}

}  // namespace

std::span<const ImportField> ImportFields() { return kImportFields; }

ColumnMapping SuggestMapping(const std::vector<std::string>& header,
                             const std::map<std::string, std::string>& remembered) {
  ColumnMapping out;
  std::vector<bool> taken(header.size(), false);
  auto give = [&](const std::string& field, std::size_t column) {
    if (out.count(field) || taken[column]) return;
    out[field] = column;
    taken[column] = true;
  };
  for (std::size_t c = 0; c < header.size(); ++c)
    if (auto it = remembered.find(Lower(core::Trim(header[c]))); it != remembered.end()) give(it->second, c);
  for (const auto& f : kImportFields)
    for (std::size_t c = 0; c < header.size(); ++c)
      if (Lower(core::Trim(header[c])) == Lower(f.heading)) give(f.heading, c);
  for (const auto& f : kImportFields)
    for (const auto& synonym : Synonyms().at(f.heading))
      for (std::size_t c = 0; c < header.size(); ++c)
        if (Lower(core::Trim(header[c])) == synonym) give(f.heading, c);
  return out;
}

core::FieldErrors ReadMapping(const core::FieldValues& in, std::size_t columns, ColumnMapping& out) {
  core::FieldErrors errors;
  out.clear();
  std::map<std::size_t, std::string> field_of_column;
  for (std::size_t n = 0; n < kImportFields.size(); ++n) {
    const auto& f = kImportFields[n];
    std::string name = "field-" + std::to_string(n);
    std::string text = core::Trim(core::ValueOf(in, name));
    if (text.empty()) {
      if (f.required) errors.Add(name, "Choose the column that gives " + std::string(f.heading));
      continue;
    }
    bool digits = text.size() < 4 && text.find_first_not_of("0123456789") == std::string::npos;
    std::size_t column = digits ? std::stoul(text) : columns;
    if (column >= columns) {
      errors.Add(name, "Choose one of the spreadsheet's columns for " + std::string(f.heading));
      continue;
    }
    if (auto [it, inserted] = field_of_column.emplace(column, f.heading); !inserted) {
      errors.Add(name, "That column already gives " + it->second + ": choose another for " + std::string(f.heading));
      continue;
    }
    out[f.heading] = column;
  }
  return errors;
}

ImportResult CheckPlanImport(const std::vector<std::vector<std::string>>& table,
                             std::span<const std::string> known_leads) {
  ImportResult result;
  if (table.empty()) {
    result.errors.push_back({1, "", "The file is empty"});
    return result;
  }
  ColumnMapping mapping;
  for (std::size_t c = 0; c < table[0].size(); ++c)
    for (const char* name : kImportColumns)
      if (Lower(core::Trim(table[0][c])) == Lower(name) && !mapping.count(name)) mapping[name] = c;
  for (const char* name : kImportColumns)
    if (!mapping.count(name)) result.errors.push_back({1, name, "The column \"" + std::string(name) + "\" is missing"});
  if (!result.errors.empty()) return result;
  return CheckMappedPlanImport(table, known_leads, mapping);
}

ImportResult CheckMappedPlanImport(const std::vector<std::vector<std::string>>& table,
                                   std::span<const std::string> known_leads, const ColumnMapping& mapping) {
  ImportResult result;
  if (table.empty()) {
    result.errors.push_back({1, "", "The file is empty"});
    return result;
  }
  // Errors name the spreadsheet's own column heading.
  auto heading = [&](const char* field) {
    auto it = mapping.find(field);
    return it != mapping.end() && it->second < table[0].size() ? core::Trim(table[0][it->second]) : std::string(field);
  };
  auto cell = [&](const std::vector<std::string>& row, const char* field) {
    auto it = mapping.find(field);
    if (it == mapping.end()) return std::string();
    return it->second < row.size() ? core::Trim(row[it->second]) : std::string();
  };
  std::string objective;
  for (std::size_t r = 1; r < table.size(); ++r) {
    const auto& row = table[r];
    int row_number = static_cast<int>(r + 1);
    if (std::all_of(row.begin(), row.end(), [](const std::string& s) { return core::Trim(s).empty(); }))
      continue;
    ImportedAction a;
    a.source_row = row_number;
    if (auto outcome = cell(row, "Desired Outcome"); !outcome.empty()) objective = outcome;
    a.objective = objective;
    if (objective.empty()) result.errors.push_back({row_number, heading("Desired Outcome"), "Enter the desired outcome"});
    a.activity = cell(row, "Actions");
    if (a.activity.empty()) result.errors.push_back({row_number, heading("Actions"), "Enter the action"});
    a.measure = cell(row, "Performance Measures");
    a.lead = cell(row, "Lead");
    if (a.lead.empty())
      result.errors.push_back({row_number, heading("Lead"), "Enter the lead group, post or person"});
    else if (auto leads = SplitLeads(a.lead, known_leads))
      a.leads = std::move(*leads);
    else
      for (auto& message : UnknownLeadMessages(a.lead, known_leads))
        result.errors.push_back({row_number, heading("Lead"), std::move(message)});
    a.resources = cell(row, "Resources required");
    std::string by_when = cell(row, "By when");
    if (auto parsed = ParseByWhen(by_when))
      a.by_when = *parsed;
    else
      result.errors.push_back({row_number, heading("By when"),
                               by_when.empty() ? "Enter when the action is due, or \"ongoing\""
                                               : "\"" + by_when + "\" cannot be read. " + kByWhenKinds});
    a.progress = cell(row, "Progress report");
    std::string rag = Lower(cell(row, "RAG"));
    if (rag == "r") rag = "red";
    if (rag == "a") rag = "amber";
    if (rag == "g") rag = "green";
    if (!rag.empty()) {
      a.rag = core::ParseCode(Rags(), rag);
      if (!a.rag) result.errors.push_back({row_number, heading("RAG"), "\"" + cell(row, "RAG") + "\" is not red, amber or green"});
    }
    result.actions.push_back(std::move(a));
  }
  if (result.actions.empty() && result.errors.empty())
    result.errors.push_back({2, "", "The file has no actions"});
  return result;
}

}  // namespace safeboard::plan
