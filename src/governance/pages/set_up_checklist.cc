// The "set up your board" task list on a new partnership's overview, for its board team.
#include "governance/pages/shared.h"
#include "governance/set_up.h"
#include "meetings/store.h"
#include "performance/store.h"
#include "plan/store.h"

namespace safeboard::ui::pages::governance_pages {

void SetUpChecklist(const Context& ctx, Html& h) {
  if (!CanManage(ctx)) return;
  const auto partnership_id = ctx.partnership_id();
  auto records = GovernanceStore(ctx.db).CountRecords(partnership_id);
  meetings::MeetingStore meetings(ctx.db);
  governance::SetUpFacts facts{
      .child_population_years =
          static_cast<int>(performance::PerformanceStore(ctx.db).Populations(partnership_id).size()),
      .agencies = records.agencies,
      .people = records.people,
      .groups_with_quorum_rule = meetings.CountGroupsWithQuorumRule(partnership_id),
      .memberships = records.memberships,
      .plans = plan::PlanStore(ctx.db).CountPlans(partnership_id),
      .indicators = performance::PerformanceStore(ctx.db).CountIndicators(partnership_id),
      .meetings = meetings.CountMeetings(partnership_id)};
  auto steps = governance::SetUpSteps(facts);
  int done = governance::StepsDone(steps);
  if (done == static_cast<int>(steps.size())) return;
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Set up your board");
  h.Element("p", {{"class", "govuk-body"}},
            "You have completed " + std::to_string(done) + " of " + std::to_string(steps.size()) +
                " steps. Do them in any order; this list goes when they are all done.");
  h.Open("ul", {{"class", "govuk-task-list"}});
  int index = 0;
  for (const auto& step : steps) {
    std::string id = "set-up-" + std::to_string(++index);
    h.Open("li", {{"class", "govuk-task-list__item govuk-task-list__item--with-link"}});
    h.Open("div", {{"class", "govuk-task-list__name-and-hint"}});
    h.Element("a", {{"class", "govuk-link govuk-task-list__link"}, {"href", ctx.PartnershipPath(step.path)},
                    {"aria-describedby", id + "-hint " + id + "-status"}},
              step.title);
    h.Element("div", {{"id", id + "-hint"}, {"class", "govuk-task-list__hint"}}, step.hint);
    h.Close("div");
    h.Open("div", {{"class", "govuk-task-list__status"}, {"id", id + "-status"}});
    if (step.done)
      h.Text("Completed");
    else
      h.Element("strong", {{"class", "govuk-tag govuk-tag--blue"}}, "To do");
    h.Close("div").Close("li");
  }
  h.Close("ul");
}

}  // namespace safeboard::ui::pages::governance_pages
