// One Section 11 round (issue 16): the return rate and lateness, gaps and actions, progress on
// the previous round's actions, each standard compared with the previous round, every return
// with where it stands; adding a return; the round as CSV and Excel.
#include "assurance/pages/section11_pages.h"
#include "assurance/pages/section11_shared.h"
#include "assurance/section11_store.h"
#include "assurance/store.h"
#include "core/date.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace section11_pages;
using http::Context;
using http::Response;

namespace {

struct RoundView {
  assurance::Section11Round round;
  assurance::Section11Template tmpl;
  std::vector<assurance::ReturnRecord> records;
  std::optional<assurance::Section11Round> previous;
  std::optional<assurance::Section11Template> previous_template;
  std::vector<assurance::ReturnRecord> previous_records;
};

RoundView ReadRound(Context& ctx, std::int64_t id) {
  assurance::Section11Store store(ctx.db);
  RoundView v{RoundOrNotFound(ctx, id)};
  v.tmpl = TemplateOrNotFound(ctx, v.round.template_id);
  v.records = store.RecordsOf(ctx.partnership_id(), v.round.id);
  v.previous = store.PreviousRound(ctx.partnership_id(), v.round);
  if (v.previous) {
    v.previous_template = store.FindTemplate(ctx.partnership_id(), v.previous->template_id);
    v.previous_records = store.RecordsOf(ctx.partnership_id(), v.previous->id);
  }
  return v;
}

std::string Percent(int part, int whole) {
  if (whole == 0) return "";
  return " (" + std::to_string((part * 100 + whole / 2) / whole) + "%)";
}

void RenderFigures(Context& ctx, Html& h, const RoundView& v, const core::Date& today) {
  auto f = assurance::CountRound(v.records, v.round.returns_due_on, today);
  std::vector<std::pair<std::string, std::string>> rows = {
      {"Standards", TemplateLabel(v.tmpl)},
      {"Opened", core::FormatDateLong(v.round.opens_on)},
      {"Returns due", core::FormatDateLong(v.round.returns_due_on)},
      {"Challenge group", v.round.challenge_group_name.empty() ? "The board team" : v.round.challenge_group_name},
      {"Returns submitted", std::to_string(f.submitted) + " of " + std::to_string(f.returns) + Percent(f.submitted, f.returns)},
      {"Submitted late", std::to_string(f.submitted_late)},
      {"Overdue", std::to_string(f.overdue)},
      {"Gaps (standards not met)", std::to_string(f.gaps) + (f.gaps_without_action
                                                                 ? ", " + std::to_string(f.gaps_without_action) + " with no action yet"
                                                                 : "")},
      {"Actions completed", std::to_string(f.actions_completed) + " of " + std::to_string(f.actions)}};
  if (v.previous) {
    auto progress = assurance::ProgressOnPreviousActions(v.previous_records, v.records, today);
    rows.push_back({"Progress on the previous round's actions",
                    progress.agencies_with_actions == 0
                        ? "No agency had actions in " + v.previous->title
                        : std::to_string(progress.satisfactory) + " of " + std::to_string(progress.agencies_with_actions) +
                              " agencies with actions in " + v.previous->title + " completed them all" +
                              (progress.Most() ? ": most made satisfactory progress" : ": most did not")});
  }
  SummaryList(h, rows);
  if (v.round.planned_audit_id)
    if (auto audit = assurance::AssuranceStore(ctx.db).FindAudit(ctx.partnership_id(), *v.round.planned_audit_id)) {
      h.Open("p", {{"class", "govuk-body"}});
      h.Text("Carries out ");
      Link(h, ctx.PartnershipPath("/assurance/audits/" + std::to_string(audit->id)), audit->title);
      h.Text(" in the audit programme.");
      h.Close("p");
    }
}

void RenderComparison(Html& h, const RoundView& v) {
  auto comparison = assurance::CompareRounds(v.tmpl, v.records, v.previous_template ? &*v.previous_template : nullptr,
                                             v.previous_records);
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& c : comparison) {
    auto met = [](int m, int n) { return n == 0 ? std::string("Not asked") : std::to_string(m) + " of " + std::to_string(n); };
    std::string change = "";
    if (c.returns_before && c.returns_now) {
      // Compare shares, not counts: the rounds may ask different numbers of agencies.
      long now = static_cast<long>(c.met_now) * c.returns_before, before = static_cast<long>(c.met_before) * c.returns_now;
      change = now > before ? "Improved" : now < before ? "Fewer met" : "No change";
    }
    rows.push_back({TextCell(c.reference), TextCell(c.title), TextCell(met(c.met_before, c.returns_before)),
                    TextCell(met(c.met_now, c.returns_now)), TextCell(change)});
  }
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "standards"}}, "Standards met, compared with the previous round");
  Table(h, v.previous ? "Submitted returns meeting each standard: " + v.previous->title + " and this round"
                      : "Submitted returns meeting each standard (there is no previous round)",
        {"Reference", "Standard", "Previous round", "This round", "Change"}, rows);
}

void RenderReturns(Context& ctx, Html& h, const RoundView& v, const core::Date& today) {
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& r : v.records) {
    Html standing;
    StatusTag(standing, assurance::StatusOf(assurance::StandingOf(r.ret, r.answers, v.round.returns_due_on, today)));
    int gaps = 0, open_actions = 0;
    if (r.ret.submitted_on)
      for (const auto& a : r.answers) gaps += assurance::IsGap(a);
    for (const auto& a : r.actions) open_actions += !a.completed_on;
    rows.push_back({LinkCell(ReturnPath(ctx, r.ret.id), r.ret.agency_name),
                    TextCell(r.ret.lead_name.empty() ? "No lead yet" : r.ret.lead_name), standing.Build(),
                    TextCell(r.ret.submitted_on ? core::FormatDateLong(*r.ret.submitted_on) : ""),
                    TextCell(std::to_string(gaps)), TextCell(std::to_string(open_actions))});
  }
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "returns"}}, "Returns");
  Table(h, "Agencies' returns", {"Agency", "Lead", "Where it stands", "Submitted", "Gaps", "Open actions"}, rows);
}

void RenderAddReturn(Context& ctx, Html& h, const RoundView& v, const FormState& form) {
  Options agencies;
  for (const auto& a : StatutoryAgencies(ctx, core::DateOf(ctx.clock.Now()))) {
    bool asked = false;
    for (const auto& r : v.records) asked = asked || r.ret.agency_id == a.id;
    if (!asked) agencies.emplace_back(std::to_string(a.id), a.name);
  }
  if (agencies.empty() && form.errors.empty()) return;
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add-a-return"}}, "Ask another statutory partner");
  OpenForm(h, ctx, RoundPath(ctx, v.round.id) + "/returns", form);
  Select(h, form, "agency_id", "Agency", agencies, "Choose an agency");
  Button(h, "Ask for a return", true);
  h.Close("form");
}

Response RenderRound(Context& ctx, std::int64_t id, const FormState& form, int status) {
  auto v = ReadRound(ctx, id);
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  RenderFigures(ctx, h, v, today);
  RenderReturns(ctx, h, v, today);
  RenderComparison(h, v);
  DownloadLinks(h, RoundPath(ctx, id), "", "Download the round");
  if (CanManage(ctx)) RenderAddReturn(ctx, h, v, form);
  auto chrome = ChromeWithCrumbs(ctx, v.round.title, "Quality assurance",
                                 {{"Quality assurance", ctx.PartnershipPath("/assurance")}, {"Section 11", RoundsPath(ctx)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

// One row per return and standard: the agency's grade, the challenge, the agreed grade and the
// standard's actions.
TableRows RoundRows(Context& ctx, const RoundView& v) {
  auto today = core::DateOf(ctx.clock.Now());
  TableRows rows;
  for (const auto& r : v.records) {
    std::string standing(core::LabelOf(assurance::ReturnStandings(),
                                       assurance::StandingOf(r.ret, r.answers, v.round.returns_due_on, today)));
    for (const auto& s : v.tmpl.standards) {
      assurance::Section11Answer answer{s.id};
      for (const auto& a : r.answers)
        if (a.standard_id == s.id) answer = a;
      int actions = 0, completed = 0;
      for (const auto& a : r.actions)
        if (a.standard_id == s.id) actions++, completed += a.completed_on.has_value();
      rows.push_back({r.ret.agency_name, standing, r.ret.submitted_on ? core::FormatDate(*r.ret.submitted_on) : "",
                      s.reference, s.title, assurance::GradeLabel(v.tmpl, answer.grade),
                      answer.challenge ? std::string(core::LabelOf(assurance::ChallengeOutcomes(), *answer.challenge)) : "",
                      assurance::GradeLabel(v.tmpl, assurance::AgreedGrade(answer)), answer.challenge_reason,
                      std::to_string(actions), std::to_string(completed)});
    }
  }
  return rows;
}

const std::vector<std::string> kRoundHeadings = {"Agency", "Return", "Submitted", "Reference", "Standard", "Agency's grade",
                                                 "Challenge", "Agreed grade", "Why changed", "Actions", "Actions completed"};

}  // namespace

Response ShowSection11Round(Context& ctx) { return RenderRound(ctx, ctx.Id("id"), {}, 200); }

Response ExportSection11Round(Context& ctx) {
  auto v = ReadRound(ctx, ctx.Id("id"));
  return DownloadAsAsked(ctx.request, {"section-11-round-" + std::to_string(v.round.id), "Section 11", kRoundHeadings,
                                       RoundRows(ctx, v)});
}

Response AddSection11Return(Context& ctx) {
  auto round = RoundOrNotFound(ctx, ctx.Id("id"));
  assurance::Section11Store store(ctx.db);
  FormState form{Submitted(ctx), {}};
  std::vector<std::int64_t> in_round;
  for (const auto& r : store.ReturnsOf(ctx.partnership_id(), round.id)) in_round.push_back(r.agency_id);
  assurance::Section11Return ret;
  auto agency = core::Trim(core::ValueOf(form.values, "agency_id"));
  auto statutory = StatutoryAgencyIds(ctx);
  std::vector<std::int64_t> people;
  for (auto id : statutory)
    if (std::to_string(id) == agency) people = PeopleIdsOf(ctx, id);
  form.errors = assurance::ReadReturnAgency(form.values, statutory, in_round, people, ret);
  if (!form.errors.empty()) return RenderRound(ctx, round.id, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = store.StartReturn(ctx.partnership_id(), round, TemplateOrNotFound(ctx, round.template_id), ret);
  ctx.Audit(auth::AuditAction::kCreate, "section11-return", id);
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, id) + "?done=return-added");
}

}  // namespace safeboard::ui::pages
