#include "procedures/pages/shared.h"

#include "procedures/store.h"

namespace safeboard::ui::pages::procedures_pages {

std::string RegisterPath(const http::Context& ctx) { return ctx.PartnershipPath("/procedures"); }

std::string ChapterPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/procedures/chapters/" + std::to_string(id));
}

std::string ChapterName(const procedures::Chapter& chapter) { return chapter.number + " " + chapter.title; }

std::vector<std::string> ChapterNumbersExcept(http::Context& ctx, std::int64_t except) {
  std::vector<std::string> out;
  for (const auto& c : procedures::ProcedureStore(ctx.db).Chapters(ctx.partnership_id()))
    if (c.id != except) out.push_back(c.number);
  return out;
}

procedures::Chapter ChapterOf(http::Context& ctx, std::int64_t id) {
  auto chapter = procedures::ProcedureStore(ctx.db).FindChapter(ctx.partnership_id(), id);
  if (!chapter) throw http::NotFound{};
  return *chapter;
}

}  // namespace safeboard::ui::pages::procedures_pages
