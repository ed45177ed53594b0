// What the safer workforce pages share: paths, the assessment or return of a URL, and who may
// enter returns and support. Internal to src/assurance/pages.
#pragma once
#include <cstdint>
#include <string>

#include "assurance/safer_workforce.h"
#include "http/context.h"

namespace safeboard::ui::pages::workforce_pages {

std::string AssessmentPath(const http::Context& ctx, std::int64_t id);
std::string ReturnPath(const http::Context& ctx, std::int64_t id);
// Each throws http::NotFound for another board's record.
assurance::WorkforceAssessment AssessmentOf(http::Context& ctx, std::int64_t id);
assurance::WorkforceReturn ReturnOf(http::Context& ctx, std::int64_t id);
// RULE: issue 16 - returns and support are entered by the assessment's lead group (through its
// planned audit; not lay members) and the board team.
bool MayWorkOn(const http::Context& ctx, const assurance::WorkforceAssessment& assessment);

}  // namespace safeboard::ui::pages::workforce_pages
