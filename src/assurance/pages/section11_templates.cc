// Section 11 standards templates (issue 16): each board keeps its own, versioned. A template no
// round uses yet can be changed; one in use is kept as it was and changed by making its next
// version, so every round keeps the standards its returns answered.
#include "assurance/pages/section11_pages.h"
#include "assurance/pages/section11_shared.h"
#include "assurance/section11_store.h"
#include "core/form_fields.h"

namespace safeboard::ui::pages {

using namespace section11_pages;
using http::Context;
using http::Response;

namespace {

constexpr int kBlankRows = 5;

core::FieldValues TemplateValues(const assurance::Section11Template& tmpl) {
  core::FieldValues v{{"name", tmpl.name}};
  for (const auto& g : tmpl.grades) v["grades"] += (v["grades"].empty() ? "" : "\n") + g;
  int n = 0;
  for (const auto& s : tmpl.standards) {
    auto row = std::to_string(++n);
    v["reference_" + row] = s.reference;
    v["title_" + row] = s.title;
    v["guidance_" + row] = s.guidance;
  }
  return v;
}

// How many standard rows a form shows: those filled in, then blank ones to add more.
int RowsIn(const core::FieldValues& values) {
  int last = 0;
  for (int n = 1; n <= 60; ++n)
    for (const char* field : {"reference_", "title_", "guidance_"})
      if (!core::ValueOf(values, field + std::to_string(n)).empty()) last = n;
  return std::min(60, last + kBlankRows);
}

void TemplateFields(Html& h, const FormState& form) {
  TextInput(h, form, "name", "Template name", {.hint = "For example, Section 11 standards (Working Together 2010)",
                                               .width_class = "govuk-!-width-two-thirds"});
  Textarea(h, form, "grades", "Scale of grades",
           "One grade per line, best first, for example: Met, Partly met, Not met. Only the first counts as met", 4);
  for (int n = 1, rows = RowsIn(form.values); n <= rows; ++n) {
    auto row = std::to_string(n);
    h.Open("fieldset", {{"class", "govuk-fieldset app-standard-row"}});
    h.Element("legend", {{"class", "govuk-fieldset__legend govuk-fieldset__legend--s"}}, "Standard row " + row);
    TextInput(h, form, "reference_" + row, "Reference",
              {.hint = "Kept the same in later versions, so rounds compare", .width_class = "govuk-input--width-5"});
    TextInput(h, form, "title_" + row, "Standard", {.width_class = "govuk-!-width-full"});
    Textarea(h, form, "guidance_" + row, "Guidance for agencies (optional)", "", 2);
    h.Close("fieldset");
  }
}

void RenderStandards(Html& h, const assurance::Section11Template& tmpl) {
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& s : tmpl.standards) rows.push_back({TextCell(s.reference), TextCell(s.title), TextCell(s.guidance)});
  Table(h, "Standards", {"Reference", "Standard", "Guidance"}, rows);
}

Response RenderList(Context& ctx, const FormState& form, int status) {
  Html h;
  auto templates = assurance::Section11Store(ctx.db).ListTemplates(ctx.partnership_id());
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& t : templates)
    rows.push_back({LinkCell(TemplatePath(ctx, t.id), t.name), TextCell(std::to_string(t.version)),
                    TextCell(std::to_string(t.standards.size())), TextCell(std::to_string(t.grades.size())),
                    TextCell(t.in_use ? "Used by a round" : "Not used yet")});
  if (templates.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No standards templates yet.");
  else
    Table(h, "Standards templates", {"Template", "Version", "Standards", "Grades", "In use"}, rows);
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "new-template"}}, "Make a new template");
    OpenForm(h, ctx, ctx.PartnershipPath("/assurance/section-11/templates"), form);
    TemplateFields(h, form);
    Button(h, "Save template");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Section 11 standards templates", "Quality assurance", {{"Section 11", RoundsPath(ctx)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

Response RenderTemplate(Context& ctx, const assurance::Section11Template& tmpl, const FormState& form, int status) {
  Html h;
  if (tmpl.in_use) ErrorSummary(h, form.errors);  // no form to show them beside
  SummaryList(h, {{"Version", std::to_string(tmpl.version)},
                  {"Scale", [&] {
                     std::string s;
                     for (const auto& g : tmpl.grades) s += (s.empty() ? "" : ", ") + g;
                     return s;
                   }()},
                  {"In use", tmpl.in_use ? "Yes: a round uses it, so it stays as it is" : "No"}});
  RenderStandards(h, tmpl);
  if (CanManage(ctx) && tmpl.in_use) {
    h.Element("p", {{"class", "govuk-body"}}, "To change the standards, make the next version and change that.");
    h.Open("form", {{"method", "post"}, {"action", ctx.PartnershipPath("/assurance/section-11/templates")}, {"id", "next-version"}});
    CsrfField(h, ctx.csrf_token);
    h.Void("input", {{"type", "hidden"}, {"name", "based_on"}, {"value", std::to_string(tmpl.id)}});
    Button(h, "Make version " + std::to_string(tmpl.version + 1), true);
    h.Close("form");
  } else if (CanManage(ctx)) {
    FormState editing = form;
    if (editing.values.empty()) editing.values = TemplateValues(tmpl);
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "change"}}, "Change the template");
    OpenForm(h, ctx, TemplatePath(ctx, tmpl.id), editing);
    TemplateFields(h, editing);
    Button(h, "Save template");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, TemplateLabel(tmpl), "Quality assurance",
                                 {{"Section 11", RoundsPath(ctx)},
                                  {"Templates", ctx.PartnershipPath("/assurance/section-11/templates")}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ListSection11Templates(Context& ctx) { return RenderList(ctx, {}, 200); }

Response AddSection11Template(Context& ctx) {
  assurance::Section11Store store(ctx.db);
  FormState form{Submitted(ctx), {}};
  std::vector<std::int64_t> templates;
  for (const auto& t : store.ListTemplates(ctx.partnership_id())) templates.push_back(t.id);
  core::FieldErrors based_on_errors;
  auto based_on = core::ReadReference(form.values, "based_on", "the template", templates, false, based_on_errors);
  if (!based_on_errors.empty()) throw http::NotFound{};
  if (based_on) form.values = TemplateValues(TemplateOrNotFound(ctx, *based_on));  // its next version, to change
  assurance::Section11Template tmpl;
  form.errors = assurance::ReadTemplate(form.values, tmpl);
  if (!form.errors.empty()) return RenderList(ctx, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = store.AddTemplate(ctx.partnership_id(), tmpl, based_on);
  ctx.Audit(auth::AuditAction::kCreate, "section11-template", id);
  tx.Commit();
  return http::Redirect(TemplatePath(ctx, id) + "?done=template-saved");
}

Response ShowSection11Template(Context& ctx) {
  return RenderTemplate(ctx, TemplateOrNotFound(ctx, ctx.Id("id")), {}, 200);
}

Response SaveSection11Template(Context& ctx) {
  auto stored = TemplateOrNotFound(ctx, ctx.Id("id"));
  FormState form{Submitted(ctx), {}};
  if (stored.in_use) {
    form.errors.Add("next-version", "A round uses this template, so it cannot change: make its next version instead");
    return RenderTemplate(ctx, stored, form, 409);
  }
  assurance::Section11Template tmpl;
  form.errors = assurance::ReadTemplate(form.values, tmpl);
  if (!form.errors.empty()) return RenderTemplate(ctx, stored, form, 422);
  tmpl.id = stored.id;
  storage::Transaction tx(ctx.db);
  assurance::Section11Store(ctx.db).ReplaceTemplate(ctx.partnership_id(), tmpl);
  ctx.Audit(auth::AuditAction::kUpdate, "section11-template", tmpl.id);
  tx.Commit();
  return http::Redirect(TemplatePath(ctx, tmpl.id) + "?done=template-saved");
}

}  // namespace safeboard::ui::pages
