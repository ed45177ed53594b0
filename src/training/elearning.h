// E-learning (issue 17): completions of the board's e-learning modules, imported from the
// provider's CSV export (checked row by row, refused whole on a bad row), and the year's figures:
// people (distinct emails), completions, by module and by agency. No I/O, no clock.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/field_errors.h"
#include "core/import_table.h"

namespace safeboard::training {

struct Completion {
  std::int64_t id = 0;
  std::string module;
  std::string name;
  std::string email;
  std::optional<std::int64_t> agency_id;  // one of the board's agencies, or
  std::string organisation;               // the employer as the provider's export gives it
  core::Date completed_on;
  std::string agency_name;  // read only
};

// What makes a completion one record: module, email (any case) and day.
std::string CompletionKey(const Completion& c);

std::span<const core::ImportColumn> ELearningColumns();

struct ELearningImport {
  std::vector<Completion> rows;
  std::vector<core::ImportError> errors;  // rows numbered as the spreadsheet numbers them
};
// RULE: issue 14 / 17 - every row is checked before any is saved, and one bad row refuses the
// file: a module, a name, a work email, the day completed (not after today); the agency matched
// to one of the board's (`agencies`, any case) or kept as the employer's name; a completion
// already recorded (`recorded` holds their keys) or given twice in the file is refused.
ELearningImport ReadELearningImport(const core::ImportTable& table, const core::NameIndex& agencies,
                                    const std::set<std::string>& recorded, const core::Date& today);

struct ELearningFigures {
  int completions = 0;
  int people = 0;  // distinct work emails
  std::map<std::string, int> completions_by_module;
  std::map<std::string, int> people_by_agency;  // the agency's name, or the employer's
};
ELearningFigures ELearningFiguresOf(std::span<const Completion> completions);

}  // namespace safeboard::training
