#include "core/import_table.h"

#include "core/text.h"

namespace safeboard::core {
namespace {

// "Name *" and "Job title (optional)" are "name" and "job title".
std::string HeadingKey(std::string_view heading) {
  std::string text = Trim(heading);
  for (std::string_view suffix : {"(optional)", "*"})
    if (text.size() >= suffix.size() && FoldCase(text.substr(text.size() - suffix.size())) == suffix)
      text = Trim(text.substr(0, text.size() - suffix.size()));
  return FoldCase(text);
}

}  // namespace

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string NotFoundMessage(std::string_view wanted, std::string_view what, std::span<const std::string> known) {
  std::string message = Quoted(wanted) + " is not " + std::string(what) + " of this partnership";
  if (auto nearest = NearestName(wanted, known)) message += "; did you mean " + Quoted(*nearest) + "?";
  return message;
}

void NameIndex::Add(std::string_view name, std::int64_t id) {
  if (name.empty()) return;
  names_.emplace_back(name);
  auto [it, inserted] = ids_.emplace(FoldCase(name), id);
  if (!inserted && it->second != id) it->second = kAmbiguous;
}

std::optional<std::int64_t> NameIndex::Find(std::string_view name) const {
  auto it = ids_.find(FoldCase(name));
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

std::vector<std::optional<std::string_view>> ReadImportHeader(const ImportTable& table,
                                                              std::span<const ImportColumn> columns,
                                                              std::vector<ImportError>& errors) {
  if (table.empty()) {
    errors.push_back({1, "", "The file is empty: the first row must be the column headings"});
    return {};
  }
  std::vector<std::string> headings;
  for (const auto& c : columns) headings.emplace_back(c.heading);
  std::vector<std::optional<std::string_view>> field_of_cell(table[0].size());
  std::map<std::string_view, std::size_t> cell_of_field;
  for (std::size_t i = 0; i < table[0].size(); ++i) {
    std::string key = HeadingKey(table[0][i]);
    if (key.empty()) continue;
    auto column = std::find_if(columns.begin(), columns.end(),
                               [&](const auto& c) { return FoldCase(c.heading) == key || c.field == key; });
    if (column == columns.end()) {
      std::string message = "safeboard does not read a column called " + Quoted(Trim(table[0][i]));
      if (auto nearest = NearestName(table[0][i], headings)) message += "; did you mean " + Quoted(*nearest) + "?";
      message += " Remove it, or use these headings: ";
      for (std::size_t h = 0; h < headings.size(); ++h) message += (h ? ", " : "") + headings[h];
      errors.push_back({1, Trim(table[0][i]), message});
    } else if (!cell_of_field.emplace(column->field, i).second) {
      errors.push_back({1, std::string(column->heading), "The column " + Quoted(column->heading) + " is there twice"});
    } else {
      field_of_cell[i] = column->field;
    }
  }
  for (const auto& c : columns)
    if (c.required && !cell_of_field.count(c.field))
      errors.push_back({1, std::string(c.heading), "The column " + Quoted(c.heading) + " is missing"});
  return field_of_cell;
}

void ForEachImportRow(const ImportTable& table, const std::vector<std::optional<std::string_view>>& field_of_cell,
                      const std::function<void(int row, FieldValues values)>& read) {
  for (std::size_t r = 1; r < table.size(); ++r) {
    const auto& cells = table[r];
    if (std::all_of(cells.begin(), cells.end(), [](const auto& c) { return Trim(c).empty(); })) continue;
    FieldValues in;
    for (std::size_t i = 0; i < cells.size() && i < field_of_cell.size(); ++i)
      if (field_of_cell[i]) in[std::string(*field_of_cell[i])] = Trim(cells[i]);
    read(static_cast<int>(r) + 1, std::move(in));
  }
}

}  // namespace safeboard::core
