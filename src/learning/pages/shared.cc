#include "learning/pages/shared.h"

#include "auth/policy.h"
#include "core/date.h"
#include "governance/store.h"
#include "learning/store.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages::learning_pages {

namespace {

std::vector<std::int64_t> GroupIds(http::Context& ctx) {
  std::vector<std::int64_t> ids;
  for (const auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id())) ids.push_back(g.id);
  return ids;
}

Options GroupOptions(http::Context& ctx) {
  Options out;
  for (const auto& g : governance::GovernanceStore(ctx.db).ListGroups(ctx.partnership_id()))
    out.emplace_back(std::to_string(g.id), g.name);
  return out;
}

}  // namespace

std::string ReferralPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/learning/" + std::to_string(id));
}

void SourceOf(http::Context& ctx, Html& h, const learning::Referral& r) {
  switch (r.source) {
    case learning::ReferralSource::kPlannedAudit:
      Link(h, ctx.PartnershipPath("/assurance/audits/" + std::to_string(r.source_id)), r.source_label);
      return;
    case learning::ReferralSource::kCaseReview:
      if (auth::Allows(ctx.access, auth::Permission::kCaseReviewRecords))
        Link(h, ctx.PartnershipPath("/case-reviews/reviews/" + std::to_string(r.source_id)), r.source_label);
      else
        h.Text(r.source_label);
      return;
    case learning::ReferralSource::kProcedureChange:
      Link(h, ctx.PartnershipPath("/procedures/reviews/" + std::to_string(r.source_id)), r.source_label);
      return;
  }
}

void RenderReferralsFrom(http::Context& ctx, Html& h, learning::ReferralSource source, std::int64_t source_id,
                         const FormState& form, const std::string& action, bool may_raise) {
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "learning"}}, "Training needs and procedure reviews raised");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& r : learning::LearningStore(ctx.db).From(ctx.partnership_id(), source, source_id)) {
    Html standing;
    StatusTag(standing, learning::StatusOf(learning::StandingOf(r)));
    rows.push_back({LinkCell(ReferralPath(ctx, r.id), std::string(core::LabelOf(learning::ReferralKinds(), r.kind))),
                    TextCell(r.need), TextCell(r.for_group_name.empty() ? "The board team" : r.for_group_name),
                    TextCell(r.responded_on ? r.response : "Not answered yet"), standing.Build()});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "None raised yet.");
  else
    Table(h, "Raised from this record", {"Raised", "Need", "For", "Where it led", ""}, rows);
  if (!may_raise) return;
  h.Element("h3", {{"class", "govuk-heading-s"}}, "Raise a training need or a procedure review");
  OpenForm(h, ctx, action, form);
  Radios(h, form, "kind", "What is needed", VocabularyOptions(learning::ReferralKinds()));
  Textarea(h, form, "need", "The need", "Written to be shared with the group: never a case's details", 3);
  Select(h, form, "for_group_id", "For the group", GroupOptions(ctx), "The board team",
         "For example, the training sub-group or the policy and procedures sub-group");
  DateInput(h, form, "raised_on", "Raised on");
  Button(h, "Raise", true);
  h.Close("form");
}

FormState RaiseReferral(http::Context& ctx, learning::ReferralSource source, std::int64_t source_id,
                        const std::string& source_label) {
  FormState form{Submitted(ctx), {}};
  learning::Referral referral;
  form.errors = learning::ReadReferral(form.values, GroupIds(ctx), core::DateOf(ctx.clock.Now()), referral);
  if (!form.errors.empty()) return form;
  referral.source = source;
  referral.source_id = source_id;
  referral.source_label = source_label;
  storage::Transaction tx(ctx.db);
  auto id = learning::LearningStore(ctx.db).Add(ctx.partnership_id(), referral);
  ctx.Audit(auth::AuditAction::kCreate, "learning-referral", id);
  tx.Commit();
  return form;
}

}  // namespace safeboard::ui::pages::learning_pages
