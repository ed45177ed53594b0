// The training needs analysis (issue 17): a yearly return from each agency or organisation
// (single-agency training in place; staff accessing inter-agency training; the gaps it sees), the
// year's figures, and beside them the needs raised by audits and case reviews (learning/). No I/O.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/field_errors.h"

namespace safeboard::training {

struct NeedsReturn {
  std::int64_t id = 0;
  int year_start = 0;
  std::optional<std::int64_t> agency_id;  // one of the board's agencies, or
  std::string organisation;               // another respondent by name (a school, a setting)
  bool single_agency_in_place = false;
  bool accessing_inter_agency = false;
  std::string gaps;
  core::Date returned_on;
  std::string agency_name;  // read only

  const std::string& Name() const { return agency_id ? agency_name : organisation; }
};

// What makes a respondent one in a year: the agency's id or the name in lower case.
std::string RespondentKey(const NeedsReturn& r);

// A return: the year (a financial year's start), the agency (one of `agencies`) or the
// organisation, yes or no to each question, the gaps, and the day returned (not after today).
// RULE: issue 17 - one return per respondent a year (`returned` holds the year's keys).
core::FieldErrors ReadNeedsReturn(const core::FieldValues& in, const std::vector<std::int64_t>& agencies,
                                  const std::vector<std::string>& returned, const core::Date& today, NeedsReturn& out);

struct NeedsFigures {
  int respondents = 0;
  int single_agency_in_place = 0;
  int accessing_inter_agency = 0;
  // Whole percentages of respondents, rounded half up; nullopt with no respondents.
  std::optional<int> SingleAgencyPercent() const;
  std::optional<int> InterAgencyPercent() const;
};
NeedsFigures NeedsFiguresOf(std::span<const NeedsReturn> returns);

}  // namespace safeboard::training
