// The partnership's agencies: the list, one agency, adding, editing and ending one.
#include "governance/pages/pages.h"

#include "governance/pages/shared.h"
#include "storage/database.h"

namespace safeboard::ui::pages {

using namespace governance_pages;

namespace {

std::string OtherNamesText(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "\n") + n;
  return out;
}

FormState AgencyForm(const Agency& a) {
  FormState form;
  form.values = {{"name", a.name},
                 {"sector", std::string(core::CodeOf(governance::Sectors(), a.sector))},
                 {"statutory", a.statutory ? "yes" : ""},
                 {"other_names", OtherNamesText(a.other_names)},
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
  Textarea(h, form, "other_names", "Other names it is known by (optional)",
           "One per line, like an abbreviation or a former name. Imports recognise these too.", 3);
  DateInput(h, form, "signed_constitution_on", "Date it signed the constitution (optional)");
  DateInput(h, form, "joined_on", "Date it joined the partnership (optional)");
  Button(h, "Save");
  h.Close("form");
  return FormPage(ctx, title, "Agencies", {{"Agencies", ctx.PartnershipPath("/agencies")}}, form,
                  std::move(h));
}

}  // namespace

Response ListAgencies(Context& ctx) {
  GovernanceStore store(ctx.db);
  Html h;
  if (CanManage(ctx)) {
    ButtonLink(h, ctx.PartnershipPath("/agencies/new"), "Add an agency");
    ButtonLink(h, ctx.PartnershipPath("/import/agencies"), "Import agencies from a spreadsheet", true);
  }
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
  std::string other_names;
  for (const auto& n : agency->other_names) other_names += (other_names.empty() ? "" : "; ") + n;
  SummaryList(h, {{"Sector", std::string(core::LabelOf(governance::Sectors(), agency->sector))},
                  {"Also known as", other_names.empty() ? "None recorded" : other_names},
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
      ctx.Audit(auth::AuditAction::kCreate, "agency", agency.id);
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
      ctx.Audit(auth::AuditAction::kUpdate, "agency", agency->id);
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
  ctx.Audit(auth::AuditAction::kEnd, "agency", agency->id, core::FormatDate(ended));
  tx.Commit();
  return http::Redirect(path + "?done=agency-ended");
}

}  // namespace safeboard::ui::pages
