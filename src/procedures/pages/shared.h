// What the procedures pages share (issue 18). Internal to src/procedures/pages.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "http/context.h"
#include "procedures/procedures.h"
#include "ui/components.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::procedures_pages {

inline constexpr const char* kNav = "Procedures";

std::string RegisterPath(const http::Context& ctx);
std::string ChapterPath(const http::Context& ctx, std::int64_t id);
// "7 Levels of need".
std::string ChapterName(const procedures::Chapter& chapter);
// The numbers of the board's chapters but one (0: all), which a chapter's number must not repeat.
std::vector<std::string> ChapterNumbersExcept(http::Context& ctx, std::int64_t except);
// Throws http::NotFound for another board's chapter.
procedures::Chapter ChapterOf(http::Context& ctx, std::int64_t id);

// The chapter's page with the form to open a review refused (chapter.cc), status 422.
http::Response RenderChapterWithReviewForm(http::Context& ctx, const procedures::Chapter& chapter, const FormState& form);

}  // namespace safeboard::ui::pages::procedures_pages
