#include "meetings/meeting_save.h"

#include <iostream>

#include "auth/audit.h"
#include "core/base64.h"
#include "core/date.h"
#include "meetings/meetings.h"
#include "meetings/paper_rendition.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "storage/database.h"

namespace safeboard::meetings {

std::vector<std::int64_t> ScheduleMeetings(http::Context& ctx, const governance::Group& group,
                                           const ScheduleRequest& request) {
  std::vector<core::Date> dates = {request.meeting.meets_on};
  if (request.repeat_until) dates = SeriesDates(group.cadence, request.meeting.meets_on, *request.repeat_until);
  std::vector<std::int64_t> ids;
  storage::Transaction tx(ctx.db);
  MeetingStore store(ctx.db);
  for (const auto& date : dates) {
    Meeting one = request.meeting;
    one.meets_on = date;
    one.id = store.CreateMeeting(one);
    store.PrepareAgenda(one, group);
    ctx.Audit(auth::AuditAction::kCreate, "meeting", one.id);
    ids.push_back(one.id);
  }
  tx.Commit();
  return ids;
}

std::int64_t SaveAgendaItem(http::Context& ctx, const AgendaItem& item) {
  storage::Transaction tx(ctx.db);
  auto id = MeetingStore(ctx.db).AddAgendaItem(ctx.partnership_id(), item);
  ctx.Audit(auth::AuditAction::kCreate, "agenda-item", id);
  tx.Commit();
  return id;
}

PaperSaved SavePaper(http::Context& ctx, const Meeting& meeting, const AgendaItem& item, const std::string& file_name,
                     const std::string& bytes) {
  if (meeting.cancelled) return {0, "This meeting was cancelled"};
  auto check = CheckPaper(file_name, bytes);
  if (!check.error.empty()) return {0, check.error};
  Paper paper;
  paper.agenda_item_id = item.id;
  paper.file_name = SafeFileName(file_name);
  paper.content_type = check.content_type;
  paper.size_bytes = static_cast<std::int64_t>(bytes.size());
  paper.uploaded_at = core::FormatTimestamp(ctx.clock.Now());
  // RULE: papers arriving after the circulation deadline are flagged late.
  paper.late = IsLate(core::DateOf(ctx.clock.Now()), meeting.meets_on);
  // Converted before the transaction: LibreOffice takes a second or two on a Word file.
  auto rendition = RenderPaper(bytes, paper);
  if (!rendition.error.empty())
    std::cerr << "paper " << paper.file_name << ": kept, but not converted (" << rendition.error << ")\n";
  storage::Transaction tx(ctx.db);
  auto id = MeetingStore(ctx.db).AddPaper(ctx.partnership_id(), paper, core::Base64Encode(bytes), rendition);
  ctx.Audit(auth::AuditAction::kCreate, "paper", id, paper.late ? "late" : "");
  tx.Commit();
  return {id, ""};
}

void SaveAttendance(http::Context& ctx, const Meeting& meeting, const std::vector<MarkInput>& marks) {
  storage::Transaction tx(ctx.db);
  MeetingStore store(ctx.db);
  for (const auto& mark : marks) store.RecordAttendance(meeting.id, mark.membership_id, mark.status, mark.deputy_person_id);
  ctx.Audit(auth::AuditAction::kUpdate, "attendance", meeting.id, std::to_string(marks.size()) + " marks");
  tx.Commit();
}

std::int64_t SaveDecision(http::Context& ctx, const Decision& decision) {
  storage::Transaction tx(ctx.db);
  auto id = MeetingStore(ctx.db).CreateDecision(ctx.partnership_id(), decision);
  ctx.Audit(auth::AuditAction::kCreate, "decision", id);
  tx.Commit();
  return id;
}

std::int64_t SaveMeetingAction(http::Context& ctx, const MeetingAction& action) {
  storage::Transaction tx(ctx.db);
  auto id = MeetingStore(ctx.db).CreateAction(ctx.partnership_id(), action);
  ctx.Audit(auth::AuditAction::kCreate, "action", id);
  tx.Commit();
  return id;
}

}  // namespace safeboard::meetings
