// Actions arising from a meeting.
#include "meetings/pages/pages.h"

#include <cstdio>
#include <map>

#include "auth/accounts.h"
#include "core/base64.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "governance/store.h"
#include "meetings/icalendar.h"
#include "meetings/forms.h"
#include "meetings/meeting_save.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace meeting_pages;

Response AddMeetingAction(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  meetings::MeetingAction a;
  a.meeting_id = meeting.id;
  std::vector<std::int64_t> people;
  for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id())) people.push_back(p.id);
  form.errors = meetings::ReadMeetingAction(form.values, people, a);
  if (!form.errors.empty()) return RenderDecisionsTab(ctx, meeting, FormState{}, form, 422);
  meetings::SaveMeetingAction(ctx, a);
  return http::Redirect(MeetingPath(ctx, meeting.id) + "/decisions?done=action-added#actions");
}

Response SetMeetingActionStatus(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  meetings::ActionStatus status = meetings::ActionStatus::kOpen;
  auto status_errors = meetings::ReadActionStatus(form.values, status);
  auto action_id = ctx.Id("id");
  auto action_meeting = MeetingStore(ctx.db).MeetingOfAction(ctx.partnership_id(), action_id);
  if (!action_meeting) throw http::NotFound{};
  std::string back = form.Value("back");
  std::int64_t back_id = back.empty() ? *action_meeting : std::atoll(back.c_str());
  if (!status_errors.empty()) {
    FormState errors;
    errors.errors = status_errors;
    return RenderAgendaTab(ctx, MeetingById(ctx, back_id), errors, 422);
  }
  storage::Transaction tx(ctx.db);
  MeetingStore(ctx.db).SetActionStatus(ctx.partnership_id(), action_id, status);
  ctx.Audit(auth::AuditAction::kUpdate, "action", action_id, std::string(core::CodeOf(meetings::ActionStatuses(), status)));
  tx.Commit();
  if (!MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), back_id)) back_id = *action_meeting;
  return http::Redirect(MeetingPath(ctx, back_id) + "?done=action-updated#matters-arising");
}

}  // namespace safeboard::ui::pages
