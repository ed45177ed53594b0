// Recording who attended a meeting.
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
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace meeting_pages;

Response RecordAttendance(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  // RULE: cancelled meetings count for nobody's attendance.
  if (meeting.cancelled) {
    form.errors.Add("attendance", "This meeting was cancelled: attendance cannot be recorded");
    return RenderMeeting(ctx, meeting, form, FormState{}, 422);
  }
  MeetingStore store(ctx.db);
  auto entries = store.AttendanceOf(meeting);
  std::map<std::int64_t, std::optional<std::int64_t>> agency_of_person;
  for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id()))
    agency_of_person[p.id] = p.agency_id;
  std::vector<meetings::MarkInput> marks;
  form.errors = meetings::ReadAttendanceForm(form.values, entries, agency_of_person, marks);
  if (!form.errors.empty()) return RenderMeeting(ctx, meeting, form, FormState{}, 422);
  storage::Transaction tx(ctx.db);
  for (const auto& mark : marks)
    store.RecordAttendance(meeting.id, mark.membership_id, mark.status, mark.deputy_person_id);
  ctx.Audit(auth::AuditAction::kUpdate, "attendance", meeting.id, std::to_string(marks.size()) + " marks");
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=attendance-saved#quorum");
}

}  // namespace safeboard::ui::pages
