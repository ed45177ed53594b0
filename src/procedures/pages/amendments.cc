// The manual-wide amendments log (issue 18): every chapter's versions, newest first, with what
// changed, as a procedures manual publishes it.
#include "core/date.h"
#include "procedures/pages/pages.h"
#include "procedures/pages/shared.h"
#include "procedures/store.h"

namespace safeboard::ui::pages {

using namespace procedures_pages;
using http::Context;
using http::Response;

Response ShowProcedureAmendments(Context& ctx) {
  procedures::ProcedureStore store(ctx.db);
  Html h;
  if (auto next = store.NextUpdate(ctx.partnership_id()))
    h.Element("p", {{"class", "govuk-body"}}, "The next planned update: " + core::FormatDateLong(*next) + ".");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& a : store.AmendmentsLog(ctx.partnership_id()))
    rows.push_back({TextCell(core::FormatDateLong(a.amended_on)),
                    LinkCell(ChapterPath(ctx, a.chapter_id), a.chapter_number + " " + a.chapter_title), TextCell(a.note)});
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No amendments recorded yet.");
  else
    Table(h, "Amendments, newest first", {"Amended", "Chapter", "What changed"}, rows);
  return Page(ctx, ChromeWithCrumbs(ctx, "Amendments log", kNav, {{"Procedures register", RegisterPath(ctx)}}), std::move(h));
}

}  // namespace safeboard::ui::pages
