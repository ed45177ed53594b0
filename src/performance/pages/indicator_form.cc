// The board team adds, edits and retires the indicators of the board's own catalogue.
#include "performance/pages/pages.h"

#include "core/fold_case.h"
#include "governance/store.h"
#include "performance/forms.h"
#include "performance/indicator_save.h"
#include "performance/pages/shared.h"
#include "storage/database.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using namespace performance_pages;

namespace {

FormState IndicatorFormValues(const performance::Indicator& i) {
  FormState form;
  form.values = {{"code", i.code},
                 {"name", i.name},
                 {"cluster_id", std::to_string(i.cluster_id)},
                 {"responsible", std::string(core::CodeOf(performance::Responsibles(), i.responsible))},
                 {"agency_id", i.agency_id ? std::to_string(*i.agency_id) : ""},
                 {"group_id", i.group_id ? std::to_string(*i.group_id) : ""},
                 {"unit", std::string(core::CodeOf(performance::Units(), i.unit))},
                 {"better", std::string(core::CodeOf(performance::Betters(), i.better))},
                 {"frequency", std::string(core::CodeOf(performance::Frequencies(), i.frequency))},
                 {"outcome", i.outcome}};
  for (auto agency : i.agency_ids) form.values["agency_ids-" + std::to_string(agency)] = "yes";
  return form;
}

Response RenderIndicatorForm(Context& ctx, const FormState& form, const std::string& title, const std::string& action,
                             bool creating) {
  PerformanceStore store(ctx.db);
  governance::GovernanceStore governance(ctx.db);
  Options clusters, agencies, groups;
  for (const auto& c : store.ListClusters(ctx.partnership_id())) clusters.emplace_back(std::to_string(c.id), c.name);
  auto agency_list = governance.ListAgencies(ctx.partnership_id());
  for (const auto& a : agency_list)
    if (!a.ended_on) agencies.emplace_back(std::to_string(a.id), a.name);
  for (const auto& g : governance.ListGroups(ctx.partnership_id()))
    if (!g.ended_on) groups.emplace_back(std::to_string(g.id), g.name);
  Html h;
  OpenForm(h, ctx, action, form);
  TextInput(h, form, "code", "Code", {.hint = "Short and unique, like NI 63 or LSCB 4", .width_class = "govuk-input--width-10"});
  TextInput(h, form, "name", "Name", {.hint = "What is measured, like Percentage of child protection plans reviewed on time"});
  if (!clusters.empty())
    Select(h, form, "cluster_id", "Cluster", clusters, "Choose a cluster", "The board's own grouping of indicators");
  TextInput(h, form, "new_cluster", clusters.empty() ? "Cluster" : "Or a new cluster (optional)",
            {.hint = "Like Staying safe or Early help", .width_class = "govuk-!-width-one-half"});
  Radios(h, form, "responsible", "Who is responsible for it", VocabularyOptions(performance::Responsibles()));
  Select(h, form, "agency_id", "The responsible agency (for One agency)", agencies, "Choose an agency");
  // Several agencies: checkboxes, with the error summary's link landing on the fieldset.
  const std::string* agencies_error = form.errors.For("agency_ids");
  h.Open("div", {{"class", agencies_error ? "govuk-form-group govuk-form-group--error" : "govuk-form-group"}});
  h.Open("fieldset", {{"class", "govuk-fieldset"}, {"id", "agency_ids"},
                      {"aria-describedby", agencies_error ? "agency_ids-hint agency_ids-error" : "agency_ids-hint"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}},
            "The responsible agencies (for Several agencies)");
  h.Element("div", {{"class", "govuk-hint"}, {"id", "agency_ids-hint"}}, "Choose two or more");
  if (agencies_error) {
    h.Open("p", {{"class", "govuk-error-message"}, {"id", "agency_ids-error"}});
    h.Element("span", {{"class", "govuk-visually-hidden"}}, "Error:");
    h.Text(" " + *agencies_error);
    h.Close("p");
  }
  for (const auto& [id, name] : agencies) Checkbox(h, form, "agency_ids-" + id, name);
  h.Close("fieldset").Close("div");
  Select(h, form, "group_id", "The responsible group (for A group)", groups, "Choose a group");
  Select(h, form, "unit", "Unit", VocabularyOptions(performance::Units()), "Choose a unit");
  Select(h, form, "better", "Which direction is better", VocabularyOptions(performance::Betters()), "Choose one");
  Select(h, form, "frequency", "How often it is measured", VocabularyOptions(performance::Frequencies()), "Choose one");
  Textarea(h, form, "outcome", "Intended outcome (optional)", "What the board wants this indicator to show", 3);
  if (creating) {
    h.Open("div", {{"class", "govuk-grid-row"}});
    h.Open("div", {{"class", "govuk-grid-column-one-quarter"}});
    TextInput(h, form, "target_year", "Target year (optional)", {.hint = "Like 2025-26", .width_class = "govuk-input--width-5"});
    h.Close("div").Open("div", {{"class", "govuk-grid-column-one-half"}});
    TextInput(h, form, "target", "Target (optional)", {.width_class = "govuk-input--width-5"});
    h.Close("div").Close("div");
  }
  Button(h, "Save indicator");
  h.Close("form");
  return FormPage(ctx, title, "Performance", {{"Performance", ctx.PartnershipPath("/performance")}}, form, std::move(h));
}

performance::Indicator IndicatorOrNotFound(Context& ctx) {
  auto i = PerformanceStore(ctx.db).FindIndicator(ctx.partnership_id(), ctx.Id("id"));
  if (!i) throw http::NotFound{};
  return *i;
}

}  // namespace

Response NewIndicator(Context& ctx) {
  return RenderIndicatorForm(ctx, FormState{}, "Add an indicator", ctx.PartnershipPath("/indicators"), true);
}

Response CreateIndicator(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  performance::Indicator indicator;
  form.errors = performance::SaveIndicator(ctx, form.values, indicator, "");
  if (!form.errors.empty())
    return RenderIndicatorForm(ctx, form, "Add an indicator", ctx.PartnershipPath("/indicators"), true);
  return http::Redirect(ctx.PartnershipPath("/indicators/" + std::to_string(indicator.id) + "?done=indicator-added"));
}

Response EditIndicator(Context& ctx) {
  auto i = IndicatorOrNotFound(ctx);
  return RenderIndicatorForm(ctx, IndicatorFormValues(i), "Edit " + i.code,
                             ctx.PartnershipPath("/indicators/" + std::to_string(i.id) + "/edit"), false);
}

Response UpdateIndicator(Context& ctx) {
  auto i = IndicatorOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  form.errors = performance::SaveIndicator(ctx, form.values, i, "");
  if (!form.errors.empty())
    return RenderIndicatorForm(ctx, form, "Edit " + i.code,
                               ctx.PartnershipPath("/indicators/" + std::to_string(i.id) + "/edit"), false);
  return http::Redirect(ctx.PartnershipPath("/indicators/" + std::to_string(i.id) + "?done=indicator-saved"));
}

Response RetireIndicator(Context& ctx) {
  auto i = IndicatorOrNotFound(ctx);
  bool retiring = !i.retired_on;
  performance::ToggleRetired(ctx, i, "");
  return http::Redirect(ctx.PartnershipPath("/indicators/" + std::to_string(i.id) +
                                            (retiring ? "?done=indicator-retired" : "?done=indicator-restored")));
}

}  // namespace safeboard::ui::pages
