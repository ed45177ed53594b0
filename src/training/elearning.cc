#include "training/elearning.h"

#include <algorithm>
#include <cctype>

#include "core/form_fields.h"
#include "core/date.h"
#include "core/text.h"

namespace safeboard::training {
namespace {

constexpr core::ImportColumn kColumns[] = {
    {"Module", "module", true, "The module's title, like Basic Safeguarding"},
    {"Name", "name", true, "The learner's name"},
    {"Email", "email", true, "The learner's work email"},
    {"Agency", "agency", false, "One of the board's agencies by name, or the employer"},
    {"Completed", "completed_on", true, "The day completed, like 2011-10-14 or 14/10/2011"},
};

}  // namespace

std::string CompletionKey(const Completion& c) {
  return core::AsciiLower(c.module) + "|" + core::AsciiLower(c.email) + "|" + core::FormatDate(c.completed_on);
}

std::span<const core::ImportColumn> ELearningColumns() { return kColumns; }

ELearningImport ReadELearningImport(const core::ImportTable& table, const core::NameIndex& agencies,
                                    const std::set<std::string>& recorded, const core::Date& today) {
  ELearningImport out;
  auto field_of_cell = core::ReadImportHeader(table, ELearningColumns(), out.errors);
  if (!out.errors.empty()) return out;
  std::set<std::string> in_file;
  core::ForEachImportRow(table, field_of_cell, [&](int row, core::FieldValues in) {
    core::FieldErrors errors;
    Completion c;
    c.module = core::RequiredText(in, "module", "the module", errors);
    c.name = core::RequiredText(in, "name", "the learner's name", errors);
    c.email = core::Trim(core::ValueOf(in, "email"));
    if (c.email.empty())
      errors.Add("email", "Enter the learner's work email");
    else if (!core::LooksLikeEmail(c.email))
      errors.Add("email", core::kEmailFormatMessage);
    auto agency = core::Trim(core::ValueOf(in, "agency"));
    if (!agency.empty()) {
      auto id = agencies.Find(agency);
      if (id && *id != core::NameIndex::kAmbiguous)
        c.agency_id = *id;
      else
        c.organisation = agency;  // an employer that is not one of the board's agencies
    }
    auto text = core::Trim(core::ValueOf(in, "completed_on"));
    std::optional<core::Date> on;
    if (text.empty())
      errors.Add("completed_on", "Enter the day completed");
    else if (!(on = core::ParseSpreadsheetDate(text)))
      errors.Add("completed_on", "Enter the day completed as a real date, like 2011-10-14 or 14/10/2011");
    if (on) c.completed_on = *on;
    if (on && today < *on && !errors.For("completed_on")) errors.Add("completed_on", "The date cannot be in the future");
    if (errors.empty()) {
      auto key = CompletionKey(c);
      if (recorded.contains(key))
        errors.Add("email", "This completion is already recorded");
      else if (!in_file.insert(key).second)
        errors.Add("email", "This completion is in the file twice");
    }
    static const std::map<std::string, std::string, std::less<>> kHeadings = {
        {"module", "Module"}, {"name", "Name"}, {"email", "Email"}, {"agency", "Agency"}, {"completed_on", "Completed"}};
    for (const auto& e : errors.all()) out.errors.push_back({row, kHeadings.at(e.field), e.message});
    if (errors.empty()) out.rows.push_back(std::move(c));
  });
  if (out.errors.empty() && out.rows.empty()) out.errors.push_back({2, "", "The file has headings but no rows to import"});
  if (!out.errors.empty()) out.rows.clear();
  return out;
}

ELearningFigures ELearningFiguresOf(std::span<const Completion> completions) {
  ELearningFigures f;
  std::set<std::string> people;
  std::map<std::string, std::set<std::string>> by_agency;
  for (const auto& c : completions) {
    ++f.completions;
    ++f.completions_by_module[c.module];
    people.insert(core::AsciiLower(c.email));
    by_agency[c.agency_id ? c.agency_name : (c.organisation.empty() ? std::string("Not given") : c.organisation)].insert(
        core::AsciiLower(c.email));
  }
  f.people = static_cast<int>(people.size());
  for (const auto& [agency, emails] : by_agency) f.people_by_agency[agency] = static_cast<int>(emails.size());
  return f;
}

}  // namespace safeboard::training
