// The learning pages (issue 16): training needs and procedure reviews raised, and answering one.
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response ShowLearningReferrals(http::Context& ctx);
// As CSV or, for a path ending .xlsx, a spreadsheet (?kind= as the list).
http::Response ExportLearningReferrals(http::Context& ctx);
http::Response ShowLearningReferral(http::Context& ctx);
http::Response AnswerLearningReferral(http::Context& ctx);

}  // namespace safeboard::ui::pages
