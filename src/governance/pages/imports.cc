// Setting the partnership up from its own spreadsheets: importing agencies, people, groups (with
// their quorum rules) or memberships from CSV or Excel, every row checked before any is saved;
// and the template for each.
#include "governance/pages/pages.h"

#include "core/fold_case.h"
#include "governance/import.h"
#include "governance/pages/shared.h"
#include "meetings/store.h"
#include "storage/database.h"
#include "ui/pages/import_page.h"

namespace safeboard::ui::pages {

using namespace governance_pages;
using governance::ImportKind;

namespace {

ImportKind KindOrNotFound(const Context& ctx) {
  auto kind = core::ParseCode(governance::ImportKinds(), ctx.params.at("kind"));
  if (!kind) throw http::NotFound{};
  return *kind;
}

std::string KindCode(ImportKind kind) { return std::string(core::CodeOf(governance::ImportKinds(), kind)); }

// Where the imported records are listed.
std::string ListPath(ImportKind kind) {
  switch (kind) {
    case ImportKind::kAgencies: return "/agencies";
    case ImportKind::kPeople: return "/people";
    case ImportKind::kGroups:
    case ImportKind::kMemberships: return "/groups";
  }
  return "";
}

template <typename Enum>
void AllowedValues(Html& h, const std::string& heading, std::span<const core::Term<Enum>> terms) {
  h.Element("h3", {{"class", "govuk-heading-s"}}, heading);
  h.Open("ul", {{"class", "govuk-list govuk-list--bullet"}});
  for (const auto& t : terms) h.Element("li", {}, std::string(t.label));
  h.Close("ul");
}

Response RenderImport(Context& ctx, ImportKind kind, const FormState& form,
                      const std::vector<core::ImportError>& errors, int status) {
  std::string kind_code = KindCode(kind);
  std::string what = core::FoldCase(core::LabelOf(governance::ImportKinds(), kind));
  Html h;
  ErrorSummary(h, form.errors);
  ImportErrors(h, errors);
  ImportPageBody(h, ctx, what, ctx.PartnershipPath("/import/" + kind_code), governance::ImportColumnsOf(kind), form,
                 [&](Html& h) {
                   if (kind == ImportKind::kAgencies) AllowedValues(h, "Sectors", governance::Sectors());
                   if (kind == ImportKind::kGroups) {
                     AllowedValues(h, "Kinds of group", governance::GroupKinds());
                     AllowedValues(h, "How often a group meets", governance::Cadences());
                   }
                   if (kind == ImportKind::kMemberships) AllowedValues(h, "Roles", governance::RoleCategories());
                 });
  std::string title = "Import " + what + " from a spreadsheet";
  std::string nav = kind == ImportKind::kMemberships ? "Groups" : std::string(core::LabelOf(governance::ImportKinds(), kind));
  auto chrome = ChromeWithCrumbs(ctx, title, nav, {{nav, ctx.PartnershipPath(ListPath(kind))}});
  chrome.has_errors = !form.errors.empty() || !errors.empty();
  chrome.success.reset();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

governance::ExistingRecords Existing(Context& ctx) {
  GovernanceStore store(ctx.db);
  const auto id = ctx.partnership_id();
  return {id, store.ListAgencies(id), store.ListPeople(id), store.ListGroups(id), store.ListMemberships(id)};
}

void Save(Context& ctx, const governance::SetUpImport& checked) {
  GovernanceStore store(ctx.db);
  for (const auto& a : checked.agencies) store.CreateAgency(a);
  for (const auto& p : checked.people) store.CreatePerson(p);
  std::vector<std::int64_t> group_ids;
  meetings::MeetingStore meetings(ctx.db);
  for (const auto& row : checked.groups) {
    auto group = row.group;
    if (row.parent_row) group.parent_group_id = group_ids.at(*row.parent_row);
    group_ids.push_back(store.CreateGroup(group));
    if (row.quorum_min_members > 0 || row.quorum_min_agencies > 0)
      meetings.SetQuorumRule(ctx.partnership_id(), group_ids.back(),
                             {row.quorum_min_members, row.quorum_min_agencies, {}});
  }
  for (const auto& m : checked.memberships) store.CreateMembership(m);
}

}  // namespace

Response ImportRecordsForm(Context& ctx) { return RenderImport(ctx, KindOrNotFound(ctx), FormState{}, {}, 200); }

Response ImportRecords(Context& ctx) {
  auto kind = KindOrNotFound(ctx);
  FormState form;
  auto upload = ReadUploadedTable(ctx, "file", form.errors);
  if (!upload) return RenderImport(ctx, kind, form, {}, 422);
  auto checked = governance::CheckSetUpImport(kind, upload->rows, Existing(ctx));
  if (!checked.errors.empty()) return RenderImport(ctx, kind, form, checked.errors, 422);
  storage::Transaction tx(ctx.db);
  Save(ctx, checked);
  ctx.Audit(auth::AuditAction::kImport, KindCode(kind), std::nullopt, std::to_string(checked.size()) + " rows");
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath(ListPath(kind) + "?done=" + KindCode(kind) + "-imported"));
}

Response ImportTemplateCsv(Context& ctx) {
  auto kind = KindOrNotFound(ctx);
  return ImportTemplateCsvFor(KindCode(kind), governance::ImportColumnsOf(kind));
}

Response ImportTemplateXlsx(Context& ctx) {
  auto kind = KindOrNotFound(ctx);
  return ImportTemplateXlsxFor(KindCode(kind), std::string(core::LabelOf(governance::ImportKinds(), kind)),
                               governance::ImportColumnsOf(kind));
}

}  // namespace safeboard::ui::pages
