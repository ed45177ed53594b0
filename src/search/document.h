// A record as search sees it (issue 15): what it is called, its text, where it opens, and what
// access it needs. Each area makes these from its own records (its store); the search index
// holds them.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

namespace safeboard::search {

struct SearchDocument {
  std::string kind;       // a code of SearchKinds(): "paper", "minutes", ...
  std::int64_t record_id = 0;
  std::string title;      // shown as the result's link text, weighted above the body
  std::string body;       // the searchable text (a paper's text, the minutes, a decision)
  std::string context;    // shown under the title: "Board, 15 March 2012"
  std::string link;       // under the partnership: "/meetings/12/minutes"
  // RULE: issue 12 - a confidential item's records are for its group's members and the board team.
  std::optional<std::int64_t> group_id;
  bool confidential = false;
  // RULE: minutes in draft are the board team's alone.
  bool board_team_only = false;
};

}  // namespace safeboard::search
