// The "set up your board" checklist a new partnership's business manager works through: which
// steps are done, from how many records of each kind the partnership has. Pure: the page
// gathers the counts from each area's store.
#pragma once
#include <string>
#include <vector>

namespace safeboard::governance {

struct SetUpFacts {
  int child_population_years = 0;
  int agencies = 0;
  int people = 0;
  int groups_with_quorum_rule = 0;
  int memberships = 0;
  int plans = 0;
  int indicators = 0;
  int meetings = 0;
};

struct SetUpStep {
  std::string title;
  std::string hint;
  std::string path;  // within the partnership: "/agencies"
  bool done = false;
};

// RULE: issue 14 - a new partnership starts with its board, its business manager and their
// membership; each step is done once the partnership has a record of that kind beyond those
// (a person or membership other than the business manager's own; a group with a quorum rule).
std::vector<SetUpStep> SetUpSteps(const SetUpFacts& facts);
int StepsDone(const std::vector<SetUpStep>& steps);

}  // namespace safeboard::governance
