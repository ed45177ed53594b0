#include "meetings/pack.h"

#include "core/date.h"

namespace safeboard::meetings {

std::vector<PackEntry> PackEntries(const std::vector<AgendaItem>& items, const std::vector<Paper>& papers,
                                   bool with_confidential) {
  std::vector<PackEntry> entries;
  int number = 0;
  for (const auto& item : items) {
    ++number;
    if (item.confidential && !with_confidential) continue;
    for (const auto& paper : papers)
      if (paper.agenda_item_id == item.id) entries.push_back({number, &item, &paper});
  }
  return entries;
}

std::vector<int> PaperStartPages(int agenda_pages, const std::vector<int>& paper_pages) {
  std::vector<int> starts;
  int next = agenda_pages + 1;
  for (int pages : paper_pages) {
    starts.push_back(next);
    next += pages;
  }
  return starts;
}

std::string PackBookmark(const PackEntry& entry) {
  return std::to_string(entry.item_number) + ". " + entry.item->title + ": " + entry.paper->file_name;
}

std::string PackFingerprint(const Meeting& meeting, const std::vector<AgendaItem>& items,
                            const std::vector<Paper>& papers, bool with_confidential) {
  // Lengths before texts, so that no two different agendas run together into the same string.
  auto field = [](std::string& out, const std::string& text) { out += std::to_string(text.size()) + ":" + text + ";"; };
  std::string out;
  field(out, meeting.title);
  field(out, core::FormatDate(meeting.meets_on));
  field(out, meeting.starts_at);
  field(out, meeting.location);
  field(out, with_confidential ? "with confidential" : "without confidential");
  for (const auto& item : items) {
    field(out, std::to_string(item.id));
    field(out, item.title);
    field(out, item.presenter);
    field(out, item.confidential ? "c" : "");
    field(out, item.decision_needed ? "d" : "");
  }
  for (const auto& paper : papers) {
    field(out, std::to_string(paper.id) + "@" + std::to_string(paper.agenda_item_id));
    field(out, paper.uploaded_at);
    field(out, std::to_string(paper.size_bytes));
  }
  return out;
}

}  // namespace safeboard::meetings
