// One complaint (issue 16): where it stands against the board's deadlines, and the board team
// recording its acknowledgement, response, outcome and learning, or that it belongs elsewhere.
#include "assurance/complaints.h"
#include "assurance/complaints_store.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/financial_year.h"

namespace safeboard::ui::pages {

using namespace assurance_pages;
using http::Context;
using http::Response;

namespace {

assurance::Complaint ComplaintOrNotFound(Context& ctx) {
  auto c = assurance::ComplaintStore(ctx.db).Find(ctx.partnership_id(), ctx.Id("id"));
  if (!c) throw http::NotFound{};
  return *c;
}

Response RenderComplaint(Context& ctx, const assurance::Complaint& c, const FormState& form, int status) {
  auto deadlines = assurance::ComplaintStore(ctx.db).DeadlinesOf(ctx.partnership_id());
  auto today = core::DateOf(ctx.clock.Now());
  auto date = [](const std::optional<core::Date>& d) { return d ? core::FormatDateLong(*d) : std::string("Not yet"); };
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  StatusTag(h, assurance::StatusOf(assurance::StandingOf(c, deadlines, today)));
  h.Close("p");
  std::vector<std::pair<std::string, std::string>> rows = {
      {"Received", core::FormatDateLong(c.received_on)},
      {"How it came in", std::string(core::LabelOf(assurance::ComplaintChannels(), c.channel))},
      {"Who complained", std::string(core::LabelOf(assurance::Complainants(), c.complainant))},
      {"What it is about", c.summary},
      {"Acknowledge by", core::FormatDateLong(assurance::AcknowledgeBy(c, deadlines))},
      {"Acknowledged", date(c.acknowledged_on) + (c.acknowledged_on && !assurance::AcknowledgedInTime(c, deadlines) ? " (late)" : "")},
      {"Respond by", core::FormatDateLong(assurance::RespondBy(c, deadlines))},
      {"Responded", date(c.responded_on) + (c.responded_on && !assurance::RespondedInTime(c, deadlines) ? " (late)" : "")}};
  if (c.outcome) rows.push_back({"Outcome", std::string(core::LabelOf(assurance::ComplaintOutcomes(), *c.outcome))});
  if (!c.learning.empty()) rows.push_back({"Learning", c.learning});
  if (c.redirected_to)
    rows.push_back({"Redirected", std::string(core::LabelOf(assurance::RedirectedTos(), *c.redirected_to)) + ": " +
                                      c.redirected_where + ", " + date(c.redirected_on)});
  SummaryList(h, rows);
  FormState editing = form;
  if (editing.values.empty()) editing.values = ComplaintValues(c);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "change"}}, "Record what happened");
  OpenForm(h, ctx, ComplaintPath(ctx, c.id), editing);
  ComplaintFields(h, editing, true);
  Button(h, "Save complaint");
  h.Close("form");
  int year = core::FinancialYearOf(c.received_on);
  auto chrome = ChromeWithCrumbs(ctx, "Complaint " + std::to_string(c.id), "Quality assurance",
                                 {{"Complaints " + core::FinancialYearLabel(year),
                                   ctx.PartnershipPath("/assurance/complaints?year=" + std::to_string(year))}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowComplaint(Context& ctx) { return RenderComplaint(ctx, ComplaintOrNotFound(ctx), {}, 200); }

Response SaveComplaint(Context& ctx) {
  auto stored = ComplaintOrNotFound(ctx);
  FormState form{Submitted(ctx), {}};
  assurance::Complaint complaint;
  form.errors = assurance::ReadComplaint(form.values, core::DateOf(ctx.clock.Now()), complaint);
  if (!form.errors.empty()) return RenderComplaint(ctx, stored, form, 422);
  complaint.id = stored.id;
  storage::Transaction tx(ctx.db);
  assurance::ComplaintStore(ctx.db).Update(ctx.partnership_id(), complaint);
  ctx.Audit(auth::AuditAction::kUpdate, "complaint", complaint.id);
  tx.Commit();
  return http::Redirect(ComplaintPath(ctx, complaint.id) + "?done=complaint-saved");
}

}  // namespace safeboard::ui::pages
