// The meeting page's agenda: items, their papers (late ones flagged), standing items, and the
// forms to add an item or a paper.
#include "core/date.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::meeting_pages {
namespace {

// An item's papers, late ones flagged, with the chair's button to accept a late one.
void RenderPapers(Context& ctx, Html& h, const meetings::AgendaItem& item,
                  const std::vector<meetings::Paper>& papers, bool chair_or_manager) {
  for (const auto& p : papers) {
    if (p.agenda_item_id != item.id) continue;
    h.Open("p", {{"class", "govuk-body-s"}});
    Link(h, ctx.PartnershipPath("/papers/" + std::to_string(p.id)),
         p.file_name + " (" + std::to_string((p.size_bytes + 1023) / 1024) + " KB)");
    if (p.late) {
      h.Text(" ");
      StatusTag(h, meetings::LatePaperStatus(p.late_accepted));
      if (!p.late_accepted && chair_or_manager)
        PostButton(h, ctx, ctx.PartnershipPath("/papers/" + std::to_string(p.id) + "/accept"),
                   "Accept late paper", "app-inline-form");
    }
    h.Close("p");
  }
}

// What a standing item asks of the meeting: approving the previous minutes, ratifying a chair's
// action.
void RenderStandingItem(Context& ctx, Html& h, const meetings::AgendaItem& item, bool manage) {
  MeetingStore store(ctx.db);
  std::string item_path = ctx.PartnershipPath("/agenda-items/" + std::to_string(item.id));
  if (item.purpose == meetings::AgendaPurpose::kMinutes && item.subject_id && manage) {
    auto minutes = store.MinutesOf(ctx.partnership_id(), *item.subject_id);
    h.Open("p", {{"class", "govuk-body-s"}});
    Link(h, MeetingPath(ctx, *item.subject_id) + "/minutes", "Read the minutes");
    h.Close("p");
    if (minutes && minutes->status == meetings::MinutesStatus::kCirculated)
      PostButton(h, ctx, item_path + "/approve-minutes", "Approve these minutes");
    else if (minutes && minutes->status == meetings::MinutesStatus::kApproved)
      StatusTag(h, {"Minutes approved", core::Tone::kGood});
    else
      h.Element("p", {{"class", "govuk-body-s"}}, "The minutes have not been circulated yet.");
  }
  if (item.purpose == meetings::AgendaPurpose::kRatify && item.subject_id) {
    if (auto d = store.FindDecision(ctx.partnership_id(), *item.subject_id)) {
      h.Element("p", {{"class", "govuk-body-s"}}, d->text);
      if (d->ratified_at_meeting_id)
        StatusTag(h, {"Ratified", core::Tone::kGood});
      else if (manage)
        PostButton(h, ctx, item_path + "/ratify", "Ratify chair's action");
    }
  }
}

void RenderAddPaperForm(Context& ctx, Html& h, const meetings::AgendaItem& item, const FormState& form) {
  h.Open("details", {{"class", "govuk-details"}});
  h.Element("summary", {{"class", "govuk-details__summary"}}, "Add a paper to " + item.title);
  h.Open("div", {{"class", "govuk-details__text"}});
  h.Open("form", {{"method", "post"}, {"enctype", "multipart/form-data"},
                  {"action", ctx.PartnershipPath("/agenda-items/" + std::to_string(item.id) + "/papers")}});
  CsrfField(h, ctx.csrf_token);
  FileUpload(h, form, "paper-" + std::to_string(item.id), "Paper for " + item.title,
             "A PDF, Word or Excel file up to 10 MB");
  Button(h, "Upload paper", true);
  h.Close("form").Close("div").Close("details");
}

void RenderAddItemForm(Context& ctx, Html& h, const Meeting& meeting, const FormState& form) {
  h.Open("details", {{"class", "govuk-details"}});
  h.Element("summary", {{"class", "govuk-details__summary"}}, "Add an agenda item");
  h.Open("div", {{"class", "govuk-details__text"}});
  h.Open("form", {{"method", "post"}, {"action", MeetingPath(ctx, meeting.id) + "/agenda"},
                  {"novalidate", "novalidate"}});
  CsrfField(h, ctx.csrf_token);
  TextInput(h, form, "item_title", "Item", {.width_class = "govuk-!-width-two-thirds"});
  TextInput(h, form, "presenter", "Presenter (optional)", {.width_class = "govuk-!-width-one-half"});
  Checkbox(h, form, "decision_needed", "A decision is needed");
  Checkbox(h, form, "confidential", "Confidential (left out of the public minutes)");
  Button(h, "Add item", true);
  h.Close("form").Close("div").Close("details");
}

}  // namespace

// The agenda: items, their papers (late ones flagged), and the actions each item allows.
// Confidential items show only as such to those not entitled (issue 12).
void RenderAgenda(Context& ctx, Html& h, const Meeting& meeting, const governance::Group& group,
                  const std::vector<meetings::AgendaItem>& items, bool quorate, const FormState& form) {
  MeetingStore store(ctx.db);
  auto papers = store.PapersOfMeeting(ctx.partnership_id(), meeting.id);
  bool manage = CanManage(ctx) && !meeting.cancelled;
  bool chair_or_manager = CanManage(ctx) || IsChairOf(ctx, group);
  bool sees_confidential = SeesConfidentialItems(ctx, group.id);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "agenda"}}, "Agenda");
  ErrorSummary(h, form.errors);
  if (items.empty()) h.Element("p", {{"class", "govuk-body"}}, "No agenda items yet.");
  if (!items.empty() && !meeting.cancelled) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, MeetingPath(ctx, meeting.id) + "/agenda-pack.pdf", "Download the agenda pack (PDF)");
    h.Close("p");
    h.Element("p", {{"class", "govuk-hint"}},
              "The agenda and its papers in order in one file, with page numbers and bookmarks, for reading "
              "or printing. It is remade whenever a paper or item changes.");
  }
  h.Open("ol", {{"class", "govuk-list govuk-list--number app-agenda"}});
  for (const auto& item : items) {
    h.Open("li", {{"id", "item-" + std::to_string(item.id)}});
    if (item.confidential && !sees_confidential) {
      h.Element("strong", "Confidential item");
      h.Text(" ");
      StatusTag(h, {"Confidential", core::Tone::kSensitive});
      h.Close("li");
      continue;
    }
    AuditConfidentialView(ctx, item, "meeting page");
    h.Element("strong", item.title);
    if (!item.presenter.empty()) h.Text(" (" + item.presenter + ")");
    h.Text(" ");
    if (item.decision_needed) StatusTag(h, {"Decision needed", core::Tone::kInfo});
    if (item.confidential) StatusTag(h, {"Confidential", core::Tone::kSensitive});
    RenderPapers(ctx, h, item, papers, chair_or_manager);
    RenderStandingItem(ctx, h, item, manage);
    if (manage && item.purpose == meetings::AgendaPurpose::kItem) RenderAddPaperForm(ctx, h, item, form);
    h.Close("li");
  }
  h.Close("ol");
  if (!quorate && !meeting.cancelled)
    h.Element("p", {{"class", "govuk-body-s"}}, "Items needing a decision wait until the meeting is quorate.");
  if (manage) RenderAddItemForm(ctx, h, meeting, form);
}

}  // namespace safeboard::ui::pages::meeting_pages
