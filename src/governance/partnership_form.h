// Reading a new partnership (and the child population it counts its rates by) from a form, the
// API or the command line: the one validation path for setting up a board.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/field_errors.h"
#include "governance/governance.h"

namespace safeboard::governance {

// The number of children aged 0 to 17 living in the area in a financial year (named by the year
// it starts in); rates per 10,000 children are computed from it.
struct ChildPopulation {
  int year_start = 0;
  std::int64_t children = 0;
};

// The business manager a new partnership starts with: a person of the partnership whose board
// administration membership of its board makes them its business manager.
struct FirstBusinessManager {
  std::string full_name;
  std::string email;
  std::string job_title;
};

struct NewPartnership {
  Partnership partnership;
  std::vector<ChildPopulation> child_populations;
  FirstBusinessManager business_manager;
};

// RULE: issue 14 - a partnership's slug names it in every address (/p/<slug>): 2 to 40
// lower-case letters, digits and single hyphens, starting with a letter. "" when it is one.
std::string SlugProblem(std::string_view slug);

// The rows of child population on a form: population-N-year ("2025-26") and
// population-N-children ("58,600") for N = 1, 2, ... up to kMaxPopulationRows. A blank row is
// skipped; a year given twice is refused.
constexpr int kMaxPopulationRows = 20;
std::vector<ChildPopulation> ReadChildPopulations(const core::FieldValues& in, core::FieldErrors& errors);

// Fields: name, slug, area, manager_name, manager_email, manager_job_title and the child
// population rows. Whether the slug is taken is the caller's check.
core::FieldErrors ReadNewPartnership(const core::FieldValues& in, NewPartnership& out);

}  // namespace safeboard::governance
