// The agenda pack (issue 15): the agenda, then every paper in agenda order, as one PDF. What
// goes in, in which order, on which page each paper starts, and when a stored pack is stale.
#pragma once
#include <string>
#include <vector>

#include "meetings/model.h"

namespace safeboard::meetings {

// One paper's place in the pack.
struct PackEntry {
  int item_number = 0;  // the item's number on the agenda (1-based)
  const AgendaItem* item = nullptr;
  const Paper* paper = nullptr;
};

// RULE: issue 15 - the pack holds every paper of the meeting in agenda order (papers of one
// item in the order they were added), except papers under confidential items for a reader who
// may not see them (issue 12: confidential items only to the group's members and the board team).
std::vector<PackEntry> PackEntries(const std::vector<AgendaItem>& items, const std::vector<Paper>& papers,
                                   bool with_confidential);

// The page each paper starts on (1-based), after `agenda_pages` pages of agenda, given each
// included paper's page count in pack order (0 for a paper left out because it could not be read).
std::vector<int> PaperStartPages(int agenda_pages, const std::vector<int>& paper_pages);

// The bookmark that opens a paper: "3. Budget report: budget-2011.pdf".
std::string PackBookmark(const PackEntry& entry);

// RULE: issue 15 - a pack is regenerated when anything it shows changes: the meeting's date, time
// or place, an item (added, renamed, moved, made confidential) or a paper (added or replaced).
// Equal fingerprints mean a stored pack still shows the meeting as it is.
std::string PackFingerprint(const Meeting& meeting, const std::vector<AgendaItem>& items,
                            const std::vector<Paper>& papers, bool with_confidential);

}  // namespace safeboard::meetings
