// The agenda and its papers: adding items, uploading, downloading and accepting late papers.
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
#include "meetings/pages/shared.h"
#include "meetings/meeting_save.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace meeting_pages;

Response AddAgendaItem(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  meetings::AgendaItem item;
  form.errors = meetings::ReadAgendaItem(form.values, meeting, item);
  if (!form.errors.empty()) return RenderAgendaTab(ctx, meeting, form, 422);
  meetings::SaveAgendaItem(ctx, item);
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=item-added#agenda");
}

Response UploadPaper(Context& ctx) {
  auto item = ItemOrNotFound(ctx);
  Meeting meeting = MeetingById(ctx, item.meeting_id);
  std::string field = "paper-" + std::to_string(item.id);
  const http::Part* file = nullptr;
  for (const auto& part : ctx.files)
    if (part.name == field) file = &part;
  if (!meeting.cancelled && (!file || !file->file_name || file->file_name->empty()))
    return AgendaError(ctx, meeting, field, "Choose a file to upload");
  auto saved = meetings::SavePaper(ctx, meeting, item, file ? file->file_name.value_or("") : "", file ? file->data : "");
  if (!saved.error.empty()) return AgendaError(ctx, meeting, field, saved.error);
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=paper-added#agenda");
}

Response CirculatePapers(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  auto today = core::DateOf(ctx.clock.Now());
  if (meeting.cancelled) return AgendaError(ctx, meeting, "item_title", "This meeting was cancelled: there is nothing to circulate");
  if (meeting.meets_on < today)
    return AgendaError(ctx, meeting, "item_title", "This meeting has been held: its papers can no longer be circulated");
  MeetingStore store(ctx.db);
  auto group = GroupOrNotFound(ctx, meeting.group_id);
  bool again = store.PapersCirculatedOn(ctx.partnership_id(), meeting.id).has_value();
  int papers = static_cast<int>(store.PapersOfMeeting(ctx.partnership_id(), meeting.id).size());
  storage::Transaction tx(ctx.db);
  store.SetPapersCirculated(ctx.partnership_id(), meeting.id, today);
  // RULE: issue 15 - the agenda and papers go to each current member of the group by email, with
  // a link to the meeting; the papers themselves stay on the page, for those entitled to them.
  std::vector<mail::MailMessage> messages;
  for (const auto& member : CurrentMembersOf(ctx, group.id, today, mail::MailKind::kPapers))
    messages.push_back(meetings::PapersCirculatedMessage(member, group.name, meeting.meets_on, meeting.starts_at, papers,
                                                         again, ctx.base_url + MeetingPath(ctx, meeting.id)));
  int emailed = QueueMail(ctx, messages);
  ctx.Audit(auth::AuditAction::kCirculate, "papers", meeting.id,
            emailed ? "emailed to " + std::to_string(emailed) + " members" : "");
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=papers-circulated");
}

Response DownloadPaper(Context& ctx) {
  MeetingStore store(ctx.db);
  auto paper = store.PaperWithContent(ctx.partnership_id(), ctx.Id("id"));
  if (!paper) throw http::NotFound{};
  auto item = store.FindAgendaItem(ctx.partnership_id(), paper->first.agenda_item_id);
  if (!item) throw http::NotFound{};
  if (item->confidential) {
    if (!SeesConfidentialItems(ctx, MeetingById(ctx, item->meeting_id).group_id)) return ErrorPage(ctx, 403);
    ctx.Audit(auth::AuditAction::kView, "paper", paper->first.id, "confidential item");
  }
  auto bytes = core::Base64Decode(paper->second);
  if (!bytes) throw std::runtime_error("stored paper is not valid base64");
  Response r{200, {{"Content-Type", paper->first.content_type}}, std::move(*bytes)};
  // Served as a download, never rendered in the page's origin.
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + paper->first.file_name + "\"");
  return r;
}

Response AcceptLatePaper(Context& ctx) {
  MeetingStore store(ctx.db);
  auto meeting_id = store.MeetingOfPaper(ctx.partnership_id(), ctx.Id("id"));
  if (!meeting_id) throw http::NotFound{};
  Meeting meeting = MeetingById(ctx, *meeting_id);
  auto group = GroupOrNotFound(ctx, meeting.group_id);
  // RULE: the chair accepts late papers (the business manager may record it for them).
  if (!CanManage(ctx) && !IsChairOf(ctx, group)) return ErrorPage(ctx, 403);
  storage::Transaction tx(ctx.db);
  store.AcceptLatePaper(ctx.partnership_id(), ctx.Id("id"));
  ctx.Audit(auth::AuditAction::kAcceptLate, "paper", ctx.Id("id"));
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=paper-accepted#agenda");
}

}  // namespace safeboard::ui::pages
