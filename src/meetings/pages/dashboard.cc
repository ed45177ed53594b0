// The meetings area's panels on the partnership's dashboard (issue 15): the user's next meetings
// and their papers; the user's actions; and, for the board team, its worklist: late papers,
// minutes to finish, chair's actions to ratify and overdue actions. A member who chairs a group
// sees its late papers too. A lay member sees their meetings and papers, not the worklist.
#include <algorithm>
#include <map>
#include <span>

#include "core/date.h"
#include "governance/store.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::meeting_pages {
namespace {

// How far ahead the dashboard looks for meetings (days), how far back for minutes still to finish,
// and when a papers deadline is "due soon".
constexpr int kMeetingsAhead = 56;
constexpr int kMinutesBehind = 365;
constexpr int kDueSoon = 7;
constexpr std::size_t kMinutesShown = 8;

std::map<std::int64_t, governance::Group> GroupsById(Context& ctx) {
  std::map<std::int64_t, governance::Group> out;
  for (auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id())) out[g.id] = g;
  return out;
}

std::string MeetingName(const std::map<std::int64_t, governance::Group>& groups, const Meeting& m) {
  auto it = groups.find(m.group_id);
  return (it == groups.end() ? m.title : it->second.name) + ", " + core::FormatDateLong(m.meets_on);
}

void Heading(Html& h, const std::string& id, const std::string& text) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", id}}, text);
}

void Tagged(Html& cell, const core::Status& status) {
  cell.Text(" ");
  StatusTag(cell, status);
}

}  // namespace

void NextMeetingsPanel(Context& ctx, Html& h) {
  bool board_team = CanManage(ctx);
  auto today = core::DateOf(ctx.clock.Now());
  MeetingStore store(ctx.db);
  auto groups = GroupsById(ctx);
  std::optional<std::int64_t> member;
  if (!board_team) member = ctx.session->user.id;
  auto coming = store.MeetingsBetween(ctx.partnership_id(), today, core::AddDays(today, kMeetingsAhead), member, board_team ? 8 : 5);
  Heading(h, "next-meetings", board_team ? "Coming meetings" : "Your next meetings");
  if (coming.empty()) {
    h.Element("p", {{"class", "govuk-body"}}, "No meetings in the next 8 weeks.");
    return;
  }
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& m : coming) {
    auto deadline = meetings::CirculationDeadline(m.meets_on);
    Html due, papers;
    due.Text(core::FormatDateLong(deadline));
    if (deadline < today) Tagged(due, {"Past", core::Tone::kPlain});
    else if (deadline <= core::AddDays(today, kDueSoon)) Tagged(due, {"Due soon", core::Tone::kWarning});
    int count = 0, late = 0;
    for (const auto& p : store.PapersOfMeeting(ctx.partnership_id(), m.id)) {
      ++count;
      late += p.late && !p.late_accepted;
    }
    papers.Text(count == 0 ? "None yet" : std::to_string(count) + (count == 1 ? " paper" : " papers"));
    if (late) Tagged(papers, {std::to_string(late) + " late", core::Tone::kWarning});
    rows.push_back({LinkCell(MeetingPath(ctx, m.id), MeetingName(groups, m) + " at " + m.starts_at), due.Build(),
                    papers.Build()});
  }
  Table(h, "", {"Meeting", "Papers due out by", "Papers"}, rows);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ctx.PartnershipPath("/my-meetings"), "Your meetings: send apologies, get a calendar address");
  h.Close("p");
}

void ActionsPanel(Context& ctx, Html& h) {
  auto today = core::DateOf(ctx.clock.Now());
  MeetingStore store(ctx.db);
  auto groups = GroupsById(ctx);
  auto mine = store.OpenActions(ctx.partnership_id(), ctx.session->user.id);
  Heading(h, "your-actions", "Your actions");
  if (mine.empty()) h.Element("p", {{"class", "govuk-body"}}, "No open actions from meetings are yours.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& [a, m] : mine) {
    Html status;
    StatusTag(status, meetings::ActionStatusTag(a.status, a.due_on, today));
    rows.push_back({TextCell(a.description), LinkCell(MeetingPath(ctx, m.id) + "/decisions", MeetingName(groups, m)),
                    TextCell(a.due_on ? core::FormatDateLong(*a.due_on) : "No date"), status.Build()});
  }
  if (!rows.empty()) Table(h, "", {"Action", "From the meeting", "Due", "Status"}, rows);
}

void MeetingsWorklistPanel(Context& ctx, Html& h) {
  bool board_team = CanManage(ctx);
  auto today = core::DateOf(ctx.clock.Now());
  MeetingStore store(ctx.db);
  auto groups = GroupsById(ctx);
  // Late papers: the board team sees all; a chair those of the groups they chair.
  std::vector<std::vector<TrustedHtml>> late_rows;
  for (const auto& [paper, m] : store.LatePapersAwaitingAcceptance(ctx.partnership_id(), today)) {
    auto group = groups.find(m.group_id);
    if (!board_team && (group == groups.end() || !IsChairOf(ctx, group->second))) continue;
    late_rows.push_back({TextCell(paper.file_name), LinkCell(MeetingPath(ctx, m.id), MeetingName(groups, m))});
  }
  if (!late_rows.empty()) {
    Heading(h, "late-papers", "Late papers waiting for the chair to accept");
    Table(h, "", {"Paper", "Meeting"}, late_rows);
  }
  if (!board_team) return;

  Heading(h, "minutes-to-finish", "Minutes to finish");
  std::vector<std::vector<TrustedHtml>> minutes_rows;
  auto unfinished = store.MinutesNotApproved(ctx.partnership_id(), core::AddDays(today, -kMinutesBehind), today);
  // The latest first, and only the first few: the list links to each meeting's minutes.
  std::reverse(unfinished.begin(), unfinished.end());
  std::size_t shown = std::min(unfinished.size(), kMinutesShown);
  for (const auto& [m, status] : std::span(unfinished).first(shown)) {
    Html state;
    if (status) StatusTag(state, meetings::StatusOf(*status));
    else StatusTag(state, {"Not drafted", core::Tone::kBad});
    minutes_rows.push_back({LinkCell(MeetingPath(ctx, m.id) + "/minutes", MeetingName(groups, m)), state.Build()});
  }
  if (minutes_rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "Every meeting of the last year has approved minutes.");
  else
    Table(h, "", {"Meeting", "Minutes"}, minutes_rows);
  if (unfinished.size() > shown)
    h.Element("p", {{"class", "govuk-body"}}, "And " + std::to_string(unfinished.size() - shown) +
                                                  " earlier meetings of the last year without approved minutes.");

  auto unratified = store.UnratifiedChairsActions(ctx.partnership_id());
  if (!unratified.empty()) {
    Heading(h, "chairs-actions", "Chair's actions awaiting ratification");
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& d : unratified) {
      auto group = groups.find(d.group_id);
      rows.push_back({TextCell(core::FormatDateLong(d.decided_on)), TextCell(d.text),
                      group == groups.end() ? TextCell("")
                                            : LinkCell(GroupPath(ctx, d.group_id) + "/meetings#chairs-action",
                                                       group->second.name)});
    }
    Table(h, "", {"Taken on", "Decision", "Group"}, rows);
  }

  std::vector<std::vector<TrustedHtml>> overdue;
  for (const auto& [a, m] : store.OpenActions(ctx.partnership_id(), std::nullopt)) {
    if (!a.due_on || *a.due_on >= today) continue;
    overdue.push_back({TextCell(a.description), TextCell(a.owner_name.empty() ? "No owner" : a.owner_name),
                       LinkCell(MeetingPath(ctx, m.id) + "/decisions", MeetingName(groups, m)),
                       TextCell(core::FormatDateLong(*a.due_on))});
  }
  Heading(h, "overdue-actions", "Overdue actions from meetings");
  if (overdue.empty())
    h.Element("p", {{"class", "govuk-body"}}, "None.");
  else
    Table(h, "", {"Action", "Owner", "Meeting", "Was due"}, overdue);
}

}  // namespace safeboard::ui::pages::meeting_pages
