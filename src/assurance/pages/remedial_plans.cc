// Remedial action plans (issue 16; constitution 4p-4q): every plan agreed with an agency with
// where it stands, agreeing one, and one plan's reviews and escalation to the Chair and the
// Director of Children's Services. Each open plan's next review is on the governance calendar.
#include "assurance/challenge_store.h"
#include "assurance/pages/challenge_shared.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "meetings/store.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace challenge_pages;
using http::Context;
using http::Response;

namespace {

assurance::RemedialPlan PlanOrNotFound(Context& ctx) {
  auto p = assurance::ChallengeStore(ctx.db).FindPlan(ctx.partnership_id(), ctx.Id("id"));
  if (!p) throw http::NotFound{};
  return *p;
}

Response RenderPlans(Context& ctx, const FormState& form, int status) {
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& p : assurance::ChallengeStore(ctx.db).Plans(ctx.partnership_id())) {
    Html standing;
    StatusTag(standing, assurance::StatusOf(assurance::StandingOf(p, today)));
    rows.push_back({LinkCell(PlanPath(ctx, p.id), p.agency_name), TextCell(core::FormatDateLong(p.agreed_on)),
                    TextCell(p.closed_on ? "" : core::FormatDateLong(p.review_due_on)), standing.Build()});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No remedial action plans.");
  else
    Table(h, "Remedial action plans", {"Agency", "Agreed", "Next review", "Where it stands"}, rows);
  DownloadLinks(h, PlansPath(ctx), "", "Download the plans");
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "agree-a-plan"}}, "Agree a remedial action plan");
    OpenForm(h, ctx, PlansPath(ctx), form);
    PlanFields(ctx, h, form, false);
    Button(h, "Record plan");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Remedial action plans", "Quality assurance",
                                 {{"Quality assurance", ctx.PartnershipPath("/assurance")}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

Response RenderPlan(Context& ctx, const assurance::RemedialPlan& p, const FormState& review_form,
                    const FormState& escalation_form, int status) {
  auto today = core::DateOf(ctx.clock.Now());
  auto date = [](const std::optional<core::Date>& d) { return d ? core::FormatDateLong(*d) : std::string("Not yet"); };
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  StatusTag(h, assurance::StatusOf(assurance::StandingOf(p, today)));
  h.Close("p");
  SummaryList(h, {{"Agency", p.agency_name},
                  {"Shortcomings", p.shortcomings},
                  {"The plan", p.plan},
                  {"Agreed", core::FormatDateLong(p.agreed_on)},
                  {"Next review", p.closed_on ? "None: closed on " + core::FormatDateLong(*p.closed_on)
                                              : core::FormatDateLong(p.review_due_on)},
                  {"Escalated to the Chair", date(p.escalated_on)},
                  {"Director of Children's Services consulted", date(p.dcs_consulted_on)},
                  {"Concerns explained to the agency", date(p.concerns_explained_on)}});
  if (p.agency_report_id) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, ReportPath(ctx, *p.agency_report_id), "The report that led to it");
    h.Close("p");
  }
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "reviews"}}, "Reviews");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& r : p.reviews)
    rows.push_back({TextCell(core::FormatDateLong(r.reviewed_on)),
                    TextCell(std::string(core::LabelOf(assurance::ReviewOutcomes(), r.outcome))), TextCell(r.impact)});
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "Not reviewed yet.");
  else
    Table(h, "Reviews of the plan", {"Reviewed", "Outcome", "Implementation and impact"}, rows);
  if (CanManage(ctx) && !p.closed_on) {
    int year = core::FinancialYearOf(today);
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "review"}}, "Record a review");
    OpenForm(h, ctx, PlanPath(ctx, p.id) + "/reviews", review_form);
    DateInput(h, review_form, "reviewed_on", "Reviewed");
    Select(h, review_form, "meeting_id", "At the meeting (optional)", assurance_pages::MeetingOptions(ctx, year), "Not at a meeting");
    Radios(h, review_form, "outcome", "Outcome", VocabularyOptions(assurance::ReviewOutcomes()));
    Textarea(h, review_form, "impact", "Implementation and impact seen", "", 3);
    DateInput(h, review_form, "next_review_on", "Next review (unless completed)");
    Button(h, "Record review", true);
    h.Close("form");
    FormState escalation = escalation_form;
    if (escalation.values.empty()) {
      if (p.escalated_on) escalation.values["escalated_on"] = core::FormatDate(*p.escalated_on);
      if (p.dcs_consulted_on) escalation.values["dcs_consulted_on"] = core::FormatDate(*p.dcs_consulted_on);
      if (p.concerns_explained_on) escalation.values["concerns_explained_on"] = core::FormatDate(*p.concerns_explained_on);
    }
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "escalation"}}, "Escalation");
    h.Element("p", {{"class", "govuk-body"}},
              "When the board is not convinced the planned action is enough, the Chair, in consultation with the "
              "Director of Children's Services, explains the concerns to the agency (constitution 4q).");
    OpenForm(h, ctx, PlanPath(ctx, p.id) + "/escalation", escalation);
    DateInput(h, escalation, "escalated_on", "Escalated to the Chair");
    DateInput(h, escalation, "dcs_consulted_on", "Director of Children's Services consulted (optional)");
    DateInput(h, escalation, "concerns_explained_on", "Concerns explained to the agency (optional)");
    Button(h, "Save escalation", true);
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Remedial action plan: " + p.agency_name, "Quality assurance",
                                 {{"Remedial action plans", PlansPath(ctx)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !review_form.errors.empty() || !escalation_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

std::vector<core::DueDate> RemedialPlanReviewsDue(storage::Connection& db, std::int64_t partnership_id) {
  std::vector<core::DueDate> out;
  for (const auto& p : assurance::ChallengeStore(db).Plans(partnership_id))
    if (auto due = assurance::NextReview(p)) out.push_back(*due);
  return out;
}

Response ListRemedialPlans(Context& ctx) { return RenderPlans(ctx, {}, 200); }

Response ExportRemedialPlans(Context& ctx) {
  auto today = core::DateOf(ctx.clock.Now());
  auto date = [](const std::optional<core::Date>& d) { return d ? core::FormatDate(*d) : std::string(); };
  TableRows rows;
  for (const auto& p : assurance::ChallengeStore(ctx.db).Plans(ctx.partnership_id()))
    rows.push_back({p.agency_name, p.shortcomings, p.plan, core::FormatDate(p.agreed_on),
                    p.closed_on ? "" : core::FormatDate(p.review_due_on), std::to_string(p.reviews.size()),
                    date(p.escalated_on), date(p.dcs_consulted_on), date(p.concerns_explained_on), date(p.closed_on),
                    std::string(core::LabelOf(assurance::PlanStandings(), assurance::StandingOf(p, today)))});
  return DownloadAsAsked(ctx.request, {"remedial-plans", "Remedial plans",
                                       {"Agency", "Shortcomings", "Plan", "Agreed", "Next review", "Reviews",
                                        "Escalated to the Chair", "DCS consulted", "Concerns explained", "Closed",
                                        "Where it stands"},
                                       rows});
}

Response AddRemedialPlan(Context& ctx) {
  assurance::ChallengeStore store(ctx.db);
  FormState form{Submitted(ctx), {}};
  assurance::RemedialPlan plan;
  form.errors = assurance::ReadRemedialPlan(form.values, AgencyIds(ctx), store.ReportIds(ctx.partnership_id()),
                                            core::DateOf(ctx.clock.Now()), plan);
  if (!form.errors.empty()) {
    if (plan.agency_report_id) return RenderReportWithPlanErrors(ctx, *plan.agency_report_id, form);
    return RenderPlans(ctx, form, 422);
  }
  storage::Transaction tx(ctx.db);
  auto id = store.AddPlan(ctx.partnership_id(), plan);
  ctx.Audit(auth::AuditAction::kCreate, "remedial-plan", id);
  tx.Commit();
  return http::Redirect(PlanPath(ctx, id) + "?done=plan-recorded");
}

Response ShowRemedialPlan(Context& ctx) { return RenderPlan(ctx, PlanOrNotFound(ctx), {}, {}, 200); }

Response AddPlanReview(Context& ctx) {
  auto plan = PlanOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  if (plan.closed_on) {
    form.errors.Add("reviewed_on", "This plan is closed");
    return RenderPlan(ctx, plan, form, {}, 409);
  }
  auto today = core::DateOf(ctx.clock.Now());
  assurance::PlanReview review;
  std::optional<core::Date> next;
  form.errors = assurance::ReadPlanReview(form.values, plan,
                                          assurance_pages::MeetingIds(ctx, core::FinancialYearOf(today)), today, review, next);
  if (!form.errors.empty()) return RenderPlan(ctx, plan, form, {}, 422);
  storage::Transaction tx(ctx.db);
  assurance::ChallengeStore(ctx.db).AddReview(ctx.partnership_id(), plan.id, review, next);
  ctx.Audit(auth::AuditAction::kReview, "remedial-plan", plan.id, std::string(core::CodeOf(assurance::ReviewOutcomes(), review.outcome)));
  tx.Commit();
  return http::Redirect(PlanPath(ctx, plan.id) + "?done=plan-reviewed");
}

Response SavePlanEscalation(Context& ctx) {
  auto plan = PlanOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  assurance::RemedialPlan escalated;
  form.errors = assurance::ReadEscalation(form.values, plan, core::DateOf(ctx.clock.Now()), escalated);
  if (!form.errors.empty()) return RenderPlan(ctx, plan, {}, form, 422);
  storage::Transaction tx(ctx.db);
  assurance::ChallengeStore(ctx.db).SaveEscalation(ctx.partnership_id(), escalated);
  ctx.Audit(auth::AuditAction::kUpdate, "remedial-plan", plan.id, "escalation");
  tx.Commit();
  return http::Redirect(PlanPath(ctx, plan.id) + "?done=plan-escalated");
}

}  // namespace safeboard::ui::pages
