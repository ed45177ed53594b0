// The agenda pack (issue 15): the agenda and every paper in order as one PDF, with bookmarks and
// page numbers, for circulation and printing. Made when first asked for and kept; made again
// when the meeting, an item or a paper has changed since (meetings::PackFingerprint).
#include <algorithm>
#include <iostream>

#include "core/base64.h"
#include "core/date.h"
#include "documents/convert.h"
#include "documents/pdf.h"
#include "meetings/pack.h"
#include "meetings/paper_rendition.h"
#include "meetings/pages/pages.h"
#include "meetings/pages/shared.h"
#include "meetings/papers.h"
#include "meetings/store.h"
#include "ui/pages/common.h"
#include "ui/print_document.h"

namespace safeboard::ui::pages {

using namespace meeting_pages;

namespace {

// A paper of the pack: where it starts (0 when it is left out) and its PDF.
struct PackPaper {
  meetings::PackEntry entry;
  std::optional<std::string> pdf;
  int pages = 0;
  int starts_on = 0;
};

// The agenda as the pack's first pages: a plain, self-contained HTML document that Chromium
// prints. Each paper is listed under its item with the page it starts on.
std::string AgendaDocument(const Context& ctx, const Meeting& meeting, const governance::Group& group,
                           const std::vector<meetings::AgendaItem>& items, const std::vector<PackPaper>& papers,
                           bool with_confidential) {
  Html h(8192);
  h.Element("p", {{"class", "meta"}}, ctx.partnership->name);
  h.Element("h1", group.name + ": agenda");
  h.Element("p", core::FormatDateLong(meeting.meets_on) + ", " + meeting.starts_at +
                     (meeting.location.empty() ? "" : ", " + meeting.location));
  if (!meeting.title.empty()) h.Element("p", meeting.title);
  h.Open("ol");
  for (const auto& item : items) {
    h.Open("li");
    if (item.confidential && !with_confidential) {
      h.Element("strong", "Confidential item");
      h.Close("li");
      continue;
    }
    h.Element("strong", item.title);
    if (!item.presenter.empty()) h.Text(" (" + item.presenter + ")");
    if (item.decision_needed) h.Text(". For decision");
    if (item.confidential) h.Text(". Confidential");
    bool any = false;
    for (const auto& paper : papers) {
      if (paper.entry.item->id != item.id) continue;
      if (!any) h.Open("ul", {{"class", "papers"}});
      any = true;
      h.Element("li", paper.entry.paper->file_name + (paper.starts_on
                                                          ? ": page " + std::to_string(paper.starts_on)
                                                          : ": not in this pack (download it from the meeting page)"));
    }
    if (any) h.Close("ul");
    h.Close("li");
  }
  h.Close("ol");
  if (items.empty()) h.Element("p", "No agenda items yet.");
  return PrintDocument(group.name + " agenda, " + core::FormatDateLong(meeting.meets_on), h.Build());
}

struct MadePack {
  meetings::AgendaPack stored;
  std::string error;
};

MadePack MakePack(Context& ctx, const Meeting& meeting, const governance::Group& group,
                  const std::vector<meetings::AgendaItem>& items, const std::vector<meetings::Paper>& papers,
                  bool with_confidential) {
  MeetingStore store(ctx.db);
  std::vector<PackPaper> pack_papers;
  std::string left_out;
  for (const auto& entry : meetings::PackEntries(items, papers, with_confidential)) {
    PackPaper paper{entry};
    auto stored = store.PaperWithContent(ctx.partnership_id(), entry.paper->id);
    auto bytes = stored ? core::Base64Decode(stored->second) : std::nullopt;
    std::optional<std::string> rendition;
    if (auto encoded = store.PaperRenditionOf(ctx.partnership_id(), entry.paper->id))
      rendition = core::Base64Decode(*encoded);
    if (bytes) paper.pdf = meetings::PaperPdf(*bytes, *entry.paper, rendition);
    if (paper.pdf) {
      paper.pages = documents::PdfPageCount(*paper.pdf).value_or(0);
    } else {
      left_out += entry.paper->file_name + "\n";
      std::cerr << "agenda pack: paper " << entry.paper->id << " left out (cannot be read as PDF)\n";
    }
    pack_papers.push_back(std::move(paper));
  }
  // The agenda lists the page each paper starts on, which depends on how long the agenda is:
  // print it, number from its length, and print again until the length settles.
  int agenda_pages = 1;
  documents::Converted agenda;
  for (int attempt = 0; attempt < 3; ++attempt) {
    std::vector<int> lengths;
    for (const auto& p : pack_papers) lengths.push_back(p.pages);
    auto starts = meetings::PaperStartPages(agenda_pages, lengths);
    for (std::size_t i = 0; i < pack_papers.size(); ++i) pack_papers[i].starts_on = pack_papers[i].pdf ? starts[i] : 0;
    agenda = documents::HtmlToPdf(AgendaDocument(ctx, meeting, group, items, pack_papers, with_confidential));
    if (!agenda.ok) return {{}, agenda.error};
    int printed = documents::PdfPageCount(agenda.bytes).value_or(0);
    if (printed == agenda_pages) break;
    agenda_pages = printed;
  }
  std::vector<documents::PackPart> parts = {{"Agenda", agenda.bytes}};
  for (const auto& p : pack_papers)
    if (p.pdf) parts.push_back({meetings::PackBookmark(p.entry), *p.pdf});
  std::string title = group.name + ", " + core::FormatDateLong(meeting.meets_on) + ": agenda and papers";
  auto pdf = documents::AssemblePdf(parts, title);
  meetings::AgendaPack pack;
  pack.made_at = core::FormatTimestamp(ctx.clock.Now());
  pack.page_count = documents::PdfPageCount(pdf).value_or(0);
  pack.left_out = left_out;
  pack.content_base64 = core::Base64Encode(pdf);
  return {pack, ""};
}

}  // namespace

Response DownloadAgendaPack(Context& ctx) {
  // A cancelled meeting's pack too: its agenda is still a record of what was planned.
  Meeting meeting = MeetingOrNotFound(ctx);
  auto group = GroupOrNotFound(ctx, meeting.group_id);
  MeetingStore store(ctx.db);
  auto items = store.AgendaOf(ctx.partnership_id(), meeting.id);
  auto papers = store.PapersOfMeeting(ctx.partnership_id(), meeting.id);
  bool has_confidential = std::any_of(items.begin(), items.end(), [](const auto& i) { return i.confidential; });
  bool with_confidential = has_confidential && SeesConfidentialItems(ctx, group.id);
  auto fingerprint = meetings::PackFingerprint(meeting, items, papers, with_confidential);
  auto pack = store.AgendaPackOf(ctx.partnership_id(), meeting.id, with_confidential);
  if (!pack || pack->fingerprint != fingerprint) {
    auto made = MakePack(ctx, meeting, group, items, papers, with_confidential);
    if (!made.error.empty()) {
      std::cerr << "agenda pack for meeting " << meeting.id << ": " << made.error << "\n";
      Html h;
      h.Element("p", {{"class", "govuk-body"}},
                "The agenda pack cannot be made just now. Try again later; each paper can still be downloaded "
                "from the meeting page.");
      Link(h, MeetingPath(ctx, meeting.id), "Back to the meeting");
      return Page(ctx, Chrome(ctx, "Sorry, the agenda pack cannot be made"), std::move(h), 503);
    }
    made.stored.fingerprint = fingerprint;
    storage::Transaction tx(ctx.db);
    store.SaveAgendaPack(ctx.partnership_id(), meeting.id, with_confidential, made.stored);
    tx.Commit();
    pack = made.stored;
  }
  if (with_confidential) {
    storage::Transaction tx(ctx.db);
    ctx.Audit(auth::AuditAction::kView, "agenda-pack", meeting.id, "with confidential items");
    tx.Commit();
  }
  auto bytes = core::Base64Decode(pack->content_base64);
  if (!bytes) throw std::runtime_error("stored agenda pack is not valid base64");
  Response r{200, {{"Content-Type", "application/pdf"}}, std::move(*bytes)};
  r.SetHeader("Content-Disposition",
              "attachment; filename=\"" +
                  meetings::SafeFileName(group.name + " " + core::FormatDate(meeting.meets_on) + " agenda pack.pdf") + "\"");
  return r;
}

}  // namespace safeboard::ui::pages
