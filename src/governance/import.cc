#include "governance/import.h"

#include <algorithm>
#include <array>
#include <map>

#include "core/date.h"
#include "core/import_table.h"
#include "core/fold_case.h"
#include "core/suggest.h"

namespace safeboard::governance {
namespace {

using core::FieldValues;
using core::ImportError;
using Table = std::vector<std::vector<std::string>>;

constexpr std::array<core::Term<ImportKind>, 4> kKinds{{
    {ImportKind::kAgencies, "agencies", "Agencies"},
    {ImportKind::kPeople, "people", "People"},
    {ImportKind::kGroups, "groups", "Groups"},
    {ImportKind::kMemberships, "memberships", "Memberships"},
}};

constexpr std::array<ImportColumn, 6> kAgencyColumns{{
    {"Name", "name", true, "The agency's name, like Northshire Police"},
    {"Sector", "sector", true, "One of the sectors listed below, like Police or Health"},
    {"Statutory partner", "statutory", false, "Yes or No (blank is No)"},
    {"Other names", "other_names", false, "Other names it is known by, separated by ;"},
    {"Joined", "joined_on", false, "The date it joined, like 1/4/2011"},
    {"Signed constitution", "signed_constitution_on", false, "The date it signed the constitution"},
}};
constexpr std::array<ImportColumn, 5> kPersonColumns{{
    {"Full name", "full_name", true, "Like Priya Shah"},
    {"Job title", "job_title", false, "Like Head of Safeguarding"},
    {"Agency", "agency_id", true, "The agency they work for, as named on the Agencies page (or another name of it)"},
    {"Email", "email", false, "Their work email address"},
    {"Phone", "phone", false, "Their work phone number"},
}};
constexpr std::array<ImportColumn, 9> kGroupColumns{{
    {"Name", "name", true, "The group's name, like Quality Assurance Sub-Group"},
    {"Short name", "short_name", false, "Like QA"},
    {"Kind", "kind", true, "One of the kinds listed below, like Sub-group or Panel"},
    {"Reports to", "parent_group_id", false, "The group it reports to: one already set up or earlier in this file"},
    {"Chair", "chair_person_id", false, "A person's full name, as on the People page"},
    {"Vice-chair", "vice_chair_person_id", false, "A person's full name"},
    {"Meets", "cadence", false, "How often it meets, like Quarterly (blank is As required)"},
    {"Quorum: members", "quorum_min_members", false, "How many members make it quorate (blank is no rule)"},
    {"Quorum: agencies", "quorum_min_agencies", false, "How many different agencies make it quorate"},
}};
constexpr std::array<ImportColumn, 7> kMembershipColumns{{
    {"Group", "group_id", true, "The group's name or short name"},
    {"Person", "person_id", true, "The person's full name, as on the People page"},
    {"Agency represented", "agency_id", false, "Blank is the person's own agency"},
    {"Role", "role_category", false, "One of the roles listed below (blank is Core member)"},
    {"Started", "started_on", true, "The date the membership started, like 1/4/2011"},
    {"Ended", "ended_on", false, "The date it ended, if it has"},
    {"Confidentiality signed", "confidentiality_signed_on", false, "The date they signed the confidentiality agreement"},
}};

bool IsDateField(std::string_view field) { return field.ends_with("_on"); }

using core::NameIndex;
using core::NotFoundMessage;
using core::Quoted;
using core::VocabularyCode;
using core::VocabularyMessage;

struct Reader {
  ImportKind kind;
  const ExistingRecords& existing;
  SetUpImport& out;
  NameIndex agencies, people, groups;
  KnownIds known;
  std::map<std::string, int> rows_by_key;  // folded name (or key) -> the row that gave it

  Reader(ImportKind k, const ExistingRecords& e, SetUpImport& o) : kind(k), existing(e), out(o) {
    for (const auto& a : existing.agencies) {
      agencies.Add(a.name, a.id);
      for (const auto& other : a.other_names) agencies.Add(other, a.id);
      known.agencies.push_back(a.id);
    }
    for (const auto& p : existing.people) {
      people.Add(p.full_name, p.id);
      known.people.push_back(p.id);
    }
    for (const auto& g : existing.groups) {
      groups.Add(g.name, g.id);
      groups.Add(g.short_name, g.id);
      known.groups.push_back(g.id);
    }
  }

  void Error(int row, std::string_view column, std::string message) {
    out.errors.push_back({row, std::string(column), std::move(message)});
  }

  // The heading of the column that fills `field`.
  std::string_view HeadingOf(std::string_view field) const {
    for (const auto& c : ImportColumnsOf(kind))
      if (c.field == field) return c.heading;
    return "";
  }

  // Turns a name cell into the id the reader expects; false (and an error) when it names
  // nothing or more than one record.
  bool Resolve(int row, FieldValues& in, std::string_view field, const NameIndex& index, std::string_view what) {
    auto it = in.find(field);
    if (it == in.end() || it->second.empty()) return true;
    auto id = index.Find(it->second);
    if (!id) {
      Error(row, HeadingOf(field), NotFoundMessage(it->second, what, index.names()));
      return false;
    }
    if (*id == NameIndex::kAmbiguous) {
      Error(row, HeadingOf(field), "More than one record is called " + Quoted(it->second) +
                                       ": rename one of them on its page so each name is different");
      return false;
    }
    it->second = std::to_string(*id);
    return true;
  }

  template <typename Enum>
  void Vocabulary(int row, FieldValues& in, std::string_view field, std::span<const core::Term<Enum>> terms,
                  std::string_view what) {
    auto it = in.find(field);
    if (it == in.end() || it->second.empty()) return;
    if (auto code = VocabularyCode(terms, it->second))
      it->second = std::string(*code);
    else
      Error(row, HeadingOf(field), VocabularyMessage(terms, it->second, what));
  }

  void Dates(FieldValues& in) {
    for (auto& [field, value] : in)
      if (IsDateField(field) && !value.empty())
        if (auto date = core::ParseSpreadsheetDate(value)) value = core::FormatDate(*date);
  }

  // The validator's messages, except on a cell already reported (a name not found, a word not
  // in a vocabulary): one message per cell.
  void ReaderErrors(int row, const core::FieldErrors& errors) {
    for (const auto& e : errors.all()) {
      std::string_view column = HeadingOf(e.field);
      bool reported = std::any_of(out.errors.begin(), out.errors.end(),
                                  [&](const ImportError& x) { return x.row == row && x.column == column; });
      if (!reported) Error(row, column, e.message);
    }
  }

  // RULE: a record already in the partnership, or given twice in the file, is refused.
  bool Unique(int row, std::string_view column, const std::string& key, bool already, std::string_view what) {
    if (already) {
      Error(row, column, std::string(what) + " is already in the partnership");
      return false;
    }
    auto [it, inserted] = rows_by_key.emplace(core::FoldCase(key), row);
    if (!inserted) {
      Error(row, column, std::string(what) + " is also on row " + std::to_string(it->second));
      return false;
    }
    return true;
  }

  void Agency(int row, FieldValues in) {
    Vocabulary(row, in, "sector", Sectors(), "a sector");
    if (auto it = in.find("statutory"); it != in.end()) {
      std::string answer = core::FoldCase(it->second);
      if (answer == "yes" || answer == "y" || answer == "true" || answer == "1") it->second = "yes";
      else if (answer.empty() || answer == "no" || answer == "n" || answer == "false" || answer == "0") it->second = "";
      else Error(row, "Statutory partner", "Write Yes or No, not " + Quoted(it->second));
    }
    Dates(in);
    governance::Agency agency;
    agency.partnership_id = existing.partnership_id;
    auto errors = ReadAgency(in, agency);
    ReaderErrors(row, errors);
    if (!errors.For("name"))
      Unique(row, "Name", agency.name, agencies.Find(agency.name).has_value(), "An agency called " + Quoted(agency.name));
    out.agencies.push_back(std::move(agency));
  }

  void Person(int row, FieldValues in) {
    if (core::ValueOf(in, "agency_id").empty()) {
      Error(row, "Agency", "Enter the agency the person works for, as it is named on the Agencies page");
      return;
    }
    if (!Resolve(row, in, "agency_id", agencies, "an agency")) return;
    governance::Person person;
    person.partnership_id = existing.partnership_id;
    auto errors = ReadPerson(in, known, person);
    ReaderErrors(row, errors);
    if (errors.empty()) {
      // The same name at the same agency is the same person.
      bool already = std::any_of(existing.people.begin(), existing.people.end(), [&](const auto& p) {
        return p.agency_id == person.agency_id && core::SameName(p.full_name, person.full_name);
      });
      Unique(row, "Full name", person.full_name + "\n" + std::to_string(*person.agency_id), already,
             Quoted(person.full_name) + " at that agency");
    }
    out.people.push_back(std::move(person));
  }

  void Group(int row, FieldValues in) {
    Vocabulary(row, in, "kind", GroupKinds(), "a kind of group");
    if (core::ValueOf(in, "cadence").empty()) in["cadence"] = "as_required";
    Vocabulary(row, in, "cadence", Cadences(), "how often a group meets");
    Resolve(row, in, "chair_person_id", people, "a person");
    Resolve(row, in, "vice_chair_person_id", people, "a person");
    // The group it reports to: set up already, or earlier in this file.
    std::optional<std::size_t> parent_row;
    std::string parent = core::ValueOf(in, "parent_group_id");
    if (!parent.empty() && !groups.Find(parent)) {
      for (std::size_t i = 0; i < out.groups.size(); ++i)
        if (core::SameName(out.groups[i].group.name, parent) ||
            (!out.groups[i].group.short_name.empty() && core::SameName(out.groups[i].group.short_name, parent)))
          parent_row = i;
      if (parent_row) {
        in.erase("parent_group_id");
      } else {
        std::vector<std::string> all = groups.names();
        for (const auto& g : out.groups) all.push_back(g.group.name);
        std::string message = Quoted(parent) + " is not a group set up already or earlier in this file";
        if (auto nearest = core::NearestName(parent, all)) message += "; did you mean " + Quoted(*nearest) + "?";
        Error(row, "Reports to", message);
      }
    } else {
      Resolve(row, in, "parent_group_id", groups, "a group");
    }
    GroupImportRow imported;
    imported.parent_row = parent_row;
    for (auto [field, target] : {std::pair{"quorum_min_members", &imported.quorum_min_members},
                                 std::pair{"quorum_min_agencies", &imported.quorum_min_agencies}}) {
      std::string text = core::ValueOf(in, field);
      in.erase(field);
      if (text.empty()) continue;
      if (text.size() > 3 || text.find_first_not_of("0123456789") != std::string::npos)
        Error(row, HeadingOf(field), "Write a whole number, like 8, not " + Quoted(text));
      else
        *target = std::stoi(text);
    }
    imported.group.partnership_id = existing.partnership_id;
    auto errors = ReadGroup(in, known, imported.group);
    ReaderErrors(row, errors);
    if (!errors.For("name"))
      Unique(row, "Name", imported.group.name, groups.Find(imported.group.name).has_value(),
             "A group called " + Quoted(imported.group.name));
    out.groups.push_back(std::move(imported));
  }

  void Membership(int row, FieldValues in) {
    bool found = true;
    for (auto [field, message] : {std::pair{"group_id", "Enter the group's name or short name"},
                                  std::pair{"person_id", "Enter the person's full name, as on the People page"}})
      if (core::ValueOf(in, field).empty()) {
        Error(row, HeadingOf(field), message);
        found = false;
      }
    found = Resolve(row, in, "group_id", groups, "a group") && found;
    found = Resolve(row, in, "person_id", people, "a person") && found;
    found = Resolve(row, in, "agency_id", agencies, "an agency") && found;
    if (!found) return;
    if (core::ValueOf(in, "role_category").empty()) in["role_category"] = "core_member";
    Vocabulary(row, in, "role_category", RoleCategories(), "a membership role");
    Dates(in);
    // Blank: the person's own agency.
    if (core::ValueOf(in, "agency_id").empty())
      for (const auto& p : existing.people)
        if (std::to_string(p.id) == core::ValueOf(in, "person_id") && p.agency_id)
          in["agency_id"] = std::to_string(*p.agency_id);
    governance::Membership membership;
    membership.partnership_id = existing.partnership_id;
    membership.group_id = std::stoll(core::ValueOf(in, "group_id"));
    auto errors = ReadMembership(in, known, membership);
    ReaderErrors(row, errors);
    if (errors.empty()) {
      std::vector<governance::Membership> others = existing.memberships;
      others.insert(others.end(), out.memberships.begin(), out.memberships.end());
      if (OverlappingMembership(membership, others))
        Error(row, "Started", "This person is already a member of this group for some of these dates");
    }
    out.memberships.push_back(std::move(membership));
  }
};

}  // namespace

std::span<const core::Term<ImportKind>> ImportKinds() { return kKinds; }

std::span<const ImportColumn> ImportColumnsOf(ImportKind kind) {
  switch (kind) {
    case ImportKind::kAgencies: return kAgencyColumns;
    case ImportKind::kPeople: return kPersonColumns;
    case ImportKind::kGroups: return kGroupColumns;
    case ImportKind::kMemberships: return kMembershipColumns;
  }
  return {};
}

SetUpImport CheckSetUpImport(ImportKind kind, const Table& table, const ExistingRecords& existing) {
  SetUpImport out;
  auto field_of_cell = core::ReadImportHeader(table, ImportColumnsOf(kind), out.errors);
  if (!out.errors.empty()) return out;
  Reader reader(kind, existing, out);
  core::ForEachImportRow(table, field_of_cell, [&](int row, FieldValues in) {
    switch (kind) {
      case ImportKind::kAgencies: reader.Agency(row, std::move(in)); break;
      case ImportKind::kPeople: reader.Person(row, std::move(in)); break;
      case ImportKind::kGroups: reader.Group(row, std::move(in)); break;
      case ImportKind::kMemberships: reader.Membership(row, std::move(in)); break;
    }
  });
  if (out.errors.empty() && out.size() == 0) out.errors.push_back({2, "", "The file has headings but no rows to import"});
  return out;
}

}  // namespace safeboard::governance
