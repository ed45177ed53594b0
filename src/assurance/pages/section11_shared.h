// What the Section 11 pages share (issue 16): paths, who may do what with a return, and the
// records a page starts from.
#pragma once
#include <string>
#include <vector>

#include "assurance/section11.h"
#include "http/context.h"
#include "ui/components.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::section11_pages {

std::string RoundsPath(const http::Context& ctx);
std::string RoundPath(const http::Context& ctx, std::int64_t round_id);
std::string ReturnPath(const http::Context& ctx, std::int64_t return_id);
std::string TemplatePath(const http::Context& ctx, std::int64_t template_id);

assurance::Section11Round RoundOrNotFound(http::Context& ctx, std::int64_t id);
assurance::Section11Return ReturnOrNotFound(http::Context& ctx);
assurance::Section11Template TemplateOrNotFound(http::Context& ctx, std::int64_t id);

// RULE: issue 16 - a return is edited by its agency's lead and the board team, and only until it
// is submitted (the board team can hand it back).
bool IsLeadOf(http::Context& ctx, const assurance::Section11Return& ret);
bool CanEditReturn(http::Context& ctx, const assurance::Section11Return& ret);
// RULE: issue 16 - the challenge session (accepting or changing grades, raising actions) is the
// round's challenge group's current members and the board team; nobody challenges their own
// agency's return.
bool CanChallenge(http::Context& ctx, const assurance::Section11Round& round, const assurance::Section11Return& ret);
// Progress on an action: its agency's lead, the challenge group and the board team.
bool CanUpdateAction(http::Context& ctx, const assurance::Section11Round& round, const assurance::Section11Return& ret);

// The partnership's statutory partners (current on `on`), and any agency's people.
std::vector<governance::Agency> StatutoryAgencies(http::Context& ctx, const core::Date& on);
std::vector<std::int64_t> StatutoryAgencyIds(http::Context& ctx);
std::vector<std::int64_t> PeopleIdsOf(http::Context& ctx, std::int64_t agency_id);
Options PeopleOptionsOf(http::Context& ctx, std::int64_t agency_id);
// The scale as options: "1" -> "Met", ...
Options GradeOptions(const assurance::Section11Template& tmpl);
std::string TemplateLabel(const assurance::Section11Template& tmpl);

}  // namespace safeboard::ui::pages::section11_pages
