// Pages for agencies, people, groups and memberships.
#include "views/pages/governance_pages.h"

#include <algorithm>
#include <map>

#include "core/date.h"
#include "governance/store.h"
#include "meetings/store.h"
#include "views/pages/case_record_pages.h"
#include "views/area_registry.h"
#include "views/pages/common.h"
#include "duties/pages/pages.h"

namespace safeboard::views::pages {
namespace {

// The partnership's structure: its overview, groups, people and agencies, and the audit log.
const AreaRegistration kGovernanceArea{
    {{10, "Overview", ""},
     {20, "Groups", "/groups"},
     {60, "People", "/people"},
     {70, "Agencies", "/agencies"},
     {80, "Audit log", "/audit", auth::Permission::kManagePartnership}},
    {{"agency-added", "Agency added"}, {"agency-saved", "Agency saved"}, {"agency-ended", "Agency ended"},
     {"person-added", "Person added"}, {"person-saved", "Person saved"}, {"person-ended", "Involvement ended"},
     {"group-added", "Group added"}, {"group-saved", "Group saved"}, {"group-ended", "Group ended"},
     {"member-added", "Member added"}, {"membership-saved", "Membership saved"},
     {"membership-ended", "Membership ended"}}};

using governance::Agency;
using governance::GovernanceStore;
using governance::Group;
using governance::Membership;
using governance::Person;
using http::Context;
using http::Response;

std::string DateText(const std::optional<core::Date>& date) {
  return date ? core::FormatDateLong(*date) : "";
}
std::string DateValue(const std::optional<core::Date>& date) {
  return date ? core::FormatDate(*date) : "";
}

Options AgencyOptions(GovernanceStore& store, std::int64_t partnership_id) {
  Options out;
  for (const auto& a : store.ListAgencies(partnership_id))
    if (!a.ended_on) out.emplace_back(std::to_string(a.id), a.name);
  return out;
}

Options PersonOptions(GovernanceStore& store, std::int64_t partnership_id) {
  Options out;
  for (const auto& p : store.ListPeople(partnership_id))
    out.emplace_back(std::to_string(p.id), p.full_name);
  return out;
}

Options GroupOptions(GovernanceStore& store, std::int64_t partnership_id, std::int64_t except) {
  Options out;
  for (const auto& g : store.ListGroups(partnership_id))
    if (g.id != except) out.emplace_back(std::to_string(g.id), g.name);
  return out;
}

std::string IdText(const std::optional<std::int64_t>& id) { return id ? std::to_string(*id) : ""; }

// ----- Agencies -----

FormState AgencyForm(const Agency& a) {
  FormState form;
  form.values = {{"name", a.name},
                 {"sector", std::string(core::CodeOf(governance::Sectors(), a.sector))},
                 {"statutory", a.statutory ? "yes" : ""},
                 {"signed_constitution_on", DateValue(a.signed_constitution_on)},
                 {"joined_on", DateValue(a.joined_on)}};
  return form;
}

Response RenderAgencyForm(const Context& ctx, const FormState& form, const std::string& title,
                          const std::string& action) {
  Html h;
  OpenForm(h, ctx, action, form);
  TextInput(h, form, "name", "Name", {.width_class = "govuk-!-width-two-thirds"});
  Select(h, form, "sector", "Sector", VocabularyOptions(governance::Sectors()), "Choose a sector");
  Checkbox(h, form, "statutory", "Statutory partner");
  DateInput(h, form, "signed_constitution_on", "Date it signed the constitution (optional)");
  DateInput(h, form, "joined_on", "Date it joined the partnership (optional)");
  Button(h, "Save");
  h.Close("form");
  return FormPage(ctx, title, "Agencies", {{"Agencies", ctx.PartnershipPath("/agencies")}}, form,
                  std::move(h));
}

// ----- People -----

FormState PersonForm(const Person& p) {
  FormState form;
  form.values = {{"full_name", p.full_name}, {"job_title", p.job_title},
                 {"agency_id", IdText(p.agency_id)}, {"email", p.email}, {"phone", p.phone}};
  return form;
}

Response RenderPersonForm(Context& ctx, const FormState& form, const std::string& title,
                          const std::string& action) {
  GovernanceStore store(ctx.db);
  Html h;
  OpenForm(h, ctx, action, form);
  TextInput(h, form, "full_name", "Full name", {.width_class = "govuk-!-width-two-thirds"});
  TextInput(h, form, "job_title", "Job title", {.width_class = "govuk-!-width-two-thirds"});
  Select(h, form, "agency_id", "Agency", AgencyOptions(store, ctx.partnership_id()),
         "Choose an agency");
  TextInput(h, form, "email", "Email address",
            {.type = "email", .autocomplete = "off", .width_class = "govuk-!-width-two-thirds"});
  TextInput(h, form, "phone", "Phone number (optional)",
            {.type = "tel", .width_class = "govuk-input--width-20"});
  Button(h, "Save");
  h.Close("form");
  return FormPage(ctx, title, "People", {{"People", ctx.PartnershipPath("/people")}}, form,
                  std::move(h));
}

// ----- Groups -----

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
                  std::string(core::CodeOf(governance::ConfidentialAreas(), g.confidential_area))}};
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
  TextInput(h, form, "procedure_approval_agencies",
            "Agencies needed to approve a procedure document (optional)",
            {.hint = "3 for the policy and procedures sub-group", .width_class = "govuk-input--width-3"});
  h.Close("fieldset");
  Textarea(h, form, "terms_of_reference", "Terms of reference",
           "Markdown: # for headings, 1. for numbered lists", 12);
  DateInput(h, form, "terms_reviewed_on", "Date the terms of reference were last reviewed (optional)");
  Button(h, "Save");
  h.Close("form");
  return FormPage(ctx, title, "Groups", {{"Groups", ctx.PartnershipPath("/groups")}}, form,
                  std::move(h));
}

// ----- Memberships -----

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

void SaveQuorum(Context& ctx, std::int64_t group_id, const meetings::QuorumRule& rule,
                int procedure_agencies) {
  meetings::MeetingStore(ctx.db).SetQuorumRule(ctx.partnership_id(), group_id, rule);
  meetings::MeetingStore(ctx.db).SetProcedureApprovalAgencies(ctx.partnership_id(), group_id, procedure_agencies);
}

Group GroupOrNotFound(Context& ctx, std::int64_t id) {
  auto group = GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), id);
  if (!group) throw http::NotFound{};
  return *group;
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
    ctx.Audit("create", "membership", m.id);
  } else {
    store.UpdateMembership(m);
    ctx.Audit("update", "membership", m.id);
  }
  tx.Commit();
  return std::nullopt;
}

// The form to end a record on a date, and its handling.
Response RenderEndForm(const Context& ctx, const FormState& form, const std::string& title,
                       const std::string& explanation, const std::string& action,
                       std::vector<std::pair<std::string, std::string>> crumbs,
                       const std::string& nav) {
  Html h;
  h.Element("p", {{"class", "govuk-body"}}, explanation);
  OpenForm(h, ctx, action, form);
  DateInput(h, form, "ended_on", "End date");
  Button(h, "End", false);
  h.Close("form");
  return FormPage(ctx, title, nav, std::move(crumbs), form, std::move(h));
}

FormState TodayForm(const Context& ctx) {
  FormState form;
  form.values["ended_on"] = core::FormatDate(core::DateOf(ctx.clock.Now()));
  return form;
}

}  // namespace

// ===== Overview =====

Response PartnershipHome(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  auto groups = store.ListGroups(ctx.partnership_id());
  Html h;
  h.Element("p", {{"class", "govuk-body-l"}}, ctx.partnership->area);
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& g : groups) {
    if (g.ended_on) continue;
    auto members = store.MembersOfGroup(ctx.partnership_id(), g.id, today);
    rows.push_back({LinkCell(ctx.PartnershipPath("/groups/" + std::to_string(g.id)), g.name),
                    TextCell(std::string(core::LabelOf(governance::GroupKinds(), g.kind))),
                    TextCell(std::to_string(members.size()))});
  }
  Table(h, "Groups", {"Group", "Kind", "Members today"}, rows);
  DutiesDueSummary(ctx, h);
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Child deaths and serious case reviews");
  h.Open("ul", {{"class", "govuk-list"}});
  h.Open("li");
  Link(h, ctx.PartnershipPath("/child-deaths"), "Child death review statistics");
  h.Close("li").Open("li");
  Link(h, ctx.PartnershipPath("/case-reviews"), "Serious case reviews, and referring a case to the panel");
  h.Close("li").Close("ul");
  auto chrome = Chrome(ctx, ctx.partnership->name, "Overview");
  return Page(ctx, std::move(chrome), std::move(h));
}

// ===== Agencies =====

Response ListAgencies(Context& ctx) {
  GovernanceStore store(ctx.db);
  Html h;
  if (CanManage(ctx)) ButtonLink(h, ctx.PartnershipPath("/agencies/new"), "Add an agency");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& a : store.ListAgencies(ctx.partnership_id())) {
    Html status;
    if (a.ended_on)
      StatusTag(status, {"Ended " + DateText(a.ended_on), core::Tone::kNeutral});
    else
      StatusTag(status, {"Current", core::Tone::kGood});
    rows.push_back({LinkCell(ctx.PartnershipPath("/agencies/" + std::to_string(a.id)), a.name),
                    TextCell(std::string(core::LabelOf(governance::Sectors(), a.sector))),
                    TextCell(a.statutory ? "Yes" : "No"), status.Build()});
  }
  Table(h, "", {"Agency", "Sector", "Statutory partner", "Status"}, rows);
  return Page(ctx, ChromeWithCrumbs(ctx, "Agencies", "Agencies", {}), std::move(h));
}

Response ShowAgency(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto agency = store.FindAgency(ctx.partnership_id(), ctx.Id("id"));
  if (!agency) throw http::NotFound{};
  Html h;
  SummaryList(h, {{"Sector", std::string(core::LabelOf(governance::Sectors(), agency->sector))},
                  {"Statutory partner", agency->statutory ? "Yes" : "No"},
                  {"Signed the constitution", DateText(agency->signed_constitution_on)},
                  {"Joined", DateText(agency->joined_on)},
                  {"Ended", agency->ended_on ? DateText(agency->ended_on) : "Current"}});
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& p : store.ListPeople(ctx.partnership_id()))
    if (p.agency_id == agency->id)
      rows.push_back({LinkCell(ctx.PartnershipPath("/people/" + std::to_string(p.id)), p.full_name),
                      TextCell(p.job_title)});
  Table(h, "People", {"Name", "Job title"}, rows);
  if (CanManage(ctx)) {
    std::string base = ctx.PartnershipPath("/agencies/" + std::to_string(agency->id));
    ButtonLink(h, base + "/edit", "Edit agency", true);
    if (!agency->ended_on) ButtonLink(h, base + "/end", "End agency", true);
  }
  return Page(ctx, ChromeWithCrumbs(ctx, agency->name, "Agencies",
                                    {{"Agencies", ctx.PartnershipPath("/agencies")}}),
              std::move(h));
}

Response NewAgency(Context& ctx) {
  return RenderAgencyForm(ctx, FormState{}, "Add an agency", ctx.PartnershipPath("/agencies"));
}

Response CreateAgency(Context& ctx) {
  Agency agency;
  agency.partnership_id = ctx.partnership_id();
  FormState form{Submitted(ctx), {}};
  form.errors = governance::ReadAgency(form.values, agency);
  if (form.errors.empty()) {
    try {
      storage::Transaction tx(ctx.db);
      agency.id = GovernanceStore(ctx.db).CreateAgency(agency);
      ctx.Audit("create", "agency", agency.id);
      tx.Commit();
      return http::Redirect(ctx.PartnershipPath("/agencies/" + std::to_string(agency.id)) +
                            "?done=agency-added");
    } catch (const storage::DatabaseError& e) {
      if (!e.constraint()) throw;
      form.errors.Add("name", "An agency with this name already exists");
    }
  }
  return RenderAgencyForm(ctx, form, "Add an agency", ctx.PartnershipPath("/agencies"));
}

Response EditAgency(Context& ctx) {
  auto agency = GovernanceStore(ctx.db).FindAgency(ctx.partnership_id(), ctx.Id("id"));
  if (!agency) throw http::NotFound{};
  return RenderAgencyForm(ctx, AgencyForm(*agency), "Edit " + agency->name,
                          ctx.PartnershipPath("/agencies/" + std::to_string(agency->id) + "/edit"));
}

Response UpdateAgency(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto agency = store.FindAgency(ctx.partnership_id(), ctx.Id("id"));
  if (!agency) throw http::NotFound{};
  std::string title = "Edit " + agency->name;
  std::string action = ctx.PartnershipPath("/agencies/" + std::to_string(agency->id) + "/edit");
  FormState form{Submitted(ctx), {}};
  form.errors = governance::ReadAgency(form.values, *agency);
  if (form.errors.empty()) {
    try {
      storage::Transaction tx(ctx.db);
      store.UpdateAgency(*agency);
      ctx.Audit("update", "agency", agency->id);
      tx.Commit();
      return http::Redirect(ctx.PartnershipPath("/agencies/" + std::to_string(agency->id)) +
                            "?done=agency-saved");
    } catch (const storage::DatabaseError& e) {
      if (!e.constraint()) throw;
      form.errors.Add("name", "An agency with this name already exists");
    }
  }
  return RenderAgencyForm(ctx, form, title, action);
}

Response EndAgencyForm(Context& ctx) {
  auto agency = GovernanceStore(ctx.db).FindAgency(ctx.partnership_id(), ctx.Id("id"));
  if (!agency) throw http::NotFound{};
  std::string path = ctx.PartnershipPath("/agencies/" + std::to_string(agency->id));
  return RenderEndForm(ctx, TodayForm(ctx), "End " + agency->name,
                       "The agency stays in the records with its history; it is no longer offered "
                       "for new memberships.",
                       path + "/end", {{"Agencies", ctx.PartnershipPath("/agencies")}, {agency->name, path}},
                       "Agencies");
}

Response EndAgency(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto agency = store.FindAgency(ctx.partnership_id(), ctx.Id("id"));
  if (!agency) throw http::NotFound{};
  std::string path = ctx.PartnershipPath("/agencies/" + std::to_string(agency->id));
  FormState form{Submitted(ctx), {}};
  core::Date ended{};
  form.errors = governance::CheckEndDate(agency->joined_on, form.values, ended);
  if (!form.errors.empty())
    return RenderEndForm(ctx, form, "End " + agency->name, "", path + "/end",
                         {{"Agencies", ctx.PartnershipPath("/agencies")}, {agency->name, path}},
                         "Agencies");
  storage::Transaction tx(ctx.db);
  store.EndAgency(ctx.partnership_id(), agency->id, ended);
  ctx.Audit("end", "agency", agency->id, core::FormatDate(ended));
  tx.Commit();
  return http::Redirect(path + "?done=agency-ended");
}

// ===== People =====

Response ListPeople(Context& ctx) {
  GovernanceStore store(ctx.db);
  std::map<std::int64_t, std::string> agency_names;
  for (const auto& a : store.ListAgencies(ctx.partnership_id())) agency_names[a.id] = a.name;
  Html h;
  if (CanManage(ctx)) ButtonLink(h, ctx.PartnershipPath("/people/new"), "Add a person");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& p : store.ListPeople(ctx.partnership_id()))
    rows.push_back({LinkCell(ctx.PartnershipPath("/people/" + std::to_string(p.id)), p.full_name),
                    TextCell(p.job_title),
                    TextCell(p.agency_id ? agency_names[*p.agency_id] : "")});
  Table(h, "", {"Name", "Job title", "Agency"}, rows);
  return Page(ctx, ChromeWithCrumbs(ctx, "People", "People", {}), std::move(h));
}

Response ShowPerson(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto person = store.FindPerson(ctx.partnership_id(), ctx.Id("id"));
  if (!person) throw http::NotFound{};
  std::string agency;
  if (person->agency_id)
    if (auto a = store.FindAgency(ctx.partnership_id(), *person->agency_id)) agency = a->name;
  Html h;
  std::vector<std::pair<std::string, std::string>> details = {
      {"Job title", person->job_title},
      {"Agency", agency},
      {"Status", person->ended_on ? "Ended " + DateText(person->ended_on) : "Current"}};
  // Contact details are for members and the board team, not lay members.
  if (ctx.role >= auth::Role::kMember) {
    details.emplace_back("Email address", person->email);
    details.emplace_back("Phone number", person->phone);
  }
  SummaryList(h, details);
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& pm : store.MembershipListingOfPerson(ctx.partnership_id(), person->id)) {
    const auto& m = pm.membership;
    std::vector<TrustedHtml> row = {
        LinkCell(ctx.PartnershipPath("/groups/" + std::to_string(m.group_id)), pm.group_name),
        TextCell(pm.agency_name),
        TextCell(std::string(core::LabelOf(governance::RoleCategories(), m.role_category))),
        TextCell(core::FormatDateLong(m.started_on)), TextCell(DateText(m.ended_on))};
    if (CanManage(ctx))
      row.push_back(LinkCell(ctx.PartnershipPath("/memberships/" + std::to_string(m.id) + "/edit"),
                             "Change"));
    rows.push_back(std::move(row));
  }
  std::vector<std::string> headings = {"Group", "Representing", "Role", "From", "To"};
  if (CanManage(ctx)) headings.push_back("Action");
  Table(h, "Memberships", headings, rows);
  if (CanManage(ctx)) {
    std::string base = ctx.PartnershipPath("/people/" + std::to_string(person->id));
    ButtonLink(h, base + "/edit", "Edit person", true);
    if (!person->ended_on) ButtonLink(h, base + "/end", "End involvement", true);
  }
  return Page(ctx, ChromeWithCrumbs(ctx, person->full_name, "People",
                                    {{"People", ctx.PartnershipPath("/people")}}),
              std::move(h));
}

Response NewPerson(Context& ctx) {
  return RenderPersonForm(ctx, FormState{}, "Add a person", ctx.PartnershipPath("/people"));
}

Response CreatePerson(Context& ctx) {
  GovernanceStore store(ctx.db);
  Person person;
  person.partnership_id = ctx.partnership_id();
  FormState form{Submitted(ctx), {}};
  form.errors = governance::ReadPerson(form.values, store.KnownIdsOf(ctx.partnership_id()), person);
  if (!form.errors.empty())
    return RenderPersonForm(ctx, form, "Add a person", ctx.PartnershipPath("/people"));
  storage::Transaction tx(ctx.db);
  person.id = store.CreatePerson(person);
  ctx.Audit("create", "person", person.id);
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/people/" + std::to_string(person.id)) +
                        "?done=person-added");
}

Response EditPerson(Context& ctx) {
  auto person = GovernanceStore(ctx.db).FindPerson(ctx.partnership_id(), ctx.Id("id"));
  if (!person) throw http::NotFound{};
  return RenderPersonForm(ctx, PersonForm(*person), "Edit " + person->full_name,
                          ctx.PartnershipPath("/people/" + std::to_string(person->id) + "/edit"));
}

Response UpdatePerson(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto person = store.FindPerson(ctx.partnership_id(), ctx.Id("id"));
  if (!person) throw http::NotFound{};
  std::string title = "Edit " + person->full_name;
  FormState form{Submitted(ctx), {}};
  form.errors = governance::ReadPerson(form.values, store.KnownIdsOf(ctx.partnership_id()), *person);
  if (!form.errors.empty())
    return RenderPersonForm(ctx, form, title,
                            ctx.PartnershipPath("/people/" + std::to_string(person->id) + "/edit"));
  storage::Transaction tx(ctx.db);
  store.UpdatePerson(*person);
  ctx.Audit("update", "person", person->id);
  tx.Commit();
  return http::Redirect(ctx.PartnershipPath("/people/" + std::to_string(person->id)) +
                        "?done=person-saved");
}

Response EndPersonForm(Context& ctx) {
  auto person = GovernanceStore(ctx.db).FindPerson(ctx.partnership_id(), ctx.Id("id"));
  if (!person) throw http::NotFound{};
  std::string path = ctx.PartnershipPath("/people/" + std::to_string(person->id));
  return RenderEndForm(ctx, TodayForm(ctx), "End " + person->full_name + "'s involvement",
                       "Their current memberships end on the same date. They stay in the records "
                       "and in each group's history.",
                       path + "/end", {{"People", ctx.PartnershipPath("/people")}, {person->full_name, path}},
                       "People");
}

Response EndPerson(Context& ctx) {
  GovernanceStore store(ctx.db);
  auto person = store.FindPerson(ctx.partnership_id(), ctx.Id("id"));
  if (!person) throw http::NotFound{};
  std::string path = ctx.PartnershipPath("/people/" + std::to_string(person->id));
  FormState form{Submitted(ctx), {}};
  core::Date ended{};
  form.errors = governance::CheckEndDate(std::nullopt, form.values, ended);
  if (!form.errors.empty())
    return RenderEndForm(ctx, form, "End " + person->full_name + "'s involvement", "", path + "/end",
                         {{"People", ctx.PartnershipPath("/people")}, {person->full_name, path}},
                         "People");
  storage::Transaction tx(ctx.db);
  store.EndPerson(ctx.partnership_id(), person->id, ended);
  ctx.Audit("end", "person", person->id, core::FormatDate(ended));
  tx.Commit();
  return http::Redirect(path + "?done=person-ended");
}

// ===== Groups =====

Response ListGroups(Context& ctx) {
  GovernanceStore store(ctx.db);
  std::map<std::int64_t, std::string> people;
  for (const auto& p : store.ListPeople(ctx.partnership_id())) people[p.id] = p.full_name;
  Html h;
  if (CanManage(ctx)) ButtonLink(h, ctx.PartnershipPath("/groups/new"), "Add a group");
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

Response ShowGroup(Context& ctx) {
  GovernanceStore store(ctx.db);
  Group group = GroupOrNotFound(ctx, ctx.Id("id"));
  std::string path = ctx.PartnershipPath("/groups/" + std::to_string(group.id));
  // Membership as at a date: today unless ?on=YYYY-MM-DD (or ?on=all for every membership).
  std::string on_text = ctx.query.Get("on");
  std::optional<core::Date> on = core::DateOf(ctx.clock.Now());
  FormState filter;
  core::FieldValues on_values;
  for (const auto& [k, v] : ctx.query.fields()) on_values.emplace(k, v);
  bool all = on_text == "all";
  if (all) {
    on.reset();
  } else if (!on_text.empty() || on_values.count("on-day")) {
    on = governance::ReadDateField(on_values, "on", "the date", false, filter.errors);
    if (!on) on = core::DateOf(ctx.clock.Now());
  }
  if (on) filter.values["on"] = core::FormatDate(*on);
  if (!filter.errors.empty()) {
    filter.values = on_values;
  }

  auto name_of = [&](const std::optional<std::int64_t>& id) -> std::string {
    if (!id) return "None";
    auto person = store.FindPerson(ctx.partnership_id(), *id);
    return person ? person->full_name : "None";
  };
  Html h;
  std::vector<std::pair<std::string, std::string>> details = {
      {"Kind", std::string(core::LabelOf(governance::GroupKinds(), group.kind))},
      {"Chair", name_of(group.chair_person_id)},
      {"Vice-chair", name_of(group.vice_chair_person_id)},
      {"Meets", std::string(core::LabelOf(governance::Cadences(), group.cadence))},
      {"Confidential case records",
       std::string(core::LabelOf(governance::ConfidentialAreas(), group.confidential_area))}};
  if (group.parent_group_id)
    if (auto parent = store.FindGroup(ctx.partnership_id(), *group.parent_group_id))
      details.emplace_back("Reports to", parent->name);
  {
    auto rule = meetings::MeetingStore(ctx.db).QuorumRuleOf(ctx.partnership_id(), group.id);
    std::string quorum;
    if (rule.min_members) quorum += std::to_string(rule.min_members) + " members";
    if (rule.min_agencies) quorum += (quorum.empty() ? "" : " from ") + std::to_string(rule.min_agencies) + " agencies";
    for (std::size_t i = 0; i < rule.required_agencies.size(); ++i) {
      auto agency = store.FindAgency(ctx.partnership_id(), rule.required_agencies[i]);
      quorum += (i == 0 ? std::string(quorum.empty() ? "" : "; ") + "present: " : std::string(", ")) +
                (agency ? agency->name : "");
    }
    details.emplace_back("Quorum", quorum.empty() ? "No rule recorded" : quorum);
  }
  details.emplace_back("Terms of reference last reviewed",
                       group.terms_reviewed_on ? DateText(group.terms_reviewed_on) : "Not recorded");
  if (group.ended_on) details.emplace_back("Ended", DateText(group.ended_on));
  SummaryList(h, details);

  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "members"}},
            on ? "Members on " + core::FormatDateLong(*on) : "Every membership, past and present");
  ErrorSummary(h, filter.errors);
  h.Open("form", {{"method", "get"}, {"action", path}, {"class", "app-inline-form"}});
  DateInput(h, filter, "on", "Show the members on another date", "For example, 1 9 2011");
  Button(h, "Show members", true);
  h.Close("form");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, path + "?on=all", "Show every membership, past and present");
  h.Close("p");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, path + "/meetings", "Meetings");
  h.Text(" | ");
  Link(h, path + "/attendance", "Attendance report");
  h.Close("p");
  if (CanManage(ctx)) ButtonLink(h, path + "/members/new", "Add a member");

  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& member : store.MembersOfGroup(ctx.partnership_id(), group.id, on)) {
    const auto& m = member.membership;
    std::vector<TrustedHtml> row = {
        LinkCell(ctx.PartnershipPath("/people/" + std::to_string(m.person_id)), member.person_name),
        TextCell(member.job_title), TextCell(member.agency_name),
        TextCell(std::string(core::LabelOf(governance::RoleCategories(), m.role_category))),
        TextCell(core::FormatDateLong(m.started_on)), TextCell(DateText(m.ended_on)),
        TextCell(m.confidentiality_signed_on ? "Signed " + DateText(m.confidentiality_signed_on)
                                             : "Not signed")};
    if (CanManage(ctx)) {
      Html actions;
      std::string mpath = ctx.PartnershipPath("/memberships/" + std::to_string(m.id));
      actions.Element("a", {{"class", "govuk-link"}, {"href", mpath + "/edit"}}, "Change");
      if (!m.ended_on) {
        actions.Text(" ");
        actions.Element("a", {{"class", "govuk-link"}, {"href", mpath + "/end"}}, "End");
      }
      row.push_back(actions.Build());
    }
    rows.push_back(std::move(row));
  }
  std::vector<std::string> headings = {"Name", "Job title", "Representing", "Role", "From", "To",
                                       "Confidentiality agreement"};
  if (CanManage(ctx)) headings.push_back("Actions");
  Table(h, "", headings, rows);
  if (rows.empty()) h.Element("p", {{"class", "govuk-body"}}, "No members on this date.");

  h.Element("h2", {{"class", "govuk-heading-m"}}, "Terms of reference");
  if (group.terms_of_reference.empty())
    h.Element("p", {{"class", "govuk-body"}}, "None recorded.");
  else {
    h.Open("div", {{"class", "app-prose"}});
    h.Append(TrustedHtml::FromMarkdown(group.terms_of_reference, 2));
    h.Close("div");
  }
  BriefingRequests(ctx, group.id, h);
  if (CanManage(ctx)) {
    ButtonLink(h, path + "/edit", "Edit group", true);
    if (!group.ended_on) ButtonLink(h, path + "/end", "End group", true);
  }
  auto chrome = ChromeWithCrumbs(ctx, group.name, "Groups", {{"Groups", ctx.PartnershipPath("/groups")}});
  chrome.has_errors = !filter.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h));
}

Response NewGroup(Context& ctx) {
  return RenderGroupForm(ctx, FormState{}, 0, "Add a group", ctx.PartnershipPath("/groups"));
}

Response CreateGroup(Context& ctx) {
  GovernanceStore store(ctx.db);
  Group group;
  group.partnership_id = ctx.partnership_id();
  FormState form{Submitted(ctx), {}};
  auto known = store.KnownIdsOf(ctx.partnership_id());
  form.errors = governance::ReadGroup(form.values, known, group);
  meetings::QuorumRule rule;
  int procedure_agencies = 0;
  auto quorum_errors = meetings::ReadQuorumRule(form.values, known.agencies, rule, procedure_agencies);
  for (const auto& e : quorum_errors.all()) form.errors.Add(e.field, e.message);
  if (form.errors.empty()) {
    try {
      storage::Transaction tx(ctx.db);
      group.id = store.CreateGroup(group);
      SaveQuorum(ctx, group.id, rule, procedure_agencies);
      ctx.Audit("create", "group", group.id);
      tx.Commit();
      return http::Redirect(ctx.PartnershipPath("/groups/" + std::to_string(group.id)) +
                            "?done=group-added");
    } catch (const storage::DatabaseError& e) {
      if (!e.constraint()) throw;
      form.errors.Add("name", "A group with this name already exists");
    }
  }
  return RenderGroupForm(ctx, form, 0, "Add a group", ctx.PartnershipPath("/groups"));
}

Response EditGroup(Context& ctx) {
  Group group = GroupOrNotFound(ctx, ctx.Id("id"));
  FormState form = GroupForm(group);
  auto rule = meetings::MeetingStore(ctx.db).QuorumRuleOf(ctx.partnership_id(), group.id);
  auto number = [](int n) { return n ? std::to_string(n) : std::string(); };
  form.values["quorum_min_members"] = number(rule.min_members);
  form.values["quorum_min_agencies"] = number(rule.min_agencies);
  for (auto agency : rule.required_agencies) form.values["quorum_agency-" + std::to_string(agency)] = "yes";
  form.values["procedure_approval_agencies"] =
      number(meetings::MeetingStore(ctx.db).ProcedureApprovalAgencies(ctx.partnership_id(), group.id));
  return RenderGroupForm(ctx, form, group.id, "Edit " + group.name,
                         ctx.PartnershipPath("/groups/" + std::to_string(group.id) + "/edit"));
}

Response UpdateGroup(Context& ctx) {
  GovernanceStore store(ctx.db);
  Group group = GroupOrNotFound(ctx, ctx.Id("id"));
  std::string title = "Edit " + group.name;
  std::string action = ctx.PartnershipPath("/groups/" + std::to_string(group.id) + "/edit");
  FormState form{Submitted(ctx), {}};
  auto known = store.KnownIdsOf(ctx.partnership_id());
  form.errors = governance::ReadGroup(form.values, known, group);
  meetings::QuorumRule rule;
  int procedure_agencies = 0;
  auto quorum_errors = meetings::ReadQuorumRule(form.values, known.agencies, rule, procedure_agencies);
  for (const auto& e : quorum_errors.all()) form.errors.Add(e.field, e.message);
  if (form.errors.empty()) {
    try {
      storage::Transaction tx(ctx.db);
      store.UpdateGroup(group);
      SaveQuorum(ctx, group.id, rule, procedure_agencies);
      ctx.Audit("update", "group", group.id);
      tx.Commit();
      return http::Redirect(ctx.PartnershipPath("/groups/" + std::to_string(group.id)) +
                            "?done=group-saved");
    } catch (const storage::DatabaseError& e) {
      if (!e.constraint()) throw;
      form.errors.Add("name", "A group with this name already exists");
    }
  }
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
  ctx.Audit("end", "group", group.id, core::FormatDate(ended));
  tx.Commit();
  return http::Redirect(path + "?done=group-ended");
}

// ===== Memberships =====

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
  ctx.Audit("end", "membership", m->id, core::FormatDate(ended));
  tx.Commit();
  return http::Redirect(gpath + "?done=membership-ended");
}

// ===== Audit log =====

Response ShowAuditLog(Context& ctx) {
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "The newest 200 entries for this partnership. Entries cannot be changed or deleted.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& e : auth::RecentAudit(ctx.db, ctx.partnership_id(), 200))
    rows.push_back({TextCell(e.at), TextCell(e.user), TextCell(e.action), TextCell(e.record_type),
                    TextCell(e.record_id ? std::to_string(*e.record_id) : ""), TextCell(e.detail)});
  Table(h, "", {"When (UTC)", "Who", "What", "Record", "Id", "Detail"}, rows);
  return Page(ctx, ChromeWithCrumbs(ctx, "Audit log", "Audit log", {}), std::move(h));
}

}  // namespace safeboard::views::pages
