// The meetings area's records for search (issue 15): all of this area's search SQL.
#include <map>

#include "core/date.h"
#include "core/vocabulary.h"
#include "meetings/store.h"

namespace safeboard::meetings {
namespace {

struct MeetingContext {
  std::string group;
  std::string date;  // "15 March 2012"
  std::int64_t group_id = 0;
  std::string Line() const { return group + ", " + date; }
};

std::string LongDate(const std::string& iso) {
  auto date = core::ParseDate(iso);
  return date ? core::FormatDateLong(*date) : iso;
}

std::string MeetingLink(std::int64_t id, const std::string& rest = "") { return "/meetings/" + std::to_string(id) + rest; }

}  // namespace

std::vector<search::SearchDocument> MeetingStore::SearchDocuments(std::int64_t partnership_id) {
  std::vector<search::SearchDocument> out;
  std::map<std::int64_t, MeetingContext> meetings;
  for (const auto& r : db_.Query("SELECT m.id, m.title, m.meets_on, m.location, g.name, m.group_id, m.cancelled "
                                 "FROM meetings m JOIN partnership_groups g ON g.id = m.group_id WHERE m.partnership_id = ?",
                                 {partnership_id})) {
    MeetingContext context{r.Text(4), LongDate(r.Text(2)), r.Int(5)};
    meetings[r.Int(0)] = context;
    out.push_back({"meeting", r.Int(0), context.group + " meeting, " + context.date + (r.Bool(6) ? " (cancelled)" : ""),
                   r.Text(1) + "\n" + r.Text(3), r.Text(1), MeetingLink(r.Int(0)), context.group_id});
  }
  auto context_of = [&](std::int64_t meeting_id) { return meetings[meeting_id]; };

  // Minutes: drafts (or item minutes with no minutes yet) are the board team's.
  struct MinutesText {
    std::string body;
    bool draft = true;
    std::string status;
  };
  std::map<std::int64_t, MinutesText> minutes;
  for (const auto& r : db_.Query("SELECT meeting_id, body, status FROM minutes WHERE partnership_id = ?", {partnership_id})) {
    auto status = core::ParseCode(MinutesStatuses(), r.Text(2)).value_or(MinutesStatus::kDraft);
    minutes[r.Int(0)] = {r.Text(1), status == MinutesStatus::kDraft, std::string(core::LabelOf(MinutesStatuses(), status))};
  }

  std::map<std::int64_t, std::pair<std::string, bool>> items;  // id: title, confidential
  for (const auto& r : db_.Query("SELECT id, meeting_id, title, presenter, confidential, minute_text FROM agenda_items "
                                 "WHERE partnership_id = ?",
                                 {partnership_id})) {
    auto context = context_of(r.Int(1));
    bool confidential = r.Bool(4);
    items[r.Int(0)] = {r.Text(2), confidential};
    out.push_back({"agenda-item", r.Int(0), r.Text(2), r.Text(3), context.Line(),
                   MeetingLink(r.Int(1), "#item-" + std::to_string(r.Int(0))), context.group_id, confidential});
    std::string minute_text = r.Text(5);
    if (minute_text.empty()) continue;
    auto& held = minutes[r.Int(1)];  // created as a draft when the meeting has no minutes yet
    if (!confidential) {
      held.body += "\n" + r.Text(2) + "\n" + minute_text;
    } else {
      search::SearchDocument d{"minutes", r.Int(1), "Minutes: " + r.Text(2), minute_text,
                               "Of a confidential item: " + context.Line(), MeetingLink(r.Int(1), "/minutes"),
                               context.group_id, true};
      d.board_team_only = held.draft;
      out.push_back(std::move(d));
    }
  }
  for (const auto& [meeting_id, text] : minutes) {
    auto context = context_of(meeting_id);
    search::SearchDocument d{"minutes", meeting_id, "Minutes: " + context.Line(), text.body,
                             text.status.empty() ? "Draft" : text.status, MeetingLink(meeting_id, "/minutes"),
                             context.group_id};
    d.board_team_only = text.draft;
    out.push_back(std::move(d));
  }

  for (const auto& r : db_.Query("SELECT p.id, p.file_name, COALESCE(p.text_content, ''), a.meeting_id, a.title, "
                                 "a.confidential FROM papers p JOIN agenda_items a ON a.id = p.agenda_item_id "
                                 "WHERE p.partnership_id = ?",
                                 {partnership_id})) {
    auto context = context_of(r.Int(3));
    out.push_back({"paper", r.Int(0), r.Text(1), r.Text(2), "Under " + r.Text(4) + ": " + context.Line(),
                   "/papers/" + std::to_string(r.Int(0)), context.group_id, r.Bool(5)});
  }

  for (const auto& r : db_.Query("SELECT d.id, d.meeting_id, d.group_id, d.decided_on, d.text, d.chairs_action, "
                                 "COALESCE(a.confidential, 0), g.name FROM decisions d "
                                 "JOIN partnership_groups g ON g.id = d.group_id "
                                 "LEFT JOIN agenda_items a ON a.id = d.agenda_item_id WHERE d.partnership_id = ?",
                                 {partnership_id})) {
    std::string what = r.Bool(5) ? "Chair's action" : "Decision";
    auto meeting_id = r.OptInt(1);
    out.push_back({"decision", r.Int(0), what + ": " + r.Text(7) + ", " + LongDate(r.Text(3)), r.Text(4), "",
                   meeting_id ? MeetingLink(*meeting_id, "/decisions") : "/groups/" + std::to_string(r.Int(2)),
                   r.Int(2), r.Bool(6) != 0});
  }

  for (const auto& r : db_.Query("SELECT ma.id, ma.meeting_id, ma.description, COALESCE(p.full_name, '') "
                                 "FROM meeting_actions ma LEFT JOIN people p ON p.id = ma.owner_person_id "
                                 "WHERE ma.partnership_id = ?",
                                 {partnership_id})) {
    auto context = context_of(r.Int(1));
    out.push_back({"action", r.Int(0), r.Text(2), r.Text(3), "From " + context.Line(),
                   MeetingLink(r.Int(1), "/decisions"), context.group_id});
  }
  return out;
}

}  // namespace safeboard::meetings
