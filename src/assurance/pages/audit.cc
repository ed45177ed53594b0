// One planned audit (issue 16): what it is, where it stands, its report and findings; the board
// team edits it and records the report.
#include <algorithm>

#include "assurance/assurance.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "assurance/store.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "learning/pages/shared.h"
#include "meetings/store.h"

namespace safeboard::ui::pages {

using namespace assurance_pages;
using http::Context;
using http::Response;

namespace {

assurance::PlannedAudit AuditOrNotFound(Context& ctx) {
  auto audit = assurance::AssuranceStore(ctx.db).FindAudit(ctx.partnership_id(), ctx.Id("id"));
  if (!audit) throw http::NotFound{};
  return *audit;
}

// The financial year the audit's programme is for.
int YearOf(Context& ctx, const assurance::PlannedAudit& audit) {
  return assurance::AssuranceStore(ctx.db).YearOfProgramme(ctx.partnership_id(), audit.programme_id)
      .value_or(core::FinancialYearOf(audit.starts_on));
}

// RULE: issue 16 - learning from an audit is raised by its lead group (not lay members) or the
// board team.
bool MayRaiseLearning(const Context& ctx, const assurance::PlannedAudit& audit) {
  if (CanManage(ctx)) return true;
  if (!audit.lead_group_id || ctx.role < auth::Role::kMember) return false;
  const auto& groups = ctx.access.groups;
  return std::find(groups.begin(), groups.end(), *audit.lead_group_id) != groups.end();
}

Response RenderAudit(Context& ctx, const assurance::PlannedAudit& audit, const FormState& form, int status,
                     const FormState& learning_form = {}) {
  int year = YearOf(ctx, audit);
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  std::vector<std::pair<std::string, std::string>> summary = {
      {"Kind", std::string(core::LabelOf(assurance::AuditKinds(), audit.kind))},
      {"Where it stands", std::string(core::LabelOf(assurance::AuditStandings(), assurance::StandingOn(audit, today)))},
      {"Programme", core::FinancialYearLabel(year)},
      {"Lead group", audit.lead_group_name.empty() ? "None" : audit.lead_group_name},
      {"Themes", audit.themes.empty() ? "None recorded" : audit.themes},
      {"Starts", core::FormatDateLong(audit.starts_on)},
      {"Report due", core::FormatDateLong(audit.report_due_on)},
      {"Reported", audit.reported_on ? core::FormatDateLong(*audit.reported_on) : "Not yet"}};
  SummaryList(h, summary);
  if (audit.reported_at_meeting_id)
    if (auto m = meetings::MeetingStore(ctx.db).FindMeeting(ctx.partnership_id(), *audit.reported_at_meeting_id)) {
      h.Open("p", {{"class", "govuk-body"}});
      h.Text("Reported to ");
      Link(h, ctx.PartnershipPath("/meetings/" + std::to_string(m->id)), "the meeting of " + core::FormatDateLong(m->meets_on));
      h.Close("p");
    }
  // Where the audit came from and where it led (issue 16's links).
  assurance::AssuranceStore store(ctx.db);
  if (audit.follows_audit_id)
    if (auto earlier = store.FindAudit(ctx.partnership_id(), *audit.follows_audit_id)) {
      h.Open("p", {{"class", "govuk-body"}});
      h.Text("Follows up ");
      Link(h, AuditPath(ctx, earlier->id), earlier->title);
      h.Close("p");
    }
  for (const auto& later : store.FollowUpsOf(ctx.partnership_id(), audit.id)) {
    h.Open("p", {{"class", "govuk-body"}});
    h.Text("Followed up by ");
    Link(h, AuditPath(ctx, later.id), later.title);
    h.Close("p");
  }
  if (!audit.findings.empty()) {
    h.Element("h2", {{"class", "govuk-heading-m"}}, "Findings");
    h.Append(TrustedHtml::FromMarkdown(audit.findings, 2));
  }
  learning_pages::RenderReferralsFrom(ctx, h, learning::ReferralSource::kPlannedAudit, audit.id, learning_form,
                                      AuditPath(ctx, audit.id) + "/referrals", MayRaiseLearning(ctx, audit));
  if (CanManage(ctx)) {
    FormState editing = form;
    if (editing.values.empty()) editing.values = AuditValues(audit);
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "edit"}}, "Change the audit or record its report");
    OpenForm(h, ctx, AuditPath(ctx, audit.id), editing);
    PlannedAuditFields(ctx, h, editing, year, true);
    Button(h, "Save audit");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, audit.title, "Quality assurance",
                                 {{"Audit programme " + core::FinancialYearLabel(year), ProgrammePath(ctx, year)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty() || !learning_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response RaiseAuditLearning(Context& ctx) {
  auto audit = AuditOrNotFound(ctx);
  if (!MayRaiseLearning(ctx, audit)) return ErrorPage(ctx, 403);
  auto form = learning_pages::RaiseReferral(ctx, learning::ReferralSource::kPlannedAudit, audit.id, audit.title);
  if (!form.errors.empty()) return RenderAudit(ctx, audit, {}, 422, form);
  return http::Redirect(AuditPath(ctx, audit.id) + "?done=referral-raised#learning");
}

Response ShowPlannedAudit(Context& ctx) { return RenderAudit(ctx, AuditOrNotFound(ctx), {}, 200); }

Response SavePlannedAudit(Context& ctx) {
  auto stored = AuditOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  assurance::PlannedAudit audit;
  audit.id = stored.id;
  form.errors = assurance::ReadPlannedAudit(form.values, GroupIds(ctx), MeetingIds(ctx, YearOf(ctx, stored)), AuditIds(ctx), audit);
  if (!form.errors.empty()) return RenderAudit(ctx, stored, form, 422);
  audit.programme_id = stored.programme_id;
  storage::Transaction tx(ctx.db);
  assurance::AssuranceStore(ctx.db).UpdateAudit(ctx.partnership_id(), audit);
  ctx.Audit(auth::AuditAction::kUpdate, "planned-audit", audit.id);
  tx.Commit();
  return http::Redirect(AuditPath(ctx, audit.id) + "?done=audit-saved");
}

}  // namespace safeboard::ui::pages
