// A group's memberships: adding a member, changing and ending a membership.
#include "governance/pages/pages.h"

#include "governance/pages/shared.h"

namespace safeboard::ui::pages {

using namespace governance_pages;

namespace {

FormState MembershipForm(const Membership& m) {
  FormState form;
  form.values = {
      {"person_id", std::to_string(m.person_id)},
      {"agency_id", IdText(m.agency_id)},
      {"role_category", std::string(core::CodeOf(governance::RoleCategories(), m.role_category))},
      {"started_on", core::FormatDate(m.started_on)},
      {"ended_on", DateValue(m.ended_on)},
      {"confidentiality_signed_on", DateValue(m.confidentiality_signed_on)}};
  return form;
}

Response RenderMembershipForm(Context& ctx, const FormState& form, const Group& group,
                              const std::string& title, const std::string& action,
                              bool choose_person) {
  GovernanceStore store(ctx.db);
  Html h;
  OpenForm(h, ctx, action, form);
  if (choose_person)
    Select(h, form, "person_id", "Person", PersonOptions(store, ctx.partnership_id()),
           "Choose a person");
  else
    h.Void("input", {{"type", "hidden"}, {"name", "person_id"}, {"value", form.Value("person_id")}});
  Select(h, form, "agency_id", "Agency represented", AgencyOptions(store, ctx.partnership_id()),
         "Choose an agency");
  Radios(h, form, "role_category", "Role", VocabularyOptions(governance::RoleCategories()));
  DateInput(h, form, "started_on", "Start date");
  DateInput(h, form, "ended_on", "End date (optional)", "Leave blank while the membership continues");
  DateInput(h, form, "confidentiality_signed_on",
            "Date the confidentiality agreement was signed (optional)");
  Button(h, "Save");
  h.Close("form");
  return FormPage(ctx, title, "Groups",
                  {{"Groups", ctx.PartnershipPath("/groups")},
                   {group.name, ctx.PartnershipPath("/groups/" + std::to_string(group.id))}},
                  form, std::move(h));
}

// Validates and saves a membership; on errors returns the re-rendered form.
std::optional<Response> SaveMembership(Context& ctx, Membership& m, const Group& group,
                                       const std::string& title, const std::string& action,
                                       bool creating) {
  GovernanceStore store(ctx.db);
  FormState form;
  form.values = Submitted(ctx);
  if (!creating) form.values["person_id"] = std::to_string(m.person_id);
  form.errors = governance::ReadMembership(form.values, store.KnownIdsOf(ctx.partnership_id()), m);
  if (form.errors.empty()) {
    // RULE: a person holds at most one membership of a group at a time.
    if (auto clash = governance::OverlappingMembership(
            m, store.MembershipsOfPerson(ctx.partnership_id(), m.person_id)))
      form.errors.Add("started_on", "This person is already a member of this group from " +
                                        core::FormatDateLong(clash->started_on) +
                                        (clash->ended_on ? " to " + core::FormatDateLong(*clash->ended_on)
                                                         : "") +
                                        ". End that membership first, or choose other dates");
  }
  if (!form.errors.empty()) return RenderMembershipForm(ctx, form, group, title, action, creating);
  storage::Transaction tx(ctx.db);
  if (creating) {
    m.id = store.CreateMembership(m);
    ctx.Audit(auth::AuditAction::kCreate, "membership", m.id);
  } else {
    store.UpdateMembership(m);
    ctx.Audit(auth::AuditAction::kUpdate, "membership", m.id);
  }
  tx.Commit();
  return std::nullopt;
}

}  // namespace

Response NewMembership(Context& ctx) {
  Group group = GroupOrNotFound(ctx, ctx.Id("id"));
  std::string path = ctx.PartnershipPath("/groups/" + std::to_string(group.id));
  return RenderMembershipForm(ctx, FormState{}, group, "Add a member to " + group.name,
                              path + "/members", true);
}

Response CreateMembership(Context& ctx) {
  Group group = GroupOrNotFound(ctx, ctx.Id("id"));
  std::string path = ctx.PartnershipPath("/groups/" + std::to_string(group.id));
  Membership m;
  m.partnership_id = ctx.partnership_id();
  m.group_id = group.id;
  if (auto page = SaveMembership(ctx, m, group, "Add a member to " + group.name, path + "/members",
                                 true))
    return *page;
  return http::Redirect(path + "?done=member-added");
}

Response EditMembership(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto m = store.FindMembership(ctx.partnership_id(), ctx.Id("id"));
  if (!m) throw http::NotFound{};
  Group group = GroupOrNotFound(ctx, m->group_id);
  auto person = store.FindPerson(ctx.partnership_id(), m->person_id);
  return RenderMembershipForm(ctx, MembershipForm(*m), group,
                              "Change " + person->full_name + "'s membership of " + group.name,
                              ctx.PartnershipPath("/memberships/" + std::to_string(m->id) + "/edit"),
                              false);
}

Response UpdateMembership(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto m = store.FindMembership(ctx.partnership_id(), ctx.Id("id"));
  if (!m) throw http::NotFound{};
  Group group = GroupOrNotFound(ctx, m->group_id);
  auto person = store.FindPerson(ctx.partnership_id(), m->person_id);
  if (auto page = SaveMembership(
          ctx, *m, group, "Change " + person->full_name + "'s membership of " + group.name,
          ctx.PartnershipPath("/memberships/" + std::to_string(m->id) + "/edit"), false))
    return *page;
  return http::Redirect(ctx.PartnershipPath("/groups/" + std::to_string(group.id)) +
                        "?done=membership-saved");
}

Response EndMembershipForm(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto m = store.FindMembership(ctx.partnership_id(), ctx.Id("id"));
  if (!m) throw http::NotFound{};
  Group group = GroupOrNotFound(ctx, m->group_id);
  auto person = store.FindPerson(ctx.partnership_id(), m->person_id);
  std::string gpath = ctx.PartnershipPath("/groups/" + std::to_string(group.id));
  return RenderEndForm(ctx, TodayForm(ctx),
                       "End " + person->full_name + "'s membership of " + group.name,
                       "The membership is kept in the group's history with this end date.",
                       ctx.PartnershipPath("/memberships/" + std::to_string(m->id) + "/end"),
                       {{"Groups", ctx.PartnershipPath("/groups")}, {group.name, gpath}}, "Groups");
}

Response EndMembership(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto m = store.FindMembership(ctx.partnership_id(), ctx.Id("id"));
  if (!m) throw http::NotFound{};
  Group group = GroupOrNotFound(ctx, m->group_id);
  auto person = store.FindPerson(ctx.partnership_id(), m->person_id);
  std::string gpath = ctx.PartnershipPath("/groups/" + std::to_string(group.id));
  FormState form{Submitted(ctx), {}};
  core::Date ended{};
  // RULE: ending a membership sets its end date; it does not delete it.
  form.errors = governance::CheckEndDate(m->started_on, form.values, ended);
  if (!form.errors.empty())
    return RenderEndForm(ctx, form, "End " + person->full_name + "'s membership of " + group.name,
                         "", ctx.PartnershipPath("/memberships/" + std::to_string(m->id) + "/end"),
                         {{"Groups", ctx.PartnershipPath("/groups")}, {group.name, gpath}}, "Groups");
  storage::Transaction tx(ctx.db);
  store.EndMembership(ctx.partnership_id(), m->id, ended);
  ctx.Audit(auth::AuditAction::kEnd, "membership", m->id, core::FormatDate(ended));
  tx.Commit();
  return http::Redirect(gpath + "?done=membership-ended");
}

}  // namespace safeboard::ui::pages
