// Section 11 on the dashboard (issue 16): an agency's lead sees the returns waiting for them and
// when each is due; the board team sees each round still waiting for returns.
#include "assurance/pages/section11_pages.h"
#include "assurance/pages/section11_shared.h"
#include "assurance/section11_store.h"
#include "core/date.h"

namespace safeboard::ui::pages {

using namespace section11_pages;

void Section11Panel(http::Context& ctx, Html& h) {
  if (!ctx.user_id()) return;
  assurance::Section11Store store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& ret : store.ReturnsToSubmitBy(ctx.partnership_id(), *ctx.user_id())) {
    auto round = store.FindRound(ctx.partnership_id(), ret.round_id);
    Html standing;
    StatusTag(standing, assurance::StatusOf(assurance::StandingOf(ret, store.AnswersOf(ctx.partnership_id(), ret.id),
                                                                  round->returns_due_on, today)));
    rows.push_back({LinkCell(ReturnPath(ctx, ret.id), ret.agency_name + ": " + round->title),
                    TextCell(core::FormatDateLong(round->returns_due_on)), standing.Build()});
  }
  std::vector<std::vector<TrustedHtml>> waiting;
  if (CanManage(ctx))
    for (const auto& round : store.ListRounds(ctx.partnership_id())) {
      auto figures = assurance::CountRound(store.RecordsOf(ctx.partnership_id(), round.id), round.returns_due_on, today);
      if (figures.submitted == figures.returns) continue;
      waiting.push_back({LinkCell(RoundPath(ctx, round.id), round.title), TextCell(core::FormatDateLong(round.returns_due_on)),
                         TextCell(std::to_string(figures.submitted) + " of " + std::to_string(figures.returns)),
                         TextCell(std::to_string(figures.overdue))});
    }
  if (rows.empty() && waiting.empty()) return;
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "section-11"}}, "Section 11 returns");
  if (!rows.empty()) Table(h, "Returns you lead", {"Return", "Due", "Where it stands"}, rows);
  if (!waiting.empty()) Table(h, "Rounds waiting for returns", {"Round", "Returns due", "Submitted", "Overdue"}, waiting);
}

}  // namespace safeboard::ui::pages
