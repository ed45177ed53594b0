// The procedures manual on the board's public site (issue 18): each chapter that has a published
// version, its text as the Board ratified it (never a draft under review), its versions and linked
// documents, the manual-wide amendments log and the next planned update.
#include <algorithm>

#include "core/date.h"
#include "procedures/pages/pages.h"
#include "procedures/pages/shared.h"
#include "procedures/store.h"
#include "ui/pages/public_site.h"

namespace safeboard::ui::pages {

using namespace procedures_pages;
using http::Context;
using http::Response;

namespace {

// RULE: issue 18 - a chapter is on the public site once it has a version.
bool Published(const procedures::Chapter& c) { return !c.amendments.empty(); }

std::string PublicChapterPath(const Context& ctx, std::int64_t id) {
  return PublicPath(ctx, "/procedures/" + std::to_string(id));
}

}  // namespace

Response ShowPublicProcedures(Context& ctx) {
  procedures::ProcedureStore store(ctx.db);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "The procedures the board's partners follow together to keep children safe.");
  if (auto next = store.NextUpdate(ctx.partnership_id()))
    h.Element("p", {{"class", "govuk-body"}}, "The next planned update: " + core::FormatDateLong(*next) + ".");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, PublicPath(ctx, "/procedures/amendments"), "What changed: the amendments log");
  h.Close("p");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& c : store.Chapters(ctx.partnership_id()))
    if (Published(c))
      rows.push_back({TextCell(c.number), LinkCell(PublicChapterPath(ctx, c.id), c.title),
                      TextCell(core::FormatDateLong(c.amendments.front().amended_on))});
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No chapters are published yet.");
  else
    Table(h, "Chapters", {"Number", "Chapter", "Last amended"}, rows);
  return CacheablePublicPage(ctx, PublicChrome(ctx, "Safeguarding procedures", "Procedures"), std::move(h));
}

Response ShowPublicProcedureChapter(Context& ctx) {
  procedures::ProcedureStore store(ctx.db);
  auto c = store.FindChapter(ctx.partnership_id(), ctx.Id("id"));
  if (!c || !Published(*c)) throw http::NotFound{};
  Html h;
  h.Element("p", {{"class", "govuk-body"}}, "Last amended " + core::FormatDateLong(c->amendments.front().amended_on) + ".");
  // The text the Board ratified: the latest published review's.
  for (const auto& r : store.ReviewsOf(ctx.partnership_id(), c->id))
    if (r.published_on && !r.draft.empty()) {
      h.Append(TrustedHtml::FromMarkdown(r.draft, 2));
      break;
    }
  bool linked = false;
  for (const auto& d : store.Documents(ctx.partnership_id())) {
    if (std::find(c->document_ids.begin(), c->document_ids.end(), d.id) == c->document_ids.end()) continue;
    if (!linked) h.Element("h2", {{"class", "govuk-heading-m"}}, "Linked documents");
    linked = true;
    h.Open("p", {{"class", "govuk-body"}});
    if (d.url.empty())
      h.Text(d.title);
    else
      Link(h, d.url, d.title);
    if (d.approved_on) h.Text(", approved by the board " + core::FormatDateLong(*d.approved_on));
    h.Close("p");
  }
  std::vector<std::vector<TrustedHtml>> versions;
  for (const auto& a : c->amendments) versions.push_back({TextCell(core::FormatDateLong(a.amended_on)), TextCell(a.note)});
  Table(h, "Versions", {"Amended", "What changed"}, versions);
  auto chrome = PublicChrome(ctx, "Chapter " + ChapterName(*c), "Procedures");
  chrome.breadcrumbs = {{"Safeguarding procedures", PublicPath(ctx, "/procedures")}};
  return CacheablePublicPage(ctx, std::move(chrome), std::move(h));
}

Response ShowPublicProcedureAmendments(Context& ctx) {
  procedures::ProcedureStore store(ctx.db);
  Html h;
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& a : store.AmendmentsLog(ctx.partnership_id()))
    rows.push_back({TextCell(core::FormatDateLong(a.amended_on)),
                    LinkCell(PublicChapterPath(ctx, a.chapter_id), a.chapter_number + " " + a.chapter_title), TextCell(a.note)});
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No amendments yet.");
  else
    Table(h, "Amendments, newest first", {"Amended", "Chapter", "What changed"}, rows);
  auto chrome = PublicChrome(ctx, "Amendments log", "Procedures");
  chrome.breadcrumbs = {{"Safeguarding procedures", PublicPath(ctx, "/procedures")}};
  return CacheablePublicPage(ctx, std::move(chrome), std::move(h));
}

}  // namespace safeboard::ui::pages
