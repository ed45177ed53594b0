// The partnership's people: the list, one person and their memberships, adding, editing and
// ending their involvement.
#include "governance/pages/pages.h"

#include <map>

#include "governance/pages/shared.h"

namespace safeboard::ui::pages {

using namespace governance_pages;

namespace {

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

}  // namespace

Response ListPeople(Context& ctx) {
  GovernanceStore store(ctx.db);
  std::map<std::int64_t, std::string> agency_names;
  for (const auto& a : store.ListAgencies(ctx.partnership_id())) agency_names[a.id] = a.name;
  Html h;
  if (CanManage(ctx)) {
    ButtonLink(h, ctx.PartnershipPath("/people/new"), "Add a person");
    ButtonLink(h, ctx.PartnershipPath("/import/people"), "Import people from a spreadsheet", true);
  }
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
  ctx.Audit(auth::AuditAction::kCreate, "person", person.id);
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
  ctx.Audit(auth::AuditAction::kUpdate, "person", person->id);
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
  ctx.Audit(auth::AuditAction::kEnd, "person", person->id, core::FormatDate(ended));
  tx.Commit();
  return http::Redirect(path + "?done=person-ended");
}

}  // namespace safeboard::ui::pages
