// Decisions: at a quorate meeting, by Chair's action between meetings, and its ratification.
#include "meetings/pages/pages.h"

#include <cstdio>
#include <map>

#include "auth/accounts.h"
#include "core/base64.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "governance/store.h"
#include "meetings/forms.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace meeting_pages;

Response RecordDecision(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  std::vector<std::int64_t> agenda_item_ids;
  for (const auto& item : store.AgendaOf(ctx.partnership_id(), meeting.id)) agenda_item_ids.push_back(item.id);
  meetings::Decision d;
  form.errors = meetings::ReadDecision(form.values, meeting, QuorumOf(ctx, meeting),
                                       ProcedureApprovalAgencies(ctx, meeting.group_id), agenda_item_ids, d);
  if (!form.errors.empty()) return RenderMeeting(ctx, meeting, FormState{}, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = store.CreateDecision(ctx.partnership_id(), d);
  ctx.Audit(auth::AuditAction::kCreate, "decision", id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=decision-recorded#decisions");
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
