// One agency's Section 11 return (issue 16): its lead grades each standard with evidence and
// files, saves as they go and submits; everyone in the partnership reads it with the previous
// round's grades beside it; the board team names the lead and can hand a submitted return back.
#include "assurance/pages/section11_return.h"

#include "assurance/pages/section11_pages.h"
#include "assurance/pages/section11_shared.h"
#include "assurance/section11_store.h"
#include "core/base64.h"
#include "core/form_fields.h"
#include "core/date.h"
#include "meetings/papers.h"

namespace safeboard::ui::pages {

using namespace section11_pages;
using http::Context;
using http::Response;

namespace section11_pages {

ReturnView ReadReturnView(Context& ctx, const assurance::Section11Return& ret) {
  assurance::Section11Store store(ctx.db);
  ReturnView v{ret, RoundOrNotFound(ctx, ret.round_id)};
  v.tmpl = TemplateOrNotFound(ctx, v.round.template_id);
  v.answers = store.AnswersOf(ctx.partnership_id(), ret.id);
  v.files = store.FilesOf(ctx.partnership_id(), ret.id);
  v.actions = store.ActionsOf(ctx.partnership_id(), ret.id);
  if (auto previous = store.PreviousRound(ctx.partnership_id(), v.round))
    for (const auto& r : store.ReturnsOf(ctx.partnership_id(), previous->id))
      if (r.agency_id == ret.agency_id && r.submitted_on) {
        v.previous_template = store.FindTemplate(ctx.partnership_id(), previous->template_id);
        v.previous_answers = store.AnswersOf(ctx.partnership_id(), r.id);
        v.previous_title = previous->title;
      }
  return v;
}

const assurance::Section11Answer* AnswerOf(const ReturnView& view, std::int64_t standard_id) {
  for (const auto& a : view.answers)
    if (a.standard_id == standard_id) return &a;
  return nullptr;
}

}  // namespace section11_pages

namespace {

std::string PreviousGrade(const ReturnView& v, const assurance::Section11Standard& s) {
  if (!v.previous_template) return "No return to the previous round";
  bool asked = false;
  for (const auto& before : v.previous_template->standards) asked = asked || before.reference == s.reference;
  if (!asked) return "Not asked in " + v.previous_title;
  return assurance::GradeLabel(*v.previous_template,
                               assurance::AgreedGradeFor(*v.previous_template, v.previous_answers, s.reference)) +
         " (" + v.previous_title + ")";
}

void RenderFiles(Context& ctx, Html& h, const ReturnView& v, std::int64_t standard_id) {
  h.Open("ul", {{"class", "govuk-list"}});
  for (const auto& f : v.files)
    if (f.standard_id == standard_id) {
      h.Open("li");
      Link(h, ctx.PartnershipPath("/assurance/section-11/files/" + std::to_string(f.id)), f.file_name);
      h.Close("li");
    }
  h.Close("ul");
}

void RenderStandardsRead(Context& ctx, Html& h, const ReturnView& v) {
  for (const auto& s : v.tmpl.standards) {
    const auto* a = AnswerOf(v, s.id);
    assurance::Section11Answer answer = a ? *a : assurance::Section11Answer{s.id};
    h.Element("h3", {{"class", "govuk-heading-s"}, {"id", "standard-" + std::to_string(s.id)}}, s.reference + ". " + s.title);
    std::vector<std::pair<std::string, std::string>> rows = {
        {"Agency's grade", assurance::GradeLabel(v.tmpl, answer.grade)},
        {"Evidence", answer.evidence.empty() ? "None given" : answer.evidence},
        {"Previous round", PreviousGrade(v, s)}};
    if (answer.challenge) {
      rows.push_back({"Challenge", std::string(core::LabelOf(assurance::ChallengeOutcomes(), *answer.challenge)) +
                                       (answer.challenged_on ? " on " + core::FormatDateLong(*answer.challenged_on) : "") +
                                       (answer.challenge_reason.empty() ? "" : ": " + answer.challenge_reason)});
      rows.push_back({"Agreed grade", assurance::GradeLabel(v.tmpl, assurance::AgreedGrade(answer))});
    }
    SummaryList(h, rows);
    RenderFiles(ctx, h, v, s.id);
  }
}

void RenderAnswersForm(Context& ctx, Html& h, const ReturnView& v, const FormState& form) {
  FormState shown = form;
  if (shown.values.empty())
    for (const auto& a : v.answers) {
      if (a.grade) shown.values["grade_" + std::to_string(a.standard_id)] = std::to_string(*a.grade);
      shown.values["evidence_" + std::to_string(a.standard_id)] = a.evidence;
    }
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "self-assessment"}}, "Self-assessment");
  h.Element("p", {{"class", "govuk-body"}},
            "Grade each standard and say what shows it. Save as you go; submit when every standard has a grade.");
  OpenForm(h, ctx, ReturnPath(ctx, v.ret.id), shown);
  for (const auto& s : v.tmpl.standards) {
    auto id = std::to_string(s.id);
    h.Element("h3", {{"class", "govuk-heading-s"}, {"id", "standard-" + id}}, s.reference + ". " + s.title);
    if (!s.guidance.empty()) h.Element("p", {{"class", "govuk-body"}}, s.guidance);
    Radios(h, shown, "grade_" + id, "Grade for standard " + s.reference, GradeOptions(v.tmpl),
           "Previous round: " + PreviousGrade(v, s));
    Textarea(h, shown, "evidence_" + id, "Evidence for standard " + s.reference, "", 3);
    RenderFiles(ctx, h, v, s.id);
  }
  h.Open("div", {{"class", "govuk-button-group"}});
  h.Element("button", {{"type", "submit"}, {"name", "submit"}, {"value", "no"}, {"class", "govuk-button govuk-button--secondary"},
                       {"data-module", "govuk-button"}},
            "Save draft");
  h.Element("button", {{"type", "submit"}, {"name", "submit"}, {"value", "yes"}, {"class", "govuk-button"},
                       {"data-module", "govuk-button"}},
            "Submit return");
  h.Close("div");
  h.Close("form");
}

void RenderEvidenceForm(Context& ctx, Html& h, const ReturnView& v, const FormState& form) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "evidence-files"}}, "Add an evidence file");
  h.Open("form", {{"method", "post"}, {"enctype", "multipart/form-data"}, {"novalidate", "novalidate"},
                  {"action", ReturnPath(ctx, v.ret.id) + "/files"}});
  ErrorSummary(h, form.errors);
  CsrfField(h, ctx.csrf_token);
  Options standards;
  for (const auto& s : v.tmpl.standards) standards.emplace_back(std::to_string(s.id), s.reference + ". " + s.title);
  Select(h, form, "standard_id", "Standard it is evidence for", standards, "Choose a standard");
  FileUpload(h, form, "evidence", "File", "A PDF, Word or Excel file up to 10 MB");
  Button(h, "Upload file", true);
  h.Close("form");
}

void RenderBoardTeamForms(Context& ctx, Html& h, const ReturnView& v, const FormState& form) {
  FormState shown = form;
  if (shown.values.empty() && v.ret.lead_person_id) shown.values["lead_person_id"] = std::to_string(*v.ret.lead_person_id);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "lead"}}, "The agency's lead");
  OpenForm(h, ctx, ReturnPath(ctx, v.ret.id) + "/lead", shown);
  Select(h, shown, "lead_person_id", "Lead for this return", PeopleOptionsOf(ctx, v.ret.agency_id), "Choose a person",
         "They fill in and submit the return when signed in");
  Button(h, "Save lead", true);
  h.Close("form");
  if (v.ret.submitted_on)
    PostButton(h, ctx, ReturnPath(ctx, v.ret.id) + "/reopen", "Hand the return back to the agency");
}

}  // namespace

namespace section11_pages {

Response RenderReturn(Context& ctx, const ReturnView& v, const ReturnForms& forms, int status) {
  auto today = core::DateOf(ctx.clock.Now());
  Html h;
  ErrorSummary(h, forms.refused);
  h.Open("p", {{"class", "govuk-body"}, {"id", "return-standing"}});
  StatusTag(h, assurance::StatusOf(assurance::StandingOf(v.ret, v.answers, v.round.returns_due_on, today)));
  h.Close("p");
  SummaryList(h, {{"Lead", v.ret.lead_name.empty() ? "No lead named yet" : v.ret.lead_name},
                  {"Returns due", core::FormatDateLong(v.round.returns_due_on)},
                  {"Submitted", v.ret.submitted_on ? core::FormatDateLong(*v.ret.submitted_on) : "Not yet"},
                  {"Standards", TemplateLabel(v.tmpl)}});
  bool editing = !v.ret.submitted_on && CanEditReturn(ctx, v.ret);
  if (editing) {
    RenderAnswersForm(ctx, h, v, forms.answers);
    RenderEvidenceForm(ctx, h, v, forms.evidence);
  } else {
    RenderStandardsRead(ctx, h, v);
  }
  if (v.ret.submitted_on) RenderChallengeForm(ctx, h, v, forms.challenge);
  RenderActions(ctx, h, v, forms);
  if (CanManage(ctx)) RenderBoardTeamForms(ctx, h, v, forms.lead);
  auto chrome = ChromeWithCrumbs(ctx, v.ret.agency_name + ": Section 11 return", "Quality assurance",
                                 {{"Section 11", RoundsPath(ctx)}, {v.round.title, RoundPath(ctx, v.round.id)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !forms.refused.empty();
  for (const auto* f : {&forms.answers, &forms.lead, &forms.evidence, &forms.challenge, &forms.action, &forms.progress})
    chrome.has_errors = chrome.has_errors || !f->errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace section11_pages

Response ShowSection11Return(Context& ctx) {
  auto ret = ReturnOrNotFound(ctx);
  return RenderReturn(ctx, ReadReturnView(ctx, ret), {}, 200);
}

Response SaveSection11Return(Context& ctx) {
  auto ret = ReturnOrNotFound(ctx);
  if (!CanEditReturn(ctx, ret)) return ErrorPage(ctx, 403);
  auto view = ReadReturnView(ctx, ret);
  ReturnForms forms;
  forms.answers = FormState{Submitted(ctx), {}};
  bool submitting = core::ReadFlag(forms.answers.values, "submit");
  if (ret.submitted_on) {
    forms.refused.Add("return-standing", "This return has been submitted: the board team can hand it back to change it");
    return RenderReturn(ctx, view, forms, 409);
  }
  std::vector<assurance::Section11Answer> answers;
  forms.answers.errors = assurance::ReadAnswers(forms.answers.values, view.tmpl, submitting, answers);
  if (!forms.answers.errors.empty()) return RenderReturn(ctx, view, forms, 422);
  storage::Transaction tx(ctx.db);
  assurance::Section11Store store(ctx.db);
  store.SaveAnswers(ctx.partnership_id(), ret.id, answers);
  if (submitting) store.SetSubmitted(ctx.partnership_id(), ret.id, core::DateOf(ctx.clock.Now()));
  ctx.Audit(auth::AuditAction::kUpdate, "section11-return", ret.id, submitting ? "submitted" : "");
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, ret.id) + (submitting ? "?done=return-submitted" : "?done=return-saved"));
}

Response SetSection11Lead(Context& ctx) {
  auto ret = ReturnOrNotFound(ctx);
  ReturnForms forms;
  forms.lead = FormState{Submitted(ctx), {}};
  assurance::Section11Return read;
  forms.lead.errors = assurance::ReadReturnLead(forms.lead.values, PeopleIdsOf(ctx, ret.agency_id), read);
  if (!forms.lead.errors.empty()) return RenderReturn(ctx, ReadReturnView(ctx, ret), forms, 422);
  storage::Transaction tx(ctx.db);
  assurance::Section11Store(ctx.db).SetLead(ctx.partnership_id(), ret.id, read.lead_person_id);
  ctx.Audit(auth::AuditAction::kUpdate, "section11-return", ret.id, "lead");
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, ret.id) + "?done=lead-saved");
}

Response ReopenSection11Return(Context& ctx) {
  auto ret = ReturnOrNotFound(ctx);
  if (!Confirmed(ctx))
    return ConfirmationPage(ctx, "Hand the return back to " + ret.agency_name + "?", "Quality assurance",
                            "Its lead can then change the grades and evidence and submit it again. Challenges and "
                            "actions already recorded are kept.",
                            ReturnPath(ctx, ret.id) + "/reopen", "Hand it back", ReturnPath(ctx, ret.id));
  storage::Transaction tx(ctx.db);
  assurance::Section11Store(ctx.db).SetSubmitted(ctx.partnership_id(), ret.id, std::nullopt);
  ctx.Audit(auth::AuditAction::kUpdate, "section11-return", ret.id, "handed back");
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, ret.id) + "?done=return-reopened");
}

Response UploadSection11Evidence(Context& ctx) {
  auto ret = ReturnOrNotFound(ctx);
  if (!CanEditReturn(ctx, ret)) return ErrorPage(ctx, 403);
  auto view = ReadReturnView(ctx, ret);
  ReturnForms forms;
  forms.evidence = FormState{Submitted(ctx), {}};
  if (ret.submitted_on) {
    forms.refused.Add("return-standing", "This return has been submitted: the board team can hand it back to add files");
    return RenderReturn(ctx, view, forms, 409);
  }
  std::vector<std::int64_t> standards;
  for (const auto& s : view.tmpl.standards) standards.push_back(s.id);
  auto standard = core::ReadReference(forms.evidence.values, "standard_id", "the standard", standards, true,
                                      forms.evidence.errors);
  const http::Part* file = nullptr;
  for (const auto& part : ctx.files)
    if (part.name == "evidence" && part.file_name && !part.file_name->empty()) file = &part;
  meetings::PaperCheck check;
  if (!file)
    forms.evidence.errors.Add("evidence", "Choose a file to upload");
  else if (check = meetings::CheckPaper(*file->file_name, file->data); !check.error.empty())
    forms.evidence.errors.Add("evidence", check.error);
  if (!forms.evidence.errors.empty()) return RenderReturn(ctx, view, forms, 422);
  assurance::EvidenceFile evidence{0, ret.id, *standard, meetings::SafeFileName(*file->file_name), check.content_type,
                                   static_cast<std::int64_t>(file->data.size())};
  storage::Transaction tx(ctx.db);
  auto id = assurance::Section11Store(ctx.db).AddFile(ctx.partnership_id(), evidence, core::Base64Encode(file->data),
                                                      core::FormatTimestamp(ctx.clock.Now()));
  ctx.Audit(auth::AuditAction::kCreate, "section11-evidence", id);
  tx.Commit();
  return http::Redirect(ReturnPath(ctx, ret.id) + "?done=evidence-added");
}

Response DownloadSection11Evidence(Context& ctx) {
  auto file = assurance::Section11Store(ctx.db).FileWithContent(ctx.partnership_id(), ctx.Id("id"));
  if (!file) throw http::NotFound{};
  auto bytes = core::Base64Decode(file->second);
  if (!bytes) throw std::runtime_error("stored evidence file is not valid base64");
  Response r{200, {{"Content-Type", file->first.content_type}}, std::move(*bytes)};
  // Served as a download, never rendered in the page's origin.
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + file->first.file_name + "\"");
  return r;
}

}  // namespace safeboard::ui::pages
