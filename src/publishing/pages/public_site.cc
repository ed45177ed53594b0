// The board's public site (issue 18): no account, no tracking, nothing from another site. Every
// page renders from published records only: the site's words, the current partners, publications
// on the site, approved minutes (their confidential items never), the complaints procedure from
// the board's own deadlines, the accessibility statement and privacy. Pages are cacheable.
#include <algorithm>

#include "assurance/complaints_store.h"
#include "core/date.h"
#include "governance/store.h"
#include "meetings/store.h"
#include "publishing/pages/pages.h"
#include "publishing/store.h"
#include "ui/pages/common.h"
#include "ui/pages/public_site.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {

void Paragraph(Html& h, const std::string& text) { h.Element("p", {{"class", "govuk-body"}}, text); }

}  // namespace

Response ShowPublicHome(Context& ctx) {
  auto settings = publishing::PublishingStore(ctx.db).Settings(ctx.partnership_id());
  Html h;
  if (settings) h.Append(TrustedHtml::FromMarkdown(settings->about, 2));
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "who-to-call"}}, "Who to call");
  Paragraph(h, "If a child is in immediate danger, call 999.");
  if (settings) h.Append(TrustedHtml::FromMarkdown(settings->who_to_call, 3));
  h.Element("h2", {{"class", "govuk-heading-m"}}, "On this site");
  h.Open("ul", {{"class", "govuk-list"}});
  for (const auto& [rest, text] : std::initializer_list<std::pair<std::string, std::string>>{
           {"/about", "About the board and its partners"},
           {"/business-plan", "The business plan: what the board will do"},
           {"/procedures", "The inter-agency safeguarding procedures and what changed"},
           {"/publications", "Publications: annual reports, leaflets and guidance"},
           {"/minutes", "Minutes of the board's meetings"},
           {"/training", "Safeguarding training for people who work with children"},
           {"/complaints", "How to complain about the board"}}) {
    h.Open("li");
    Link(h, PublicPath(ctx, rest), text);
    h.Close("li");
  }
  h.Close("ul");
  return CacheablePublicPage(ctx, PublicChrome(ctx, ctx.partnership->name, "Home"), std::move(h));
}

Response ShowPublicAbout(Context& ctx) {
  governance::GovernanceStore governance(ctx.db);
  auto settings = publishing::PublishingStore(ctx.db).Settings(ctx.partnership_id());
  Html h;
  if (settings) h.Append(TrustedHtml::FromMarkdown(settings->about, 2));
  h.Element("h2", {{"class", "govuk-heading-m"}}, "The partners");
  Paragraph(h, "The organisations that work together through the board:");
  h.Open("ul", {{"class", "govuk-list govuk-list--bullet"}});
  for (const auto& a : governance.ListAgencies(ctx.partnership_id()))
    if (!a.ended_on) h.Element("li", a.name);
  h.Close("ul");
  return CacheablePublicPage(ctx, PublicChrome(ctx, "About the board", "About the board"), std::move(h));
}

Response ShowPublicPublications(Context& ctx) {
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  bool any = false;
  for (const auto& p : publishing::PublishingStore(ctx.db).Publications(ctx.partnership_id())) {
    if (!publishing::OnPublicSite(p, today)) continue;
    any = true;
    h.Element("h2", {{"class", "govuk-heading-m"}}, p.title);
    Paragraph(h, std::string(core::LabelOf(publishing::PublicationKinds(), p.kind)) + ", published " +
                     core::FormatDateLong(*p.published_on) + (p.audience.empty() ? "" : ", for " + p.audience) + ".");
    if (!p.summary.empty()) h.Append(TrustedHtml::FromMarkdown(p.summary, 3));
    if (!p.url.empty()) {
      h.Open("p", {{"class", "govuk-body"}});
      Link(h, p.url, "Read " + p.title);
      h.Close("p");
    }
  }
  if (!any) Paragraph(h, "Nothing is published here yet.");
  return CacheablePublicPage(ctx, PublicChrome(ctx, "Publications", "Publications"), std::move(h));
}

Response ShowPublicMinutesList(Context& ctx) {
  governance::GovernanceStore governance(ctx.db);
  meetings::MeetingStore store(ctx.db);
  Html h;
  Paragraph(h, "The minutes of the board's meetings once approved at the next meeting. Confidential items are not "
               "published.");
  bool any = false;
  for (const auto& g : governance.ListGroups(ctx.partnership_id())) {
    auto statuses = store.MinutesStatusesOfGroup(ctx.partnership_id(), g.id);
    std::vector<std::vector<TrustedHtml>> rows;
    auto held = store.MeetingsOfGroup(ctx.partnership_id(), g.id);
    std::sort(held.begin(), held.end(), [](const auto& a, const auto& b) { return b.meets_on < a.meets_on; });
    for (const auto& m : held) {
      auto status = statuses.find(m.id);
      // RULE: Constitution 6i - minutes are public once approved.
      if (m.cancelled || status == statuses.end() || status->second != meetings::MinutesStatus::kApproved) continue;
      rows.push_back({LinkCell(PublicPath(ctx, "/minutes/" + std::to_string(m.id)), m.title + ", " + core::FormatDateLong(m.meets_on))});
    }
    if (rows.empty()) continue;
    any = true;
    Table(h, g.name, {"Meeting"}, rows);
  }
  if (!any) Paragraph(h, "No minutes are published yet.");
  return CacheablePublicPage(ctx, PublicChrome(ctx, "Minutes", "Minutes"), std::move(h));
}

Response ShowPublicComplaintsProcedure(Context& ctx) {
  auto deadlines = assurance::ComplaintStore(ctx.db).DeadlinesOf(ctx.partnership_id());
  Html h;
  Paragraph(h, "You can complain about how the board carries out its own work: its procedures, its training, its "
               "publications or how it dealt with you. A complaint about a service to a child or family goes to the "
               "organisation that provides it.");
  Paragraph(h, "The board acknowledges a complaint within " + std::to_string(deadlines.acknowledge_working_days) +
                   " working days and responds within " + std::to_string(deadlines.respond_working_days) +
                   " working days. Working days leave out weekends and bank holidays.");
  Paragraph(h, "If you are not satisfied with the response, you can ask the independent chair of the board to look at "
               "it again.");
  return CacheablePublicPage(ctx, PublicChrome(ctx, "How to complain about the board", ""), std::move(h));
}

Response ShowPublicAccessibility(Context& ctx) {
  Html h;
  Paragraph(h, "This website is run by " + ctx.partnership->name + ". We want as many people as possible to be able to "
               "use it. You should be able to change colours, contrast levels and fonts, zoom in up to 400% without the "
               "text spilling off the screen, get around it using just a keyboard or speech recognition software, and "
               "listen to it using a screen reader.");
  h.Element("h2", {{"class", "govuk-heading-m"}}, "How accessible this website is");
  Paragraph(h, "The site is built with the GOV.UK Design System and is tested against the Web Content Accessibility "
               "Guidelines version 2.2 AA standard with automated checks on every change. Documents published by "
               "others and linked from here may not be fully accessible.");
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Reporting problems");
  Paragraph(h, "If you find a problem, or need information in a different format, contact the board's business unit "
               "using the details on the home page.");
  return CacheablePublicPage(ctx, PublicChrome(ctx, "Accessibility statement", ""), std::move(h));
}

Response ShowPublicPrivacy(Context& ctx) {
  Html h;
  Paragraph(h, "This site does not track you: it sets no analytics or advertising cookies and loads nothing from other "
               "sites. A form you fill in (asking for a training place) uses one cookie to protect the form, kept only "
               "while you use it.");
  Paragraph(h, "When you ask for a training place, the board keeps your name, work email, employer and your manager's "
               "email to run the course and count who trained. Names and emails are removed 3 years after the event; "
               "the counts stay.");
  return CacheablePublicPage(ctx, PublicChrome(ctx, "Privacy", ""), std::move(h));
}

}  // namespace safeboard::ui::pages
