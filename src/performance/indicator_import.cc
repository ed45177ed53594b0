#include "performance/indicator_import.h"

#include <array>

#include "core/fold_case.h"
#include "core/text.h"

namespace safeboard::performance {
namespace {

using core::FieldValues;
using core::Quoted;

constexpr std::array<core::ImportColumn, 12> kColumns{{
    {"Code", "code", true, "The indicator's code, like NI 63 or LSCB 4: different for each indicator"},
    {"Name", "name", true, "What it measures"},
    {"Cluster", "cluster", true, "One of the board's clusters, or a new one's name (it is created)"},
    {"Responsible", "responsible", false,
     "One agency, Several agencies, All agencies or A group (blank: from the Agency or Group column)"},
    {"Agency", "agency", false, "The responsible agency; several separated by ;"},
    {"Group", "group", false, "The responsible group, by name or short name"},
    {"Unit", "unit", true, "Count, Percentage or Rate per 10,000 children aged 0-17"},
    {"Better", "better", true, "Higher or Lower: which direction is better"},
    {"Frequency", "frequency", true, "Quarterly or Annual"},
    {"Intended outcome", "outcome", false, "What the board wants it to show"},
    {"Target year", "target_year", false, "A financial year, like 2025-26, with a Target"},
    {"Target", "target", false, "The target for that year, like 80"},
}};

std::string_view HeadingOf(std::string_view field) {
  for (const auto& c : kColumns)
    if (c.field == field) return c.heading;
  return field;
}

struct Reader {
  const IndicatorImportContext& context;
  IndicatorImport& out;
  core::NameIndex agencies, groups, clusters;
  std::vector<std::string> codes_taken;

  Reader(const IndicatorImportContext& c, IndicatorImport& o) : context(c), out(o) {
    for (const auto& [name, id] : c.agency_names) agencies.Add(name, id);
    for (const auto& [name, id] : c.group_names) groups.Add(name, id);
    for (const auto& cluster : c.choices.clusters) clusters.Add(cluster.name, cluster.id);
    codes_taken = c.choices.codes_taken;
  }

  void Error(int row, std::string_view field, std::string message) {
    out.errors.push_back({row, std::string(HeadingOf(field)), std::move(message)});
  }
  bool Reported(int row, std::string_view field) const {
    return std::any_of(out.errors.begin(), out.errors.end(),
                       [&](const auto& e) { return e.row == row && e.column == HeadingOf(field); });
  }

  // A name to its id as text; nullopt (and an error) when it names nothing or two records.
  std::optional<std::string> Id(int row, std::string_view field, const std::string& name, const core::NameIndex& index,
                                std::string_view what) {
    auto id = index.Find(name);
    if (!id) {
      Error(row, field, core::NotFoundMessage(name, what, index.names()));
      return std::nullopt;
    }
    if (*id == core::NameIndex::kAmbiguous) {
      Error(row, field, "More than one record is called " + Quoted(name) + ": rename one so each name is different");
      return std::nullopt;
    }
    return std::to_string(*id);
  }

  template <typename Enum>
  void Vocabulary(int row, FieldValues& in, std::string_view field, std::span<const core::Term<Enum>> terms,
                  std::string_view what) {
    auto it = in.find(field);
    if (it == in.end() || it->second.empty()) return;
    if (auto code = core::VocabularyCode(terms, it->second))
      it->second = std::string(*code);
    else
      Error(row, field, core::VocabularyMessage(terms, it->second, what));
  }

  void Row(int row, FieldValues in) {
    // The cluster: the board's, or a new one.
    std::string cluster = core::ValueOf(in, "cluster");
    in.erase("cluster");
    if (auto id = clusters.Find(cluster); id && *id != core::NameIndex::kAmbiguous)
      in["cluster_id"] = std::to_string(*id);
    else
      in["new_cluster"] = cluster;
    if (cluster.empty()) Error(row, "cluster", "Enter the indicator's cluster: one of the board's, or a new one's name");

    // Who is responsible: the agency or agencies, or the group, by name.
    std::vector<std::string> agency_ids;
    auto agency_names = core::SplitList(core::ValueOf(in, "agency"), ";");
    in.erase("agency");
    int agencies_named = static_cast<int>(agency_names.size());
    for (const auto& name : agency_names)
      if (auto id = Id(row, "agency", name, agencies, "an agency")) agency_ids.push_back(*id);
    std::string group_cell = core::ValueOf(in, "group");
    in.erase("group");
    if (!group_cell.empty())
      if (auto id = Id(row, "group", group_cell, groups, "a group")) in["group_id"] = *id;
    Vocabulary(row, in, "responsible", Responsibles(), "who is responsible");
    if (core::ValueOf(in, "responsible").empty() && !Reported(row, "responsible")) {
      if (!group_cell.empty()) in["responsible"] = "group";
      else if (agencies_named > 1) in["responsible"] = "agencies";
      else if (agencies_named == 1) in["responsible"] = "agency";
      else Error(row, "responsible", "Enter the responsible agency or group, or write All agencies");
    }
    if (core::ValueOf(in, "responsible") == "agencies") {
      std::string lines;
      for (const auto& id : agency_ids) lines += id + "\n";
      in["agency_ids"] = lines;
    } else if (!agency_ids.empty()) {
      in["agency_id"] = agency_ids.front();
    }
    Vocabulary(row, in, "unit", Units(), "a unit");
    Vocabulary(row, in, "better", Betters(), "a direction");
    Vocabulary(row, in, "frequency", Frequencies(), "how often it is measured");

    IndicatorChoices choices = context.choices;
    choices.codes_taken = codes_taken;
    IndicatorImportRow imported;
    auto errors = ReadIndicator(in, choices, imported.indicator, imported.new_cluster, imported.target);
    // One message per cell: a name or word already reported keeps its message.
    for (const auto& e : errors.all()) {
      std::string_view field = e.field;
      if (field == "cluster_id" || field == "new_cluster") field = "cluster";
      if (field == "agency_id" || field == "agency_ids") field = "agency";
      if (field == "group_id") field = "group";
      // Who is responsible is one question: once it is reported, the agency and group are not.
      bool responsible_reported = (field == "agency" || field == "group") && Reported(row, "responsible");
      if (!Reported(row, field) && !responsible_reported) Error(row, field, e.message);
    }
    if (!errors.For("code") && !imported.indicator.code.empty()) codes_taken.push_back(imported.indicator.code);
    out.rows.push_back(std::move(imported));
  }
};

}  // namespace

std::span<const core::ImportColumn> IndicatorImportColumns() { return kColumns; }

IndicatorImport CheckIndicatorImport(const core::ImportTable& table, const IndicatorImportContext& context) {
  IndicatorImport out;
  auto field_of_cell = core::ReadImportHeader(table, kColumns, out.errors);
  if (!out.errors.empty()) return out;
  Reader reader(context, out);
  core::ForEachImportRow(table, field_of_cell, [&](int row, FieldValues in) { reader.Row(row, std::move(in)); });
  if (out.errors.empty() && out.rows.empty()) out.errors.push_back({2, "", "The file has headings but no rows to import"});
  return out;
}

}  // namespace safeboard::performance
