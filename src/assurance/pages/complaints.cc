// Complaints about the board's functions (issue 16; constitution 10): the year's complaints with
// where each stands and its deadlines, the year's figures, recording a complaint, the board's
// deadlines in working days, and the list as CSV. The board team only: a complaint's summary is
// not for every member. Its deadlines go on the governance calendar (assurance's registration).
#include "assurance/complaints.h"
#include "assurance/complaints_store.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace assurance_pages;
using http::Context;
using http::Response;

namespace {

std::string ComplaintsPath(const Context& ctx, int year) {
  return ctx.PartnershipPath("/assurance/complaints?year=" + std::to_string(year));
}

std::vector<assurance::Complaint> ComplaintsOfYear(Context& ctx, int year) {
  auto [from, to] = core::FinancialYearDates(year);
  return assurance::ComplaintStore(ctx.db).List(ctx.partnership_id(), from, to);
}

void RenderFigures(Html& h, const assurance::ComplaintFigures& f) {
  auto of = [](int part, int whole) { return std::to_string(part) + " of " + std::to_string(whole); };
  SummaryList(h, {{"Received", std::to_string(f.received)},
                  {"Redirected elsewhere", std::to_string(f.redirected)},
                  {"Acknowledged in time", of(f.acknowledged_in_time, f.acknowledged)},
                  {"Responded to in time", of(f.responded_in_time, f.responded)},
                  {"Upheld or partly upheld", of(f.upheld, f.responded)}});
}

Response RenderComplaints(Context& ctx, int year, const FormState& complaint_form, const FormState& deadlines_form,
                          int status) {
  assurance::ComplaintStore store(ctx.db);
  auto deadlines = store.DeadlinesOf(ctx.partnership_id());
  auto today = core::DateOf(ctx.clock.Now());
  auto complaints = ComplaintsOfYear(ctx, year);
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, ComplaintsPath(ctx, year - 1), "Previous year");
  h.Text(" · ");
  Link(h, ComplaintsPath(ctx, year + 1), "Next year");
  h.Close("p");
  h.Element("p", {{"class", "govuk-body"}},
            "The board acknowledges a complaint within " + std::to_string(deadlines.acknowledge_working_days) +
                " working days and responds within " + std::to_string(deadlines.respond_working_days) + ".");
  RenderFigures(h, assurance::CountComplaints(complaints, deadlines));
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& c : complaints) {
    Html standing;
    StatusTag(standing, assurance::StatusOf(assurance::StandingOf(c, deadlines, today)));
    rows.push_back({LinkCell(ComplaintPath(ctx, c.id), "Complaint " + std::to_string(c.id)),
                    TextCell(core::FormatDateLong(c.received_on)),
                    TextCell(std::string(core::LabelOf(assurance::Complainants(), c.complainant))),
                    TextCell(core::FormatDateLong(assurance::AcknowledgeBy(c, deadlines))),
                    TextCell(core::FormatDateLong(assurance::RespondBy(c, deadlines))), standing.Build()});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No complaints received in " + core::FinancialYearLabel(year) + ".");
  else
    Table(h, "Complaints received in " + core::FinancialYearLabel(year),
          {"Complaint", "Received", "From", "Acknowledge by", "Respond by", "Where it stands"}, rows);
  DownloadLinks(h, ctx.PartnershipPath("/assurance/complaints"), "?year=" + std::to_string(year), "Download the year's complaints");
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "record-a-complaint"}}, "Record a complaint");
  OpenForm(h, ctx, ctx.PartnershipPath("/assurance/complaints"), complaint_form);
  ComplaintFields(h, complaint_form, false);
  Button(h, "Record complaint");
  h.Close("form");
  FormState shown = deadlines_form;
  if (shown.values.empty()) {
    shown.values["acknowledge_working_days"] = std::to_string(deadlines.acknowledge_working_days);
    shown.values["respond_working_days"] = std::to_string(deadlines.respond_working_days);
  }
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "deadlines"}}, "The board's deadlines");
  OpenForm(h, ctx, ctx.PartnershipPath("/assurance/complaints/deadlines"), shown);
  h.Void("input", {{"type", "hidden"}, {"name", "year"}, {"value", std::to_string(year)}});
  TextInput(h, shown, "acknowledge_working_days", "Working days to acknowledge", {.width_class = "govuk-input--width-3"});
  TextInput(h, shown, "respond_working_days", "Working days to respond", {.width_class = "govuk-input--width-3"});
  Button(h, "Save deadlines", true);
  h.Close("form");
  auto chrome = ChromeWithCrumbs(ctx, "Complaints " + core::FinancialYearLabel(year), "Quality assurance",
                                 {{"Quality assurance", ctx.PartnershipPath("/assurance")}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !complaint_form.errors.empty() || !deadlines_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

std::vector<core::DueDate> ComplaintDeadlinesDue(storage::Connection& db, std::int64_t partnership_id) {
  assurance::ComplaintStore store(db);
  auto deadlines = store.DeadlinesOf(partnership_id);
  std::vector<core::DueDate> out;
  for (const auto& c : store.Open(partnership_id))
    if (auto due = assurance::NextDeadline(c, deadlines)) out.push_back(*due);
  return out;
}

Response ShowComplaints(Context& ctx) { return RenderComplaints(ctx, YearAsked(ctx), {}, {}, 200); }

Response AddComplaint(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  assurance::Complaint complaint;
  auto today = core::DateOf(ctx.clock.Now());
  form.errors = assurance::ReadComplaint(form.values, today, complaint);
  int year = form.errors.For("received_on") ? YearAsked(ctx) : core::FinancialYearOf(complaint.received_on);
  if (!form.errors.empty()) return RenderComplaints(ctx, year, form, {}, 422);
  storage::Transaction tx(ctx.db);
  auto id = assurance::ComplaintStore(ctx.db).Add(ctx.partnership_id(), complaint);
  ctx.Audit(auth::AuditAction::kCreate, "complaint", id);
  tx.Commit();
  return http::Redirect(ComplaintPath(ctx, id) + "?done=complaint-recorded");
}

Response SaveComplaintDeadlines(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  int year = core::ParseFinancialYearStart(core::ValueOf(form.values, "year")).value_or(YearAsked(ctx));
  assurance::ComplaintDeadlines deadlines;
  form.errors = assurance::ReadComplaintDeadlines(form.values, deadlines);
  if (!form.errors.empty()) return RenderComplaints(ctx, year, {}, form, 422);
  storage::Transaction tx(ctx.db);
  assurance::ComplaintStore(ctx.db).SaveDeadlines(ctx.partnership_id(), deadlines);
  ctx.Audit(auth::AuditAction::kUpdate, "complaint-deadlines", std::nullopt);
  tx.Commit();
  return http::Redirect(ComplaintsPath(ctx, year) + "&done=complaint-deadlines-saved");
}

Response ExportComplaints(Context& ctx) {
  int year = YearAsked(ctx);
  auto deadlines = assurance::ComplaintStore(ctx.db).DeadlinesOf(ctx.partnership_id());
  auto today = core::DateOf(ctx.clock.Now());
  TableRows rows;
  auto date = [](const std::optional<core::Date>& d) { return d ? core::FormatDate(*d) : std::string(); };
  for (const auto& c : ComplaintsOfYear(ctx, year))
    rows.push_back({std::to_string(c.id), core::FormatDate(c.received_on),
                    std::string(core::LabelOf(assurance::ComplaintChannels(), c.channel)),
                    std::string(core::LabelOf(assurance::Complainants(), c.complainant)), c.summary,
                    core::FormatDate(assurance::AcknowledgeBy(c, deadlines)), date(c.acknowledged_on),
                    core::FormatDate(assurance::RespondBy(c, deadlines)), date(c.responded_on),
                    c.outcome ? std::string(core::LabelOf(assurance::ComplaintOutcomes(), *c.outcome)) : "", c.learning,
                    c.redirected_to ? std::string(core::LabelOf(assurance::RedirectedTos(), *c.redirected_to)) : "",
                    c.redirected_where,
                    std::string(core::LabelOf(assurance::ComplaintStandings(), assurance::StandingOf(c, deadlines, today)))});
  return DownloadAsAsked(ctx.request, {"complaints-" + core::FinancialYearLabel(year), "Complaints",
                                       {"Complaint", "Received", "Channel", "From", "Summary", "Acknowledge by",
                                        "Acknowledged", "Respond by", "Responded", "Outcome", "Learning", "Redirected to",
                                        "Where", "Where it stands"},
                                       rows});
}

}  // namespace safeboard::ui::pages
