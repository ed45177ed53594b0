// Recording a child death notification (the CDOP panel and the board team).
#include "cdop/pages/pages.h"

#include "cdop/pages/shared.h"
#include "storage/database.h"

namespace safeboard::ui::pages {

using namespace child_death_pages;

namespace {

Response RenderNotificationForm(Context& ctx, const FormState& form) {
  Html h;
  OpenForm(h, ctx, Path(ctx, "/cases"), form);
  h.Element("p", {{"class", "govuk-body"}},
            "Do not enter the child's name anywhere: the system gives the case a reference.");
  DateInput(h, form, "date_of_birth", "Date of birth");
  DateInput(h, form, "date_of_death", "Date of death");
  Radios(h, form, "sex", "Sex", VocabularyOptions(cdop::Sexes()));
  Radios(h, form, "normally_resident", "Was the child normally resident in the area?",
         {{"yes", "Yes"}, {"no", "No, normally resident elsewhere"}});
  Select(h, form, "place_of_death", "Place of death", VocabularyOptions(cdop::PlacesOfDeath()), "Choose a place");
  Radios(h, form, "expected", "Was the death expected?", VocabularyOptions(cdop::Expectations()));
  TextInput(h, form, "notified_by", "Who notified the panel",
            {.hint = "A role or service, for example Coroner's officer", .width_class = "govuk-!-width-two-thirds"});
  DateInput(h, form, "notified_on", "Date the panel was notified");
  Button(h, "Record notification");
  h.Close("form");
  return FormPage(ctx, "Record a child death notification", kNav,
                  {{"Child death reviews", Path(ctx)}, {"Case records", Path(ctx, "/cases")}}, form, std::move(h));
}

}  // namespace

Response NewChildDeath(Context& ctx) { return RenderNotificationForm(ctx, FormState{}); }

Response CreateChildDeath(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  Case c;
  form.errors = cdop::ReadNotification(form.values, core::DateOf(ctx.clock.Now()), c);
  if (!form.errors.empty()) return RenderNotificationForm(ctx, form);
  storage::Transaction tx(ctx.db);
  auto id = CdopStore(ctx.db).Notify(ctx.partnership_id(), c);
  ctx.Audit(auth::AuditAction::kCreate, kAuditCase, id);
  tx.Commit();
  return http::Redirect(CasePath(ctx, id) + "?done=death-notified");
}

}  // namespace safeboard::ui::pages
