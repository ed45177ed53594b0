// Training needs and procedure reviews raised (issue 16): one list the training and policy
// sub-groups work through (?kind=training_need or procedure_review), each with where it came
// from and, once answered by its group, where it led.
#include "core/date.h"
#include "governance/store.h"
#include "learning/pages/pages.h"
#include "learning/pages/shared.h"
#include "learning/store.h"
#include "ui/area_registry.h"
#include "ui/pages/common.h"
#include "ui/table_export.h"

namespace safeboard::ui::pages {

using namespace learning_pages;
using http::Context;
using http::Response;

namespace {

const AreaRegistration kLearningArea{
    {}, {{"referral-raised", "Raised: the group it is for can now answer it"}, {"referral-answered", "Answer saved"}}};

bool MayAnswer(const Context& ctx, const learning::Referral& r) {
  return learning::MayAnswer(ctx.access.board_administration, ctx.role < auth::Role::kMember, ctx.access.groups, r);
}

learning::Referral ReferralOf(Context& ctx) {
  auto r = learning::LearningStore(ctx.db).Find(ctx.partnership_id(), ctx.Id("id"));
  if (!r) throw http::NotFound{};
  return *r;
}

Response RenderReferral(Context& ctx, const learning::Referral& r, const FormState& form, int status) {
  Html h;
  h.Open("p", {{"class", "govuk-body"}});
  StatusTag(h, learning::StatusOf(learning::StandingOf(r)));
  h.Close("p");
  SummaryList(h, {{"What is needed", std::string(core::LabelOf(learning::ReferralKinds(), r.kind))},
                  {"The need", r.need},
                  {"Raised", core::FormatDateLong(r.raised_on)},
                  {"For", r.for_group_name.empty() ? "The board team" : r.for_group_name},
                  {"Where it led", r.responded_on ? r.response + " (" + core::FormatDateLong(*r.responded_on) + ")"
                                                  : "Not answered yet"}});
  h.Open("p", {{"class", "govuk-body"}});
  h.Text("Raised from: ");
  SourceOf(ctx, h, r);
  h.Close("p");
  if (MayAnswer(ctx, r)) {
    FormState shown = form;
    if (shown.values.empty() && r.responded_on) {
      shown.values["response"] = r.response;
      shown.values["responded_on"] = core::FormatDate(*r.responded_on);
    }
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "answer"}}, "The group's answer");
    OpenForm(h, ctx, ReferralPath(ctx, r.id), shown);
    Textarea(h, shown, "response", "What the group did", "For example, a course added to the programme, a chapter put under review", 3);
    DateInput(h, shown, "responded_on", "Answered on");
    Button(h, "Save answer", true);
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, std::string(core::LabelOf(learning::ReferralKinds(), r.kind)), "Quality assurance",
                                 {{"Training needs and procedure reviews", ctx.PartnershipPath("/learning")}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowLearningReferrals(Context& ctx) {
  auto kind = core::ParseCode(learning::ReferralKinds(), ctx.query.Get("kind"));
  Html h;
  h.Element("p", {{"class", "govuk-body"}},
            "Training needs for the training sub-group and procedure reviews for the policy sub-group, raised from "
            "audits and case reviews. Each shows where it came from and, once its group answers, where it led.");
  h.Open("ul", {{"class", "govuk-list"}});
  h.Open("li");
  Link(h, ctx.PartnershipPath("/learning"), "All");
  h.Close("li");
  for (const auto& k : learning::ReferralKinds()) {
    h.Open("li");
    Link(h, ctx.PartnershipPath("/learning?kind=" + std::string(k.code)), std::string(k.label) + "s only");
    h.Close("li");
  }
  h.Close("ul");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& r : learning::LearningStore(ctx.db).List(ctx.partnership_id(), kind)) {
    Html from, standing;
    SourceOf(ctx, from, r);
    StatusTag(standing, learning::StatusOf(learning::StandingOf(r)));
    rows.push_back({LinkCell(ReferralPath(ctx, r.id), r.need),
                    TextCell(std::string(core::LabelOf(learning::ReferralKinds(), r.kind))), from.Build(),
                    TextCell(core::FormatDateLong(r.raised_on)),
                    TextCell(r.for_group_name.empty() ? "The board team" : r.for_group_name), standing.Build()});
  }
  if (rows.empty()) {
    h.Element("p", {{"class", "govuk-body"}}, "None raised.");
  } else {
    Table(h, "Raised", {"Need", "Kind", "From", "Raised", "For", "Where it stands"}, rows);
    std::string query = kind ? "?kind=" + std::string(core::CodeOf(learning::ReferralKinds(), *kind)) : "";
    DownloadLinks(h, ctx.PartnershipPath("/learning"), query, "Download the list");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Training needs and procedure reviews", "Quality assurance",
                                 {{"Quality assurance", ctx.PartnershipPath("/assurance")}});
  chrome.success = SuccessMessage(ctx);
  return Page(ctx, std::move(chrome), std::move(h));
}

Response ExportLearningReferrals(Context& ctx) {
  auto kind = core::ParseCode(learning::ReferralKinds(), ctx.query.Get("kind"));
  TableRows rows;
  for (const auto& r : learning::LearningStore(ctx.db).List(ctx.partnership_id(), kind))
    rows.push_back({std::string(core::LabelOf(learning::ReferralKinds(), r.kind)), r.need, r.source_label,
                    core::FormatDate(r.raised_on), r.for_group_name.empty() ? "The board team" : r.for_group_name,
                    r.responded_on ? core::FormatDate(*r.responded_on) : "", r.response,
                    std::string(core::LabelOf(learning::ReferralStandings(), learning::StandingOf(r)))});
  return DownloadAsAsked(ctx.request, {"training-needs-and-procedure-reviews", "Raised",
                                       {"Kind", "Need", "From", "Raised", "For", "Answered", "Where it led",
                                        "Where it stands"},
                                       rows});
}

Response ShowLearningReferral(Context& ctx) { return RenderReferral(ctx, ReferralOf(ctx), {}, 200); }

Response AnswerLearningReferral(Context& ctx) {
  auto r = ReferralOf(ctx);
  if (!MayAnswer(ctx, r)) return ErrorPage(ctx, 403);
  FormState form{Submitted(ctx), {}};
  learning::Referral read = r;
  form.errors = learning::ReadResponse(form.values, r, core::DateOf(ctx.clock.Now()), read);
  if (!form.errors.empty()) return RenderReferral(ctx, r, form, 422);
  storage::Transaction tx(ctx.db);
  learning::LearningStore(ctx.db).SaveResponse(ctx.partnership_id(), read);
  ctx.Audit(auth::AuditAction::kUpdate, "learning-referral", r.id, "answered");
  tx.Commit();
  return http::Redirect(ReferralPath(ctx, r.id) + "?done=referral-answered");
}

}  // namespace safeboard::ui::pages
