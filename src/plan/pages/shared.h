// What the business plan pages share: finding the plan of a URL, paths, the RAG tag, who may
// update an action, and the table of actions. Internal to src/plan/pages.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "http/context.h"
#include "plan/model.h"
#include "plan/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::plan_pages {

using http::Context;
using http::Response;
using plan::PlanStore;

std::string PlanPath(const Context& ctx, std::int64_t id);
std::string ActionPath(const Context& ctx, std::int64_t id);
// A RAG status as its tag; "No update" when there is none.
void RagTag(Html& h, const std::optional<plan::Rag>& rag);
// The URL's {id} as a plan of this partnership; throws http::NotFound otherwise.
plan::Plan PlanOrNotFound(Context& ctx);
// Actions as table rows: activity, lead, by when, RAG and overdue.
std::vector<std::vector<TrustedHtml>> ActionRows(Context& ctx, const std::vector<const plan::PlanAction*>& actions);

// Who may lead an action: current groups, posts and people, as options (plan::LeadCode, name).
Options LeadOptions(Context& ctx);
plan::KnownLeads KnownLeadsOf(Context& ctx);
// The selects lead-1 ... lead-N: the first required, the others to name several leads.
void LeadSelects(Html& h, const FormState& form, const Options& options);
// An action's leads as the lead-N fields.
void AddLeadFields(const std::vector<plan::Lead>& leads, core::FieldValues& values);

// The business plan's dashboard panel (dashboard.cc, issue 15).
void PlanPanel(Context& ctx, Html& h);

// The plan's imports, each with a button to undo it (the board team).
void PlanImports(const Context& ctx, Html& h, std::int64_t plan_id);

}  // namespace safeboard::ui::pages::plan_pages
