// The search page.
#pragma once
#include "http/context.h"

namespace safeboard::ui::pages {

http::Response ShowSearch(http::Context& ctx);

}  // namespace safeboard::ui::pages
