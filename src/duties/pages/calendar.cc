// The governance calendar: what is due and overdue, the dates it counts from, and disputes.
#include "duties/pages/pages.h"

#include <algorithm>

#include "duties/store.h"
#include "governance/governance.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {
namespace {

// The board team's panel on the dashboard (issue 15): duties due in the next 30 days.
void DutiesPanel(http::Context& ctx, Html& h) {
  if (CanManage(ctx)) DutiesDueSummary(ctx, h);
}

const AreaRegistration kDutiesArea{
    {{45, "Governance calendar", "/governance-calendar"}},
    {{"dates-saved", "Dates saved"}, {"dispute-raised", "Dispute raised"}, {"dispute-saved", "Dispute saved"}},
    {{60, DutiesPanel}}};

using http::Context;
using http::Response;

std::string Path(const Context& ctx) { return ctx.PartnershipPath("/governance-calendar"); }

// The constitution's duties and every area's registered deadlines (issue 16), soonest first.
std::vector<duties::Duty> AllDuties(Context& ctx) {
  std::vector<core::DueDate> more;
  for (auto source : CalendarSources())
    for (auto& d : source(ctx.db, ctx.partnership_id())) more.push_back(std::move(d));
  return duties::Duties(duties::DutyStore(ctx.db).Inputs(ctx.partnership_id()), core::DateOf(ctx.clock.Now()), more);
}

std::vector<std::vector<TrustedHtml>> DutyRows(const std::vector<duties::Duty>& list, bool due_only) {
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& d : list) {
    if (due_only && d.status == duties::DutyStatus::kLater) continue;
    Html status;
    StatusTag(status, duties::StatusOf(d.status));
    rows.push_back({TextCell(d.what), TextCell(core::FormatDateLong(d.due)), status.Build(),
                    TextCell(d.rule)});
  }
  return rows;
}

std::string DateText(const std::optional<core::Date>& d) { return d ? core::FormatDate(*d) : ""; }

// The whole calendar for a spreadsheet (issue 15): dates as YYYY-MM-DD so they sort.
TableRows CalendarRows(Context& ctx) {
  TableRows rows;
  for (const auto& d : AllDuties(ctx))
    rows.push_back({d.what, core::FormatDate(d.due), duties::StatusOf(d.status).label, d.rule});
  return rows;
}
const std::vector<std::string> kCalendarHeadings = {"Duty", "Due", "Status", "Rule"};

Response RenderCalendar(Context& ctx, const FormState& form, int status) {
  duties::DutyStore store(ctx.db);
  auto inputs = store.Inputs(ctx.partnership_id());
  auto list = AllDuties(ctx);
  Html h;
  ErrorSummary(h, form.errors);
  Table(h, "", {"Duty", "Due", "Status", "Rule"}, DutyRows(list, false));
  h.Open("p", {{"class", "govuk-body"}});
  h.Text("Download the calendar: ");
  Link(h, Path(ctx) + ".xlsx", "spreadsheet (Excel)");
  h.Text(" or ");
  Link(h, Path(ctx) + ".csv", "CSV");
  h.Close("p");
  if (CanManage(ctx)) {
    FormState dates = form;
    if (dates.values.empty())
      dates.values = {{"constitution_reviewed_on", DateText(inputs.constitution_reviewed_on)},
                      {"chair_appointment_reviewed_on", DateText(inputs.chair_appointment_reviewed_on)},
                      {"lead_member_met_chair_on", DateText(inputs.lead_member_met_chair_on)}};
    h.Element("h2", {{"class", "govuk-heading-m"}}, "Record what was done");
    h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/governance-dates")},
                    {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    DateInput(h, dates, "constitution_reviewed_on", "Constitution last reviewed");
    DateInput(h, dates, "chair_appointment_reviewed_on", "Independent Chair's appointment last reviewed");
    DateInput(h, dates, "lead_member_met_chair_on", "Lead Member last met the Independent Chair");
    Button(h, "Save dates");
    h.Close("form");
    h.Element("h2", {{"class", "govuk-heading-m"}}, "Disputes between partners");
    for (const auto& d : inputs.disputes) {
      FormState dispute;
      dispute.values = {{"convened_on", DateText(d.convened_on)}, {"met_on", DateText(d.met_on)},
                        {"mediator_agreed_on", DateText(d.mediator_agreed_on)}};
      h.Element("h3", {{"class", "govuk-heading-s"}}, d.summary + " (raised " + core::FormatDateLong(d.raised_on) + ")");
      h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/disputes/" + std::to_string(d.id))},
                      {"novalidate", "novalidate"}});
      CsrfField(h, ctx.csrf_token);
      DateInput(h, dispute, "convened_on", "Convened on");
      DateInput(h, dispute, "met_on", "Met on");
      DateInput(h, dispute, "mediator_agreed_on", "Mediator agreed on");
      Button(h, "Save dispute", true);
      h.Close("form");
    }
    h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/disputes")}, {"novalidate", "novalidate"}});
    CsrfField(h, ctx.csrf_token);
    TextInput(h, form, "summary", "Raise a dispute", {.hint = "What the partners disagree about",
                                                       .width_class = "govuk-!-width-two-thirds"});
    DateInput(h, form, "raised_on", "Date raised");
    Button(h, "Raise dispute", true);
    h.Close("form");
  }
  auto chrome = Chrome(ctx, "Governance calendar", "Governance calendar");
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

void DutiesDueSummary(Context& ctx, Html& h) {
  auto list = AllDuties(ctx);
  auto rows = DutyRows(list, true);
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Due and overdue");
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "Nothing in the governance calendar is due in the next 30 days.");
  else
    Table(h, "", {"Duty", "Due", "Status", "Rule"}, rows);
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, Path(ctx), "The whole governance calendar");
  h.Close("p");
}

Response ShowGovernanceCalendar(Context& ctx) { return RenderCalendar(ctx, FormState{}, 200); }

Response ExportGovernanceCalendarCsv(Context& ctx) {
  return CsvDownload("governance-calendar.csv", kCalendarHeadings, CalendarRows(ctx));
}

Response ExportGovernanceCalendarXlsx(Context& ctx) {
  return XlsxDownload("governance-calendar.xlsx", "Governance calendar", kCalendarHeadings, CalendarRows(ctx));
}

Response RecordGovernanceDates(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  auto constitution = governance::ReadDateField(form.values, "constitution_reviewed_on",
                                                "the date the constitution was reviewed", false, form.errors);
  auto chair = governance::ReadDateField(form.values, "chair_appointment_reviewed_on",
                                         "the date the chair's appointment was reviewed", false, form.errors);
  auto lead = governance::ReadDateField(form.values, "lead_member_met_chair_on",
                                        "the date the Lead Member met the chair", false, form.errors);
  auto today = core::DateOf(ctx.clock.Now());
  for (auto [value, field] : {std::pair{constitution, "constitution_reviewed_on"},
                              std::pair{chair, "chair_appointment_reviewed_on"},
                              std::pair{lead, "lead_member_met_chair_on"}})
    if (value && *value > today) form.errors.Add(field, "The date must be today or in the past");
  if (!form.errors.empty()) return RenderCalendar(ctx, form, 422);
  // A date left blank keeps the one recorded: a review that happened cannot be undone here.
  duties::DutyStore store(ctx.db);
  auto recorded = store.Inputs(ctx.partnership_id());
  storage::Transaction tx(ctx.db);
  store.SetGovernanceDates(ctx.partnership_id(), constitution ? constitution : recorded.constitution_reviewed_on,
                           chair ? chair : recorded.chair_appointment_reviewed_on,
                           lead ? lead : recorded.lead_member_met_chair_on);
  ctx.Audit(auth::AuditAction::kUpdate, "governance-dates", ctx.partnership_id());
  tx.Commit();
  return http::Redirect(Path(ctx) + "?done=dates-saved");
}

Response RaiseDispute(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  duties::Dispute d;
  d.summary = core::Trim(form.Value("summary"));
  if (d.summary.empty()) form.errors.Add("summary", "Enter what the dispute is about");
  if (auto raised = governance::ReadDateField(form.values, "raised_on", "the date raised", true, form.errors))
    d.raised_on = *raised;
  if (!form.errors.empty()) return RenderCalendar(ctx, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = duties::DutyStore(ctx.db).AddDispute(ctx.partnership_id(), d);
  ctx.Audit(auth::AuditAction::kCreate, "dispute", id);
  tx.Commit();
  return http::Redirect(Path(ctx) + "?done=dispute-raised");
}

Response UpdateDispute(Context& ctx) {
  duties::DutyStore store(ctx.db);
  auto inputs = store.Inputs(ctx.partnership_id());
  auto id = ctx.Id("id");
  auto it = std::find_if(inputs.disputes.begin(), inputs.disputes.end(),
                         [&](const duties::Dispute& d) { return d.id == id; });
  if (it == inputs.disputes.end()) throw http::NotFound{};
  FormState form{Submitted(ctx), {}};
  duties::Dispute d = *it;
  d.convened_on = governance::ReadDateField(form.values, "convened_on", "the date convened", false, form.errors);
  d.met_on = governance::ReadDateField(form.values, "met_on", "the date met", false, form.errors);
  d.mediator_agreed_on = governance::ReadDateField(form.values, "mediator_agreed_on",
                                                   "the date a mediator was agreed", false, form.errors);
  for (auto [value, field] : {std::pair{d.convened_on, "convened_on"}, std::pair{d.met_on, "met_on"},
                              std::pair{d.mediator_agreed_on, "mediator_agreed_on"}})
    if (value && *value < d.raised_on) form.errors.Add(field, "The date must be on or after the day it was raised");
  if (!form.errors.empty()) return RenderCalendar(ctx, form, 422);
  storage::Transaction tx(ctx.db);
  store.UpdateDispute(ctx.partnership_id(), d);
  ctx.Audit(auth::AuditAction::kUpdate, "dispute", id);
  tx.Commit();
  return http::Redirect(Path(ctx) + "?done=dispute-saved");
}

}  // namespace safeboard::ui::pages
