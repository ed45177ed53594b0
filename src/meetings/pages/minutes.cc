// Minutes: drafting, circulating, approving at the next meeting, corrections, the public version.
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
#include "ui/pages/public_site.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace meeting_pages;

namespace {

// The status of the minutes: drafted, circulated, approved (and when).
void RenderMinutesSummary(Html& h, const std::optional<meetings::Minutes>& minutes, const governance::Group& group) {
  std::string state =
      minutes ? std::string(core::LabelOf(meetings::MinutesStatuses(), minutes->status)) : "Not drafted";
  std::vector<std::pair<std::string, std::string>> summary = {{"Status", state}};
  if (minutes && minutes->circulated_on)
    summary.emplace_back("Circulated", core::FormatDateLong(*minutes->circulated_on));
  if (minutes && minutes->approved_on)
    summary.emplace_back("Approved", core::FormatDateLong(*minutes->approved_on) +
                                         " at the next meeting of " + group.name);
  SummaryList(h, summary);
}

// Approved minutes: the public version's address, corrections and the form to add one.
void RenderCorrections(Context& ctx, Html& h, const Meeting& meeting, const FormState& form) {
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, "/public/" + ctx.partnership->slug + "/minutes/" + std::to_string(meeting.id),
       "The public version (confidential items left out)");
  h.Close("p");
  auto corrections = MeetingStore(ctx.db).CorrectionsOf(meeting.id);
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Corrections");
  if (corrections.empty()) h.Element("p", {{"class", "govuk-body"}}, "None recorded.");
  for (const auto& c : corrections)
    h.Element("p", {{"class", "govuk-body"}}, core::FormatDateLong(c.corrected_on) + ": " + c.text);
  if (!CanManage(ctx)) return;
  ErrorSummary(h, form.errors);
  h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/minutes/corrections"}});
  CsrfField(h, ctx.csrf_token);
  Textarea(h, form, "correction", "Record a correction",
           "Approved minutes are a permanent record: corrections are added, never written over", 3);
  Button(h, "Record correction", true);
  h.Close("form");
}

// The board team's draft: the body and each item's minute, and circulating it.
void RenderDraftForm(Context& ctx, Html& h, const Meeting& meeting, const std::optional<meetings::Minutes>& minutes,
                     std::vector<meetings::AgendaItem> items, bool sees_confidential, const FormState& form) {
  ErrorSummary(h, form.errors);
  FormState editing = form;
  // Someone who manages the partnership without being entitled (the deployment administrator)
  // edits the rest of the minutes; a confidential item's text is neither shown nor changed.
  std::erase_if(items, [&](const auto& item) { return item.confidential && !sees_confidential; });
  if (editing.values.empty()) {
    editing.values["body"] = minutes ? minutes->body : "";
    for (const auto& item : items) {
      AuditConfidentialView(ctx, item, "draft minutes");
      editing.values["minute-" + std::to_string(item.id)] = item.minute_text;
    }
  }
  h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/minutes"},
                  {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  FormattedTextarea(h, editing, "body", "Present and introduction", "", 5);
  for (const auto& item : items)
    FormattedTextarea(h, editing, "minute-" + std::to_string(item.id), item.title,
             item.confidential ? "Confidential: left out of the public minutes" : "", 4);
  Button(h, "Save draft");
  h.Close("form");
  if (minutes && minutes->status == meetings::MinutesStatus::kDraft)
    PostButton(h, ctx, MeetingPath(ctx, meeting.id) + "/minutes/circulate", "Circulate to members");
}

Response RenderMinutes(Context& ctx, const Meeting& meeting, const FormState& form, int status) {
  MeetingStore store(ctx.db);
  auto group = GroupOrNotFound(ctx, meeting.group_id);
  auto minutes = store.MinutesOf(ctx.partnership_id(), meeting.id);
  auto items = store.AgendaOf(ctx.partnership_id(), meeting.id);
  bool locked = minutes && minutes->status == meetings::MinutesStatus::kApproved;
  bool sees_confidential = SeesConfidentialItems(ctx, group.id);
  Html h;
  RenderMeetingHeader(ctx, h, meeting, MeetingTab::kMinutes);
  RenderMinutesSummary(h, minutes, group);
  if (CanReadMinutes(ctx, minutes)) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, MeetingPath(ctx, meeting.id) + "/minutes.pdf", locked ? "Download the minutes (PDF)" : "Download the draft (PDF)");
    h.Close("p");
  }
  if (CanReadMinutes(ctx, minutes) && !(CanManage(ctx) && !locked))
    RenderMinutesText(ctx, h, *minutes, items, sees_confidential);
  else if (!CanManage(ctx))
    h.Element("p", {{"class", "govuk-body"}}, "The minutes have not been circulated yet.");
  if (locked)
    RenderCorrections(ctx, h, meeting, form);
  else if (CanManage(ctx))
    RenderDraftForm(ctx, h, meeting, minutes, items, sees_confidential, form);
  auto chrome = MeetingChrome(ctx, meeting, group, "Minutes");
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowMinutes(Context& ctx) { return RenderMinutes(ctx, MeetingOrNotFound(ctx), FormState{}, 200); }

Response SaveMinutes(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  auto existing = store.MinutesOf(ctx.partnership_id(), meeting.id);
  bool sees_confidential = SeesConfidentialItems(ctx, meeting.group_id);
  std::vector<std::int64_t> editable_items;
  for (const auto& item : store.AgendaOf(ctx.partnership_id(), meeting.id))
    if (!item.confidential || sees_confidential) editable_items.push_back(item.id);
  meetings::MinutesEdit edit;
  form.errors = meetings::ReadMinutes(form.values, meeting, existing, editable_items, edit);
  if (!form.errors.empty()) return RenderMinutes(ctx, meeting, form, 422);
  storage::Transaction tx(ctx.db);
  meetings::Minutes minutes = existing.value_or(meetings::Minutes{});
  minutes.meeting_id = meeting.id;
  minutes.body = edit.body;
  store.SaveMinutes(ctx.partnership_id(), minutes);
  for (const auto& [item_id, text] : edit.item_minutes) store.SetMinuteText(ctx.partnership_id(), item_id, text);
  ctx.Audit(auth::AuditAction::kUpdate, "minutes", meeting.id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "/minutes?done=minutes-saved");
}

Response CirculateMinutes(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  auto minutes = store.MinutesOf(ctx.partnership_id(), meeting.id);
  FormState form;
  form.errors = meetings::CheckCanCirculate(minutes);
  if (!form.errors.empty()) return RenderMinutes(ctx, meeting, form, 422);
  storage::Transaction tx(ctx.db);
  minutes->status = meetings::MinutesStatus::kCirculated;
  minutes->circulated_on = core::DateOf(ctx.clock.Now());
  store.SaveMinutes(ctx.partnership_id(), *minutes);
  // RULE: Constitution 6h - minutes are circulated to members: each current member is emailed.
  auto group = GroupOrNotFound(ctx, meeting.group_id);
  std::vector<mail::MailMessage> messages;
  for (const auto& member : CurrentMembersOf(ctx, group.id, *minutes->circulated_on, mail::MailKind::kMinutes))
    messages.push_back(meetings::MinutesCirculatedMessage(member, group.name, meeting.meets_on,
                                                          ctx.base_url + MeetingPath(ctx, meeting.id) + "/minutes"));
  int emailed = QueueMail(ctx, messages);
  ctx.Audit(auth::AuditAction::kCirculate, "minutes", meeting.id,
            emailed ? "emailed to " + std::to_string(emailed) + " members" : "");
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "/minutes?done=minutes-circulated");
}

Response ApproveMinutes(Context& ctx) {
  auto item = ItemOrNotFound(ctx);
  Meeting meeting = MeetingById(ctx, item.meeting_id);
  MeetingStore store(ctx.db);
  std::string field = "item_title";
  if (item.purpose != meetings::AgendaPurpose::kMinutes || !item.subject_id)
    return AgendaError(ctx, meeting, field, "This agenda item is not the approval of minutes");
  auto minutes = store.MinutesOf(ctx.partnership_id(), *item.subject_id);
  if (!minutes || minutes->status != meetings::MinutesStatus::kCirculated)
    return AgendaError(ctx, meeting, field, "Minutes must be circulated before they are approved");
  // RULE: Constitution 6h and 6g - minutes are approved at the next meeting, by a decision,
  // which needs a quorate meeting.
  auto quorum = QuorumOf(ctx, meeting);
  if (!quorum.quorate) return AgendaError(ctx, meeting, field, meetings::NotQuorateMessage(quorum));
  Meeting minuted = MeetingById(ctx, *item.subject_id);
  storage::Transaction tx(ctx.db);
  minutes->status = meetings::MinutesStatus::kApproved;
  minutes->approved_at_meeting_id = meeting.id;
  minutes->approved_on = meeting.meets_on;
  store.SaveMinutes(ctx.partnership_id(), *minutes);
  meetings::Decision d;
  d.meeting_id = meeting.id;
  d.group_id = meeting.group_id;
  d.decided_on = meeting.meets_on;
  // The minutes of another group's meeting (issue 14: a group approving another's) name it.
  std::string whose = minuted.group_id == meeting.group_id ? "" : GroupOrNotFound(ctx, minuted.group_id).name + " ";
  d.text = "The minutes of the " + whose + "meeting of " + core::FormatDateLong(minuted.meets_on) +
           " were approved as a true record.";
  d.agenda_item_id = item.id;
  store.CreateDecision(ctx.partnership_id(), d);
  ctx.Audit(auth::AuditAction::kApprove, "minutes", minuted.id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "?done=minutes-approved#agenda");
}

Response CorrectMinutes(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  auto minutes = store.MinutesOf(ctx.partnership_id(), meeting.id);
  std::string text;
  form.errors = meetings::ReadCorrection(form.values, minutes, text);
  if (!form.errors.empty()) return RenderMinutes(ctx, meeting, form, 422);
  storage::Transaction tx(ctx.db);
  store.AddCorrection(meeting.id, core::DateOf(ctx.clock.Now()), text, ctx.user_id());
  ctx.Audit(auth::AuditAction::kCorrect, "minutes", meeting.id);
  tx.Commit();
  return http::Redirect(MeetingPath(ctx, meeting.id) + "/minutes?done=correction-recorded");
}

Response ShowPublicMinutes(Context& ctx) {
  MeetingStore store(ctx.db);
  auto meeting = store.FindMeeting(ctx.partnership_id(), ctx.Id("id"));
  auto minutes = meeting ? store.MinutesOf(ctx.partnership_id(), meeting->id) : std::nullopt;
  // RULE: Constitution 6i - minutes are public once approved, less confidential items.
  if (!minutes || minutes->status != meetings::MinutesStatus::kApproved) throw http::NotFound{};
  auto group = GroupOrNotFound(ctx, meeting->group_id);
  Html h;
  h.Element("p", {{"class", "govuk-body"}}, "Approved minutes. Confidential items are not published.");
  h.Append(TrustedHtml::FromMarkdown(minutes->body, 2));
  auto items = store.AgendaOf(ctx.partnership_id(), meeting->id);
  for (const auto& item : items) {
    if (item.confidential || item.minute_text.empty()) continue;
    h.Element("h3", {{"class", "govuk-heading-s"}}, item.title);
    h.Append(TrustedHtml::FromMarkdown(item.minute_text, 3));
  }
  RenderDecisionsMinuted(ctx, h, meeting->id, items, false);
  for (const auto& c : store.CorrectionsOf(meeting->id))
    h.Element("p", {{"class", "govuk-body"}}, "Correction, " + core::FormatDateLong(c.corrected_on) + ": " + c.text);
  auto chrome = PublicChrome(ctx, group.name + ", " + core::FormatDateLong(meeting->meets_on), "Minutes");
  chrome.breadcrumbs = {{"Minutes", PublicPath(ctx, "/minutes")}};
  return CacheablePublicPage(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
