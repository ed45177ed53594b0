// A meeting's decisions and actions page, recording decisions (quorate meetings only), Chair's
// action between meetings, and its ratification.
#include "core/date.h"
#include "governance/store.h"
#include "meetings/forms.h"
#include "meetings/pages/pages.h"
#include "meetings/meeting_save.h"
#include "meetings/pages/shared.h"
#include "meetings/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::meeting_pages {
namespace {

// The decisions taken, and the form to record one (only a quorate meeting can).
void RenderDecisions(Context& ctx, Html& h, const MeetingView& v, const std::vector<meetings::AgendaItem>& agenda,
                     const FormState& form) {
  MeetingStore store(ctx.db);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "decisions"}}, "Decisions");
  auto decisions = store.DecisionsOfMeeting(ctx.partnership_id(), v.meeting.id);
  bool sees_confidential = SeesConfidentialItems(ctx, v.group.id);
  auto is_confidential = [&](std::optional<std::int64_t> item_id) {
    for (const auto& item : agenda)
      if (item_id && item.id == *item_id) return item.confidential;
    return false;
  };
  auto minutes = store.MinutesOf(ctx.partnership_id(), v.meeting.id);
  if (!decisions.empty() && minutes && minutes->status == meetings::MinutesStatus::kApproved) {
    h.Open("p", {{"class", "govuk-body"}});
    h.Text("Recorded in the minutes approved" +
           (minutes->approved_on ? " on " + core::FormatDateLong(*minutes->approved_on) : std::string()) + ". ");
    Link(h, MeetingPath(ctx, v.meeting.id) + "/minutes", "Read the minutes");
    h.Close("p");
  }
  if (decisions.empty()) h.Element("p", {{"class", "govuk-body"}}, "No decisions recorded.");
  h.Open("ol", {{"class", "govuk-list govuk-list--number"}});
  for (const auto& d : decisions)
    h.Element("li", is_confidential(d.agenda_item_id) && !sees_confidential ? "A decision under a confidential item"
                                                                            : d.text);
  h.Close("ol");
  if (!CanManage(ctx) || v.meeting.cancelled) return;
  OpenForm(h, ctx, MeetingPath(ctx, v.meeting.id) + "/decisions", form);
  Textarea(h, form, "text", "Record a decision",
           v.quorum.quorate ? "" : "The meeting is not quorate: no decision can be recorded", 3);
  Options item_options;
  for (const auto& item : agenda)
    item_options.emplace_back(std::to_string(item.id),
                              item.confidential && !sees_confidential ? "Confidential item" : item.title);
  Select(h, form, "agenda_item_id", "Under agenda item", item_options, "No particular item");
  if (ProcedureApprovalAgencies(ctx, v.group.id) > 0)
    Checkbox(h, form, "approves_procedure", "This decision approves a procedure document");
  Button(h, "Record decision", true);
  h.Close("form");
}

// Actions arising from this meeting, and the form to add one.
void RenderActionsArising(Context& ctx, Html& h, const MeetingView& v, const FormState& form) {
  auto actions = MeetingStore(ctx.db).ActionsOfMeeting(ctx.partnership_id(), v.meeting.id);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "actions"}}, "Actions arising");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& a : actions) {
    Html status;
    StatusTag(status, meetings::ActionStatusTag(a.status, a.due_on, v.today));
    rows.push_back({TextCell(a.description), TextCell(a.owner_name),
                    TextCell(a.due_on ? core::FormatDateLong(*a.due_on) : ""), status.Build()});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No actions recorded.");
  else
    Table(h, "", {"Action", "Owner", "Due", "Status"}, rows);
  if (!CanManage(ctx) || v.meeting.cancelled) return;
  OpenForm(h, ctx, MeetingPath(ctx, v.meeting.id) + "/actions", form);
  Options owners;
  for (const auto& e : v.entries) owners.emplace_back(std::to_string(e.person_id), e.person_name);
  TextInput(h, form, "action_description", "New action", {.width_class = "govuk-!-width-two-thirds"});
  Select(h, form, "action_owner", "Owner", owners, "Choose an owner");
  DateInput(h, form, "action_due_on", "Due date");
  Button(h, "Add action", true);
  h.Close("form");
}

}  // namespace

Response RenderDecisionsTab(Context& ctx, const Meeting& meeting, const FormState& decision_form,
                            const FormState& action_form, int status) {
  auto v = LoadMeetingView(ctx, meeting);
  auto agenda = MeetingStore(ctx.db).AgendaOf(ctx.partnership_id(), meeting.id);
  Html h;
  RenderMeetingHeader(ctx, h, meeting, MeetingTab::kDecisions);
  if (!meeting.cancelled) RenderQuorum(ctx, h, v);
  RenderDecisions(ctx, h, v, agenda, decision_form);
  RenderActionsArising(ctx, h, v, action_form);
  auto chrome = MeetingChrome(ctx, meeting, v.group, "Decisions and actions");
  chrome.has_errors = !decision_form.errors.empty() || !action_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace safeboard::ui::pages::meeting_pages

namespace safeboard::ui::pages {

using namespace meeting_pages;

Response ShowMeetingDecisions(Context& ctx) {
  return RenderDecisionsTab(ctx, MeetingOrNotFound(ctx), FormState{}, FormState{}, 200);
}

Response RecordDecision(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  std::vector<std::int64_t> agenda_item_ids;
  for (const auto& item : store.AgendaOf(ctx.partnership_id(), meeting.id)) agenda_item_ids.push_back(item.id);
  meetings::Decision d;
  form.errors = meetings::ReadDecision(form.values, meeting, QuorumOf(ctx, meeting),
                                       ProcedureApprovalAgencies(ctx, meeting.group_id), agenda_item_ids, d);
  if (!form.errors.empty()) return RenderDecisionsTab(ctx, meeting, form, FormState{}, 422);
  meetings::SaveDecision(ctx, d);
  return http::Redirect(MeetingPath(ctx, meeting.id) + "/decisions?done=decision-recorded#decisions");
}

namespace {

Response ChairsActionRefused(Context& ctx, const governance::Group& group, const FormState& form) {
  Html h;
  ErrorSummary(h, form.errors);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, GroupPath(ctx, group.id) + "/meetings", "Back to the meetings");
  h.Close("p");
  auto chrome = Chrome(ctx, "Chair's action was not recorded", "Groups");
  chrome.has_errors = true;
  return Page(ctx, std::move(chrome), std::move(h), 422);
}

}  // namespace

Response RecordChairsAction(Context& ctx) {
  auto group = GroupOrNotFound(ctx, ctx.Id("id"));
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  meetings::Decision d;
  d.group_id = group.id;
  form.errors = meetings::ReadChairsAction(form.values, group.kind, d);
  if (!form.errors.empty()) return ChairsActionRefused(ctx, group, form);
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
  ctx.Audit(auth::AuditAction::kCreate, "chairs-action", id);
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
  ctx.Audit(auth::AuditAction::kRatify, "decision", *item.subject_id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=ratified#agenda");
}

}  // namespace safeboard::ui::pages
