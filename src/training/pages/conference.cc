// A conference's programme (issue 17): its talks and workshops, when, and who gives them, shown
// on the event's page and on the public site; the training team adds a session or takes one out
// (asking first).
#include "core/date.h"
#include "training/conference.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/store.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace training_pages {

void RenderConferenceProgramme(Context& ctx, Html& h, const training::Event& e, const FormState& form, bool can_edit) {
  if (e.delivery != training::Delivery::kConference) {
    ErrorSummary(h, form.errors);  // a session refused for an event that is not a conference
    return;
  }
  auto sessions = training::TrainingStore(ctx.db).SessionsOf(ctx.partnership_id(), e.id);
  h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "programme"}}, "Programme");
  if (sessions.empty()) h.Element("p", {{"class", "govuk-body"}}, "The programme is not published yet.");
  std::vector<std::vector<TrustedHtml>> rows;
  for (const auto& s : sessions) {
    Html remove;
    if (can_edit) PostButton(remove, ctx, ctx.PartnershipPath("/training/sessions/" + std::to_string(s.id) + "/remove"), "Take out");
    rows.push_back({TextCell(s.starts_at + " to " + s.ends_at), TextCell(s.title),
                    TextCell(std::string(core::LabelOf(training::SessionKinds(), s.kind))),
                    TextCell(s.organisation.empty() ? s.speaker : s.speaker + ", " + s.organisation)});
    if (can_edit) rows.back().push_back(std::move(remove).Build());
  }
  std::vector<std::string> headings{"Time", "Session", "Kind", "Given by"};
  if (can_edit) headings.push_back("Change");
  if (!sessions.empty()) Table(h, "The conference's sessions", headings, rows);
  if (!can_edit) return;
  h.Element("h3", {{"class", "govuk-heading-s"}}, "Add a session");
  OpenForm(h, ctx, EventPath(ctx, e.id) + "/sessions", form);
  Radios(h, form, "kind", "Kind of session", VocabularyOptions(training::SessionKinds()));
  TextInput(h, form, "title", "Title", {.width_class = "govuk-!-width-two-thirds"});
  TextInput(h, form, "speaker", "Given by", {.hint = "A name, or several", .width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "organisation", "From (optional)", {.hint = "Their organisation or role", .width_class = "govuk-!-width-one-half"});
  TextInput(h, form, "starts_at", "Starts at", {.hint = "For example, 10:15", .width_class = "govuk-input--width-5"});
  TextInput(h, form, "ends_at", "Ends at", {.hint = "For example, 11:00", .width_class = "govuk-input--width-5"});
  Button(h, "Add session");
  h.Close("form");
}

}  // namespace training_pages

Response RemoveConferenceSession(Context& ctx) {
  training::TrainingStore store(ctx.db);
  auto session = store.FindSession(ctx.partnership_id(), ctx.Id("id"));
  if (!session) throw http::NotFound{};
  auto e = EventOf(ctx, session->event_id);
  auto path = EventPath(ctx, e.id);
  if (!Confirmed(ctx))
    return ConfirmationPage(ctx, "Take \u201c" + session->title + "\u201d out of the programme?", kNav,
                            "The session is taken out of the conference's programme, here and on the public site.",
                            ctx.PartnershipPath("/training/sessions/" + std::to_string(session->id) + "/remove"),
                            "Take it out", path + "#programme");
  storage::Transaction tx(ctx.db);
  store.RemoveSession(ctx.partnership_id(), e.id, session->id);
  ctx.Audit(auth::AuditAction::kEnd, "conference-session", session->id, "removed");
  tx.Commit();
  return http::Redirect(path + "?done=session-removed#programme");
}

}  // namespace safeboard::ui::pages
