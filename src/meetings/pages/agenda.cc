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
  storage::Transaction tx(ctx.db);
  auto id = MeetingStore(ctx.db).AddAgendaItem(ctx.partnership_id(), item);
  ctx.Audit(auth::AuditAction::kCreate, "agenda-item", id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=item-added#agenda");
}

Response UploadPaper(Context& ctx) {
  auto item = ItemOrNotFound(ctx);
  Meeting meeting = MeetingById(ctx, item.meeting_id);
  std::string field = "paper-" + std::to_string(item.id);
  if (meeting.cancelled) return AgendaError(ctx, meeting, field, "This meeting was cancelled");
  const http::Part* file = nullptr;
  for (const auto& part : ctx.files)
    if (part.name == field) file = &part;
  if (!file || !file->file_name || file->file_name->empty())
    return AgendaError(ctx, meeting, field, "Choose a file to upload");
  auto check = meetings::CheckPaper(*file->file_name, file->data);
  if (!check.error.empty()) return AgendaError(ctx, meeting, field, check.error);
  meetings::Paper paper;
  paper.agenda_item_id = item.id;
  paper.file_name = meetings::SafeFileName(*file->file_name);
  paper.content_type = check.content_type;
  paper.size_bytes = static_cast<std::int64_t>(file->data.size());
  paper.uploaded_at = core::FormatTimestamp(ctx.clock.Now());
  // RULE: papers arriving after the circulation deadline are flagged late.
  paper.late = meetings::IsLate(core::DateOf(ctx.clock.Now()), meeting.meets_on);
  storage::Transaction tx(ctx.db);
  auto id = MeetingStore(ctx.db).AddPaper(ctx.partnership_id(), paper, core::Base64Encode(file->data));
  ctx.Audit(auth::AuditAction::kCreate, "paper", id, paper.late ? "late" : "");
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=paper-added#agenda");
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
