// Section 11 rounds (issue 16): every round with its return rate, and opening a round - a
// template version, the dates, the challenge group, the planned audit it carries out and the
// statutory partners asked. Each return starts from the agency's last submitted return (its
// grades and evidence, matched by standard reference), so a self-assessment stays live between
// rounds.
#include "assurance/assurance.h"
#include "assurance/pages/section11_pages.h"
#include "assurance/pages/section11_shared.h"
#include "assurance/pages/shared.h"
#include "assurance/section11_store.h"
#include "assurance/store.h"
#include "core/date.h"
#include "core/financial_year.h"

namespace safeboard::ui::pages {

using namespace section11_pages;
using http::Context;
using http::Response;

namespace {

std::vector<assurance::PlannedAudit> Section11Audits(Context& ctx) {
  assurance::AssuranceStore store(ctx.db);
  std::vector<assurance::PlannedAudit> out;
  for (int year : store.ProgrammeYears(ctx.partnership_id()))
    for (auto& a : store.AuditsOf(ctx.partnership_id(), store.ProgrammeOf(ctx.partnership_id(), year).id))
      if (a.kind == assurance::AuditKind::kSection11) out.push_back(std::move(a));
  return out;
}

void RenderOpenRoundForm(Context& ctx, Html& h, const FormState& form) {
  assurance::Section11Store store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "open-a-round"}}, "Open a round");
  auto templates = store.ListTemplates(ctx.partnership_id());
  if (templates.empty()) {
    h.Open("p", {{"class", "govuk-body"}});
    h.Text("A round asks agencies to grade themselves against a standards template. ");
    Link(h, ctx.PartnershipPath("/assurance/section-11/templates#new-template"), "Make a template first");
    h.Close("p");
    return;
  }
  FormState shown = form;
  auto statutory = StatutoryAgencies(ctx, today);
  if (shown.values.empty())
    for (const auto& a : statutory) shown.values["agency_" + std::to_string(a.id)] = "yes";
  OpenForm(h, ctx, RoundsPath(ctx), shown);
  TextInput(h, shown, "title", "Round", {.hint = "For example, Section 11 audit 2011-12", .width_class = "govuk-!-width-two-thirds"});
  Options template_options;
  for (auto it = templates.rbegin(); it != templates.rend(); ++it) template_options.emplace_back(std::to_string(it->id), TemplateLabel(*it));
  Select(h, shown, "template_id", "Standards template", template_options, "Choose a template");
  DateInput(h, shown, "opens_on", "Opens");
  DateInput(h, shown, "returns_due_on", "Returns due");
  Select(h, shown, "challenge_group_id", "Challenge group (optional)", CurrentGroupOptions(ctx), "The board team only",
         "Its members hold the challenge session and raise actions, for example the Quality Assurance sub-group");
  Options audits;
  for (const auto& a : Section11Audits(ctx)) audits.emplace_back(std::to_string(a.id), a.title);
  Select(h, shown, "planned_audit_id", "Planned audit it carries out (optional)", audits, "Not in a programme");
  h.Open("div", {{"class", std::string("govuk-form-group") + (shown.errors.For("agencies") ? " govuk-form-group--error" : "")}});
  h.Open("fieldset", {{"class", "govuk-fieldset"}, {"id", "agencies"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}}, "Statutory partners asked for a return");
  if (const auto* message = shown.errors.For("agencies"))
    h.Element("p", {{"class", "govuk-error-message"}}, "Error: " + *message);
  for (const auto& a : statutory) Checkbox(h, shown, "agency_" + std::to_string(a.id), a.name);
  h.Close("fieldset").Close("div");
  Button(h, "Open round");
  h.Close("form");
}

Response RenderRounds(Context& ctx, const FormState& form, int status) {
  assurance::Section11Store store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Statutory partners grade themselves against the board's Section 11 standards; the board challenges the "
            "grades and monitors the actions that follow (Children Act 2004, section 11).");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& round : store.ListRounds(ctx.partnership_id())) {
    auto records = store.RecordsOf(ctx.partnership_id(), round.id);
    auto figures = assurance::CountRound(records, round.returns_due_on, today);
    rows.push_back({LinkCell(RoundPath(ctx, round.id), round.title), TextCell(core::FormatDateLong(round.opens_on)),
                    TextCell(core::FormatDateLong(round.returns_due_on)),
                    TextCell(std::to_string(figures.submitted) + " of " + std::to_string(figures.returns)),
                    TextCell(std::to_string(figures.actions_completed) + " of " + std::to_string(figures.actions))});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No rounds yet.");
  else
    Table(h, "Rounds", {"Round", "Opened", "Returns due", "Returns submitted", "Actions completed"}, rows);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/assurance/section-11/templates"), "Standards templates");
  h.Close("p");
  if (CanManage(ctx)) RenderOpenRoundForm(ctx, h, form);
  auto chrome = ChromeWithCrumbs(ctx, "Section 11 self-assessment", "Quality assurance",
                                 {{"Quality assurance", ctx.PartnershipPath("/assurance")}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ListSection11Rounds(Context& ctx) { return RenderRounds(ctx, {}, 200); }

Response OpenSection11Round(Context& ctx) {
  assurance::Section11Store store(ctx.db);
  FormState form{Submitted(ctx), {}};
  std::vector<std::int64_t> templates, audits, agencies;
  for (const auto& t : store.ListTemplates(ctx.partnership_id())) templates.push_back(t.id);
  for (const auto& a : Section11Audits(ctx)) audits.push_back(a.id);
  assurance::Section11Round round;
  form.errors = assurance::ReadRound(form.values, templates, assurance_pages::GroupIds(ctx), audits,
                                     StatutoryAgencyIds(ctx), round, agencies);
  if (!form.errors.empty()) return RenderRounds(ctx, form, 422);
  auto tmpl = TemplateOrNotFound(ctx, round.template_id);
  storage::Transaction tx(ctx.db);
  round.id = store.AddRound(ctx.partnership_id(), round);
  for (auto agency : agencies) {
    assurance::Section11Return ret;
    ret.agency_id = agency;
    store.StartReturn(ctx.partnership_id(), round, tmpl, ret);
  }
  ctx.Audit(auth::AuditAction::kCreate, "section11-round", round.id, std::to_string(agencies.size()) + " returns asked");
  tx.Commit();
  return http::Redirect(RoundPath(ctx, round.id) + "?done=round-opened");
}

}  // namespace safeboard::ui::pages
