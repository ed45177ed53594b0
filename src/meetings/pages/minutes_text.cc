// The minutes as a reader sees them, shared by the minutes page and its PDF (issue 15).
#include "core/date.h"
#include "meetings/pages/shared.h"
#include "meetings/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::meeting_pages {

bool CanReadMinutes(const Context& ctx, const std::optional<meetings::Minutes>& minutes) {
  return minutes && (minutes->status != meetings::MinutesStatus::kDraft || CanManage(ctx));
}

void RenderDecisionsMinuted(Context& ctx, Html& h, std::int64_t meeting_id,
                            const std::vector<meetings::AgendaItem>& items, bool sees_confidential) {
  auto decisions = MeetingStore(ctx.db).DecisionsOfMeeting(ctx.partnership_id(), meeting_id);
  std::vector<std::string> shown;
  for (const auto& d : decisions) {
    bool confidential = false;
    for (const auto& item : items) confidential = confidential || (d.agenda_item_id == item.id && item.confidential);
    if (!confidential || sees_confidential) shown.push_back(d.text);
  }
  if (shown.empty()) return;
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "decisions"}}, "Decisions");
  h.Open("ol", {{"class", "govuk-list govuk-list--number"}});
  for (const auto& text : shown) h.Element("li", text);
  h.Close("ol");
}

// The minutes as members read them; a confidential item's minute only to those entitled.
void RenderMinutesText(Context& ctx, Html& h, const meetings::Minutes& minutes,
                       const std::vector<meetings::AgendaItem>& items, bool sees_confidential) {
  h.Append(TrustedHtml::FromMarkdown(minutes.body, 2));
  for (const auto& item : items) {
    if (item.minute_text.empty()) continue;
    h.Open("h3", {{"class", "govuk-heading-s"}});
    if (item.confidential && !sees_confidential) {
      h.Text("Confidential item ");
      StatusTag(h, {"Confidential", core::Tone::kSensitive});
      h.Close("h3");
      continue;
    }
    AuditConfidentialView(ctx, item, "minutes");
    h.Text(item.title + " ");
    if (item.confidential) StatusTag(h, {"Confidential", core::Tone::kSensitive});
    h.Close("h3");
    h.Append(TrustedHtml::FromMarkdown(item.minute_text, 3));
  }
  RenderDecisionsMinuted(ctx, h, minutes.meeting_id, items, sees_confidential);
}

}  // namespace safeboard::ui::pages::meeting_pages
