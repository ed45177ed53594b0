// The governance pages' shared helpers.
#include "governance/pages/shared.h"

namespace safeboard::ui::pages::governance_pages {

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

Group GroupOrNotFound(Context& ctx, std::int64_t id) {
  auto group = GovernanceStore(ctx.db).FindGroup(ctx.partnership_id(), id);
  if (!group) throw http::NotFound{};
  return *group;
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

}  // namespace safeboard::ui::pages::governance_pages
