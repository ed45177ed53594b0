// One audited case (issue 16): each agency's part, the multi-agency discussion's grades, and
// the findings with the actions and training referrals they led to. A case record: open to its
// audit group and the board team only, every view logged, and who viewed it shown to the board
// team.
#include <algorithm>

#include "assurance/case_audits_store.h"
#include "assurance/lado.h"
#include "assurance/pages/case_audit_shared.h"
#include "assurance/pages/pages.h"
#include "assurance/pages/shared.h"
#include "core/date.h"
#include "core/form_fields.h"
#include "ui/pages/record_views.h"

namespace safeboard::ui::pages {

using namespace case_audit_pages;
using assurance::AuditedCase;
using http::Context;
using http::Response;

namespace {

// The forms of the page, one of which may carry a refused submission.
struct CaseForms {
  FormState part, discussion, finding, completion;
  std::int64_t part_agency = 0;     // whose part the part form's errors belong to
  std::int64_t completion_for = 0;  // which finding the completion form's errors belong to
};

std::string PartPrefix(std::int64_t agency) { return "part" + std::to_string(agency) + "-"; }
std::string CompletionPrefix(std::int64_t finding) { return "finding" + std::to_string(finding) + "-"; }

std::string DateOrNot(const std::optional<core::Date>& d, const std::string& otherwise) {
  return d ? core::FormatDateLong(*d) : otherwise;
}

void RenderParts(Context& ctx, Html& h, const AuditedCase& c, const assurance::CaseAuditReader& reader,
                 const CaseForms& forms) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "parts"}}, "Agencies' parts");
  for (const auto& p : c.parts) {
    h.Element("h3", {{"class", "govuk-heading-s"}}, p.agency_name);
    h.Element("p", {{"class", "govuk-body"}},
              p.completed_on ? "Completed on " + core::FormatDateLong(*p.completed_on) : "Not completed yet");
    if (!p.summary.empty()) h.Append(TrustedHtml::FromMarkdown(p.summary, 4));
    if (c.discussed_on || !assurance::MayCompletePart(reader, c.audit_group_id, p.agency_id)) continue;
    FormState form;
    if (forms.part_agency == p.agency_id) {
      form = forms.part;
    } else {
      form.values["summary"] = p.summary;
      if (p.completed_on) form.values["completed_on"] = core::FormatDate(*p.completed_on);
    }
    auto prefix = PartPrefix(p.agency_id);
    FormState shown = Prefixed(form, prefix);
    // A refused part opens again so its errors show.
    if (forms.part_agency == p.agency_id)
      h.OpenWithFlags("details", {{"class", "govuk-details"}}, {"open"});
    else
      h.Open("details", {{"class", "govuk-details"}});
    h.Open("summary", {{"class", "govuk-details__summary"}});
    h.Element("span", {{"class", "govuk-details__summary-text"}}, "Complete " + p.agency_name + "'s part");
    h.Close("summary");
    h.Open("div", {{"class", "govuk-details__text"}});
    OpenForm(h, ctx, CasePath(ctx, c.id) + "/parts", shown);
    h.Void("input", {{"type", "hidden"}, {"name", "agency_id"}, {"value", std::to_string(p.agency_id)}});
    Textarea(h, shown, prefix + "summary", "What the agency's records show",
             "Its involvement, what it knew, what it did; no names", 5);
    DateInput(h, shown, prefix + "completed_on", "Completed (leave blank to keep it a draft)");
    Button(h, "Save part", true);
    h.Close("form").Close("div").Close("details");
  }
}

void RenderDiscussion(Context& ctx, Html& h, const AuditedCase& c, bool may_work, const FormState& form) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "discussion"}}, "Multi-agency discussion");
  if (c.discussed_on) {
    h.Element("p", {{"class", "govuk-body"}}, "Discussed on " + core::FormatDateLong(*c.discussed_on));
    std::vector<std::vector<TrustedHtml>> rows;
    for (const auto& d : assurance::AuditDomains()) {
      auto it = c.grades.find(d.value);
      rows.push_back({TextCell(std::string(d.label)),
                      TextCell(it == c.grades.end() ? "" : std::string(core::LabelOf(assurance::CaseGrades(), it->second)))});
    }
    Table(h, "Grades by domain", {"Domain", "Grade"}, rows);
    return;
  }
  auto stage = assurance::StageOf(c);
  if (stage != assurance::CaseStage::kAwaitingDiscussion) {
    h.Element("p", {{"class", "govuk-body"}}, "The case is discussed once every agency has completed its part.");
    return;
  }
  if (!may_work) return;
  OpenForm(h, ctx, CasePath(ctx, c.id) + "/discussion", form);
  DateInput(h, form, "discussed_on", "Discussed on");
  for (const auto& d : assurance::AuditDomains())
    Select(h, form, "grade_" + std::string(d.code), std::string(d.label), VocabularyOptions(assurance::CaseGrades()),
           "Choose a grade");
  Button(h, "Record discussion");
  h.Close("form");
}

void RenderFindings(Context& ctx, Html& h, const AuditedCase& c, bool may_work, const CaseForms& forms) {
  if (!c.discussed_on) return;
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "findings"}}, "Findings");
  if (c.findings.empty()) h.Element("p", {{"class", "govuk-body"}}, "No findings recorded yet.");
  for (const auto& f : c.findings) {
    h.Open("div", {{"class", "app-finding"}});
    h.Element("h3", {{"class", "govuk-heading-s"}},
              std::string(core::LabelOf(assurance::FindingKinds(), f.kind)) + ": " +
                  (f.agency_id ? f.agency_name : std::string("the agencies together")));
    h.Element("p", {{"class", "govuk-body"}}, f.text);
    std::vector<std::pair<std::string, std::string>> rows = {
        {"Leads to", std::string(core::LabelOf(assurance::FindingFollowUps(), f.follow_up))}};
    if (f.follow_up == assurance::FindingFollowUp::kAction) {
      rows.push_back({"Action", f.follow_up_text});
      rows.push_back({"Due", DateOrNot(f.due_on, "")});
      rows.push_back({"Completed", DateOrNot(f.completed_on, "Not yet")});
    } else if (f.follow_up == assurance::FindingFollowUp::kTraining) {
      rows.push_back({"Training need", f.follow_up_text});
    }
    SummaryList(h, rows);
    if (may_work && f.follow_up == assurance::FindingFollowUp::kAction && !f.completed_on) {
      auto prefix = CompletionPrefix(f.id);
      FormState shown = Prefixed(forms.completion_for == f.id ? forms.completion : FormState{}, prefix);
      OpenForm(h, ctx, ctx.PartnershipPath("/assurance/case-audits/findings/" + std::to_string(f.id)), shown);
      DateInput(h, shown, prefix + "completed_on", "Action completed on");
      Button(h, "Record completed", true);
      h.Close("form");
    }
    h.Close("div");
  }
  if (!may_work) return;
  h.Element("h3", {{"class", "govuk-heading-s"}, {"id", "add-a-finding"}}, "Add a finding");
  const auto& form = forms.finding;
  OpenForm(h, ctx, CasePath(ctx, c.id) + "/findings", form);
  Options agencies;
  for (const auto& p : c.parts) agencies.emplace_back(std::to_string(p.agency_id), p.agency_name);
  Select(h, form, "agency_id", "Agency", agencies, "The agencies together");
  Radios(h, form, "kind", "Strength or deficit", VocabularyOptions(assurance::FindingKinds()));
  Textarea(h, form, "text", "Finding", "", 3);
  Radios(h, form, "follow_up", "What it leads to", VocabularyOptions(assurance::FindingFollowUps()),
         "A strength is noted; a deficit may become an action or a training referral");
  Textarea(h, form, "follow_up_text", "The action or the training need", "Not needed when the finding is noted", 2);
  DateInput(h, form, "due_on", "Action due (for an action)");
  Button(h, "Add finding", true);
  h.Close("form");
}

Response RenderCase(Context& ctx, const AuditedCase& c, const CaseForms& forms, int status) {
  auto reader = ReaderOf(ctx);
  bool may_work = assurance::MaySeeCase(reader, c.audit_group_id);
  Html h;
  // A refusal whose form the page does not show (a part for no agency of the case, a discussion
  // or a finding at the wrong stage, an action already completed) is summarised at the top.
  core::FieldErrors unshown;
  if (forms.part_agency == 0) unshown.Merge(forms.part.errors);
  if (assurance::StageOf(c) != assurance::CaseStage::kAwaitingDiscussion) unshown.Merge(forms.discussion.errors);
  if (!c.discussed_on) unshown.Merge(forms.finding.errors);
  auto completed = std::find_if(c.findings.begin(), c.findings.end(), [&](const auto& f) {
    return f.id == forms.completion_for && f.follow_up == assurance::FindingFollowUp::kAction && !f.completed_on;
  });
  if (completed == c.findings.end()) unshown.Merge(forms.completion.errors);
  if (!unshown.empty()) ErrorSummary(h, unshown);
  h.Open("p", {{"class", "govuk-body"}});
  StatusTag(h, assurance::StatusOf(assurance::StageOf(c)));
  h.Close("p");
  auto quarter = assurance::QuarterOf(c.selected_on);
  SummaryList(h, {{"Reference", c.reference},
                  {"Audit", c.audit_title},
                  {"Selected", core::FormatDateLong(c.selected_on) + " (" + assurance::QuarterLabel(quarter.quarter) + ")"},
                  {"Why it was chosen", c.focus.empty() ? "Not given" : c.focus},
                  {"Discussed", DateOrNot(c.discussed_on, "Not yet")}});
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, assurance_pages::AuditPath(ctx, c.planned_audit_id), "The planned audit");
  if (ctx.access.board_administration) {
    h.Text(" · ");
    Link(h, CasePath(ctx, c.id) + "/views", "Who has viewed this case");
  }
  h.Close("p");
  RenderParts(ctx, h, c, reader, forms);
  RenderDiscussion(ctx, h, c, may_work, forms.discussion);
  RenderFindings(ctx, h, c, may_work, forms);
  auto chrome = ChromeWithCrumbs(ctx, "Audited case " + c.reference, "Quality assurance",
                                 {{"Case file audits", ListPath(ctx, quarter.year_start)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.part.errors.empty() || !forms.discussion.errors.empty() || !forms.finding.errors.empty() ||
                      !forms.completion.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

// Shows the case again with a refused form, logged as the view it is.
Response Refused(Context& ctx, const AuditedCase& c, const CaseForms& forms) {
  ctx.Audit(auth::AuditAction::kViewed, kAuditRecord, c.id, "form refused");
  return RenderCase(ctx, c, forms, 422);
}

}  // namespace

Response ShowAuditedCase(Context& ctx) {
  auto c = CaseOf(ctx, ctx.Id("id"));
  if (!c) return ErrorPage(ctx, 403);
  // RULE: issue 16 - case file audit records are audited like case records: every view logged.
  ctx.Audit(auth::AuditAction::kViewed, kAuditRecord, c->id);
  return RenderCase(ctx, *c, {}, 200);
}

Response ShowAuditedCaseViews(Context& ctx) {
  auto c = CaseOf(ctx, ctx.Id("id"));
  if (!c || !ctx.access.board_administration) return ErrorPage(ctx, 403);
  return RecordViewsPage(ctx, kAuditRecord, c->id, c->reference, CasePath(ctx, c->id), "Quality assurance",
                         ListPath(ctx, assurance::QuarterOf(c->selected_on).year_start));
}

Response SaveCasePart(Context& ctx) {
  auto c = CaseOf(ctx, ctx.Id("id"));
  if (!c) return ErrorPage(ctx, 403);
  auto agency = core::ParseWholeNumber(ctx.form.Get("agency_id"));
  auto part = std::find_if(c->parts.begin(), c->parts.end(), [&](const auto& p) { return agency && p.agency_id == *agency; });
  CaseForms forms;
  if (part == c->parts.end()) {
    forms.part.errors.Add("agency_id", "Choose one of the case's agencies");
    return Refused(ctx, *c, forms);
  }
  if (!assurance::MayCompletePart(ReaderOf(ctx), c->audit_group_id, part->agency_id)) return ErrorPage(ctx, 403);
  forms.part_agency = part->agency_id;
  forms.part.values = Unprefixed(ctx, PartPrefix(part->agency_id));
  assurance::CasePart read = *part;
  forms.part.errors = assurance::ReadCasePart(forms.part.values, *c, core::DateOf(ctx.clock.Now()), read);
  if (!forms.part.errors.empty()) return Refused(ctx, *c, forms);
  storage::Transaction tx(ctx.db);
  assurance::CaseAuditStore(ctx.db).SavePart(c->id, read);
  ctx.Audit(auth::AuditAction::kUpdate, kAuditRecord, c->id, "agency part saved");
  tx.Commit();
  return http::Redirect(CasePath(ctx, c->id) + "?done=case-part-saved");
}

Response SaveCaseDiscussion(Context& ctx) {
  auto c = CaseOf(ctx, ctx.Id("id"));
  if (!c) return ErrorPage(ctx, 403);
  CaseForms forms;
  forms.discussion.values = Submitted(ctx);
  if (c->discussed_on) forms.discussion.errors.Add("discussed_on", "The case has already been discussed");
  AuditedCase read = *c;
  if (forms.discussion.errors.empty())
    forms.discussion.errors = assurance::ReadDiscussion(forms.discussion.values, *c, core::DateOf(ctx.clock.Now()), read);
  if (!forms.discussion.errors.empty()) return Refused(ctx, *c, forms);
  storage::Transaction tx(ctx.db);
  assurance::CaseAuditStore(ctx.db).SaveDiscussion(ctx.partnership_id(), read);
  ctx.Audit(auth::AuditAction::kUpdate, kAuditRecord, c->id, "discussion recorded");
  tx.Commit();
  return http::Redirect(CasePath(ctx, c->id) + "?done=case-discussed#findings");
}

Response AddCaseFinding(Context& ctx) {
  auto c = CaseOf(ctx, ctx.Id("id"));
  if (!c) return ErrorPage(ctx, 403);
  CaseForms forms;
  forms.finding.values = Submitted(ctx);
  assurance::CaseFinding finding;
  forms.finding.errors = assurance::ReadFinding(forms.finding.values, *c, finding);
  if (!forms.finding.errors.empty()) return Refused(ctx, *c, forms);
  storage::Transaction tx(ctx.db);
  assurance::CaseAuditStore(ctx.db).AddFinding(c->id, finding);
  ctx.Audit(auth::AuditAction::kUpdate, kAuditRecord, c->id, "finding added");
  tx.Commit();
  return http::Redirect(CasePath(ctx, c->id) + "?done=case-finding-added#findings");
}

Response CompleteCaseFinding(Context& ctx) {
  assurance::CaseAuditStore store(ctx.db);
  auto case_id = store.CaseOfFinding(ctx.partnership_id(), ctx.Id("id"));
  if (!case_id) throw http::NotFound{};
  auto c = CaseOf(ctx, *case_id);
  if (!c) return ErrorPage(ctx, 403);
  auto finding = std::find_if(c->findings.begin(), c->findings.end(), [&](const auto& f) { return f.id == ctx.Id("id"); });
  CaseForms forms;
  forms.completion_for = finding->id;
  forms.completion.values = Unprefixed(ctx, CompletionPrefix(finding->id));
  core::Date on;
  forms.completion.errors =
      assurance::ReadFindingCompleted(forms.completion.values, *c, *finding, core::DateOf(ctx.clock.Now()), on);
  if (!forms.completion.errors.empty()) return Refused(ctx, *c, forms);
  storage::Transaction tx(ctx.db);
  store.CompleteFinding(c->id, finding->id, on);
  ctx.Audit(auth::AuditAction::kUpdate, kAuditRecord, c->id, "action completed");
  tx.Commit();
  return http::Redirect(CasePath(ctx, c->id) + "?done=case-action-completed#findings");
}

}  // namespace safeboard::ui::pages
