// Communications (issue 18): the board's publications (leaflets, newsletters, the induction pack,
// annual reports, guidance) with audience, format and distribution, which of them the public site
// shows, and what the site's home page says. Members read it; the board team keeps it.
#include "core/date.h"
#include "publishing/pages/pages.h"
#include "publishing/store.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/pages/public_site.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {

constexpr const char* kNav = "Communications";

const AreaRegistration kPublishingArea{
    {{59, "Communications", "/communications"}},
    {{"publication-added", "Publication added"}, {"publication-withdrawn", "Withdrawn: it is off the public site"},
     {"site-saved", "The public site's words are saved"}, {"activity-added", "Activity recorded"}}};

struct CommunicationsForms {
  FormState publication, withdrawal, site, activity;
  std::int64_t withdrawal_for = 0;
};

std::string CommunicationsPath(const Context& ctx) { return ctx.PartnershipPath("/communications"); }
std::string WithdrawPrefix(std::int64_t id) { return "p" + std::to_string(id) + "-"; }

Response RenderCommunications(Context& ctx, const CommunicationsForms& forms, int status) {
  publishing::PublishingStore store(ctx.db);
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  ErrorSummary(h, Prefixed(forms.withdrawal, WithdrawPrefix(forms.withdrawal_for)).errors);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, PublicPath(ctx), "The board's public site");
  h.Close("p");
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "activities"}}, "Activities");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& a : store.Activities(ctx.partnership_id())) {
    Html what;
    what.Text(a.title);
    if (!a.details.empty()) what.Element("p", {{"class", "govuk-body-s"}}, a.details);
    Html outcome;
    outcome.Text(a.results);
    if (a.kind == publishing::ActivityKind::kMediaEnquiry) {
      outcome.Text((a.results.empty() ? "" : " ") + std::string("Responded by ") + a.responded_by + ". ");
      StatusTag(outcome, publishing::AnsweredWithoutTheDirector(a) ? core::Status{"Director not consulted", core::Tone::kBad}
                                                                   : core::Status{"Director consulted", core::Tone::kGood});
    }
    rows.push_back({TextCell(core::FormatDateLong(a.held_on)), TextCell(std::string(core::LabelOf(publishing::ActivityKinds(), a.kind))),
                    what.Build(), outcome.Build()});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No activities recorded yet.");
  else
    Table(h, "Communication activities, newest first", {"Day", "Kind", "What", "Results"}, rows);
  if (CanManage(ctx)) {
    h.Element("h3", {{"class", "govuk-heading-s"}}, "Record an activity");
    OpenForm(h, ctx, CommunicationsPath(ctx) + "/activities", forms.activity);
    Select(h, forms.activity, "kind", "Kind", VocabularyOptions(publishing::ActivityKinds()), "Choose a kind");
    TextInput(h, forms.activity, "title", "What it was about", {.width_class = "govuk-!-width-two-thirds"});
    DateInput(h, forms.activity, "held_on", "Day");
    Textarea(h, forms.activity, "details", "Details (optional)", "", 3);
    Textarea(h, forms.activity, "results", "Results (optional)", "A survey's findings, a campaign's reach", 3);
    TextInput(h, forms.activity, "responded_by", "Responded by (a media enquiry)", {.width_class = "govuk-!-width-one-half"});
    Checkbox(h, forms.activity, "dcs_consulted", "The Director of Children's Services was consulted (a media enquiry)");
    Button(h, "Record activity", true);
    h.Close("form");
  }
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "publications"}}, "Publications");
  auto publications = store.Publications(ctx.partnership_id());
  for (const auto& p : publications) {
    h.Element("h3", {{"class", "govuk-heading-s"}}, p.title);
    std::string site = publishing::OnPublicSite(p, today) ? "On the public site"
                       : p.withdrawn_on                   ? "Withdrawn on " + core::FormatDateLong(*p.withdrawn_on)
                       : p.on_public_site                 ? "On the public site from its day of publication"
                                                          : "Not on the public site";
    SummaryList(h, {{"Kind", std::string(core::LabelOf(publishing::PublicationKinds(), p.kind))},
                    {"Audience", p.audience.empty() ? "Not recorded" : p.audience},
                    {"Format", p.format.empty() ? "Not recorded" : p.format},
                    {"Distribution", p.distribution.empty() ? "Not recorded" : p.distribution},
                    {"Published", p.published_on ? core::FormatDateLong(*p.published_on) : "Not yet"},
                    {"Public site", site}});
    if (CanManage(ctx) && !p.withdrawn_on && p.published_on) {
      auto prefix = WithdrawPrefix(p.id);
      FormState shown = Prefixed(forms.withdrawal_for == p.id ? forms.withdrawal : FormState{}, prefix);
      FormState without_summary{shown.values, {}};
      OpenForm(h, ctx, CommunicationsPath(ctx) + "/publications/" + std::to_string(p.id) + "/withdraw", without_summary);
      DateInput(h, shown, prefix + "withdrawn_on", "Withdrawn on");
      Button(h, "Withdraw " + p.title, true);
      h.Close("form");
    }
  }
  if (publications.empty()) h.Element("p", {{"class", "govuk-body"}}, "No publications recorded yet.");
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add"}}, "Add a publication");
    OpenForm(h, ctx, CommunicationsPath(ctx) + "/publications", forms.publication);
    TextInput(h, forms.publication, "title", "Title", {.width_class = "govuk-!-width-two-thirds"});
    Select(h, forms.publication, "kind", "Kind", VocabularyOptions(publishing::PublicationKinds()), "Choose a kind");
    TextInput(h, forms.publication, "audience", "Audience (optional)", {.width_class = "govuk-!-width-one-half"});
    TextInput(h, forms.publication, "format", "Format (optional)", {.width_class = "govuk-!-width-one-half"});
    Textarea(h, forms.publication, "distribution", "Distribution (optional)", "How it reaches its audience", 2);
    FormattedTextarea(h, forms.publication, "summary", "Summary (optional)", "", 4);
    TextInput(h, forms.publication, "url", "Where it can be read (optional)",
              {.hint = "The address, starting https://", .width_class = "govuk-!-width-two-thirds"});
    DateInput(h, forms.publication, "published_on", "Published on (optional)");
    Checkbox(h, forms.publication, "on_public_site", "Show it on the public site from the day published");
    Button(h, "Add publication");
    h.Close("form");
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "site"}}, "What the public site says");
    FormState site = forms.site;
    if (site.values.empty())
      if (auto settings = store.Settings(ctx.partnership_id()))
        site.values = {{"about", settings->about}, {"who_to_call", settings->who_to_call}};
    OpenForm(h, ctx, CommunicationsPath(ctx) + "/site", site);
    FormattedTextarea(h, site, "about", "About the board", "On the home page", 6);
    FormattedTextarea(h, site, "who_to_call", "Who to call about a child",
                      "The local numbers: children's social care, out of hours, the police's non-emergency number", 6);
    Button(h, "Save the site's words", true);
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Communications and publications", kNav, {});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.publication.errors.empty() || !forms.withdrawal.errors.empty() || !forms.site.errors.empty() ||
                      !forms.activity.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowCommunications(Context& ctx) { return RenderCommunications(ctx, {}, 200); }

Response AddPublication(Context& ctx) {
  CommunicationsForms forms;
  forms.publication = {Submitted(ctx), {}};
  publishing::Publication publication;
  forms.publication.errors = publishing::ReadPublication(forms.publication.values, publication);
  if (!forms.publication.errors.empty()) return RenderCommunications(ctx, forms, 422);
  storage::Transaction tx(ctx.db);
  auto id = publishing::PublishingStore(ctx.db).AddPublication(ctx.partnership_id(), publication);
  ctx.Audit(auth::AuditAction::kCreate, "publication", id);
  tx.Commit();
  return http::Redirect(CommunicationsPath(ctx) + "?done=publication-added");
}

Response WithdrawPublication(Context& ctx) {
  publishing::PublishingStore store(ctx.db);
  auto p = store.FindPublication(ctx.partnership_id(), ctx.Id("id"));
  if (!p) throw http::NotFound{};
  CommunicationsForms forms;
  forms.withdrawal_for = p->id;
  forms.withdrawal.values = Unprefixed(ctx, WithdrawPrefix(p->id));
  core::Date on;
  forms.withdrawal.errors = publishing::ReadWithdrawal(forms.withdrawal.values, *p, core::DateOf(ctx.clock.Now()), on);
  if (!forms.withdrawal.errors.empty()) return RenderCommunications(ctx, forms, 422);
  storage::Transaction tx(ctx.db);
  store.SaveWithdrawal(ctx.partnership_id(), p->id, on);
  ctx.Audit(auth::AuditAction::kEnd, "publication", p->id, "withdrawn");
  tx.Commit();
  return http::Redirect(CommunicationsPath(ctx) + "?done=publication-withdrawn");
}

Response AddCommunicationActivity(Context& ctx) {
  CommunicationsForms forms;
  forms.activity = {Submitted(ctx), {}};
  publishing::Activity activity;
  forms.activity.errors = publishing::ReadActivity(forms.activity.values, core::DateOf(ctx.clock.Now()), activity);
  if (!forms.activity.errors.empty()) return RenderCommunications(ctx, forms, 422);
  storage::Transaction tx(ctx.db);
  auto id = publishing::PublishingStore(ctx.db).AddActivity(ctx.partnership_id(), activity);
  ctx.Audit(auth::AuditAction::kCreate, "communication-activity", id);
  tx.Commit();
  return http::Redirect(CommunicationsPath(ctx) + "?done=activity-added#activities");
}

Response SaveSiteSettings(Context& ctx) {
  CommunicationsForms forms;
  forms.site = {Submitted(ctx), {}};
  publishing::SiteSettings settings;
  forms.site.errors = publishing::ReadSiteSettings(forms.site.values, settings);
  if (!forms.site.errors.empty()) return RenderCommunications(ctx, forms, 422);
  storage::Transaction tx(ctx.db);
  publishing::PublishingStore(ctx.db).SaveSettings(ctx.partnership_id(), settings);
  ctx.Audit(auth::AuditAction::kUpdate, "public-site", ctx.partnership_id());
  tx.Commit();
  return http::Redirect(CommunicationsPath(ctx) + "?done=site-saved");
}

}  // namespace safeboard::ui::pages
