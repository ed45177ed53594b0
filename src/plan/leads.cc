// Plan action leads: groups, posts and people, alone or together; on forms and in imported cells.
#include <algorithm>
#include <set>

#include "core/fold_case.h"
#include "core/form_fields.h"
#include "core/text.h"
#include "plan/plan.h"

namespace safeboard::plan {
namespace {

constexpr std::pair<LeadKind, std::string_view> kLeadKindCodes[] = {
    {LeadKind::kGroup, "group"}, {LeadKind::kPost, "post"}, {LeadKind::kPerson, "person"}};

const std::vector<std::int64_t>& KnownOfKind(const KnownLeads& known, LeadKind kind) {
  switch (kind) {
    case LeadKind::kGroup: return known.groups;
    case LeadKind::kPost: return known.posts;
    case LeadKind::kPerson: return known.people;
  }
  return known.groups;
}

// Where a lead cell may be split between names: the separator's start and end.
std::vector<std::pair<std::size_t, std::size_t>> SeparatorsIn(std::string_view cell) {
  std::string lower(cell);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  static constexpr std::string_view kSeparators[] = {";", ",", "/", "+", "\n", " & ", " and "};
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (auto sep : kSeparators)
    for (auto at = lower.find(sep); at != std::string::npos; at = lower.find(sep, at + sep.size()))
      out.emplace_back(at, at + sep.size());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string_view LeadKindCode(LeadKind kind) {
  for (const auto& [k, code] : kLeadKindCodes)
    if (k == kind) return code;
  return "";
}

std::string LeadCode(LeadKind kind, std::int64_t id) { return std::string(LeadKindCode(kind)) + "-" + std::to_string(id); }

std::optional<std::pair<LeadKind, std::int64_t>> ParseLeadCode(std::string_view code) {
  auto dash = code.find('-');
  if (dash == std::string_view::npos || dash + 1 >= code.size() || code.size() - dash > 19) return std::nullopt;
  auto digits = code.substr(dash + 1);
  if (!std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) return std::nullopt;
  for (const auto& [kind, name] : kLeadKindCodes)
    if (code.substr(0, dash) == name) return std::pair{kind, std::stoll(std::string(digits))};
  return std::nullopt;
}

std::string LeadNames(std::span<const Lead> leads) {
  std::string out;
  for (const auto& l : leads) out += (out.empty() ? "" : "; ") + l.name;
  return out;
}

core::FieldErrors ReadActionLeads(const core::FieldValues& in, const KnownLeads& known, std::vector<Lead>& out) {
  core::FieldErrors errors;
  out.clear();
  std::set<std::pair<LeadKind, std::int64_t>> chosen;
  for (int i = 1; i <= kLeadFields; ++i) {
    std::string field = "lead-" + std::to_string(i);
    std::string code = core::Trim(core::ValueOf(in, field));
    if (code.empty()) continue;
    auto lead = ParseLeadCode(code);
    const auto* ids = lead ? &KnownOfKind(known, lead->first) : nullptr;
    if (!lead || std::find(ids->begin(), ids->end(), lead->second) == ids->end()) {
      errors.Add(field, "Choose a group, post or person from the list");
      continue;
    }
    // RULE: issue 14 - each lead is named once.
    if (!chosen.insert(*lead).second) {
      errors.Add(field, "This lead is already chosen above");
      continue;
    }
    out.push_back({lead->first, lead->second, ""});
  }
  if (errors.empty() && out.empty()) errors.Add("lead-1", "Choose who leads the action: a group, a post or a person");
  return errors;
}

std::optional<std::vector<std::string>> SplitLeads(std::string_view cell, std::span<const std::string> known_leads) {
  auto known = [&](std::string_view part) -> std::optional<std::string> {
    std::string trimmed = core::Trim(part);
    if (trimmed.empty()) return std::nullopt;
    for (const auto& name : known_leads)
      if (core::SameName(core::Trim(name), trimmed)) return core::Trim(name);
    return std::nullopt;
  };
  if (auto whole = known(cell)) return std::vector<std::string>{*whole};
  // Names can hold separators themselves ("Learning and Improvement Sub-Group"), so find a way
  // to cut the cell at some of its separators into known names: the fewest names wins.
  auto separators = SeparatorsIn(cell);
  std::vector<std::pair<std::size_t, std::size_t>> cuts = {{0, 0}};
  for (const auto& s : separators) cuts.push_back(s);
  cuts.emplace_back(cell.size(), cell.size());
  const std::size_t n = cuts.size();
  // best[i]: the names of the cell up to cut i's start, reading from the end of some earlier cut.
  std::vector<std::optional<std::vector<std::string>>> best(n);
  best[0] = std::vector<std::string>{};
  for (std::size_t j = 1; j < n; ++j)
    for (std::size_t i = 0; i < j; ++i) {
      if (!best[i] || cuts[i].second > cuts[j].first) continue;
      auto name = known(cell.substr(cuts[i].second, cuts[j].first - cuts[i].second));
      if (!name) continue;
      if (!best[j] || best[i]->size() + 1 < best[j]->size()) {
        auto names = *best[i];
        names.push_back(*name);
        best[j] = std::move(names);
      }
    }
  return best[n - 1];
}

}  // namespace safeboard::plan
