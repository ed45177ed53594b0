// Organisations' own safeguarding policies checked against the board's procedures (issue 18;
// business plan 2011-13 objective 7: "advise and support Milton Keynes agencies in the
// development of their child protection policies"): who, which policy, when, the outcome and the
// advice. Members read; the board team records a check.
#include "core/date.h"
#include "procedures/pages/pages.h"
#include "procedures/pages/shared.h"
#include "procedures/store.h"

namespace safeboard::ui::pages {

using namespace procedures_pages;
using http::Context;
using http::Response;

namespace {

std::string ChecksPath(const Context& ctx) { return ctx.PartnershipPath("/procedures/policy-checks"); }

Response RenderChecks(Context& ctx, const FormState& form, int status) {
  Html h;
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& c : procedures::ProcedureStore(ctx.db).PolicyChecks(ctx.partnership_id())) {
    Html tag;
    StatusTag(tag, procedures::StatusOf(c.outcome));
    rows.push_back({TextCell(c.organisation), TextCell(c.policy), TextCell(core::FormatDateLong(c.checked_on)), tag.Build(),
                    TextCell(c.advice)});
  }
  if (rows.empty())
    h.Element("p", {{"class", "govuk-body"}}, "No policies checked yet.");
  else
    Table(h, "Policies checked", {"Organisation", "Policy", "Checked", "Outcome", "Advice"}, rows);
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add"}}, "Record a check");
    OpenForm(h, ctx, ChecksPath(ctx), form);
    TextInput(h, form, "organisation", "Organisation", {.width_class = "govuk-!-width-one-half"});
    TextInput(h, form, "policy", "Its policy", {.width_class = "govuk-!-width-two-thirds"});
    DateInput(h, form, "checked_on", "Checked on");
    Radios(h, form, "outcome", "Outcome", VocabularyOptions(procedures::PolicyOutcomes()));
    Textarea(h, form, "advice", "Advice (needed unless consistent)", "", 3);
    Button(h, "Record check");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Organisations' policies checked", kNav, {{"Procedures register", RegisterPath(ctx)}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !form.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowPolicyChecks(Context& ctx) { return RenderChecks(ctx, {}, 200); }

Response AddPolicyCheck(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  procedures::PolicyCheck check;
  form.errors = procedures::ReadPolicyCheck(form.values, core::DateOf(ctx.clock.Now()), check);
  if (!form.errors.empty()) return RenderChecks(ctx, form, 422);
  storage::Transaction tx(ctx.db);
  auto id = procedures::ProcedureStore(ctx.db).AddPolicyCheck(ctx.partnership_id(), check);
  ctx.Audit(auth::AuditAction::kCreate, "policy-check", id);
  tx.Commit();
  return http::Redirect(ChecksPath(ctx) + "?done=policy-check-added");
}

}  // namespace safeboard::ui::pages
