#include "governance/set_up.h"

#include <algorithm>

namespace safeboard::governance {

std::vector<SetUpStep> SetUpSteps(const SetUpFacts& f) {
  return {
      {"Record the child population", "Children aged 0 to 17 in the area, by year: rates are computed from it",
       "/child-population", f.child_population_years > 0},
      {"Add the partner agencies", "One at a time, or import a spreadsheet", "/agencies", f.agencies > 0},
      {"Add the people", "Members, advisers and the board team, with their agencies", "/people", f.people > 1},
      {"Set up the groups and their quorum rules",
       "The board, its sub-groups and panels; edit a group to set how many members and agencies make it quorate",
       "/groups", f.groups_with_quorum_rule > 0},
      {"Add members to the groups", "From each group's page", "/groups", f.memberships > 1},
      {"Add the business plan", "Its priorities and actions, typed in or imported from a spreadsheet", "/plans",
       f.plans > 0},
      {"Add the performance indicators", "What the board watches, with targets", "/performance", f.indicators > 0},
      {"Schedule the meetings", "From each group's page", "/groups", f.meetings > 0},
  };
}

int StepsDone(const std::vector<SetUpStep>& steps) {
  return static_cast<int>(std::count_if(steps.begin(), steps.end(), [](const auto& s) { return s.done; }));
}

}  // namespace safeboard::governance
