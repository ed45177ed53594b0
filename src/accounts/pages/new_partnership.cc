// The deployment administrator creates a partnership: its name and address, the child
// population its rates are computed from, and its first business manager, who is invited.
#include "accounts/invitation_mail.h"
#include "accounts/pages/pages.h"

#include "accounts/pages/invitation_link.h"
#include "accounts/setup.h"
#include "governance/partnership_form.h"
#include "governance/store.h"
#include "storage/database.h"
#include "ui/pages/child_population_fields.h"
#include "ui/pages/common.h"

namespace safeboard::ui::pages {

using http::Context;
using http::Response;

namespace {

constexpr int kPopulationRowsShown = 3;

Response RenderPartnershipForm(Context& ctx, const FormState& form) {
  Html h;
  OpenForm(h, ctx, "/admin/partnerships", form);
  TextInput(h, form, "name", "Name",
            {.hint = "As the partnership calls itself, like Northshire Safeguarding Children Partnership"});
  TextInput(h, form, "slug", "Short name for web addresses",
            {.hint = "Lower-case letters, numbers and hyphens, like northshire-scp. Its pages will be at /p/ and this "
                     "name. It cannot be changed later.",
             .width_class = "govuk-input--width-20"});
  TextInput(h, form, "area", "Area it covers (optional)", {.hint = "Like Northshire County Council's area"});
  ChildPopulationFields(h, form, "Child population",
                        "Children aged 0 to 17 living in the area, for each financial year you have (optional). "
                        "Rates per 10,000 children are computed from these. You can add more years later.",
                        kPopulationRowsShown);
  h.Element("h2", {{"class", "govuk-heading-m"}}, "Its business manager");
  h.Element("p", {{"class", "govuk-body"}},
            "The person who will set up and run the partnership's records. They get a link to set their password; "
            "if they already have an account with this email address, they use it.");
  TextInput(h, form, "manager_name", "Full name", {.autocomplete = "off", .width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "manager_email", "Work email address",
            {.type = "email", .autocomplete = "off", .width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "manager_job_title", "Job title (optional)",
            {.hint = "Like Business Manager or Partnership Manager", .width_class = "govuk-!-width-one-half"});
  Button(h, "Create partnership");
  h.Close("form");
  return FormPage(ctx, "Create a partnership", "Partnerships", {{"Partnerships", "/partnerships"}}, form,
                  std::move(h));
}

}  // namespace

Response NewPartnership(Context& ctx) { return RenderPartnershipForm(ctx, FormState{}); }

Response CreatePartnership(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  governance::NewPartnership request;
  form.errors = governance::ReadNewPartnership(form.values, request);
  if (form.errors.empty() && governance::GovernanceStore(ctx.db).FindPartnership(request.partnership.slug))
    form.errors.Add("slug", "A partnership already has this short name: choose another");
  if (!form.errors.empty()) return RenderPartnershipForm(ctx, form);
  storage::Transaction tx(ctx.db);
  auto set_up = accounts::SetUpPartnership(ctx.db, ctx.clock, request, ctx.user_id(), ctx.request.remote_address);
  bool emailed = set_up.invitation &&
                 accounts::QueueInvitationEmail(ctx, request.business_manager.full_name, request.business_manager.email,
                                                set_up.partnership.name, *set_up.invitation);
  tx.Commit();

  Html h;
  h.Element("p", {{"class", "govuk-body-l"}},
            set_up.partnership.name + " is set up at /p/" + set_up.partnership.slug + ", with " +
                request.business_manager.full_name + " as its business manager.");
  const auto& manager = request.business_manager;
  if (set_up.invitation) {
    accounts_pages::ShowInvitationLink(h, ctx, manager.full_name, *set_up.invitation, emailed ? manager.email : "");
  } else {
    h.Element("p", {{"class", "govuk-body"}},
              manager.full_name + " already has an account with " + manager.email +
                  ": they will see the partnership the next time they sign in.");
  }
  h.Element("p", {{"class", "govuk-body"}},
            "When they sign in, the partnership's overview shows them how to set up the board.");
  h.Open("p", {{"class", "govuk-body"}});
  Link(h, "/p/" + set_up.partnership.slug, "Go to " + set_up.partnership.name);
  h.Close("p");
  auto chrome = Chrome(ctx, "Partnership created", "Partnerships");
  chrome.breadcrumbs = {{"Partnerships", "/partnerships"}};
  return Page(ctx, std::move(chrome), std::move(h), 201);
}

}  // namespace safeboard::ui::pages
