#include "governance/partnership_form.h"

#include <algorithm>

#include "core/financial_year.h"
#include "core/form_fields.h"
#include "core/text.h"

namespace safeboard::governance {

using core::FieldErrors;
using core::FieldValues;

std::string SlugProblem(std::string_view slug) {
  constexpr auto kRule = "lower-case letters, numbers and hyphens, starting with a letter, like northshire-scp";
  if (slug.size() < 2 || slug.size() > 40) return std::string("Enter a short name of 2 to 40 characters: ") + kRule;
  bool allowed = std::all_of(slug.begin(), slug.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  if (!allowed || !(slug[0] >= 'a' && slug[0] <= 'z') || slug.back() == '-' ||
      slug.find("--") != std::string_view::npos)
    return std::string("The short name must use only ") + kRule;
  return "";
}

std::vector<ChildPopulation> ReadChildPopulations(const FieldValues& in, FieldErrors& errors) {
  std::vector<ChildPopulation> out;
  for (int row = 1; row <= kMaxPopulationRows; ++row) {
    std::string prefix = "population-" + std::to_string(row);
    std::string year_text = core::Trim(core::ValueOf(in, prefix + "-year"));
    std::string children_text = core::Trim(core::ValueOf(in, prefix + "-children"));
    if (year_text.empty() && children_text.empty()) continue;
    ChildPopulation population;
    auto year = core::ParseFinancialYearLabel(year_text);
    if (!year)
      errors.Add(prefix + "-year", "Enter the year as a financial year, like 2025-26");
    else if (std::any_of(out.begin(), out.end(), [&](const auto& p) { return p.year_start == *year; }))
      errors.Add(prefix + "-year", "The child population for " + year_text + " is given twice");
    else
      population.year_start = *year;
    std::string digits;
    for (char c : children_text)
      if (c != ',') digits += c;
    bool number = !digits.empty() && digits.size() <= 8 &&
                  digits.find_first_not_of("0123456789") == std::string::npos && std::stoll(digits) > 0;
    if (!number)
      errors.Add(prefix + "-children", "Enter the number of children as a whole number, like 58,600");
    else
      population.children = std::stoll(digits);
    out.push_back(population);
  }
  return out;
}

FieldErrors ReadNewPartnership(const FieldValues& in, NewPartnership& out) {
  FieldErrors errors;
  auto& p = out.partnership;
  p.name = core::RequiredText(in, "name", "the partnership's name", errors);
  p.slug = core::Trim(core::ValueOf(in, "slug"));
  if (p.slug.empty())
    errors.Add("slug", "Enter a short name for the partnership's web addresses");
  else if (auto problem = SlugProblem(p.slug); !problem.empty())
    errors.Add("slug", problem);
  p.area = core::OptionalText(in, "area", "Area", core::kMaxNameLength, errors);
  out.child_populations = ReadChildPopulations(in, errors);
  auto& manager = out.business_manager;
  manager.full_name = core::RequiredText(in, "manager_name", "the business manager's name", errors);
  manager.email = core::Trim(core::ValueOf(in, "manager_email"));
  if (manager.email.empty())
    errors.Add("manager_email", "Enter the business manager's email address");
  else if (!core::LooksLikeEmail(manager.email) || core::CharacterCount(manager.email) > core::kMaxNameLength)
    errors.Add("manager_email", core::kEmailFormatMessage);
  manager.job_title = core::OptionalText(in, "manager_job_title", "Job title", core::kMaxNameLength, errors);
  return errors;
}

}  // namespace safeboard::governance
