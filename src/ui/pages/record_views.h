// Who has seen a confidential case record: the page listing every view, export and change of one
// record from the audit log, and who may open it. Shared by the child death and case review pages.
#pragma once
#include <cstdint>
#include <string>

#include "governance/governance.h"
#include "http/context.h"

namespace safeboard::ui::pages {

// RULE: issue 5 - a panel chair (or the board team) can see who viewed a case.
bool ChairsPanelOrAdministers(const http::Context& ctx, governance::ConfidentialArea area);
// Who opened, exported or changed one case record, from the audit log.
http::Response RecordViewsPage(http::Context& ctx, const std::string& record_type, std::int64_t id,
                               const std::string& reference, const std::string& back, const std::string& nav_crumb,
                               const std::string& crumb_href);

}  // namespace safeboard::ui::pages
