// What the governance pages share: dates as text, the select options for agencies, people and
// groups, finding a group, and the form that ends a record on a date. Internal to
// src/governance/pages.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.h"
#include "governance/governance.h"
#include "governance/store.h"
#include "http/context.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::governance_pages {

using governance::Agency;
using governance::GovernanceStore;
using governance::Group;
using governance::Membership;
using governance::Person;
using http::Context;
using http::Response;

std::string DateText(const std::optional<core::Date>& date);   // "1 April 2011", or ""
std::string DateValue(const std::optional<core::Date>& date);  // "2011-04-01", or ""
std::string IdText(const std::optional<std::int64_t>& id);

Options AgencyOptions(GovernanceStore& store, std::int64_t partnership_id);  // current agencies
Options PersonOptions(GovernanceStore& store, std::int64_t partnership_id);
Options GroupOptions(GovernanceStore& store, std::int64_t partnership_id, std::int64_t except);

Group GroupOrNotFound(Context& ctx, std::int64_t id);  // throws http::NotFound

// RULE: issue 14 - an empty partnership guides its business manager: while any set-up step is
// to do, the board team sees the "set up your board" task list (governance::SetUpSteps).
void SetUpChecklist(const Context& ctx, Html& h);

// The form to end a record on a date (agency, person, group, membership).
Response RenderEndForm(const Context& ctx, const FormState& form, const std::string& title,
                       const std::string& explanation, const std::string& action,
                       std::vector<std::pair<std::string, std::string>> crumbs, const std::string& nav);
// The end form's starting value: today.
FormState TodayForm(const Context& ctx);

}  // namespace safeboard::ui::pages::governance_pages
