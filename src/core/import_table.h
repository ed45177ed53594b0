// Reading a spreadsheet an import was given (CSV or a workbook's first sheet, as rows): the
// header matched to the import's columns, each row as field values, names and vocabulary
// words turned into what the readers expect, and messages that suggest near matches. Shared by
// every area's imports; pure.
#pragma once
#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/field_errors.h"
#include "core/fold_case.h"
#include "core/suggest.h"
#include "core/vocabulary.h"

namespace safeboard::core {

using ImportTable = std::vector<std::vector<std::string>>;

struct ImportColumn {
  std::string_view heading;  // as in the template, matched whatever its case
  std::string_view field;    // the Read* field it fills
  bool required;
  std::string_view hint;     // what to write, for the page and the template's notes
};

// RULE: issue 14 - imports check every row before saving any. The header's headings are matched
// to `columns` (any case, "*" and "(optional)" ignored); a column the import does not read is
// refused with the nearest heading, never ignored; a column given twice or a required one missing
// is refused. Returns, for each header cell, the field it fills; errors (row 1) when not usable.
std::vector<std::optional<std::string_view>> ReadImportHeader(const ImportTable& table,
                                                              std::span<const ImportColumn> columns,
                                                              std::vector<ImportError>& errors);
// Each row after the header that is not blank, as trimmed field values, with its row number as
// the spreadsheet numbers it (the header is row 1).
void ForEachImportRow(const ImportTable& table, const std::vector<std::optional<std::string_view>>& field_of_cell,
                      const std::function<void(int row, FieldValues values)>& read);

std::string Quoted(std::string_view text);  // "\"text\""
// "X" is not <what> of this partnership; did you mean "Y"?
std::string NotFoundMessage(std::string_view wanted, std::string_view what, std::span<const std::string> known);

// Names to ids, matched whatever their case. A name two records share is ambiguous.
class NameIndex {
 public:
  static constexpr std::int64_t kAmbiguous = -1;
  void Add(std::string_view name, std::int64_t id);
  // The id, kAmbiguous, or nullopt.
  std::optional<std::int64_t> Find(std::string_view name) const;
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::map<std::string, std::int64_t> ids_;
  std::vector<std::string> names_;
};

// A vocabulary term's code from its code or label, or the label's first part ("Education" for
// "Education: schools and colleges"), whatever the case.
template <typename Enum>
std::optional<std::string_view> VocabularyCode(std::span<const Term<Enum>> terms, std::string_view text) {
  std::string key = FoldCase(text);
  for (const auto& t : terms) {
    std::string label = FoldCase(t.label);
    std::string first_part = label.substr(0, std::min(label.find(':'), label.find(" (")));
    if (key == FoldCase(t.code) || key == label || key == first_part) return t.code;
  }
  return std::nullopt;
}

// "X" is not <what>; did you mean "Y"? Use one of: ...
template <typename Enum>
std::string VocabularyMessage(std::span<const Term<Enum>> terms, std::string_view text, std::string_view what) {
  std::vector<std::string> labels;
  for (const auto& t : terms) labels.emplace_back(t.label);
  std::string message = Quoted(text) + " is not " + std::string(what);
  if (auto nearest = NearestName(text, labels)) message += "; did you mean " + Quoted(*nearest) + "?";
  message += message.back() == '?' ? " Use one of: " : ". Use one of: ";
  for (std::size_t i = 0; i < labels.size(); ++i) message += (i ? ", " : "") + labels[i];
  return message;
}

}  // namespace safeboard::core
