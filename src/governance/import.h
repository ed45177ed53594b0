// Setting a partnership up from its own spreadsheets: agencies, people, groups and memberships
// imported from a table (CSV or the first sheet of a workbook). Each row is read by the same
// Read* validators the pages and the API use, after names are turned into the records they
// name; every row is checked before any is saved, and a bad row refuses the whole file. Pure:
// the page gathers the partnership's records and saves the result.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/field_errors.h"
#include "core/import_table.h"
#include "core/vocabulary.h"
#include "governance/governance.h"

namespace safeboard::governance {

enum class ImportKind { kAgencies, kPeople, kGroups, kMemberships };
// Codes as in the import's address: "agencies", "people", "groups", "memberships".
std::span<const core::Term<ImportKind>> ImportKinds();

using core::ImportColumn;
std::span<const ImportColumn> ImportColumnsOf(ImportKind kind);

// The partnership's records an import is checked against.
struct ExistingRecords {
  std::int64_t partnership_id = 0;
  std::vector<Agency> agencies;
  std::vector<Person> people;
  std::vector<Group> groups;
  std::vector<Membership> memberships;
};

// A group to create; its parent may be a group earlier in the same file.
struct GroupImportRow {
  Group group;
  std::optional<std::size_t> parent_row;  // index into SetUpImport::groups
  int quorum_min_members = 0;
  int quorum_min_agencies = 0;
};

struct SetUpImport {
  std::vector<Agency> agencies;
  std::vector<Person> people;
  std::vector<GroupImportRow> groups;
  std::vector<Membership> memberships;
  std::vector<core::ImportError> errors;  // rows numbered as the spreadsheet numbers them
  std::size_t size() const { return agencies.size() + people.size() + groups.size() + memberships.size(); }
};

// RULE: issue 14 - imports check every row before saving any. Columns are matched by heading
// (any case, "*" and "(optional)" ignored); a column safeboard does not read is refused, never
// ignored. Names of agencies (or their other names), people and groups are matched whatever
// their case, with the nearest name suggested for one that is not found; a record already in
// the partnership or given twice in the file is refused.
SetUpImport CheckSetUpImport(ImportKind kind, const std::vector<std::vector<std::string>>& table,
                             const ExistingRecords& existing);

}  // namespace safeboard::governance
