// Decisions: at a quorate meeting, by Chair's action between meetings, and its ratification.
#include "meetings/pages/pages.h"

#include <cstdio>
#include <map>

#include "auth/accounts.h"
#include "core/base64.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "governance/store.h"
#include "meetings/icalendar.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "views/area_registry.h"
#include "views/pages/common.h"
#include "views/table_export.h"

namespace safeboard::views::pages {

using namespace meeting_pages;

Response RecordDecision(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  std::string text = core::Trim(form.Value("text"));
  if (text.empty()) form.errors.Add("text", "Enter the decision");
  if (text.size() > 10000) form.errors.Add("text", "The decision must be 10,000 characters or fewer");
  if (meeting.cancelled) form.errors.Add("text", "This meeting was cancelled: no decision can be recorded");
  // RULE: Constitution 6g - no decisions can be made without the meeting being quorate.
  auto quorum = meetings::CheckQuorum(store.QuorumRuleOf(ctx.partnership_id(), meeting.group_id),
                                      meetings::AttendeesFrom(store.AttendanceOf(meeting)));
  if (!meeting.cancelled && !quorum.quorate) form.errors.Add("text", meetings::NotQuorateMessage(quorum));
  bool approves_procedure = form.Value("approves_procedure") == "yes";
  int required = ProcedureApprovalAgencies(ctx, meeting.group_id);
  if (approves_procedure && quorum.quorate && !meetings::CanApproveProcedure(required, quorum))
    form.errors.Add("approves_procedure",
                    "Approving a procedure document needs " + std::to_string(required) +
                        " agencies present; " + std::to_string(quorum.agencies_counted) + " are");
  std::optional<std::int64_t> item_id;
  if (auto text_id = form.Value("agenda_item_id"); !text_id.empty()) {
    auto item = store.FindAgendaItem(ctx.partnership_id(), std::atoll(text_id.c_str()));
    if (!item || item->meeting_id != meeting.id)
      form.errors.Add("agenda_item_id", "Select an item on this meeting's agenda");
    else
      item_id = item->id;
  }
  if (!form.errors.empty()) return RenderMeeting(ctx, meeting, FormState{}, form, 422);
  storage::Transaction tx(ctx.db);
  meetings::Decision d;
  d.meeting_id = meeting.id;
  d.group_id = meeting.group_id;
  d.decided_on = meeting.meets_on;
  d.text = text;
  d.agenda_item_id = item_id;
  d.approves_procedure = approves_procedure;
  auto id = store.CreateDecision(ctx.partnership_id(), d);
  ctx.Audit("create", "decision", id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=decision-recorded#decisions");
}

Response RecordChairsAction(Context& ctx) {
  auto group = GroupOrNotFound(ctx, ctx.Id("id"));
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  meetings::Decision d;
  d.group_id = group.id;
  d.chairs_action = true;
  d.text = core::Trim(form.Value("text"));
  if (d.text.empty()) form.errors.Add("text", "Enter the chair's action");
  if (auto date = governance::ReadDateField(form.values, "decided_on", "the date", true, form.errors))
    d.decided_on = *date;
  // RULE: Constitution 9 - chair's action is the Board chair's, ratified by the next Board.
  if (group.kind != governance::GroupKind::kBoard)
    form.errors.Add("text", "Chair's action is taken for the Board only");
  if (!form.errors.empty()) {
    Html h;
    ErrorSummary(h, form.errors);
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, GroupPath(ctx, group.id) + "/meetings", "Back to the meetings");
    h.Close("p");
    auto chrome = Chrome(ctx, "Chair's action was not recorded", "Groups");
    chrome.has_errors = true;
    return Page(ctx, std::move(chrome), std::move(h), 422);
  }
  storage::Transaction tx(ctx.db);
  auto id = store.CreateDecision(ctx.partnership_id(), d);
  // Queue it on the next Board meeting already scheduled; meetings scheduled later pick it up
  // when their agenda is prepared.
  if (auto next = store.NextMeeting(ctx.partnership_id(), group.id, d.decided_on)) {
    meetings::AgendaItem ratify;
    ratify.meeting_id = next->id;
    ratify.title = "Ratify chair's action of " + core::FormatDateLong(d.decided_on);
    ratify.decision_needed = true;
    ratify.purpose = meetings::AgendaPurpose::kRatify;
    ratify.subject_id = id;
    store.AddAgendaItem(ctx.partnership_id(), ratify);
  }
  ctx.Audit("create", "chairs-action", id);
  tx.Commit();
  return http::Redirect(GroupPath(ctx, group.id) + "/meetings?done=chairs-action-recorded");
}

Response RatifyChairsAction(Context& ctx) {
  auto item = ItemOrNotFound(ctx);
  Meeting meeting = MeetingById(ctx, item.meeting_id);
  MeetingStore store(ctx.db);
  if (item.purpose != meetings::AgendaPurpose::kRatify || !item.subject_id)
    return AgendaError(ctx, meeting, "item_title", "This agenda item is not a chair's action to ratify");
  auto quorum = QuorumOf(ctx, meeting);
  if (!quorum.quorate) return AgendaError(ctx, meeting, "item_title", meetings::NotQuorateMessage(quorum));
  storage::Transaction tx(ctx.db);
  store.Ratify(ctx.partnership_id(), *item.subject_id, meeting.id);
  ctx.Audit("ratify", "decision", *item.subject_id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=ratified#agenda");
}

}  // namespace safeboard::views::pages
