// The LADO's quarterly returns (issue 16): allegations against people who work with children, as
// aggregates only. The records, the form reader (pages, API, demo), the year's totals and the
// measures the page shows. No I/O, no clock.
#pragma once
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/field_errors.h"
#include "core/vocabulary.h"

namespace safeboard::assurance {

enum class EmployerSector {
  kEducation, kEarlyYears, kHealth, kSocialCare, kFosterCare, kPolice, kVoluntaryFaith, kSportLeisure, kTransport, kOther
};
std::span<const core::Term<EmployerSector>> EmployerSectors();

// RULE: Working Together (managing allegations) - the outcomes of an allegation.
enum class AllegationOutcome { kSubstantiated, kUnsubstantiated, kFalse, kMalicious, kUnfounded };
std::span<const core::Term<AllegationOutcome>> AllegationOutcomes();

struct LadoReturn {
  std::int64_t id = 0;
  int year_start = 0;
  int quarter = 1;  // 1 = April to June
  int referrals = 0;
  int advice = 0;  // contacts that were advice only
  int police_involved = 0;
  int considered_within_1_day = 0;
  int concluded_within_3_months = 0;
  std::string delay_reasons;
  std::optional<std::int64_t> reported_at_meeting_id;
  std::map<EmployerSector, int> by_sector;      // referrals by the employer's sector
  std::map<AllegationOutcome, int> outcomes;    // cases concluded in the quarter

  int Contacts() const { return referrals + advice; }
  int Concluded() const;
};

// "Q1 (April to June)".
std::string QuarterLabel(int quarter);

// A quarter from a form or JSON: year (a financial year's start), quarter (1 to 4), each count a
// whole number from 0, sector_CODE and outcome_CODE counts, the delay reasons and the meeting it
// was reported to (one of `meetings`).
// RULE: issue 16 - the sectors add up to the referrals; police involvement and referrals
// considered within a working day are at most the referrals; cases concluded within three months
// are at most those concluded.
core::FieldErrors ReadLadoReturn(const core::FieldValues& in, const std::vector<std::int64_t>& meetings, LadoReturn& out);

// A year's quarters added up (quarters not recorded count nothing; `quarters` says how many were).
struct LadoYear {
  int quarters = 0;
  LadoReturn total;
};
LadoYear YearTotals(std::span<const LadoReturn> returns);

// A count or a whole percentage (half up); nothing when the quarter is not recorded or the
// percentage has no base. `small` when a count is 1 to 5, or a percentage is of or from one.
struct LadoCell {
  std::optional<int> value;
  bool small = false;
};
// One line of the year's table: its label and the cell for each quarter, the year and the year
// before.
struct LadoMeasure {
  std::string label;
  LadoCell quarter[4];
  LadoCell year;
  LadoCell previous_year;
  bool percentage = false;
};
// The measures in the order the page shows them: contacts, referrals, advice, police
// involvement, considered within a working day (count and %), concluded, concluded within three
// months (count and %), then each sector and each outcome.
std::vector<LadoMeasure> LadoMeasures(std::span<const LadoReturn> year, std::span<const LadoReturn> previous_year);

// A whole percentage, half up; nothing when `whole` is 0.
std::optional<int> WholePercent(int part, int whole);

// RULE: issue 16 - LADO figures are published like the CDOP figures: a count of 1 to 5 shows as
// "1-5", and a percentage of or from such a count is left out ("-"), so no worker or child can be
// identified. Not recorded: "".
std::string CellText(const LadoCell& cell, bool percentage, bool publication);

}  // namespace safeboard::assurance
