// The safer workforce self-assessment (issue 16): every assessment with its figures, opening
// one, and one assessment's page: each domain's ratings across organisations, the returns with
// their deficits and support, adding a return, the report, and the returns as CSV or a
// spreadsheet. Returns and support are entered by the assessment's lead group or the board team.
#include <algorithm>

#include "assurance/pages/challenge_shared.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "assurance/pages/workforce_shared.h"
#include "assurance/safer_workforce_store.h"
#include "core/date.h"
#include "core/financial_year.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace workforce_pages;
using assurance::WorkforceAssessment;
using assurance::WorkforceReturn;
using http::Context;
using http::Response;

namespace {

std::string Percent(int part, int whole) {
  if (whole == 0) return "";
  return " (" + std::to_string((part * 100 + whole / 2) / whole) + "%)";
}

void AssessmentFields(Context& ctx, Html& h, const FormState& form, bool with_report) {
  TextInput(h, form, "title", "Title", {.hint = "For example, Safer recruitment self-assessment 2011",
                                        .width_class = "govuk-!-width-two-thirds"});
  Options audits;
  for (const auto& [id, title] : assurance::WorkforceStore(ctx.db).SaferWorkforceAudits(ctx.partnership_id()))
    audits.emplace_back(std::to_string(id), title);
  Select(h, form, "planned_audit_id", "Planned audit it carries out (optional)", audits, "Not in a programme",
         "Its lead group enters the returns and the support");
  DateInput(h, form, "opens_on", "Opens");
  DateInput(h, form, "returns_due_on", "Returns due");
  if (!with_report) return;
  int year = core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
  DateInput(h, form, "reported_on", "Reported (optional)");
  Select(h, form, "reported_at_meeting_id", "Reported to (optional)", assurance_pages::MeetingOptions(ctx, year),
         "Not reported to a meeting");
  FormattedTextarea(h, form, "findings", "Findings (optional)", "", 4);
}

core::FieldValues AssessmentValues(const WorkforceAssessment& w) {
  core::FieldValues v{{"title", w.title}, {"opens_on", core::FormatDate(w.opens_on)},
                      {"returns_due_on", core::FormatDate(w.returns_due_on)}, {"findings", w.findings}};
  if (w.planned_audit_id) v["planned_audit_id"] = std::to_string(*w.planned_audit_id);
  if (w.reported_on) v["reported_on"] = core::FormatDate(*w.reported_on);
  if (w.reported_at_meeting_id) v["reported_at_meeting_id"] = std::to_string(*w.reported_at_meeting_id);
  return v;
}

std::vector<std::int64_t> AuditChoices(Context& ctx) {
  std::vector<std::int64_t> ids;
  for (const auto& [id, title] : assurance::WorkforceStore(ctx.db).SaferWorkforceAudits(ctx.partnership_id()))
    ids.push_back(id);
  return ids;
}

Response RenderAssessments(Context& ctx, const FormState& form, int status) {
  assurance::WorkforceStore store(ctx.db);
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "A scoping exercise across organisations, including commissioning organisations, schools and settings: "
            "each rates itself against the board's safer recruitment guidance in four domains (recruitment, induction "
            "and guidance, safe working culture, safer recruitment monitoring). A domain not fully compliant is a "
            "deficit; the sub-group's support for it is followed to completion.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& w : store.Assessments(ctx.partnership_id())) {
    auto returns = store.ReturnsOf(ctx.partnership_id(), w.id);
    auto f = assurance::FiguresOf(returns);
    rows.push_back({LinkCell(AssessmentPath(ctx, w.id), w.title), TextCell(core::FormatDateLong(w.opens_on)),
                    TextCell(std::to_string(f.returns)),
                    TextCell(std::to_string(f.fully_compliant) + Percent(f.fully_compliant, f.returns)),
                    TextCell(w.reported_on ? core::FormatDateLong(*w.reported_on) : "Not yet")});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No self-assessments yet.");
  else
    Table(h, "Self-assessments", {"Assessment", "Opened", "Returns", "Compliant in every domain", "Reported"}, rows);
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "open"}}, "Open a self-assessment");
    OpenForm(h, ctx, ctx.PartnershipPath("/assurance/safer-workforce"), form);
    AssessmentFields(ctx, h, form, false);
    Button(h, "Open self-assessment");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Safer workforce self-assessment", "Quality assurance",
                                 {{"Quality assurance", ctx.PartnershipPath("/assurance")}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

void RenderFigures(Html& h, const assurance::WorkforceFigures& f) {
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Figures");
  SummaryList(h, {{"Returns", std::to_string(f.returns)},
                  {"Compliant in every domain", std::to_string(f.fully_compliant) + Percent(f.fully_compliant, f.returns)},
                  {"With a deficit", std::to_string(f.with_deficits)},
                  {"Every deficit addressed", std::to_string(f.deficits_addressed) + " of " + std::to_string(f.with_deficits)},
                  {"Support actions", std::to_string(f.actions_done) + " complete, " + std::to_string(f.actions_open) + " open"}});
  std::vector<std::string> headings = {"Domain"};
  for (const auto& c : assurance::Compliances()) headings.emplace_back(c.label);
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& d : assurance::WorkforceDomains()) {
    std::vector<TrustedHtml> row = {TextCell(std::string(d.label))};
    for (const auto& c : assurance::Compliances()) {
      int n = 0;
      if (auto domain = f.ratings.find(d.value); domain != f.ratings.end())
        if (auto it = domain->second.find(c.value); it != domain->second.end()) n = it->second;
      row.push_back(TextCell(std::to_string(n)));
    }
    rows.push_back(std::move(row));
  }
  Table(h, "Organisations by domain", headings, rows);
  std::vector<std::vector<TrustedHtml>> types;
  for (const auto& t : assurance::OrganisationTypes())
    if (auto it = f.by_type.find(t.value); it != f.by_type.end())
      types.push_back({TextCell(std::string(t.label)), TextCell(std::to_string(it->second))});
  if (!types.empty()) Table(h, "Returns by kind of organisation", {"Kind", "Returns"}, types);
}

Response RenderAssessment(Context& ctx, const WorkforceAssessment& w, const FormState& return_form,
                          const FormState& report_form, int status) {
  assurance::WorkforceStore store(ctx.db);
  auto returns = store.ReturnsOf(ctx.partnership_id(), w.id);
  Html h;
  SummaryList(h, {{"Opens", core::FormatDateLong(w.opens_on)},
                  {"Returns due", core::FormatDateLong(w.returns_due_on)},
                  {"Reported", w.reported_on ? core::FormatDateLong(*w.reported_on) : "Not yet"}});
  if (!w.findings.empty()) h.Append(TrustedHtml::FromMarkdown(w.findings, 2));
  if (w.planned_audit_id) {
    h.Open("p", {{"class", "govuk-body"}});
    Link(h, assurance_pages::AuditPath(ctx, *w.planned_audit_id), "The planned audit");
    h.Close("p");
  }
  RenderFigures(h, assurance::FiguresOf(returns));
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "returns"}}, "Returns");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& r : returns) {
    std::string deficits;
    for (auto d : r.Deficits()) deficits += (deficits.empty() ? "" : ", ") + std::string(core::LabelOf(assurance::WorkforceDomains(), d));
    Html addressed;
    if (!r.Deficits().empty())
      StatusTag(addressed, assurance::EveryDeficitAddressed(r) ? core::Status{"Addressed", core::Tone::kGood}
                                                               : core::Status{"Support under way", core::Tone::kWarning});
    rows.push_back({LinkCell(ReturnPath(ctx, r.id), r.Name()),
                    TextCell(std::string(core::LabelOf(assurance::OrganisationTypes(), r.type))),
                    TextCell(core::FormatDateLong(r.returned_on)), TextCell(deficits.empty() ? "None" : deficits),
                    addressed.Build()});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No returns yet.");
  else {
    Table(h, "Returns", {"Organisation", "Kind", "Returned", "Deficits", "Support"}, rows);
    DownloadLinks(h, AssessmentPath(ctx, w.id), "", "Download the returns");
  }
  if (MayWorkOn(ctx, w)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add-a-return"}}, "Add a return");
    OpenForm(h, ctx, AssessmentPath(ctx, w.id) + "/returns", return_form);
    Select(h, return_form, "agency_id", "One of the board's agencies", challenge_pages::AgencyOptions(ctx),
           "Another organisation");
    TextInput(h, return_form, "organisation", "Or another organisation's name",
              {.hint = "For example, a school, a nursery or a provider", .width_class = "govuk-!-width-two-thirds"});
    Select(h, return_form, "type", "Kind of organisation (for another organisation)",
           VocabularyOptions(assurance::OrganisationTypes()), "Choose a kind");
    DateInput(h, return_form, "returned_on", "Returned");
    for (const auto& d : assurance::WorkforceDomains())
      Select(h, return_form, "rating_" + std::string(d.code), std::string(d.label),
             VocabularyOptions(assurance::Compliances()), "Choose a rating");
    Textarea(h, return_form, "notes", "Notes (optional)", "", 3);
    Button(h, "Add return");
    h.Close("form");
  }
  if (CanManage(ctx)) {
    FormState shown = report_form;
    if (shown.values.empty()) shown.values = AssessmentValues(w);
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "report"}}, "Change the assessment or record its report");
    OpenForm(h, ctx, AssessmentPath(ctx, w.id), shown);
    AssessmentFields(ctx, h, shown, true);
    Button(h, "Save", true);
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, w.title, "Quality assurance",
                                 {{"Safer workforce self-assessment", ctx.PartnershipPath("/assurance/safer-workforce")}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !return_form.errors.empty() || !report_form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ListWorkforceAssessments(Context& ctx) { return RenderAssessments(ctx, {}, 200); }

Response OpenWorkforceAssessment(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  WorkforceAssessment w;
  auto today = core::DateOf(ctx.clock.Now());
  form.errors = assurance::ReadWorkforceAssessment(form.values, AuditChoices(ctx), {}, today, w);
  if (!form.errors.empty()) return RenderAssessments(ctx, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = assurance::WorkforceStore(ctx.db).AddAssessment(ctx.partnership_id(), w);
  ctx.Audit(auth::AuditAction::kCreate, "workforce-assessment", id);
  tx.Commit();
  return http::Redirect(AssessmentPath(ctx, id) + "?done=workforce-opened");
}

Response ShowWorkforceAssessment(Context& ctx) { return RenderAssessment(ctx, AssessmentOf(ctx, ctx.Id("id")), {}, {}, 200); }

Response SaveWorkforceAssessment(Context& ctx) {
  auto w = AssessmentOf(ctx, ctx.Id("id"));
  FormState form{Submitted(ctx), {}};
  WorkforceAssessment read = w;
  int year = core::FinancialYearOf(core::DateOf(ctx.clock.Now()));
  form.errors = assurance::ReadWorkforceAssessment(form.values, AuditChoices(ctx), assurance_pages::MeetingIds(ctx, year),
                                                   core::DateOf(ctx.clock.Now()), read);
  if (!form.errors.empty()) return RenderAssessment(ctx, w, {}, form, 422);
  storage::Transaction tx(ctx.db);
  assurance::WorkforceStore(ctx.db).UpdateAssessment(ctx.partnership_id(), read);
  ctx.Audit(auth::AuditAction::kUpdate, "workforce-assessment", w.id);
  tx.Commit();
  return http::Redirect(AssessmentPath(ctx, w.id) + "?done=workforce-saved");
}

Response AddWorkforceReturn(Context& ctx) {
  auto w = AssessmentOf(ctx, ctx.Id("id"));
  if (!MayWorkOn(ctx, w)) return ErrorPage(ctx, 403);
  assurance::WorkforceStore store(ctx.db);
  std::vector<std::string> returned;
  for (const auto& r : store.ReturnsOf(ctx.partnership_id(), w.id)) returned.push_back(assurance::ReturnKey(r));
  FormState form{Submitted(ctx), {}};
  WorkforceReturn r;
  r.assessment_id = w.id;
  form.errors = assurance::ReadWorkforceReturn(form.values, w, challenge_pages::AgencyIds(ctx), returned,
                                               core::DateOf(ctx.clock.Now()), r);
  if (!form.errors.empty()) return RenderAssessment(ctx, w, form, {}, 422);
  storage::Transaction tx(ctx.db);
  auto id = store.AddReturn(r);
  ctx.Audit(auth::AuditAction::kCreate, "workforce-return", id);
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, id) + "?done=workforce-return-added");
}

Response ExportWorkforceAssessment(Context& ctx) {
  auto w = AssessmentOf(ctx, ctx.Id("id"));
  TableRows rows;
  for (const auto& r : assurance::WorkforceStore(ctx.db).ReturnsOf(ctx.partnership_id(), w.id)) {
    std::vector<std::string> row = {r.Name(), std::string(core::LabelOf(assurance::OrganisationTypes(), r.type)),
                                    core::FormatDate(r.returned_on)};
    for (const auto& d : assurance::WorkforceDomains()) {
      auto it = r.ratings.find(d.value);
      row.push_back(it == r.ratings.end() ? "" : std::string(core::LabelOf(assurance::Compliances(), it->second)));
    }
    int done = static_cast<int>(std::count_if(r.actions.begin(), r.actions.end(), [](const auto& a) { return a.completed_on.has_value(); }));
    row.push_back(std::to_string(done) + " of " + std::to_string(r.actions.size()));
    row.push_back(r.Deficits().empty() ? "No deficit" : assurance::EveryDeficitAddressed(r) ? "Addressed" : "Support under way");
    rows.push_back(std::move(row));
  }
  std::vector<std::string> headings = {"Organisation", "Kind", "Returned"};
  for (const auto& d : assurance::WorkforceDomains()) headings.emplace_back(d.label);
  headings.emplace_back("Support actions complete");
  headings.emplace_back("Deficits");
  return DownloadAsAsked(ctx.request, {"safer-workforce-" + core::FormatDate(w.opens_on), "Safer workforce", headings, rows});
}

}  // namespace safeboard::ui::pages
