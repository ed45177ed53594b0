// The LADO's quarterly returns (issue 16): a year's quarters beside the year before, counts and
// timeliness, referrals by employer sector and concluded cases by outcome; the publication
// version with small numbers suppressed; the board team records or changes a quarter; CSV and
// Excel. Aggregates only: the page has nowhere to put a case.
#include "assurance/lado.h"
#include "assurance/lado_store.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "core/form_fields.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace assurance_pages;
using http::Context;
using http::Response;

namespace {

bool PublicationAsked(const Context& ctx) { return ctx.query.Get("publication") == "yes"; }

std::string LadoPath(const Context& ctx, int year, bool publication = false) {
  return ctx.PartnershipPath("/assurance/lado?year=" + std::to_string(year) + (publication ? "&publication=yes" : ""));
}

core::FieldValues ReturnValues(const assurance::LadoReturn& r) {
  core::FieldValues v{{"year", std::to_string(r.year_start)},
                      {"quarter", std::to_string(r.quarter)},
                      {"referrals", std::to_string(r.referrals)},
                      {"advice", std::to_string(r.advice)},
                      {"police_involved", std::to_string(r.police_involved)},
                      {"considered_within_1_day", std::to_string(r.considered_within_1_day)},
                      {"concluded_within_3_months", std::to_string(r.concluded_within_3_months)},
                      {"delay_reasons", r.delay_reasons}};
  for (const auto& [sector, n] : r.by_sector) v["sector_" + std::string(core::CodeOf(assurance::EmployerSectors(), sector))] = std::to_string(n);
  for (const auto& [outcome, n] : r.outcomes)
    v["outcome_" + std::string(core::CodeOf(assurance::AllegationOutcomes(), outcome))] = std::to_string(n);
  if (r.reported_at_meeting_id) v["reported_at_meeting_id"] = std::to_string(*r.reported_at_meeting_id);
  return v;
}

void CountInput(Html& h, const FormState& form, const std::string& name, const std::string& label) {
  TextInput(h, form, name, label, {.type = "text", .width_class = "govuk-input--width-5"});
}

void RenderForm(Context& ctx, Html& h, int year, const FormState& form) {
  FormState shown = form;
  if (shown.values.empty()) {
    shown.values["year"] = std::to_string(year);
    int quarter = 1;
    auto asked = ctx.query.Get("quarter");
    if (asked.size() == 1 && asked[0] >= '1' && asked[0] <= '4') quarter = asked[0] - '0';
    shown.values["quarter"] = std::to_string(quarter);
    for (const auto& r : assurance::LadoStore(ctx.db).ReturnsOf(ctx.partnership_id(), year))
      if (r.quarter == quarter) shown.values = ReturnValues(r);
  }
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "record-a-quarter"}}, "Record or change a quarter");
  h.Element("p", {{"class", "govuk-body"}}, "Counts only: never a name, an employer or a case. Saving a quarter that is "
                                            "already recorded replaces it.");
  OpenForm(h, ctx, ctx.PartnershipPath("/assurance/lado"), shown);
  h.Void("input", {{"type", "hidden"}, {"name", "year"}, {"value", shown.Value("year")}});
  Options quarters;
  for (int q = 1; q <= 4; ++q) quarters.emplace_back(std::to_string(q), assurance::QuarterLabel(q) + " " + core::FinancialYearLabel(year));
  Select(h, shown, "quarter", "Quarter", quarters);
  CountInput(h, shown, "referrals", "Referrals");
  CountInput(h, shown, "advice", "Advice only");
  CountInput(h, shown, "police_involved", "Referrals with police involvement");
  CountInput(h, shown, "considered_within_1_day", "Referrals considered within 1 working day");
  h.Open("fieldset", {{"class", "govuk-fieldset"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}}, "Referrals by employer sector (they add up to the referrals)");
  for (const auto& t : assurance::EmployerSectors()) CountInput(h, shown, "sector_" + std::string(t.code), std::string(t.label));
  h.Close("fieldset");
  h.Open("fieldset", {{"class", "govuk-fieldset"}});
  h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}}, "Cases concluded in the quarter, by outcome");
  for (const auto& t : assurance::AllegationOutcomes()) CountInput(h, shown, "outcome_" + std::string(t.code), std::string(t.label));
  h.Close("fieldset");
  CountInput(h, shown, "concluded_within_3_months", "Concluded within 3 months");
  Textarea(h, shown, "delay_reasons", "Reasons for delay (optional)", "Why cases took longer than 3 months, without naming anyone", 3);
  Select(h, shown, "reported_at_meeting_id", "Reported to (optional)", MeetingOptions(ctx, year), "Not reported to a meeting");
  Button(h, "Save quarter");
  h.Close("form");
}

TableRows MeasureRows(Context& ctx, int year, bool publication) {
  assurance::LadoStore store(ctx.db);
  auto measures = assurance::LadoMeasures(store.ReturnsOf(ctx.partnership_id(), year), store.ReturnsOf(ctx.partnership_id(), year - 1));
  TableRows rows;
  for (const auto& m : measures) {
    std::vector<std::string> row{m.label};
    for (const auto& cell : m.quarter) row.push_back(assurance::CellText(cell, m.percentage, publication));
    row.push_back(assurance::CellText(m.year, m.percentage, publication));
    row.push_back(assurance::CellText(m.previous_year, m.percentage, publication));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<std::string> Headings(int year) {
  return {"Measure", "Q1", "Q2", "Q3", "Q4", core::FinancialYearLabel(year), core::FinancialYearLabel(year - 1)};
}

Response RenderLado(Context& ctx, int year, const FormState& form, int status) {
  bool publication = PublicationAsked(ctx);
  assurance::LadoStore store(ctx.db);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "The Local Authority Designated Officer's quarterly figures on allegations against people who work with "
            "children, reported to the Safer Workforce sub-group.");
  auto years = store.Years(ctx.partnership_id());
  h.Open("p", {{"class", "govuk-body"}});
  for (int y : years) {
    if (y == year) continue;
    Link(h, LadoPath(ctx, y, publication), core::FinancialYearLabel(y));
    h.Text(" ");
  }
  h.Close("p");
  if (publication)
    h.Element("div", {{"class", "govuk-inset-text"}},
              "Publication version: counts of 1 to 5 are shown as 1-5, and percentages of them are left out (-).");
  std::vector<std::vector<TrustedHtml>> cells;
  for (const auto& row : MeasureRows(ctx, year, publication)) {
    std::vector<TrustedHtml> line;
    for (const auto& text : row) line.push_back(TextCell(text));
    cells.push_back(std::move(line));
  }
  Table(h, "LADO figures " + core::FinancialYearLabel(year) + " by quarter, with the year before", Headings(year), cells);
  auto returns = store.ReturnsOf(ctx.partnership_id(), year);
  if (!publication)
    for (const auto& r : returns)
      if (!r.delay_reasons.empty()) {
        h.Element("h3", {{"class", "govuk-heading-s"}}, "Reasons for delay, " + assurance::QuarterLabel(r.quarter));
        h.Element("p", {{"class", "govuk-body"}}, r.delay_reasons);
      }
  h.Open("p", {{"class", "govuk-body"}});
  if (publication)
    Link(h, LadoPath(ctx, year), "Show the full figures");
  else
    Link(h, LadoPath(ctx, year, true), "Show the publication version");
  h.Text(" · ");
  Link(h, ctx.PartnershipPath("/assurance/lado.csv?year=" + std::to_string(year) + (publication ? "&publication=yes" : "")),
       "Download as CSV");
  h.Text(" or ");
  Link(h, ctx.PartnershipPath("/assurance/lado.xlsx?year=" + std::to_string(year) + (publication ? "&publication=yes" : "")),
       "as a spreadsheet");
  h.Close("p");
  if (CanManage(ctx)) RenderForm(ctx, h, year, form);
  auto chrome = ChromeWithCrumbs(ctx, "LADO figures " + core::FinancialYearLabel(year), "Quality assurance",
                                 {{"Quality assurance", ctx.PartnershipPath("/assurance")}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowLadoReturns(Context& ctx) { return RenderLado(ctx, YearAsked(ctx), {}, 200); }

Response SaveLadoReturn(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  int year = core::ParseFinancialYearStart(core::ValueOf(form.values, "year")).value_or(YearAsked(ctx));
  assurance::LadoReturn lado;
  form.errors = assurance::ReadLadoReturn(form.values, MeetingIds(ctx, year), lado);
  if (!form.errors.empty()) return RenderLado(ctx, year, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = assurance::LadoStore(ctx.db).Save(ctx.partnership_id(), lado);
  ctx.Audit(auth::AuditAction::kUpdate, "lado-return", id, core::FinancialYearLabel(year) + " Q" + std::to_string(lado.quarter));
  tx.Commit();
  return http::Redirect(LadoPath(ctx, year) + "&done=lado-saved");
}

Response ExportLado(Context& ctx) {
  int year = YearAsked(ctx);
  bool publication = PublicationAsked(ctx);
  return DownloadAsAsked(ctx.request, {"lado-" + core::FinancialYearLabel(year) + (publication ? "-publication" : ""),
                                       "LADO " + core::FinancialYearLabel(year), Headings(year),
                                       MeasureRows(ctx, year, publication)});
}

}  // namespace safeboard::ui::pages
