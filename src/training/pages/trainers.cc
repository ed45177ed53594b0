// The pool of trainers (issue 17): who delivers the board's courses, from which agency, since
// when and until when; the training team adds a trainer and records one leaving.
#include <algorithm>

#include "core/date.h"
#include "training/pages/pages.h"
#include "training/pages/shared.h"
#include "training/store.h"

namespace safeboard::ui::pages {

using namespace training_pages;
using http::Context;
using http::Response;

namespace {

std::string TrainersPath(const Context& ctx) { return ctx.PartnershipPath("/training/trainers"); }
std::string LeftPrefix(std::int64_t trainer) { return "t" + std::to_string(trainer) + "-"; }

Response RenderTrainers(Context& ctx, const FormState& add, const FormState& left, std::int64_t left_for, int status) {
  auto trainers = training::TrainingStore(ctx.db).Trainers(ctx.partnership_id());
  Html h;
  // A refused leaving for a trainer who already left has no form of its own.
  if (std::none_of(trainers.begin(), trainers.end(), [&](const auto& t) { return t.id == left_for && !t.left_on; }))
    ErrorSummary(h, left.errors);
  int current = static_cast<int>(std::count_if(trainers.begin(), trainers.end(), [](const auto& t) { return !t.left_on; }));
  h.Element("p", {{"class", "govuk-body"}}, std::to_string(current) + (current == 1 ? " trainer" : " trainers") + " in the pool.");
  for (const auto& t : trainers) {
    h.Element("h2", {{"class", "govuk-heading-s"}}, t.name);
    SummaryList(h, {{"Agency", t.agency_id ? t.agency_name : "Not from one of the board's agencies"},
                    {"Joined", core::FormatDateLong(t.joined_on)},
                    {"Left", t.left_on ? core::FormatDateLong(*t.left_on) : "Still in the pool"}});
    if (CanManage(ctx) && !t.left_on) {
      auto prefix = LeftPrefix(t.id);
      FormState shown = Prefixed(left_for == t.id ? left : FormState{}, prefix);
      OpenForm(h, ctx, TrainersPath(ctx) + "/" + std::to_string(t.id), shown);
      DateInput(h, shown, prefix + "left_on", "Left the pool on");
      Button(h, "Record leaving", true);
      h.Close("form");
    }
  }
  if (CanManage(ctx)) {
    h.Element("h2", {{"class", "govuk-heading-m"}, {"id", "add"}}, "Add a trainer to the pool");
    OpenForm(h, ctx, TrainersPath(ctx), add);
    TextInput(h, add, "name", "Name", {.width_class = "govuk-!-width-one-half"});
    Select(h, add, "agency_id", "Agency (optional)", AgencyOptions(ctx), "Not one of the board's agencies");
    DateInput(h, add, "joined_on", "Joined the pool");
    Button(h, "Add trainer");
    h.Close("form");
  }
  auto chrome = ChromeWithCrumbs(ctx, "Pool of trainers", kNav,
                                 {{"Training programme", ProgrammePath(ctx, YearAsked(ctx))}});
  chrome.success = SuccessMessage(ctx);
  chrome.has_errors = !add.errors.empty() || !left.errors.empty();
  return Page(ctx, std::move(chrome), std::move(h), status);
}

}  // namespace

Response ShowTrainers(Context& ctx) { return RenderTrainers(ctx, {}, {}, 0, 200); }

Response AddTrainer(Context& ctx) {
  FormState form{Submitted(ctx), {}};
  training::Trainer t;
  form.errors = training::ReadTrainer(form.values, AgencyIds(ctx), core::DateOf(ctx.clock.Now()), t);
  if (!form.errors.empty()) return RenderTrainers(ctx, form, {}, 0, 422);
  storage::Transaction tx(ctx.db);
  auto id = training::TrainingStore(ctx.db).AddTrainer(ctx.partnership_id(), t);
  ctx.Audit(auth::AuditAction::kCreate, "trainer", id);
  tx.Commit();
  return http::Redirect(TrainersPath(ctx) + "?done=trainer-added");
}

Response RecordTrainerLeft(Context& ctx) {
  training::TrainingStore store(ctx.db);
  auto trainers = store.Trainers(ctx.partnership_id());
  auto t = std::find_if(trainers.begin(), trainers.end(), [&](const auto& x) { return x.id == ctx.Id("id"); });
  if (t == trainers.end()) throw http::NotFound{};
  FormState form{Unprefixed(ctx, LeftPrefix(t->id)), {}};
  core::Date on;
  form.errors = training::ReadTrainerLeft(form.values, *t, core::DateOf(ctx.clock.Now()), on);
  if (!form.errors.empty()) return RenderTrainers(ctx, {}, form, t->id, 422);
  storage::Transaction tx(ctx.db);
  store.SaveTrainerLeft(ctx.partnership_id(), t->id, on);
  ctx.Audit(auth::AuditAction::kEnd, "trainer", t->id);
  tx.Commit();
  return http::Redirect(TrainersPath(ctx) + "?done=trainer-left");
}

}  // namespace safeboard::ui::pages
