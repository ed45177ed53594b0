// The pages every footer links to: help (with how to format text), the accessibility
// statement, the privacy notice and contact. Public: they read the same signed in or out, except
// that contact names the signed-in user's board teams.
#include "accounts/pages/pages.h"
#include "auth/accounts.h"
#include "governance/store.h"
#include "mail/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {

void Paragraph(Html& h, const std::string& text) { h.Element("p", {{"class", "govuk-body"}}, text); }
void Heading(Html& h, const std::string& id, const std::string& text) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", id}}, text);
}
void Bullets(Html& h, std::initializer_list<std::string> items) {
  h.Open("ul", {{"class", "govuk-list govuk-list--bullet"}});
  for (const auto& item : items) h.Element("li", item);
  h.Close("ul");
}

}  // namespace

Response ShowHelp(Context& ctx) {
  Html h;
  h.Open("div", {{"class", "app-prose"}});
  Paragraph(h, "safeboard keeps a safeguarding children partnership's business: its agencies, people and "
               "groups, meetings and minutes, the business plan, performance data, child death reviews and "
               "case reviews.");
  Heading(h, "getting-around", "Getting around");
  Bullets(h, {"After you sign in you see your dashboard: your next meetings, papers due, your actions and, for "
              "the board team, what needs attention across the partnership.",
              "The menu under the header opens each area you may use. On a phone, press Menu to open it.",
              "A meeting has a page for each task: agenda and papers, attendance, decisions and actions, and "
              "minutes. Links at the top go to the group's previous and next meetings.",
              "Tables wider than your screen scroll sideways inside their own box."});
  Heading(h, "formatting", "How to format text");
  Paragraph(h, "Boxes for longer text (minutes, terms of reference, plan priorities) keep simple formatting. "
               "Type these marks; everything else is shown exactly as typed.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& [mark, example, result] :
       {std::tuple{"A heading", "# Membership", "A heading reading Membership"},
        std::tuple{"A numbered list", "1. First priority\n2. Second priority", "A list numbered 1, 2"},
        std::tuple{"A bulleted list", "- Police\n- Health", "A list with bullets"},
        std::tuple{"Bold", "**agreed**", "agreed, in bold"},
        std::tuple{"A new paragraph", "Leave an empty line between paragraphs", "Two paragraphs"}}) {
    Html code;
    code.Element("code", example);
    rows.push_back({TextCell(mark), code.Build(), TextCell(result)});
  }
  Table(h, "Formatting marks", {"To get", "Type", "Shows as"}, rows);
  Paragraph(h, "Web pages, scripts and images typed into text are not shown: only the marks above format it.");
  Heading(h, "more-help", "More help");
  Paragraph(h, "Your board's business manager runs safeboard for your partnership: ask them about your "
               "access, your groups or a record that looks wrong.");
  h.Close("div");
  return Page(ctx, Chrome(ctx, "Help"), std::move(h));
}

Response ShowAccessibilityStatement(Context& ctx) {
  Html h;
  h.Open("div", {{"class", "app-prose"}});
  Paragraph(h, "This statement covers safeboard, the information system of a safeguarding children "
               "partnership, and the public pages it serves.");
  Heading(h, "how-accessible", "How accessible it is");
  Paragraph(h, "safeboard is built to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. "
               "It uses the GOV.UK Design System's components, which are tested with assistive technology. "
               "You should be able to:");
  Bullets(h, {"use every page with a keyboard alone", "zoom text to 400% without losing content",
              "use it on a phone 320 pixels wide without scrolling sideways",
              "use it with a screen reader (its pages have headings, labels and landmarks)",
              "print any page without the menus and forms"});
  Heading(h, "testing", "How it is tested");
  Paragraph(h, "Every release is checked in a real browser by automated tests that run axe-core against WCAG "
               "2.0, 2.1 and 2.2 A and AA rules on each page of its user stories, at desktop width and at "
               "375 pixels, and that check no page scrolls sideways.");
  Heading(h, "known-issues", "What is not yet accessible");
  Bullets(h, {"Papers uploaded by members (PDF, Word, Excel) are as accessible as their authors made them.",
              "Indicator charts are images of the data: the same figures are always in a table below them."});
  Heading(h, "report", "Reporting a problem");
  Paragraph(h, "If something in safeboard is hard to use, tell your board's business manager (see Contact). "
               "If you are not happy with the reply, contact the Equality Advisory and Support Service (EASS).");
  h.Close("div");
  return Page(ctx, Chrome(ctx, "Accessibility statement"), std::move(h));
}

Response ShowPrivacyNotice(Context& ctx) {
  Html h;
  h.Open("div", {{"class", "app-prose"}});
  Paragraph(h, "Each partnership that uses safeboard is the controller of the personal data it keeps in it. "
               "The partnership keeps only what its work needs.");
  Heading(h, "what", "What is kept, and why");
  Bullets(h, {"Members and staff of partner agencies: name, job title, agency, work email and the groups they "
              "belong to, to run the board's meetings and business.",
              "Attendance at meetings, apologies and deputies, which the board reports on every year.",
              "Child death and case review records: restricted to their panels; every view is logged.",
              "A log of who changed or viewed records, which cannot be changed or deleted."});
  Heading(h, "how-long", "How long it is kept");
  Bullets(h, {"A session ends after " + std::to_string(auth::kSessionLifetime.count()) +
                  " hours, or when you sign out.",
              "A failed sign-in is kept " + std::to_string(auth::kFailureRetention.count()) +
                  " hours, to slow password guessing.",
              "A browser that signed in is remembered " + std::to_string(auth::kKnownBrowserLifetime.count()) +
                  " days, so others' failed attempts never lock you out.",
              "An invitation link works for " + std::to_string(auth::kInvitationLifetime.count()) + " days.",
              "An email safeboard sent is kept " + std::to_string(mail::kMessageRetention.count()) +
                  " days after it was sent, then deleted. Emails carry no case details.",
              "The board's own records (minutes, decisions, attendance) are kept as its retention schedule "
              "says; a person who leaves is marked as ended, so past minutes stay true."});
  Heading(h, "cookies", "Cookies");
  Paragraph(h, "safeboard sets two cookies, both needed for it to work: your session while you are signed in, "
               "and one that remembers a browser that signed in before. There is no tracking, analytics or "
               "advertising, and no content comes from other websites.");
  Heading(h, "rights", "Your rights");
  Paragraph(h, "You can ask your partnership's business manager for the personal data it keeps about you, and "
               "ask for it to be corrected. You can complain to the Information Commissioner's Office.");
  h.Close("div");
  return Page(ctx, Chrome(ctx, "Privacy notice"), std::move(h));
}

Response ShowContact(Context& ctx) {
  Html h;
  h.Open("div", {{"class", "app-prose"}});
  Paragraph(h, "If a child is in immediate danger, call 999. For any other worry about a child, contact your "
               "local council's children's services.");
  if (!ctx.session) {
    Paragraph(h, "For anything about safeboard, contact your board's business manager. Sign in to see your "
                 "board team's details.");
    h.Close("div");
    return Page(ctx, Chrome(ctx, "Contact"), std::move(h));
  }
  governance::GovernanceStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  for (const auto& p : store.PartnershipsOfUser(ctx.session->user.id, ctx.session->user.is_admin)) {
    Heading(h, "board-team-" + p.slug, p.name);
    auto team = governance::BoardTeamOn(store.ListMemberships(p.id), today);
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& person : store.ListPeople(p.id)) {
      if (!team.count(person.id) || person.ended_on) continue;
      rows.push_back({TextCell(person.full_name), TextCell(person.job_title),
                      person.email.empty() ? TextCell("") : LinkCell("mailto:" + person.email, person.email)});
    }
    if (rows.empty())
      Paragraph(h, "No board team is recorded for this partnership yet.");
    else
      Table(h, "", {"Board team", "Role", "Email"}, rows);
  }
  h.Close("div");
  return Page(ctx, Chrome(ctx, "Contact"), std::move(h));
}

}  // namespace safeboard::ui::pages
