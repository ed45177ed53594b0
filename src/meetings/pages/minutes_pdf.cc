// The minutes as a PDF to circulate, file or print (issue 15): who came, the minutes as the
// reader may see them, the decisions and any corrections, printed by headless Chromium.
#include <iostream>

#include "core/date.h"
#include "documents/convert.h"
#include "meetings/pages/pages.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/pages/common.h"
#include "ui/print_document.h"

namespace safeboard::ui::pages {

using namespace meeting_pages;

namespace {

std::string Named(const meetings::AttendanceEntry& e) {
  return e.person_name + (e.agency_name.empty() ? "" : " (" + e.agency_name + ")");
}

// Present (deputies named for whom they came), then apologies, as minutes record them.
void RenderWhoCame(Html& h, const std::vector<meetings::AttendanceEntry>& attendance) {
  std::vector<std::string> present, apologies;
  for (const auto& e : attendance) {
    if (!e.status) continue;
    if (*e.status == meetings::AttendanceStatus::kPresent) present.push_back(Named(e));
    if (*e.status == meetings::AttendanceStatus::kDeputy)
      present.push_back((e.deputy_name.empty() ? "A deputy" : e.deputy_name) + " for " + Named(e));
    if (*e.status == meetings::AttendanceStatus::kApologies) apologies.push_back(Named(e));
  }
  for (const auto& [heading, names] : {std::pair{"Present", present}, std::pair{"Apologies", apologies}}) {
    if (names.empty()) continue;
    h.Element("h2", heading);
    h.Open("ul");
    for (const auto& name : names) h.Element("li", name);
    h.Close("ul");
  }
}

}  // namespace

Response DownloadMinutesPdf(Context& ctx) {
  Meeting meeting = MeetingOrNotFound(ctx);
  MeetingStore store(ctx.db);
  auto minutes = store.MinutesOf(ctx.partnership_id(), meeting.id);
  // RULE: Constitution 6h - a draft is the board team's; members read minutes once circulated.
  if (!CanReadMinutes(ctx, minutes)) {
    Html h;
    h.Element("p", {{"class", "govuk-body"}}, "The minutes of this meeting have not been circulated yet.");
    Link(h, MeetingPath(ctx, meeting.id), "Back to the meeting");
    return Page(ctx, Chrome(ctx, "No minutes to download yet"), std::move(h));
  }
  auto group = GroupOrNotFound(ctx, meeting.group_id);
  auto items = store.AgendaOf(ctx.partnership_id(), meeting.id);
  Html h(16384);
  h.Element("p", {{"class", "meta"}}, ctx.partnership->name);
  bool approved = minutes->status == meetings::MinutesStatus::kApproved;
  h.Element("h1", group.name + (approved ? ": minutes" : ": draft minutes"));
  h.Element("p", core::FormatDateLong(meeting.meets_on) + ", " + meeting.starts_at +
                     (meeting.location.empty() ? "" : ", " + meeting.location));
  std::string state = approved ? "Approved" + (minutes->approved_on ? " on " + core::FormatDateLong(*minutes->approved_on) : "")
                      : minutes->circulated_on
                          ? "Circulated on " + core::FormatDateLong(*minutes->circulated_on) + ", awaiting approval"
                          : "Draft, not yet circulated";
  h.Element("p", {{"class", "meta"}}, state);
  RenderWhoCame(h, store.AttendanceOf(meeting));
  h.Element("h2", "Minutes");
  RenderMinutesText(ctx, h, *minutes, items, SeesConfidentialItems(ctx, group.id));
  if (approved)
    for (const auto& c : store.CorrectionsOf(meeting.id))
      h.Element("p", "Correction, " + core::FormatDateLong(c.corrected_on) + ": " + c.text);
  auto pdf = documents::HtmlToPdf(
      PrintDocument(group.name + " minutes, " + core::FormatDateLong(meeting.meets_on), h.Build()));
  if (!pdf.ok) {
    std::cerr << "minutes PDF for meeting " << meeting.id << ": " << pdf.error << "\n";
    Html sorry;
    sorry.Element("p", {{"class", "govuk-body"}}, "The PDF cannot be made just now. Try again later; the minutes are on their page.");
    Link(sorry, MeetingPath(ctx, meeting.id) + "/minutes", "Back to the minutes");
    return Page(ctx, Chrome(ctx, "Sorry, the minutes cannot be made into a PDF"), std::move(sorry), 503);
  }
  Response r{200, {{"Content-Type", "application/pdf"}}, std::move(pdf.bytes)};
  r.SetHeader("Content-Disposition",
              "attachment; filename=\"" +
                  meetings::SafeFileName(group.name + " " + core::FormatDate(meeting.meets_on) + " minutes.pdf") + "\"");
  return r;
}

}  // namespace safeboard::ui::pages
