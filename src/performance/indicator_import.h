// The board's indicator catalogue from its own spreadsheet: each row read by ReadIndicator (the
// page's and the API's reader) once its names (cluster, agencies, group) and words (unit, better,
// frequency, responsible) are turned into what the reader expects. Every row is checked before
// any is saved. Pure: the page gathers the partnership's records and saves the result.
#pragma once
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "core/field_errors.h"
#include "core/import_table.h"
#include "performance/forms.h"
#include "performance/model.h"

namespace safeboard::performance {

std::span<const core::ImportColumn> IndicatorImportColumns();

// What the import's names may refer to: the choices ReadIndicator checks ids against, and the
// names of the partnership's agencies (with their other names) and groups (with short names).
struct IndicatorImportContext {
  IndicatorChoices choices;
  std::vector<std::pair<std::string, std::int64_t>> agency_names;
  std::vector<std::pair<std::string, std::int64_t>> group_names;
};

struct IndicatorImportRow {
  Indicator indicator;
  std::string new_cluster;  // a cluster to create (the same name on several rows is one cluster)
  std::optional<IndicatorTarget> target;
};

struct IndicatorImport {
  std::vector<IndicatorImportRow> rows;
  std::vector<core::ImportError> errors;  // when not empty, nothing may be saved
};

// RULE: issue 14 - indicators from a spreadsheet: a cluster names one of the board's or a new
// one; Responsible may be left blank when the Agency or Group column says (several agencies
// separated by ";"); a code already in the catalogue or twice in the file is refused; names
// not found suggest the nearest.
IndicatorImport CheckIndicatorImport(const core::ImportTable& table, const IndicatorImportContext& context);

}  // namespace safeboard::performance
