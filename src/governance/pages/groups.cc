// The partnership's groups: the list, adding, editing (with the quorum rule) and ending one.
#include "governance/pages/pages.h"

#include <map>

#include "governance/group_save.h"
#include "governance/pages/shared.h"
#include "meetings/meetings.h"
#include "meetings/store.h"
#include "storage/database.h"

namespace safeboard::ui::pages {

using namespace governance_pages;

namespace {

FormState GroupForm(const Group& g) {
  FormState form;
  form.values = {{"name", g.name},
                 {"short_name", g.short_name},
                 {"kind", std::string(core::CodeOf(governance::GroupKinds(), g.kind))},
                 {"parent_group_id", IdText(g.parent_group_id)},
                 {"chair_person_id", IdText(g.chair_person_id)},
                 {"vice_chair_person_id", IdText(g.vice_chair_person_id)},
                 {"cadence", std::string(core::CodeOf(governance::Cadences(), g.cadence))},
                 {"terms_of_reference", g.terms_of_reference},
                 {"terms_reviewed_on", DateValue(g.terms_reviewed_on)},
                 {"confidential_area",
                  std::string(core::CodeOf(governance::ConfidentialAreas(), g.confidential_area))},
                 {"minutes_approved_by_group_id", IdText(g.minutes_approved_by_group_id)}};
  return form;
}

Response RenderGroupForm(Context& ctx, const FormState& form, std::int64_t group_id,
                         const std::string& title, const std::string& action) {
  GovernanceStore store(ctx.db);
  auto people = PersonOptions(store, ctx.partnership_id());
  Html h;
  OpenForm(h, ctx, action, form);
  TextInput(h, form, "name", "Name", {.width_class = "govuk-!-width-two-thirds"});
  TextInput(h, form, "short_name", "Short name (optional)", {.hint = "For example, QA or BMG",
                                                           .width_class = "govuk-input--width-10"});
  Select(h, form, "kind", "Kind of group", VocabularyOptions(governance::GroupKinds()),
         "Choose a kind");
  Select(h, form, "parent_group_id", "Reports to (optional)",
         GroupOptions(store, ctx.partnership_id(), group_id), "Reports to no other group");
  Select(h, form, "minutes_approved_by_group_id", "Who approves its minutes",
         GroupOptions(store, ctx.partnership_id(), group_id), "This group, at its next meeting",
         "Choose another group, such as the one it reports to, when that group signs off these minutes");
  Select(h, form, "chair_person_id", "Chair (optional)", people, "No chair");
  Select(h, form, "vice_chair_person_id", "Vice-chair (optional)", people, "No vice-chair");
  Select(h, form, "cadence", "How often it meets", VocabularyOptions(governance::Cadences()),
         "Choose how often");
  Select(h, form, "confidential_area", "Confidential case records its members may see",
         VocabularyOptions(governance::ConfidentialAreas()), "",
         "Only for the Child Death Overview Panel and the case review panel. Lay members and "
         "participant observers of the group still see only the statistics.");
  h.Open("fieldset", {{"class", "govuk-fieldset"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--m"}}, "Quorum");
  h.Element("p", {{"class", "govuk-body"}},
            "Only core and co-opted members count, present or by deputy. Leave a number blank "
            "when it does not apply.");
  TextInput(h, form, "quorum_min_members", "Members needed (optional)",
            {.width_class = "govuk-input--width-3"});
  TextInput(h, form, "quorum_min_agencies", "Agencies needed (optional)",
            {.width_class = "govuk-input--width-3"});
  h.Element("p", {{"class", "govuk-body govuk-!-font-weight-bold"}}, "Agencies that must all be present");
  for (const auto& a : store.ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) Checkbox(h, form, "quorum_agency-" + std::to_string(a.id), a.name);
  h.Element("p", {{"class", "govuk-body govuk-!-font-weight-bold"}}, "Sectors that must each have an agency present");
  h.Element("p", {{"class", "govuk-hint"}}, "For a rule like \"at least one health agency\": any agency of the sector counts");
  for (const auto& sector : governance::Sectors())
    Checkbox(h, form, "quorum_sector-" + std::string(sector.code), std::string(sector.label));
  TextInput(h, form, "procedure_approval_agencies",
            "Agencies needed to approve a procedure document (optional)",
            {.hint = "3 for the policy and procedures sub-group", .width_class = "govuk-input--width-3"});
  h.Close("fieldset");
  FormattedTextarea(h, form, "terms_of_reference", "Terms of reference",
                    "For example, # for headings, 1. for numbered lists.", 12);
  DateInput(h, form, "terms_reviewed_on", "Date the terms of reference were last reviewed (optional)");
  Button(h, "Save");
  h.Close("form");
  return FormPage(ctx, title, "Groups", {{"Groups", ctx.PartnershipPath("/groups")}}, form,
                  std::move(h));
}

// Reads and saves the group with its quorum rule; false with the errors in `form`.
bool SaveGroup(Context& ctx, Group& group, FormState& form) {
  governance::GroupWithQuorum g{group};
  form.errors = governance::SaveGroupWithQuorum(ctx, form.values, g);
  group = g.group;
  return form.errors.empty();
}

}  // namespace

Response ListGroups(Context& ctx) {
  GovernanceStore store(ctx.db);
  std::map<std::int64_t, std::string> people;
  for (const auto& p : store.ListPeople(ctx.partnership_id())) people[p.id] = p.full_name;
  Html h;
  if (CanManage(ctx)) {
    ButtonLink(h, ctx.PartnershipPath("/groups/new"), "Add a group");
    ButtonLink(h, ctx.PartnershipPath("/import/groups"), "Import groups from a spreadsheet", true);
    ButtonLink(h, ctx.PartnershipPath("/import/memberships"), "Import memberships from a spreadsheet", true);
  }
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& g : store.ListGroups(ctx.partnership_id())) {
    Html status;
    if (g.ended_on)
      StatusTag(status, {"Ended", core::Tone::kNeutral});
    else
      StatusTag(status, {"Active", core::Tone::kGood});
    rows.push_back({LinkCell(ctx.PartnershipPath("/groups/" + std::to_string(g.id)), g.name),
                    TextCell(std::string(core::LabelOf(governance::GroupKinds(), g.kind))),
                    TextCell(g.chair_person_id ? people[*g.chair_person_id] : ""),
                    TextCell(std::string(core::LabelOf(governance::Cadences(), g.cadence))),
                    status.Build()});
  }
  Table(h, "", {"Group", "Kind", "Chair", "Meets", "Status"}, rows);
  return Page(ctx, ChromeWithCrumbs(ctx, "Groups", "Groups", {}), std::move(h));
}

Response NewGroup(Context& ctx) {
  return RenderGroupForm(ctx, FormState{}, 0, "Add a group", ctx.PartnershipPath("/groups"));
}

Response CreateGroup(Context& ctx) {
  Group group;
  group.partnership_id = ctx.partnership_id();
  FormState form{Submitted(ctx), {}};
  if (SaveGroup(ctx, group, form))
    return http::Redirect(ctx.PartnershipPath("/groups/" + std::to_string(group.id)) + "?done=group-added");
  return RenderGroupForm(ctx, form, 0, "Add a group", ctx.PartnershipPath("/groups"));
}

Response EditGroup(Context& ctx) {
  Group group = GroupOrNotFound(ctx, ctx.Id("id"));
  FormState form = GroupForm(group);
  governance::AddQuorumFields(ctx, group.id, form.values);
  return RenderGroupForm(ctx, form, group.id, "Edit " + group.name,
                         ctx.PartnershipPath("/groups/" + std::to_string(group.id) + "/edit"));
}

Response UpdateGroup(Context& ctx) {
  Group group = GroupOrNotFound(ctx, ctx.Id("id"));
  std::string title = "Edit " + group.name;
  std::string action = ctx.PartnershipPath("/groups/" + std::to_string(group.id) + "/edit");
  FormState form{Submitted(ctx), {}};
  if (SaveGroup(ctx, group, form))
    return http::Redirect(ctx.PartnershipPath("/groups/" + std::to_string(group.id)) + "?done=group-saved");
  return RenderGroupForm(ctx, form, group.id, title, action);
}

Response EndGroupForm(Context& ctx) {
  Group group = GroupOrNotFound(ctx, ctx.Id("id"));
  std::string path = ctx.PartnershipPath("/groups/" + std::to_string(group.id));
  return RenderEndForm(ctx, TodayForm(ctx), "End " + group.name,
                       "The group and its membership history stay in the records.", path + "/end",
                       {{"Groups", ctx.PartnershipPath("/groups")}, {group.name, path}}, "Groups");
}

Response EndGroup(Context& ctx) {
  Group group = GroupOrNotFound(ctx, ctx.Id("id"));
  std::string path = ctx.PartnershipPath("/groups/" + std::to_string(group.id));
  FormState form{Submitted(ctx), {}};
  core::Date ended{};
  form.errors = governance::CheckEndDate(std::nullopt, form.values, ended);
  if (!form.errors.empty())
    return RenderEndForm(ctx, form, "End " + group.name, "", path + "/end",
                         {{"Groups", ctx.PartnershipPath("/groups")}, {group.name, path}}, "Groups");
  storage::Transaction tx(ctx.db);
  GovernanceStore(ctx.db).EndGroup(ctx.partnership_id(), group.id, ended);
  ctx.Audit(auth::AuditAction::kEnd, "group", group.id, core::FormatDate(ended));
  tx.Commit();
  return http::Redirect(path + "?done=group-ended");
}

}  // namespace safeboard::ui::pages
